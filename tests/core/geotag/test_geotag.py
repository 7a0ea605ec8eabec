"""Matching photos to a track, and what plan/apply/revert do to the catalogue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from surveyor.core import messages
from surveyor.core.geometry import destination_point, distance_m
from surveyor.core.geotag import placement as geotag
from surveyor.core.geotag.clock import ClockCorrection, parse_tz
from surveyor.core.geotag.gpx import read_gpx
from surveyor.core.geotag.match import Located, Refused, Timeline
from surveyor.core.geotag.placement import GeotagSettings, PhotoState
from surveyor.core.geotag.tracks import remove_track, store_track, walk_fixes, walk_tracks
from surveyor.core.map.edits import photos_without_position
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo, Track, TrackPoint, Walk
from tests.fixtures.gpx import BELGRADE, START, catalogue_photo, write_gpx
from tests.fixtures.gpx import walk_fixes as make_fixes

UTC2 = dt.timezone(dt.timedelta(hours=2))
SPEED = 1.4


def expected_on_first_leg(seconds: float) -> tuple[float, float]:
    """Where the generated walker is ``seconds`` after START (first leg: due east)."""
    return destination_point(*BELGRADE, 90.0, SPEED * seconds)


def local(seconds: float, zone: dt.tzinfo = UTC2) -> dt.datetime:
    return (START + dt.timedelta(seconds=seconds)).astimezone(zone)


@pytest.fixture
def walk(workspace: Workspace, tmp_path: Path) -> int:
    walk_id = int(Walk.create(name="Tuesday").id)
    store_track(walk_id, read_gpx(write_gpx(tmp_path / "walk.gpx", [make_fixes()])))
    return walk_id


def timeline_of(walk_id: int) -> Timeline:
    return Timeline(walk_fixes(walk_id))


# --- the timeline -------------------------------------------------------------------------


def test_interpolates_between_fixes_and_gives_the_direction_of_travel(tmp_path: Path) -> None:
    timeline = Timeline(read_gpx(write_gpx(tmp_path / "t.gpx", [make_fixes()])).fixes)
    for seconds in (0, 2.5, 123, 599):
        where = timeline.locate(START.timestamp() + seconds)
        assert isinstance(where, Located)
        assert distance_m(where.lat, where.lon, *expected_on_first_leg(seconds)) < 0.2
        assert where.travel_bearing == pytest.approx(90.0, abs=0.5)
    north = timeline.locate(START.timestamp() + 900)
    assert isinstance(north, Located) and north.travel_bearing == pytest.approx(0.0, abs=0.5)
    assert north.ele == pytest.approx(117.0 + 0.05 * 180, abs=0.01)


def test_refuses_before_after_and_in_a_gap_with_the_reason(tmp_path: Path) -> None:
    first = make_fixes(legs=((90.0, 300.0),))
    second = make_fixes(start=START + dt.timedelta(minutes=45), legs=((90.0, 300.0),))
    timeline = Timeline(read_gpx(write_gpx(tmp_path / "t.gpx", [first, second])).fixes)
    t0 = START.timestamp()

    before = timeline.locate(t0 - 12 * 60)
    assert isinstance(before, Refused) and before.kind == "before_track"
    assert before.reason == "before the track: taken 12 min before it starts"

    after = timeline.locate(t0 + 45 * 60 + 300 + 2 * 3600)
    assert isinstance(after, Refused) and after.kind == "after_track"
    assert after.reason == "after the track: taken 2 h 00 min after it ends"

    gap = timeline.locate(t0 + 20 * 60)
    assert isinstance(gap, Refused) and gap.kind == "in_gap"
    assert gap.reason == (
        "in a gap of 40 min in the track (no fix between 08:05:00 and 08:45:00 UTC)"
    )
    # A longer limit interpolates across the same gap.
    assert isinstance(timeline.locate(t0 + 20 * 60, max_gap_s=3600), Located)


def test_standing_still_gives_no_direction_of_travel() -> None:
    from surveyor.core.geotag.gpx import TrackFix

    t0 = START.timestamp()
    fixes = [TrackFix(t0 + i * 5, *BELGRADE) for i in range(20)]
    where = Timeline(fixes).locate(t0 + 42)
    assert isinstance(where, Located) and where.travel_bearing is None


def test_time_at_a_place_picks_the_pass_nearest_in_time_on_an_out_and_back_walk(
    tmp_path: Path,
) -> None:
    fixes = make_fixes(legs=((90.0, 300.0), (270.0, 300.0)))
    timeline = Timeline(read_gpx(write_gpx(tmp_path / "t.gpx", [fixes])).fixes)
    lat, lon = expected_on_first_leg(100)  # passed at +100 s going out, +500 s coming back
    t0 = START.timestamp()
    out = timeline.time_at(lat, lon, near_time=t0 + 60)
    back = timeline.time_at(lat, lon, near_time=t0 + 560)
    assert out is not None and back is not None
    assert out.time == pytest.approx(t0 + 100, abs=0.5)
    assert back.time == pytest.approx(t0 + 500, abs=0.5)
    # Dropped 6 m beside the street: the time along the street is unchanged.
    beside = destination_point(lat, lon, 0.0, 6.0)
    found = timeline.time_at(*beside, near_time=t0 + 60)
    assert found is not None and found.time == pytest.approx(t0 + 100, abs=0.5)
    assert found.distance_m == pytest.approx(6.0, abs=0.1)


# --- plan: time zones, offset, what may be overwritten -------------------------------------


def test_time_zone_from_the_photo_wins_over_the_setting(walk: int) -> None:
    with_zone = catalogue_photo(walk, "a.jpg", local(123).isoformat())  # +02:00 in the string
    naive = catalogue_photo(walk, "b.jpg", local(123).replace(tzinfo=None).isoformat())
    settings = GeotagSettings(camera_tz=parse_tz("+05:00"))
    result = {o.photo.id: o for o in geotag.plan(walk, timeline_of(walk), settings).outcomes}
    assert result[with_zone].status == "placed" and result[with_zone].zone_source == "photo"
    # The naive one read as +05:00 is three hours early: before the track.
    assert result[naive].kind == "before_track" and result[naive].zone_source == "setting"

    settings = GeotagSettings(camera_tz=UTC2)
    outcome = next(
        o for o in geotag.plan(walk, timeline_of(walk), settings).outcomes if o.photo.id == naive
    )
    assert outcome.status == "placed"
    assert outcome.after is not None
    lat, lon = outcome.after.latitude, outcome.after.longitude
    assert lat is not None and lon is not None
    assert distance_m(lat, lon, *expected_on_first_leg(123)) < 0.2


def test_without_a_setting_the_computers_zone_is_used(
    walk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    monkeypatch.setenv("TZ", "UTC-02:00")  # POSIX: two hours east of UTC
    time.tzset()
    try:
        naive = catalogue_photo(walk, "b.jpg", local(60).replace(tzinfo=None).isoformat())
        outcome = geotag.plan(walk, timeline_of(walk), GeotagSettings()).outcomes[0]
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert outcome.photo.id == naive
    assert outcome.zone_source == "computer" and outcome.status == "placed"


def test_camera_clock_offset_is_added_to_camera_time(walk: int) -> None:
    # The camera's clock is 2 min 30 s slow: it shows true time minus 150 s.
    catalogue_photo(walk, "a.jpg", local(300 - 150).isoformat())
    offset = GeotagSettings(correction=ClockCorrection(offset_s=150))
    outcome = geotag.plan(walk, timeline_of(walk), offset).outcomes[0]
    assert outcome.after is not None and outcome.after.latitude is not None
    lat, lon = outcome.after.latitude, outcome.after.longitude
    assert lon is not None and distance_m(lat, lon, *expected_on_first_leg(300)) < 0.2
    assert outcome.time_utc == START.timestamp() + 300


def test_manual_positions_are_kept_unless_asked(walk: int) -> None:
    manual = catalogue_photo(
        walk, "m.jpg", local(60).isoformat(), latitude=1.0, longitude=2.0, position_source="manual"
    )
    outcome = geotag.plan(walk, timeline_of(walk), GeotagSettings()).outcomes[0]
    assert (outcome.status, outcome.kind, outcome.after) == ("kept", "kept_manual", None)
    assert outcome.located is not None  # the UI can still show where the track puts it
    changes = geotag.apply(geotag.plan(walk, timeline_of(walk), GeotagSettings()))
    assert len(changes) == 0
    assert Photo.get_by_id(manual).latitude == 1.0

    forced = GeotagSettings(overwrite_manual=True)
    geotag.apply(geotag.plan(walk, timeline_of(walk), forced))
    photo = Photo.get_by_id(manual)
    assert photo.position_source == "gpx"
    assert distance_m(photo.latitude, photo.longitude, *expected_on_first_leg(60)) < 0.2


def test_exif_positions_are_kept_unless_asked(walk: int) -> None:
    exif = catalogue_photo(
        walk, "e.jpg", local(60).isoformat(), latitude=1.0, longitude=2.0, position_source="exif"
    )
    legacy = catalogue_photo(walk, "l.jpg", local(61).isoformat(), latitude=1.0, longitude=2.0)
    result = geotag.plan(walk, timeline_of(walk), GeotagSettings())
    assert [o.kind for o in result.outcomes] == ["kept_exif", "kept_exif"]
    geotag.apply(geotag.plan(walk, timeline_of(walk), GeotagSettings(overwrite_exif=True)))
    assert Photo.get_by_id(exif).position_source == "gpx"
    assert Photo.get_by_id(legacy).position_source == "gpx"


def test_plan_writes_nothing_and_apply_revert_reapply_round_trip(walk: int) -> None:
    placed = catalogue_photo(walk, "in.jpg", local(123).isoformat(), bearing=None)
    facing = catalogue_photo(walk, "facing.jpg", local(200).isoformat(), bearing=45.0)
    late = catalogue_photo(walk, "late.jpg", local(5 * 3600).isoformat())
    untimed = catalogue_photo(walk, "untimed.jpg", None)
    snapshot = [PhotoState.of(p) for p in Photo.select().order_by(Photo.id)]

    the_plan = geotag.plan(walk, timeline_of(walk), GeotagSettings())
    assert [PhotoState.of(p) for p in Photo.select().order_by(Photo.id)] == snapshot
    assert (the_plan.count("placed"), the_plan.count("unplaced")) == (2, 2)

    changes = geotag.apply(the_plan)
    assert len(changes) == 4
    p = Photo.get_by_id(placed)
    assert p.position_source == "gpx" and p.geotag_note is None
    assert p.travel_bearing == pytest.approx(90.0, abs=0.5)
    assert Photo.get_by_id(facing).travel_bearing is None  # it has its own GPSImgDirection
    assert Photo.get_by_id(late).latitude is None
    assert Photo.get_by_id(late).geotag_note.startswith("after the track: taken 4 h")
    assert Photo.get_by_id(untimed).geotag_note == "no capture time in the photo"

    geotag.revert(changes)
    assert [PhotoState.of(p) for p in Photo.select().order_by(Photo.id)] == snapshot
    geotag.reapply(changes)
    assert Photo.get_by_id(placed).position_source == "gpx"


def test_the_note_is_kept_as_a_message_and_shown_in_the_installed_language(walk: int) -> None:
    late = catalogue_photo(walk, "late.jpg", local(5 * 3600).isoformat())
    changes = geotag.apply(geotag.plan(walk, timeline_of(walk), GeotagSettings()))
    table = {
        "after the track: taken {duration} after it ends": "posle traga: {duration} kasnije",
        "{hours} h {minutes:02d} min": "{hours} č {minutes:02d} min",
    }
    messages.install_translator(lambda template: table.get(template, template))
    try:
        [(photo_id, _name, note)] = photos_without_position()
        assert (photo_id, note) == (late, "after the track: taken 4 h 40 min after it ends")
        assert str(note) == "posle traga: 4 č 40 min kasnije"
        geotag.revert(changes)  # undo and redo write the note back as a message too
        geotag.reapply(changes)
        assert str(photos_without_position()[0][2]) == "posle traga: 4 č 40 min kasnije"
    finally:
        messages.install_translator(None)


def test_a_rerun_moves_gpx_positions_and_clears_those_it_can_no_longer_place(walk: int) -> None:
    photo_id = catalogue_photo(walk, "a.jpg", local(100).isoformat())
    geotag.apply(geotag.plan(walk, timeline_of(walk), GeotagSettings()))
    first = Photo.get_by_id(photo_id)
    moved = GeotagSettings(correction=ClockCorrection(offset_s=60))
    geotag.apply(geotag.plan(walk, timeline_of(walk), moved))
    second = Photo.get_by_id(photo_id)
    assert distance_m(first.latitude, first.longitude, second.latitude, second.longitude) == (
        pytest.approx(SPEED * 60, abs=0.1)
    )
    gone = GeotagSettings(correction=ClockCorrection(offset_s=-3600))
    geotag.apply(geotag.plan(walk, timeline_of(walk), gone))
    third = Photo.get_by_id(photo_id)
    assert third.latitude is None and third.position_source is None
    assert third.geotag_note.startswith("before the track")


def test_apply_protects_a_photo_placed_by_hand_after_the_plan(walk: int) -> None:
    photo_id = catalogue_photo(walk, "a.jpg", local(100).isoformat())
    the_plan = geotag.plan(walk, timeline_of(walk), GeotagSettings())
    Photo.update(latitude=5.0, longitude=6.0, position_source="manual").where(
        Photo.id == photo_id
    ).execute()
    assert len(geotag.apply(the_plan)) == 0
    assert Photo.get_by_id(photo_id).latitude == 5.0


# --- tracks in the catalogue ----------------------------------------------------------------


def test_same_file_twice_is_stored_once_and_removing_drops_its_points(
    workspace: Workspace, tmp_path: Path
) -> None:
    walk_id = int(Walk.create(name="w").id)
    gpx = read_gpx(write_gpx(tmp_path / "t.gpx", [make_fixes()]))
    first = store_track(walk_id, gpx)
    again = store_track(walk_id, gpx)
    assert first.created and not again.created and first.id == again.id
    assert [t.point_count for t in walk_tracks(walk_id)] == [len(gpx.fixes)]
    assert TrackPoint.select().count() == len(gpx.fixes)
    remove_track(first.id)
    assert Track.select().count() == 0 and TrackPoint.select().count() == 0


def test_unstored_files_join_the_timeline_for_a_dry_run(
    workspace: Workspace, tmp_path: Path
) -> None:
    walk_id = int(Walk.create(name="w").id)
    gpx = read_gpx(write_gpx(tmp_path / "t.gpx", [make_fixes()]))
    assert len(walk_fixes(walk_id, extra=[gpx])) == len(gpx.fixes)
    assert Track.select().count() == 0


def test_a_version_2_catalogue_gains_the_geotag_tables_and_keeps_its_photos(
    tmp_path: Path,
) -> None:
    from surveyor.store.connection import open_database
    from surveyor.store.migrations import LATEST_VERSION, schema_version

    path = tmp_path / "old.sqlite"
    db = open_database(path, upto=2)
    db.execute_sql("INSERT INTO walk (name, notes, created_at) VALUES ('old', '', '2024-01-01')")
    db.execute_sql(
        "INSERT INTO photo (sha256, walk_id, original_name, original_path, extension, size,"
        " taken_at, orientation, import_status, import_reason, imported_at)"
        " VALUES ('ab', 1, 'IMG_1.jpg', '', '.jpg', 1, '2024-05-01T10:02:03+02:00', 1, 'ok',"
        " '', '2024-05-01')"
    )
    db.close()
    db = open_database(path)
    try:
        assert schema_version(db) == LATEST_VERSION
        photo = Photo.get()
        assert (photo.original_name, photo.geotag_note, photo.travel_bearing) == (
            "IMG_1.jpg",
            None,
            None,
        )
        gpx = read_gpx(write_gpx(tmp_path / "t.gpx", [make_fixes()]))
        store_track(photo.walk_id, gpx)
        assert TrackPoint.select().count() == len(gpx.fixes)
        geotag.apply(geotag.plan(photo.walk_id, timeline_of(photo.walk_id), GeotagSettings()))
        assert Photo.get().position_source == "gpx"
    finally:
        db.close()

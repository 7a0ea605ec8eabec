"""Camera clock: parsing offsets and zones, and solving offset and drift from placed photos."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from surveyor.core.geometry import distance_m
from surveyor.core.geotag import placement as geotag
from surveyor.core.geotag.clock import (
    ClockCorrection,
    ClockError,
    SyncSample,
    camera_time_utc,
    format_offset,
    format_tz,
    parse_offset,
    parse_tz,
    residuals,
    solve_correction,
)
from surveyor.core.geotag.gpx import read_gpx
from surveyor.core.geotag.match import Located, Timeline
from surveyor.core.geotag.placement import GeotagSettings, PhotoState, sync_point
from surveyor.core.geotag.tracks import store_track, walk_fixes
from surveyor.core.workspace import Workspace
from surveyor.store.models import Walk
from tests.fixtures.gpx import START, catalogue_photo, write_gpx
from tests.fixtures.gpx import walk_fixes as make_fixes


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("+00:02:30", 150.0),
        ("-00:02:30", -150.0),
        ("1:00:00", 3600.0),
        ("-25:00:01", -(25 * 3600 + 1.0)),
        ("+00:00:01.5", 1.5),
        ("-75", -75.0),
    ],
)
def test_offsets_are_parsed(text: str, seconds: float) -> None:
    assert parse_offset(text) == seconds


@pytest.mark.parametrize("text", ["", "2 minutes", "+00:61:00", "00:00", "++1:00:00"])
def test_bad_offsets_say_what_is_expected(text: str) -> None:
    with pytest.raises(ClockError, match=r"±hh:mm:ss"):
        parse_offset(text)


def test_offsets_and_zones_are_formatted_back() -> None:
    assert format_offset(-150) == "-00:02:30"
    assert format_offset(3600 * 26 + 1) == "+26:00:01"
    assert format_tz(parse_tz("+05:30")) == "+05:30"
    assert format_tz(parse_tz("-0300")) == "-03:00"
    assert format_tz(parse_tz("UTC")) == "+00:00"
    assert format_tz(None) == "computer"
    for bad in ("+15:00", "2", "+02:75"):
        with pytest.raises(ClockError):
            parse_tz(bad)


def test_capture_time_zone_comes_from_the_photo_then_the_setting() -> None:
    plus2 = parse_tz("+02:00")
    photo = camera_time_utc("2024-05-01T10:00:00+03:00", plus2)
    assert (photo.utc, photo.zone_source) == (START.timestamp() - 3600, "photo")
    setting = camera_time_utc("2024-05-01T10:00:00", plus2)
    assert (setting.utc, setting.zone_source) == (START.timestamp(), "setting")
    with pytest.raises(ClockError, match="not ISO 8601"):
        camera_time_utc("yesterday", plus2)


def test_one_sample_gives_the_offset_two_give_drift_too() -> None:
    t0 = START.timestamp()
    one = solve_correction([SyncSample(t0, t0 + 150)])
    assert (one.offset_s, one.drift_s_per_day) == (150, 0)
    # A clock 150 s slow at t0 that loses another 2 s every hour.
    truth = ClockCorrection(offset_s=150, drift_s_per_day=48, ref=t0)
    samples = [SyncSample(t0 + h * 3600, truth.true_time(t0 + h * 3600)) for h in (0, 3, 7)]
    solved = solve_correction(samples)
    assert solved.drift_s_per_day == pytest.approx(48, abs=1e-6)
    assert solved.offset_at(t0) == pytest.approx(150, abs=1e-6)
    assert max(abs(r) for r in residuals(solved, samples)) < 1e-6
    # Samples seconds apart cannot measure drift: the mean offset, no drift.
    close = solve_correction([SyncSample(t0, t0 + 100), SyncSample(t0 + 10, t0 + 114)])
    assert (close.offset_s, close.drift_s_per_day) == (102, 0)
    with pytest.raises(ClockError):
        solve_correction([])


@pytest.fixture
def long_walk(workspace: Workspace, tmp_path: Path) -> tuple[int, Timeline]:
    """Six hours of walking around a block, a fix every 10 s."""
    legs = [(90.0, 1800.0), (0.0, 1800.0), (270.0, 1800.0), (180.0, 1800.0)] * 3
    walk_id = int(Walk.create(name="long").id)
    store_track(
        walk_id,
        read_gpx(write_gpx(tmp_path / "long.gpx", [make_fixes(legs=legs, interval_s=10.0)])),
    )
    return walk_id, Timeline(walk_fixes(walk_id))


def _camera_iso(true_seconds: float, truth: ClockCorrection) -> str:
    """What a camera with clock error ``truth`` writes at a true time, as +02:00 local."""
    # Invert true = cam + offset + drift*(cam - ref): one fixed-point step is exact enough.
    cam = true_seconds - truth.offset_s
    cam = true_seconds - truth.offset_at(cam)
    moment = dt.datetime.fromtimestamp(round(cam), dt.timezone(dt.timedelta(hours=2)))
    return moment.isoformat()


def test_drop_one_photo_where_it_was_taken_and_the_offset_is_solved(
    long_walk: tuple[int, Timeline],
) -> None:
    walk_id, timeline = long_walk
    truth = ClockCorrection(offset_s=-(7 * 60 + 13), ref=START.timestamp())
    true_at = START.timestamp() + 1000
    photo_id = catalogue_photo(walk_id, "sync.jpg", _camera_iso(true_at, truth))
    where = timeline.locate(true_at)
    assert isinstance(where, Located)
    photo = next(p for p in geotag.walk_photos(walk_id) if p.id == photo_id)
    point = sync_point(photo, where.lat, where.lon, timeline, GeotagSettings())
    solved = geotag.solve_from_placed([point])
    assert solved.offset_s == pytest.approx(truth.offset_s, abs=1.0)
    assert point.track.distance_m < 0.5


def test_offset_and_drift_from_three_placed_photos_put_every_photo_within_a_metre(
    long_walk: tuple[int, Timeline],
) -> None:
    walk_id, timeline = long_walk
    t0 = START.timestamp()
    # 4 min 10 s fast at the start and gaining 20 s a day more (a cheap camera clock).
    truth = ClockCorrection(offset_s=-250, drift_s_per_day=-20, ref=t0)
    true_times = [t0 + 600 + i * 900 for i in range(23)]
    ids = [
        catalogue_photo(walk_id, f"p{i:02d}.jpg", _camera_iso(t, truth))
        for i, t in enumerate(true_times)
    ]
    photos = {p.id: p for p in geotag.walk_photos(walk_id)}

    placed: list[geotag.SyncPoint] = []
    for index in (0, 11, 22):  # the volunteer drops three photos on the map
        where = timeline.locate(true_times[index])
        assert isinstance(where, Located)
        placed.append(
            sync_point(photos[ids[index]], where.lat, where.lon, timeline, GeotagSettings())
        )
    solved = geotag.solve_from_placed(placed)
    assert solved.drift_s_per_day == pytest.approx(-20, abs=3)

    result = geotag.plan(walk_id, timeline, GeotagSettings(correction=solved))
    for photo_id, true_time in zip(ids, true_times, strict=True):
        outcome = next(o for o in result.outcomes if o.photo.id == photo_id)
        truth_at = timeline.locate(true_time)
        assert isinstance(truth_at, Located) and outcome.located is not None
        assert (
            distance_m(outcome.located.lat, outcome.located.lon, truth_at.lat, truth_at.lon) < 1.0
        ), outcome.photo.name
    # Without the drift the far end of the walk is visibly off.
    offset_only = geotag.solve_from_placed(placed[:1])
    far = geotag.plan(walk_id, timeline, GeotagSettings(correction=offset_only)).outcomes[-1]
    truth_far = timeline.locate(true_times[-1])
    assert isinstance(truth_far, Located) and far.located is not None
    assert distance_m(far.located.lat, far.located.lon, truth_far.lat, truth_far.lon) > 3.0


def test_a_photo_without_time_cannot_set_the_clock(long_walk: tuple[int, Timeline]) -> None:
    walk_id, timeline = long_walk
    catalogue_photo(walk_id, "x.jpg", None)
    photo: PhotoState = geotag.walk_photos(walk_id)[0]
    with pytest.raises(ClockError, match=r"x\.jpg: no capture time"):
        sync_point(photo, 44.8, 20.4, timeline, GeotagSettings())
    with pytest.raises(ClockError, match="import a GPX track first"):
        catalogue_photo(walk_id, "y.jpg", "2024-05-01T10:00:00+02:00")
        timed = next(p for p in geotag.walk_photos(walk_id) if p.name == "y.jpg")
        sync_point(timed, 44.8, 20.4, Timeline([]), GeotagSettings())

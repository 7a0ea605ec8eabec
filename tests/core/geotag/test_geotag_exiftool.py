"""Positions agree with the reference tool: ``exiftool -geotag`` on copies of the same JPEGs.

The photos go through Surveyor's real importer (so ``taken_at`` is what the importer stores);
exiftool reads the same files' ``DateTimeOriginal`` + ``OffsetTimeOriginal`` (told to with
``-Geotime<SubSecDateTimeOriginal``: its default ignores the offset tag), with the computer's zone
(``TZ``) for those without an offset, like our ``camera_tz`` setting.
``GeoMaxExtSecs=0`` because Surveyor never takes a track's end fix for a photo outside it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from surveyor.core.geometry import distance_m
from surveyor.core.geotag import placement as geotag
from surveyor.core.geotag.clock import (
    ClockCorrection,
    SyncSample,
    format_offset,
    parse_tz,
    solve_correction,
)
from surveyor.core.geotag.gpx import read_gpx
from surveyor.core.geotag.match import Located, Timeline
from surveyor.core.geotag.placement import GeotagSettings
from surveyor.core.geotag.tracks import store_track, walk_fixes
from surveyor.core.photos.importer import import_paths
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo
from tests.fixtures.gpx import START, exif_time, write_gpx
from tests.fixtures.gpx import walk_fixes as make_fixes
from tests.fixtures.photos import make_jpeg

EXIFTOOL = shutil.which("exiftool")
PLUS2 = dt.timezone(dt.timedelta(hours=2))
PLUS3 = dt.timezone(dt.timedelta(hours=3))

# Seconds after START of each photo's true capture time. The track: 10 min east, 10 min
# north, then nothing for 40 minutes, then 10 min west.
TRUE_TIMES = {
    "before.jpg": -600,
    "start.jpg": 0,
    "east.jpg": 123,
    "corner.jpg": 601,
    "north.jpg": 902.5,
    "gap.jpg": 1200 + 20 * 60,
    "west.jpg": 1200 + 40 * 60 + 301,
    "after.jpg": 1200 + 40 * 60 + 600 + 900,
}
WITH_OFFSET_TAG = {"east.jpg", "north.jpg", "gap.jpg"}  # these carry OffsetTimeOriginal +03:00


def _track(tmp_path: Path) -> Path:
    first = make_fixes(legs=((90.0, 600.0), (0.0, 600.0)), interval_s=7.0)
    last = first[-1]
    second = make_fixes(
        start=START + dt.timedelta(seconds=1200 + 40 * 60),
        origin=(last.lat, last.lon),
        legs=((270.0, 600.0),),
        interval_s=7.0,
    )
    return write_gpx(tmp_path / "walk.gpx", [first, second])


def _photos(folder: Path, offset_s: float) -> None:
    for name, seconds in TRUE_TIMES.items():
        camera = START + dt.timedelta(seconds=seconds - offset_s)  # the camera's clock is off
        zone = PLUS3 if name in WITH_OFFSET_TAG else PLUS2
        local = camera.astimezone(zone)
        make_jpeg(
            folder / name,
            size=(64, 48),
            taken_at=exif_time(local),
            offset="+03:00" if name in WITH_OFFSET_TAG else None,
        )


def _exiftool_positions(
    folder: Path, gpx: Path, offset_s: float, max_gap: int
) -> dict[str, tuple[float, float, float] | None]:
    assert EXIFTOOL is not None, "exiftool is needed (Debian: libimage-exiftool-perl)"
    env = {**os.environ, "TZ": "UTC-02:00"}  # POSIX: two hours east of UTC, like PLUS2
    subprocess.run(
        [
            EXIFTOOL,
            "-q",
            "-q",
            "-overwrite_original",
            "-api",
            f"GeoMaxIntSecs={max_gap}",
            "-api",
            "GeoMaxExtSecs=0",
            "-geotag",
            str(gpx),
            # exiftool 12.57 reads plain DateTimeOriginal by default and ignores
            # OffsetTimeOriginal; the composite carries it (when the tag is there), and the
            # last assignment that exists wins.
            "-Geotime<DateTimeOriginal",
            "-Geotime<SubSecDateTimeOriginal",
            f"-geosync={format_offset(offset_s)}",
            str(folder),
        ],
        env=env,
        check=False,  # exiftool exits 1 when some photos could not be tagged: expected
        capture_output=True,
    )
    out = subprocess.run(
        [EXIFTOOL, "-n", "-j", "-GPSLatitude", "-GPSLongitude", "-GPSAltitude", str(folder)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, tuple[float, float, float] | None] = {}
    for row in json.loads(out.stdout):
        name = Path(row["SourceFile"]).name
        if "GPSLatitude" in row:
            result[name] = (row["GPSLatitude"], row["GPSLongitude"], row["GPSAltitude"])
        else:
            result[name] = None
    return result


@pytest.mark.parametrize(("offset_s", "max_gap"), [(150.0, 1800), (-3723.0, 3600)])
def test_positions_match_exiftool_geotag_within_a_metre(
    workspace: Workspace, tmp_path: Path, offset_s: float, max_gap: int
) -> None:
    gpx = _track(tmp_path)
    originals = tmp_path / "photos"
    _photos(originals, offset_s)
    copies = tmp_path / "copies"
    shutil.copytree(originals, copies)

    report = import_paths(workspace, [originals], walk_name="interop", workers=0)
    assert len(report.imported) == len(TRUE_TIMES)
    walk_id = report.walk_id
    assert walk_id is not None
    store_track(walk_id, read_gpx(gpx))
    settings = GeotagSettings(
        correction=ClockCorrection(offset_s=offset_s),
        camera_tz=parse_tz("+02:00"),
        max_gap_s=max_gap,
    )
    geotag.apply(geotag.plan(walk_id, Timeline(walk_fixes(walk_id)), settings))
    ours = {p.original_name: p for p in Photo.select().where(Photo.walk == walk_id)}

    theirs = _exiftool_positions(copies, gpx, offset_s, max_gap)
    assert set(theirs) == set(ours) == set(TRUE_TIMES)
    placed_by_both = 0
    for name, photo in ours.items():
        reference = theirs[name]
        if reference is None:
            assert photo.latitude is None, f"{name}: exiftool refused it, we placed it"
            assert photo.geotag_note, name
            continue
        assert photo.latitude is not None, f"{name}: exiftool placed it, we did not"
        gap = distance_m(photo.latitude, photo.longitude, reference[0], reference[1])
        assert gap < 1.0, f"{name}: {gap:.2f} m from exiftool's position"
        assert photo.altitude == pytest.approx(reference[2], abs=0.5)
        placed_by_both += 1
    # Both tools refuse the photos outside the track; the gap one only with the 30 min limit.
    expected_refused = {"before.jpg", "after.jpg"} | ({"gap.jpg"} if max_gap < 2400 else set())
    assert {n for n, r in theirs.items() if r is None} == expected_refused
    assert placed_by_both == len(TRUE_TIMES) - len(expected_refused)


def test_drift_corrected_positions_match_exiftool_with_two_geosync_points(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A clock 4 min 10 s fast that also gains 5 min a day, over six hours of walking.

    Two photos are put where they were taken; Surveyor solves offset and drift from them.
    exiftool gets the same two sync points as ``-geosync=GPSTIME@IMAGETIME`` (its way to
    correct linear drift); both tools must then put every photo within a metre of each other.
    """
    assert EXIFTOOL is not None, "exiftool is needed (Debian: libimage-exiftool-perl)"
    legs = [(90.0, 1800.0), (0.0, 1800.0), (270.0, 1800.0), (180.0, 1800.0)] * 3
    gpx = write_gpx(tmp_path / "long.gpx", [make_fixes(legs=legs, interval_s=10.0)])
    t0 = START.timestamp()
    truth = ClockCorrection(offset_s=-250.0, drift_s_per_day=-300.0, ref=t0)
    true_times = [t0 + 300 + i * 2000 for i in range(10)]
    originals = tmp_path / "photos"
    for i, t in enumerate(true_times):
        cam = t - truth.offset_at(t - truth.offset_s)  # invert true = cam + offset(cam)
        local = dt.datetime.fromtimestamp(round(cam), PLUS2)
        make_jpeg(originals / f"P{i}.jpg", size=(32, 24), taken_at=exif_time(local))
    copies = tmp_path / "copies"
    shutil.copytree(originals, copies)

    report = import_paths(workspace, [originals], walk_name="drift", workers=0)
    walk_id = report.walk_id
    assert walk_id is not None
    store_track(walk_id, read_gpx(gpx))
    timeline = Timeline(walk_fixes(walk_id))
    settings = GeotagSettings(camera_tz=parse_tz("+02:00"))
    photos = {p.name: p for p in geotag.walk_photos(walk_id)}
    synced = []
    for name, index in (("P1.jpg", 1), ("P8.jpg", 8)):
        where = timeline.locate(true_times[index])
        assert isinstance(where, Located)
        synced.append(geotag.sync_point(photos[name], where.lat, where.lon, timeline, settings))
    # exiftool reads sync times to the second: both tools use the same whole-second points.
    samples = [SyncSample(p.camera_utc, round(p.track.time)) for p in synced]
    correction = solve_correction(samples)
    assert correction.drift_s_per_day == pytest.approx(-300, abs=10)
    settings = GeotagSettings(correction=correction, camera_tz=parse_tz("+02:00"))
    geotag.apply(geotag.plan(walk_id, timeline, settings))
    ours = {p.original_name: p for p in Photo.select().where(Photo.walk == walk_id)}

    geosync = []
    for point in synced:
        gps = dt.datetime.fromtimestamp(round(point.track.time), dt.UTC)
        image = dt.datetime.fromtimestamp(point.camera_utc, PLUS2)
        geosync.append(f"-geosync={exif_time(gps)}Z@{exif_time(image)}")
    env = {**os.environ, "TZ": "UTC-02:00"}
    subprocess.run(
        [EXIFTOOL, "-q", "-q", "-overwrite_original", "-api", "GeoMaxExtSecs=0",
         "-geotag", str(gpx), "-Geotime<DateTimeOriginal", *geosync, str(copies)],
        env=env, check=False, capture_output=True,
    )  # fmt: skip
    out = subprocess.run(
        [EXIFTOOL, "-n", "-j", "-GPSLatitude", "-GPSLongitude", str(copies)],
        env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    rows = json.loads(out.stdout)
    assert len(rows) == len(true_times)
    for row in rows:
        name = Path(row["SourceFile"]).name
        assert "GPSLatitude" in row, f"{name}: exiftool did not place it"
        mine = ours[name]
        gap = distance_m(mine.latitude, mine.longitude, row["GPSLatitude"], row["GPSLongitude"])
        assert gap < 1.0, f"{name}: {gap:.2f} m from exiftool's position"
    # The drift matters here: with the first point's offset alone, P9 lands far from exiftool.
    offset_only = GeotagSettings(
        correction=solve_correction(samples[:1]), camera_tz=parse_tz("+02:00")
    )
    p9 = next(
        o for o in geotag.plan(walk_id, timeline, offset_only).outcomes if o.photo.name == "P9.jpg"
    )
    reference = next(r for r in rows if r["SourceFile"].endswith("P9.jpg"))
    assert p9.located is not None
    assert distance_m(p9.located.lat, p9.located.lon, reference["GPSLatitude"],
                      reference["GPSLongitude"]) > 20  # fmt: skip

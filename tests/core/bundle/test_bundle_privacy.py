"""A bundle seized or leaked gives away cameras, days and a pseudonym: never where the volunteer
stood, nor a time of day.

Real photos (JPEGs with phone EXIF, through the importer), some with a compass bearing, some
without, some placed from a GPX track; cameras recorded the way ``camera add --photo`` does.
The bundle is unzipped with the real ``unzip`` and every file is searched.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from surveyor.core import camera_records as cameras
from surveyor.core import geometry
from surveyor.core.bundle.export_selection import Selection
from surveyor.core.bundle.published_position import LINE_CLEARANCE_M
from surveyor.core.bundle.writer import export_bundle
from surveyor.core.geotag import placement as geotag
from surveyor.core.geotag.gpx import read_gpx
from surveyor.core.geotag.match import Timeline
from surveyor.core.geotag.placement import GeotagSettings
from surveyor.core.geotag.tracks import store_track, walk_fixes
from surveyor.core.photos.importer import import_paths
from surveyor.core.workspace import Workspace
from surveyor.store.models import SHIFT_MIN_M, Camera, Photo, Walk
from tests.core.bundle.test_published_position import closest_step_back
from tests.fixtures.bundles import make_identity
from tests.fixtures.gpx import walk_fixes as make_fixes
from tests.fixtures.gpx import write_gpx
from tests.fixtures.photos import make_jpeg

pytestmark = pytest.mark.skipif(shutil.which("unzip") is None, reason="needs unzip (.ci/run)")

# Spots several hundred metres apart in both latitude and longitude, so a coincidence between
# one camera and another photo cannot hide (or fake) a leak.
WITH_GPS = {
    "facing.jpg": (44.81254321, 20.46123456, 109.0),
    "dome.jpg": (44.81631234, 20.46571234, None),
    "untouched.jpg": (44.82012345, 20.47012345, 250.5),
    "by-hand.jpg": (44.82391234, 20.47451234, 10.0),
    "set-direction.jpg": (44.82771234, 20.47901234, None),
}
HAND_PLACED = (44.8240, 20.4746)
TRACK_START = dt.datetime(2026, 5, 1, 7, 0, 0, tzinfo=dt.UTC)
TRACK_ORIGIN = (44.7771234, 20.3334567)
GPX_PHOTOS = {"gpx-1.jpg": 10, "gpx-2.jpg": 25, "gpx-3.jpg": 40}  # minutes into the walk


def _record(workspace: Workspace, tmp_path: Path) -> dict[str, Camera]:
    folder = tmp_path / "card"
    for i, (name, (lat, lon, bearing)) in enumerate(WITH_GPS.items()):
        make_jpeg(
            folder / name,
            color=(30 * i, 90, 160),
            lat=lat,
            lon=lon,
            bearing=bearing,
            taken_at=f"2026:05:01 09:1{i}:3{i}",
            offset="+02:00",
        )
    for i, (name, minutes) in enumerate(GPX_PHOTOS.items()):
        local = TRACK_START + dt.timedelta(minutes=minutes, hours=2)
        make_jpeg(
            folder / name,
            color=(200, 30 * i, 20),
            taken_at=local.strftime("%Y:%m:%d %H:%M:%S"),
            offset="+02:00",
        )
    report = import_paths(workspace, [folder], walk_name="Centre", workers=0)
    assert len(report.imported) == len(WITH_GPS) + len(GPX_PHOTOS)
    walk = Walk.get(Walk.name == "Centre")
    track = write_gpx(
        tmp_path / "route.gpx",
        [make_fixes(start=TRACK_START, origin=TRACK_ORIGIN, legs=((45.0, 3600),))],
    )
    store_track(walk.id, read_gpx(track))
    plan = geotag.plan(walk.id, Timeline(walk_fixes(walk.id)), GeotagSettings())
    assert plan.count("placed") == len(GPX_PHOTOS)
    geotag.apply(plan)

    made: dict[str, Camera] = {}
    for photo in Photo.select():
        assert photo.has_position, photo.original_name
        made[photo.original_name] = cameras.create_camera([photo.id])  # `camera add --photo`
    facing = made["facing.jpg"]
    hint = cameras.facing_direction(109.0)
    cameras.update_camera(facing.id, direction=hint, camera_type="fixed")  # one key: accepted
    cameras.update_camera(facing.id, confirmed=True)  # "Confirm position" on the suggestion
    cameras.update_camera(made["dome.jpg"].id, camera_type="dome")
    cameras.update_camera(
        made["by-hand.jpg"].id,
        latitude=HAND_PLACED[0],
        longitude=HAND_PLACED[1],
        position_source="manual",
    )
    cameras.update_camera(made["set-direction.jpg"].id, direction=45, camera_type="fixed")
    cameras.update_camera(made["gpx-2.jpg"].id, direction=200)
    return {name: Camera.get_by_id(c.id) for name, c in made.items()}


def _unzip(bundle: Path, into: Path) -> list[Path]:
    subprocess.run(["unzip", "-q", str(bundle), "-d", str(into)], check=True)
    return sorted(p for p in into.rglob("*") if p.is_file())


def _coordinate_texts(value: float) -> set[str]:
    """How a coordinate may be written, from 8 decimals down to 4, rounded or cut off."""
    texts = set()
    for places in range(4, 9):
        texts.add(f"{value:.{places}f}")
        cut = int(abs(value) * 10**places) / 10**places
        texts.add(f"{'-' if value < 0 else ''}{cut:.{places}f}")
    return texts


def test_a_bundle_cannot_be_inverted_to_where_the_volunteer_stood(
    workspace: Workspace, tmp_path: Path
) -> None:
    recorded = _record(workspace, tmp_path)
    key = make_identity("kestrel").secret_key()
    result = export_bundle(
        workspace, key, tmp_path / "bundle.zip", Selection(walk="Centre"), pseudonym="kestrel"
    )
    assert result.cameras == len(recorded) and result.suggested == len(recorded) - 1
    files = _unzip(result.path, tmp_path / "unzipped")
    geo = json.loads((tmp_path / "unzipped/data/cameras.geojson").read_text())
    features = {f["properties"]["surveyor:uuid"]: f for f in geo["features"]}

    standing = {p.original_name: (p.latitude, p.longitude, p.bearing) for p in Photo.select()}
    for name, camera in recorded.items():
        feature = features[camera.uuid]
        lon, lat = feature["geometry"]["coordinates"]
        props = feature["properties"]
        if name == "by-hand.jpg":  # placed on the map: exactly there
            assert (lat, lon) == HAND_PLACED and "surveyor:position_accuracy" not in props
            continue
        assert props["surveyor:position_accuracy"] >= 45
        slat, slon, bearing = standing[name]
        assert geometry.distance_m(lat, lon, slat, slon) >= SHIFT_MIN_M - 0.2, name
        # Step back along every angle the bundle carries, and the phone's bearing, at any
        # distance: none comes within a few metres of where the volunteer stood.
        angles = [float(props["camera:direction"])] if "camera:direction" in props else []
        angles += [bearing] if bearing is not None else []
        for angle in angles:
            near = closest_step_back(lat, lon, angle, slat, slon)
            assert near >= LINE_CLEARANCE_M - 0.1, (name, angle, near)

    # Direction is only what the volunteer set: no phone bearing in the bundle.
    directions = {
        name: features[c.uuid]["properties"].get("camera:direction") for name, c in recorded.items()
    }
    assert directions == {
        "facing.jpg": "289",
        "dome.jpg": None,
        "untouched.jpg": None,
        "by-hand.jpg": None,
        "set-direction.jpg": "45",
        "gpx-1.jpg": None,
        "gpx-2.jpg": "200",
        "gpx-3.jpg": None,
    }

    # Every file, text or photo: the photo positions at no precision down to 4 decimals.
    for path in files:
        blob = path.read_bytes()
        for name, (slat, slon, _b) in standing.items():
            for lat_text in _coordinate_texts(slat):
                for lon_text in _coordinate_texts(slon):
                    leaked = lat_text.encode() in blob and lon_text.encode() in blob
                    assert not leaked, (path.name, name, lat_text, lon_text)

    # The same cameras exported again land on the same points: nothing to average.
    again = export_bundle(
        workspace, key, tmp_path / "again.zip", Selection(walk="Centre"), pseudonym="kestrel"
    )
    with zipfile.ZipFile(again.path) as z:
        second = json.loads(z.read("data/cameras.geojson"))
    assert [f["geometry"] for f in second["features"]] == [f["geometry"] for f in geo["features"]]


CLOCK = re.compile(rb"\d{1,2}:\d{2}")
ISO_TIME = re.compile(rb"\d{4}-\d{2}-\d{2}[T ]\d{2}")


def test_no_time_of_day_anywhere_in_a_bundle(workspace: Workspace, tmp_path: Path) -> None:
    _record(workspace, tmp_path)
    key = make_identity("kestrel").secret_key()
    result = export_bundle(
        workspace, key, tmp_path / "bundle.zip", Selection(walk="Centre"), pseudonym="kestrel"
    )
    with zipfile.ZipFile(result.path) as z:
        for info in z.infolist():
            assert info.date_time[3:] == (0, 0, 0), info.filename  # day only
            assert info.extra == b"", info.filename  # no extended timestamps either
        assert z.comment == b""
    files = _unzip(result.path, tmp_path / "unzipped")
    assert len(files) > 10
    for path in files:
        blob = path.read_bytes()
        local = time.localtime(path.stat().st_mtime)
        assert (local.tm_hour, local.tm_min, local.tm_sec) == (0, 0, 0), path.name
        assert b"2026:05:01" not in blob and b"09:1" not in blob, path.name  # photo times
        if path.suffix == ".jpg":
            assert not re.search(rb"\d{2}:\d{2}:\d{2}", blob), path.name
            continue
        assert not CLOCK.search(blob), (path.name, CLOCK.search(blob))
        assert not ISO_TIME.search(blob), (path.name, ISO_TIME.search(blob))
    submission = json.loads((tmp_path / "unzipped/data/submission.json").read_text())
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", submission["created"])


def test_exact_times_only_when_the_volunteer_chose_them(
    workspace: Workspace, tmp_path: Path
) -> None:
    _record(workspace, tmp_path)
    key = make_identity("kestrel").secret_key()
    result = export_bundle(
        workspace,
        key,
        tmp_path / "bundle.zip",
        Selection(walk="Centre"),
        pseudonym="kestrel",
        round_dates=False,
    )
    with zipfile.ZipFile(result.path) as z:
        geo = json.loads(z.read("data/cameras.geojson"))
        submission = json.loads(z.read("data/submission.json"))
    observed = {f["properties"]["surveyor:observed"] for f in geo["features"]}
    assert "2026-05-01T09:10:30+02:00" in observed
    assert "T" not in submission["created"]  # the export's own time never goes in

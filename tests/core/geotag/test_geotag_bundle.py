"""The volunteer's GPX track is private: an exported bundle carries none of it."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from surveyor.core.bundle.export_selection import Selection
from surveyor.core.bundle.writer import export_bundle
from surveyor.core.geotag import placement as geotag
from surveyor.core.geotag.gpx import read_gpx
from surveyor.core.geotag.match import Timeline
from surveyor.core.geotag.placement import GeotagSettings
from surveyor.core.geotag.tracks import store_track, walk_fixes
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo, Track, TrackPoint
from tests.fixtures.bundles import make_identity, make_survey
from tests.fixtures.gpx import walk_fixes as make_fixes
from tests.fixtures.gpx import write_gpx

# A track far from the cameras, at unmistakable coordinates and times.
ORIGIN = (44.7771234, 20.3334567)
START = dt.datetime(2026, 5, 1, 7, 13, 7, tzinfo=dt.UTC)


def test_an_exported_bundle_has_no_track_data(workspace: Workspace, tmp_path: Path) -> None:
    walk = make_survey(workspace, tmp_path / "src", cameras=2)
    gpx = write_gpx(
        tmp_path / "kestrel-secret-route.gpx",
        [make_fixes(start=START, origin=ORIGIN, legs=((45.0, 3 * 3600),), interval_s=13.0)],
        name="Route home of kestrel",
    )
    store_track(walk.id, read_gpx(gpx))
    # Put the walk's photos on the track (as if the phone had stripped their GPS).
    Photo.update(latitude=None, longitude=None, position_source=None).where(
        Photo.walk == walk.id
    ).execute()
    the_plan = geotag.plan(walk.id, Timeline(walk_fixes(walk.id)), GeotagSettings())
    assert the_plan.count("placed") >= 1
    geotag.apply(the_plan)
    assert TrackPoint.select().count() > 800 and Track.select().count() == 1

    key = make_identity("kestrel").secret_key()
    result = export_bundle(
        workspace, key, tmp_path / "bundle.zip", Selection(walk=walk.name), pseudonym="kestrel"
    )
    with zipfile.ZipFile(result.path) as z:
        names = z.namelist()
        blob = b"".join(z.read(n) for n in names) + "".join(names).encode()
    assert not any(n.lower().endswith(".gpx") or "track" in n.lower() for n in names)
    fixes = read_gpx(gpx).fixes
    secrets = {b"kestrel-secret-route", b"Route home of kestrel", b"<trkpt", b"gpx"}
    for fix in fixes[::50]:
        secrets.add(f"{fix.lat:.5f}".encode())
        secrets.add(f"{fix.lon:.5f}".encode())
    secrets.add(b"2026-05-01T07:13:07")
    for secret in secrets:
        assert secret not in blob, secret

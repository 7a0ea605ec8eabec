"""``surveyor geotag`` end to end: real import, real GPX files, the catalogue checked after."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from surveyor.cli import main
from surveyor.core.geometry import destination_point, distance_m
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo, Track, TrackPoint
from tests.fixtures.gpx import BELGRADE, START, exif_time, walk_fixes, write_gpx
from tests.fixtures.photos import make_jpeg

PLUS2 = dt.timezone(dt.timedelta(hours=2))
# True capture times, seconds after START; the camera clock is 2 min 30 s slow.
SHOTS = {"early.jpg": -900, "east.jpg": 120, "later.jpg": 300, "late.jpg": 4000}
SLOW = 150


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A workspace with walk "Tuesday" imported from four JPEGs, and a GPX of the walk."""
    ws = tmp_path / "ws"
    folder = tmp_path / "card"
    for name, seconds in SHOTS.items():
        camera = (START + dt.timedelta(seconds=seconds - SLOW)).astimezone(PLUS2)
        offset = "+02:00" if name == "east.jpg" else None
        make_jpeg(folder / name, size=(64, 48), taken_at=exif_time(camera), offset=offset)
    assert main(["import", "--workspace", str(ws), "--walk", "Tuesday", "--jobs", "0",
                 str(folder)]) == 0  # fmt: skip
    gpx = write_gpx(tmp_path / "tuesday.gpx", [walk_fixes()])
    yield ws, gpx


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    capsys.readouterr()
    code = main(["geotag", *argv, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out)  # exactly one JSON document, or this fails


def photos(ws: Path) -> dict[str, Photo]:
    with Workspace.open(ws):
        return {p.original_name: p for p in Photo.select()}


def test_places_photos_and_says_why_others_were_not(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    ws, gpx = setup
    code, doc = run_json(
        capsys, "--workspace", str(ws), "--walk", "Tuesday", "--offset", "+00:02:30",
        "--tz", "+02:00", str(gpx),
    )  # fmt: skip
    assert code == 0
    assert (doc["placed"], doc["unplaced"], doc["kept"], doc["written"]) == (2, 2, 0, 4)
    assert doc["tracks"][0]["file"] == "tuesday.gpx" and doc["tracks"][0]["stored"]
    by_name = {p["name"]: p for p in doc["photos"]}
    assert by_name["east.jpg"]["zone_source"] == "photo"
    assert by_name["later.jpg"]["zone_source"] == "setting"
    assert by_name["early.jpg"]["reason"] == "before the track: taken 15 min before it starts"
    assert by_name["late.jpg"]["kind"] == "after_track"

    stored = photos(ws)
    for name in ("east.jpg", "later.jpg"):
        truth = destination_point(*BELGRADE, 90.0, 1.4 * SHOTS[name])
        photo = stored[name]
        assert photo.position_source == "gpx"
        assert distance_m(photo.latitude, photo.longitude, *truth) < 0.2
        assert by_name[name]["latitude"] == photo.latitude
    assert stored["late.jpg"].latitude is None
    assert stored["late.jpg"].geotag_note.startswith("after the track")


def test_dry_run_writes_nothing(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    ws, gpx = setup
    before = {n: (p.latitude, p.geotag_note) for n, p in photos(ws).items()}
    code, doc = run_json(
        capsys, "--workspace", str(ws), "--walk", "Tuesday", "--tz", "+02:00",
        "--offset", "+00:02:30", "--dry-run", str(gpx),
    )  # fmt: skip
    assert code == 0 and doc["dry_run"] and doc["placed"] == 2 and doc["written"] == 0
    assert doc["tracks"][0]["stored"] is False
    assert {n: (p.latitude, p.geotag_note) for n, p in photos(ws).items()} == before
    with Workspace.open(ws):
        assert Track.select().count() == 0 and TrackPoint.select().count() == 0


def test_text_output_and_a_negative_offset(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    ws, gpx = setup
    # With the sign the wrong way round the photos land 5 minutes later on the track.
    code = main(["geotag", "--workspace", str(ws), "--walk", "Tuesday", "--tz", "+02:00",
                 "--offset", "-00:02:30", str(gpx)])  # fmt: skip
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert "placed    later.jpg  " in "\n".join(out)
    assert any(line.startswith("unplaced  early.jpg  before the track") for line in out)
    assert out[-1] == "1 placed, 3 not placed, 0 kept"


def test_a_broken_track_is_reported_and_the_good_one_still_used(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ws, gpx = setup
    broken = tmp_path / "broken.gpx"
    broken.write_text("<gpx><trk><trkseg>")
    code, doc = run_json(
        capsys, "--workspace", str(ws), "--walk", "Tuesday", "--tz", "+02:00",
        "--offset", "+00:02:30", str(broken), str(gpx),
    )  # fmt: skip
    assert code == 1
    assert doc["failed"][0]["path"] == str(broken)
    assert doc["failed"][0]["reason"].startswith("not valid XML")
    assert doc["placed"] == 2


def test_tracks_stay_with_the_walk_for_the_next_run(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    ws, gpx = setup
    assert main(["geotag", "--workspace", str(ws), "--walk", "Tuesday", str(gpx)]) == 0
    code, doc = run_json(
        capsys, "--workspace", str(ws), "--walk", "Tuesday", "--tz", "+02:00",
        "--offset", "+00:02:30",
    )  # fmt: skip
    assert code == 0 and doc["placed"] == 2 and len(doc["tracks"]) == 1


def test_manual_positions_are_never_overwritten_unless_asked(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    ws, gpx = setup
    with Workspace.open(ws):
        Photo.update(latitude=44.0, longitude=20.0, position_source="manual").where(
            Photo.original_name == "east.jpg"
        ).execute()
    args = ["--workspace", str(ws), "--walk", "Tuesday", "--tz", "+02:00",
            "--offset", "+00:02:30", str(gpx)]  # fmt: skip
    code, doc = run_json(capsys, *args)
    assert code == 0 and doc["kept"] == 1
    assert next(p for p in doc["photos"] if p["name"] == "east.jpg")["kind"] == "kept_manual"
    assert photos(ws)["east.jpg"].latitude == 44.0
    code, doc = run_json(capsys, *args, "--overwrite-manual")
    assert doc["kept"] == 0 and photos(ws)["east.jpg"].position_source == "gpx"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--walk", "Nope"], "no walk named 'Nope'"),
        (["--walk", "Tuesday", "--offset", "2 min"], "is not ±hh:mm:ss"),
        (["--walk", "Tuesday", "--tz", "Belgrade"], "is not ±HH:MM"),
        (["--walk", "Tuesday", "--max-gap", "0"], "--max-gap must be a positive"),
        (["--walk", "Tuesday"], "has no GPX track yet"),
    ],
)
def test_usage_errors_exit_2_with_a_message(
    setup: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    ws, _ = setup
    capsys.readouterr()
    assert main(["geotag", "--workspace", str(ws), *extra]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and "Traceback" not in captured.err


def test_unreadable_tracks_fail_without_a_traceback(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ws, _ = setup
    binary = tmp_path / "photo.gpx"
    binary.write_bytes(b"\xff\xd8\xff\xe0" * 10)
    capsys.readouterr()
    code = main(["geotag", "--workspace", str(ws), "--walk", "Tuesday",
                 str(tmp_path), str(binary)])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 1 and "Traceback" not in captured.err
    assert f"{tmp_path}: cannot be read" in captured.err
    assert f"{binary}: not valid XML" in captured.err


def test_the_offset_is_computed_from_a_photo_placed_by_hand(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    ws, gpx = setup
    with Workspace.open(ws):
        lat, lon = destination_point(*BELGRADE, 90.0, 1.4 * SHOTS["later.jpg"])
        Photo.update(latitude=lat, longitude=lon, position_source="manual").where(
            Photo.original_name == "later.jpg"
        ).execute()
    code, doc = run_json(
        capsys, "--workspace", str(ws), "--walk", "Tuesday", "--tz", "+02:00",
        "--from-placed", str(gpx),
    )  # fmt: skip
    assert code == 0
    assert doc["settings"]["offset"] == "+00:02:30" and doc["settings"]["from_placed"]
    by_name = {p["name"]: p for p in doc["photos"]}
    assert by_name["later.jpg"]["kind"] == "kept_manual"
    assert by_name["east.jpg"]["status"] == "placed"
    truth = destination_point(*BELGRADE, 90.0, 1.4 * SHOTS["east.jpg"])
    assert distance_m(by_name["east.jpg"]["latitude"], by_name["east.jpg"]["longitude"], *truth) < 1


def test_from_placed_without_any_placed_photo_is_a_usage_error(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    ws, gpx = setup
    capsys.readouterr()
    assert main(["geotag", "--workspace", str(ws), "--walk", "Tuesday", "--from-placed",
                 str(gpx)]) == 2  # fmt: skip
    assert "no photo of this walk was placed by hand" in capsys.readouterr().err
    with Workspace.open(ws):
        assert Track.select().count() == 0  # a usage error writes nothing


def test_photos_without_a_time_zone_and_no_tz_are_flagged(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    ws, gpx = setup
    capsys.readouterr()
    assert main(["geotag", "--workspace", str(ws), "--walk", "Tuesday", str(gpx)]) == 0
    err = capsys.readouterr().err
    assert "3 photo(s) record no time zone; this computer's was assumed" in err

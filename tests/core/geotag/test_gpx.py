from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from surveyor.core.geotag.gpx import GpxError, read_gpx, utc_iso
from tests.fixtures.gpx import START, Fix, walk_fixes, write_gpx


def test_generated_track_is_read_in_time_order_with_elevation(tmp_path: Path) -> None:
    fixes = walk_fixes(legs=((90.0, 100.0),), interval_s=5.0)
    track = read_gpx(write_gpx(tmp_path / "walk.gpx", [fixes], name="Zemun loop"))
    assert track.name == "Zemun loop"
    assert len(track.fixes) == len(fixes) == 21
    assert track.start == START.timestamp()
    assert track.end == START.timestamp() + 100
    assert track.fixes[0].lat == pytest.approx(fixes[0].lat)
    assert track.fixes[-1].ele == pytest.approx(fixes[-1].ele, abs=0.01)
    assert len(track.sha256) == 64
    assert utc_iso(track.start) == "2024-05-01T08:00:00Z"


def test_name_falls_back_to_the_file_name(tmp_path: Path) -> None:
    track = read_gpx(write_gpx(tmp_path / "tuesday.gpx", [walk_fixes()], name=None))
    assert track.name == "tuesday"


def test_segments_written_in_any_order_are_merged_by_time(tmp_path: Path) -> None:
    fixes = walk_fixes()
    half = len(fixes) // 2
    track = read_gpx(write_gpx(tmp_path / "t.gpx", [fixes[half:], fixes[:half]]))
    times = [f.time for f in track.fixes]
    assert times == sorted(times)
    assert track.segments == 2


def test_time_without_zone_is_utc(tmp_path: Path) -> None:
    path = write_gpx(tmp_path / "t.gpx", [walk_fixes()[:3]])
    path.write_text(path.read_text().replace("Z</time>", "</time>"))
    assert read_gpx(path).start == START.timestamp()


def test_bad_xml_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = write_gpx(tmp_path / "broken walk.gpx", [walk_fixes()])
    path.write_text(path.read_text()[:-40])
    with pytest.raises(GpxError) as err:
        read_gpx(path)
    assert str(err.value).startswith("broken walk.gpx: not valid XML")
    assert err.value.path == path


def test_not_gpx_at_all(tmp_path: Path) -> None:
    path = tmp_path / "photo.gpx"
    path.write_bytes(b"\xff\xd8\xff\xe0 a jpeg")
    with pytest.raises(GpxError, match=r"^photo\.gpx: not valid XML"):
        read_gpx(path)


def test_track_without_timestamps_is_refused(tmp_path: Path) -> None:
    fixes = [dataclasses.replace(f, time=None) for f in walk_fixes()[:10]]
    with pytest.raises(GpxError) as err:
        read_gpx(write_gpx(tmp_path / "route.gpx", [fixes]))
    assert str(err.value).startswith("route.gpx: no timestamps")
    assert "10 track points" in str(err.value)


def test_points_without_time_among_timed_ones_are_skipped_and_counted(tmp_path: Path) -> None:
    fixes = walk_fixes()[:10]
    fixes[4] = dataclasses.replace(fixes[4], time=None)
    track = read_gpx(write_gpx(tmp_path / "t.gpx", [fixes]))
    assert len(track.fixes) == 9
    assert track.skipped_without_time == 1


def test_points_out_of_order_name_the_point(tmp_path: Path) -> None:
    fixes = walk_fixes()[:10]
    fixes[6], fixes[7] = fixes[7], fixes[6]
    with pytest.raises(GpxError) as err:
        read_gpx(write_gpx(tmp_path / "shuffled.gpx", [fixes]))
    message = str(err.value)
    assert message.startswith("shuffled.gpx: points out of order: track 1, segment 1, point 8")
    assert "08:00:30Z" in message and "08:00:35Z" in message


def test_empty_track_is_refused(tmp_path: Path) -> None:
    with pytest.raises(GpxError, match=r"^empty\.gpx: empty track: no track points$"):
        read_gpx(write_gpx(tmp_path / "empty.gpx", [[]]))


def test_waypoints_only_say_so(tmp_path: Path) -> None:
    path = tmp_path / "marks.gpx"
    path.write_text(
        '<?xml version="1.0"?><gpx version="1.1" creator="x" '
        'xmlns="http://www.topografix.com/GPX/1/1">'
        '<wpt lat="44.8" lon="20.4"><time>2024-05-01T08:00:00Z</time></wpt></gpx>'
    )
    with pytest.raises(GpxError, match="only waypoints or routes"):
        read_gpx(path)


def test_impossible_coordinates_are_refused(tmp_path: Path) -> None:
    fixes = [Fix(START, 95.0, 20.0), Fix(START + dt.timedelta(seconds=5), 44.0, 20.0)]
    with pytest.raises(GpxError, match="track 1, segment 1, point 1 has an impossible position"):
        read_gpx(write_gpx(tmp_path / "t.gpx", [fixes]))


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(GpxError, match=r"^nowhere\.gpx: cannot be read"):
        read_gpx(tmp_path / "nowhere.gpx")
    (tmp_path / "zero.gpx").write_bytes(b"")
    with pytest.raises(GpxError, match=r"^zero\.gpx: the file is empty"):
        read_gpx(tmp_path / "zero.gpx")

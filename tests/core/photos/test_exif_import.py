"""What the importer stores from a photo's EXIF agrees with exiftool, for every format we take.

The files go through ``import_paths`` as a volunteer's card does (the worker processes, the
catalogue writer), and each catalogue row is compared with ``exiftool -n -json`` of the same
file: position, altitude, accuracy, bearing, time, orientation and the size a person sees.
Tags are written by piexif (through Pillow and pillow-heif) and, where a phone's file looks
different from what Pillow writes, by exiftool itself.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from surveyor.core.photos.importer import import_paths
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo
from tests.core.photos.test_exif import CASES
from tests.fixtures import exiftool, import_files
from tests.fixtures.photos import make_jpeg

# The same two photos the EXIF reader is tested on: both hemispheres, every tag.
NORTH_EAST: dict[str, Any] = CASES["belgrade"]
SOUTH_WEST: dict[str, Any] = CASES["santiago_sw"]
# Tags as exiftool writes them into a file that had none (numbers, as with -n).
BY_EXIFTOOL: dict[str, object] = {
    "GPSLatitude": 51.500729,
    "GPSLatitudeRef": "N",
    "GPSLongitude": 0.124625,
    "GPSLongitudeRef": "W",
    "GPSAltitude": 3.5,
    "GPSAltitudeRef": 1,  # below sea level
    "GPSHPositioningError": 8.0,
    "GPSImgDirection": 359.5,
    "GPSImgDirectionRef": "T",
    "DateTimeOriginal": "2025:12:31 23:59:59",
    "OffsetTimeOriginal": "+00:00",
    "Orientation": 8,
}


def _plain(path: Path, fmt: str) -> Path:
    """A picture with no EXIF at all, for exiftool to write into."""
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    picture = Image.new("RGB", (320, 240), (40, 160, 90))
    picture.paste((250, 240, 30), (0, 0, 80, 60))
    picture.save(path, fmt, **({"quality": 60} if fmt == "HEIF" else {}))
    return path


def _card(folder: Path) -> list[Path]:
    """One photo per way a phone or a tool writes EXIF into each format."""
    size = (320, 240)  # not square: a turned photo's size shows it
    files = [
        make_jpeg(folder / "north_east.jpg", size=size, **NORTH_EAST),
        make_jpeg(folder / "south_west.jpg", size=size, **SOUTH_WEST),
        make_jpeg(folder / "upside_down.jpg", size=size, lat=-33.8688, lon=151.2093, orientation=3),
        make_jpeg(folder / "no_gps.jpg", size=size, taken_at="2026:06:01 08:00:00"),
        import_files.make_image(folder / "south_west.png", "PNG", size, **SOUTH_WEST),
        import_files.make_image(folder / "south_west.webp", "WEBP", size, **SOUTH_WEST),
        # pillow-heif turns Orientation 6 into the HEIF rotation (irot) and keeps the tag.
        import_files.make_image(folder / "south_west.heic", "HEIF", size, **SOUTH_WEST),
    ]
    for fmt, suffix in (("JPEG", ".jpg"), ("PNG", ".png"), ("WEBP", ".webp"), ("HEIF", ".heic")):
        files.append(exiftool.write(_plain(folder / f"by_exiftool{suffix}", fmt), **BY_EXIFTOOL))
    # A HEIF turned by its rotation box alone, with no Orientation tag (the tag deleted).
    turned = shutil.copy(folder / "south_west.heic", folder / "rotation_only.heic")
    files.append(exiftool.write(Path(turned), Orientation=None))
    return files


def _taken_at(tool: dict[str, Any]) -> str | None:
    stamp = tool.get("DateTimeOriginal")
    if stamp is None:
        return None
    return f"{stamp[:10].replace(':', '-')}T{stamp[11:]}" + tool.get("OffsetTimeOriginal", "")


def _upright_size(tool: dict[str, Any]) -> tuple[int, int]:
    """The size a person sees, from exiftool's stored size.

    A HEIF is turned by its rotation box (``Rotation``); its Orientation tag only records what
    the phone wrote (HEIF readers must not apply it again). Other formats turn by Orientation.
    """
    width, height = tool["ImageWidth"], tool["ImageHeight"]
    if tool["FileType"] == "HEIC":
        turned = tool.get("Rotation", 0) in (90, 270)
    else:
        turned = tool.get("Orientation", 1) >= 5
    return (height, width) if turned else (width, height)


def _assert_row_matches(photo: Photo, tool: dict[str, Any]) -> None:
    name = photo.original_name
    for column, tag in (
        ("latitude", "GPSLatitude"),
        ("longitude", "GPSLongitude"),
        ("altitude", "GPSAltitude"),
        ("accuracy_m", "GPSHPositioningError"),
        ("bearing", "GPSImgDirection"),
    ):
        assert getattr(photo, column) == pytest.approx(tool.get(tag), abs=1e-6), (name, column)
    assert photo.bearing_ref == tool.get("GPSImgDirectionRef"), name
    assert photo.taken_at == _taken_at(tool), name
    assert photo.orientation == tool.get("Orientation", 1), name
    assert (photo.width, photo.height) == _upright_size(tool), name
    assert photo.position_source == ("exif" if "GPSLatitude" in tool else None), name
    assert (photo.import_status, photo.import_reason) == ("ok", ""), name


def test_imported_rows_match_exiftool_for_every_format(workspace: Workspace, tmp_path) -> None:
    files = _card(tmp_path / "card")
    tool = exiftool.read(files)
    kinds = {entry["FileType"] for entry in tool.values()}
    assert kinds == {"JPEG", "PNG", "Extended WEBP", "HEIC"}
    # The real path: worker processes decode, the parent writes the catalogue.
    report = import_paths(workspace, [tmp_path / "card"], walk_name="Card", workers=2)
    assert report.failed == [] and report.warnings == []
    photos = {p.original_name: p for p in Photo.select()}
    assert set(photos) == {path.name for path in files}
    for name, photo in photos.items():
        _assert_row_matches(photo, tool[name])
    # The cases that would hide a sign or a turn, checked in plain words too.
    heic, tagged, box_only = (
        photos[n] for n in ("south_west.heic", "by_exiftool.heic", "rotation_only.heic")
    )
    assert heic.latitude < 0 and heic.longitude < 0
    assert (heic.orientation, heic.width, heic.height) == (6, 240, 320)
    assert (tagged.orientation, tagged.width, tagged.height) == (8, 320, 240)
    assert (box_only.orientation, box_only.width, box_only.height) == (1, 240, 320)
    assert photos["by_exiftool.jpg"].altitude == pytest.approx(-3.5)
    assert (photos["by_exiftool.jpg"].width, photos["by_exiftool.jpg"].height) == (240, 320)


def test_the_importer_and_the_walk_namer_read_the_same_exif(workspace, tmp_path) -> None:
    """``read_exif_file`` (which names a walk by its photos' day) is the importer's reader."""
    from surveyor.core.photos.exif import read_exif_file

    files = _card(tmp_path / "card")
    import_paths(workspace, files, walk_name="Card", workers=0)
    for photo in Photo.select():
        info = read_exif_file(str(tmp_path / "card" / photo.original_name))
        stored = (photo.latitude, photo.longitude, photo.bearing, photo.taken_at, photo.orientation)
        assert (info.latitude, info.longitude, info.bearing, info.taken_at, info.orientation) == (
            stored
        ), photo.original_name

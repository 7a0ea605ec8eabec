from __future__ import annotations

import random
import struct
import time
from pathlib import Path

import piexif
import pytest
from PIL.TiffImagePlugin import IFDRational

from surveyor.core.photos import exif
from surveyor.core.photos.exif import parse_exif, read_exif_file
from tests.fixtures import exiftool, import_files
from tests.fixtures.photos import exif_bytes, make_jpeg

# Every kind of EXIF the importer reads, in both hemispheres.
CASES = {
    "belgrade": dict(
        lat=44.817612,
        lon=20.456897,
        altitude=117.5,
        accuracy=4.2,
        bearing=271.25,
        bearing_ref="T",
        taken_at="2026:11:28 14:03:22",
        offset="+01:00",
        orientation=1,
    ),
    "santiago_sw": dict(
        lat=-33.4489,
        lon=-70.6693,
        altitude=-12.0,
        accuracy=35.0,
        bearing=12.5,
        bearing_ref="M",
        taken_at="2026:01:02 03:04:05",
        offset="-03:00",
        orientation=6,
    ),
    "sydney_se": dict(lat=-33.8688, lon=151.2093, taken_at="2025:12:31 23:59:59", orientation=8),
    "no_offset": dict(lat=51.5, lon=-0.12, taken_at="2026:06:01 08:00:00", orientation=3),
    "no_gps": dict(taken_at="2026:06:01 08:00:00"),
}


def _assert_matches_exiftool(info: exif.ExifInfo, tool: dict) -> None:
    assert info.latitude == pytest.approx(tool.get("GPSLatitude"), abs=1e-7)
    assert info.longitude == pytest.approx(tool.get("GPSLongitude"), abs=1e-7)
    assert info.altitude == pytest.approx(tool.get("GPSAltitude"), abs=1e-6)
    assert info.accuracy_m == pytest.approx(tool.get("GPSHPositioningError"), abs=1e-6)
    assert info.bearing == pytest.approx(tool.get("GPSImgDirection"), abs=1e-6)
    assert info.bearing_ref == tool.get("GPSImgDirectionRef")
    stamp = tool["DateTimeOriginal"]
    expected = f"{stamp[:10].replace(':', '-')}T{stamp[11:]}" + tool.get("OffsetTimeOriginal", "")
    assert info.taken_at == expected
    assert info.orientation == tool.get("Orientation", 1)
    assert info.warnings == []


def test_jpeg_exif_matches_exiftool(tmp_path: Path) -> None:
    paths = [make_jpeg(tmp_path / f"{name}.jpg", **spec) for name, spec in CASES.items()]
    tool = exiftool.read(paths)
    for path in paths:
        _assert_matches_exiftool(read_exif_file(str(path)), tool[path.name])
    assert read_exif_file(str(tmp_path / "santiago_sw.jpg")).latitude < 0
    assert read_exif_file(str(tmp_path / "santiago_sw.jpg")).longitude < 0


@pytest.mark.parametrize(("fmt", "suffix"), [("PNG", ".png"), ("WEBP", ".webp"), ("HEIF", ".heic")])
def test_other_formats_match_exiftool(tmp_path: Path, fmt: str, suffix: str) -> None:
    spec = dict(CASES["santiago_sw"])
    path = import_files.make_image(tmp_path / f"photo{suffix}", fmt, **spec)
    tool = exiftool.read([path])[path.name]
    assert tool["FileType"] in {"PNG", "Extended WEBP", "HEIC"}
    _assert_matches_exiftool(read_exif_file(str(path)), tool)


def test_zero_denominators_mean_no_position(tmp_path: Path) -> None:
    info = read_exif_file(str(import_files.make_zero_denominators(tmp_path / "z.jpg")))
    assert info.latitude is None and info.longitude is None
    assert info.altitude is None and info.bearing is None
    assert any("zero denominator" in w for w in info.warnings)


def test_zero_zero_is_no_fix(tmp_path: Path) -> None:
    info = read_exif_file(str(import_files.make_zero_position(tmp_path / "z.jpg")))
    assert not info.has_position
    assert any("0,0" in w for w in info.warnings)


@pytest.mark.parametrize(("lat", "lon"), [(95, 20), (44, 181), (91, 200)])
def test_out_of_range_means_no_position(tmp_path: Path, lat: int, lon: int) -> None:
    info = read_exif_file(str(import_files.make_out_of_range(tmp_path / "o.jpg", lat, lon)))
    assert not info.has_position
    assert any("outside" in w for w in info.warnings)


def test_missing_hemisphere_reference_is_no_position() -> None:
    raw = exif_bytes(extra_gps={piexif.GPSIFD.GPSLatitude: ((44, 1), (0, 1), (0, 1))})
    info = parse_exif(raw)
    assert not info.has_position and info.warnings


def test_single_rational_coordinates_and_magnetic_ref() -> None:
    raw = exif_bytes(
        extra_gps={
            piexif.GPSIFD.GPSLatitudeRef: b"S",
            piexif.GPSIFD.GPSLatitude: ((3345, 100), (0, 1), (0, 1)),
            piexif.GPSIFD.GPSLongitudeRef: b"W",
            piexif.GPSIFD.GPSLongitude: ((7066, 100),),
            piexif.GPSIFD.GPSImgDirectionRef: b"M",
            piexif.GPSIFD.GPSImgDirection: (360, 1),
        }
    )
    info = parse_exif(raw)
    assert (info.latitude, info.longitude) == (-33.45, -70.66)
    assert (info.bearing, info.bearing_ref) == (0.0, "M")


def test_nan_rational_from_pillow_is_rejected() -> None:
    with pytest.raises(exif._Bad):
        exif._ratio(IFDRational(0, 0))
    assert exif._ratio(IFDRational(3, 2)) == 1.5


def test_bad_dates_and_offsets() -> None:
    assert parse_exif(exif_bytes(taken_at="0000:00:00 00:00:00")).taken_at is None
    info = parse_exif(exif_bytes(taken_at="2026:11:28 10:00:00", offset="CET"))
    assert info.taken_at == "2026-11-28T10:00:00"
    assert any("time zone" in w for w in info.warnings)
    padded = exif_bytes(extra_exif={piexif.ExifIFD.DateTimeOriginal: b"2026:11:28 10:00:00\x00"})
    assert parse_exif(padded).taken_at == "2026-11-28T10:00:00"


def test_orientation_out_of_range_defaults_to_upright() -> None:
    info = parse_exif(exif_bytes(orientation=42))
    assert info.orientation == 1 and info.warnings


def test_garbage_never_raises() -> None:
    rng = random.Random(1234)
    good = exif_bytes(**CASES["belgrade"])
    samples: list[bytes | None] = [
        None,
        b"",
        b"Exif\x00\x00",
        b"II*\x00",
        b"MM\x00*\xff\xff\xff\xff",
    ]
    samples += [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400))) for _ in range(150)]
    for _ in range(300):  # good EXIF with a few bytes flipped: the nastiest inputs
        mutated = bytearray(good)
        for _ in range(rng.randrange(1, 8)):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        samples.append(bytes(mutated))
    for _ in range(50):
        samples.append(good[: rng.randrange(len(good))])
    for raw in samples:
        info = parse_exif(raw)
        assert isinstance(info, exif.ExifInfo)
        if info.latitude is not None:
            assert -90 <= info.latitude <= 90 and -180 <= info.longitude <= 180
            assert (info.latitude, info.longitude) != (0.0, 0.0)


def test_garbage_exif_segment_in_a_jpeg(tmp_path: Path) -> None:
    info = read_exif_file(str(import_files.make_garbage_exif_jpeg(tmp_path / "g.jpg")))
    assert not info.has_position
    assert info.warnings


def test_unreadable_file_gives_warning_not_exception(tmp_path: Path) -> None:
    info = read_exif_file(str(tmp_path / "missing.jpg"))
    assert info.warnings and not info.has_position


def test_crafted_huge_count_does_not_hang() -> None:
    # One IFD0 entry (Make, type BYTE) claiming ~4 billion values: piexif alone would try to
    # build a 4 GB struct format.
    entry = struct.pack(">HHLL", 0x010F, 1, 0xFFFFFFF0, 0)
    raw = b"MM\x00\x2a\x00\x00\x00\x08" + struct.pack(">H", 1) + entry + b"\x00" * 4
    started = time.monotonic()
    info = parse_exif(b"Exif\x00\x00" + raw)
    assert time.monotonic() - started < 2
    assert not info.has_position

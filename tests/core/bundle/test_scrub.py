"""Photos leave the machine rebuilt from pixels; exiftool finds nothing about the volunteer."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from surveyor.core.bundle.scrub import ScrubError, check_jpeg_segments, scrub_photo
from tests.fixtures.bundles import OWNER, SERIAL, leaky_jpeg

# exiftool groups/tags that must never appear in a bundled photo.
FORBIDDEN_GROUPS = ("[IFD0]", "[IFD1]", "[ExifIFD]", "[GPS]", "[XMP", "[IPTC]", "[ICC", "[Maker")
FORBIDDEN_TAGS = (
    "Make",
    "Model",
    "SerialNumber",
    "LensSerialNumber",
    "OwnerName",
    "ImageUniqueID",
    "MakerNote",
    "ThumbnailImage",
    "Comment",
    "ProfileDescription",
    "OffsetTime",
)


def exiftool_leaks(path: Path) -> list[str]:
    """Lines of ``exiftool -a -G1 -s`` that show something a bundled photo must not carry."""
    out = subprocess.run(
        ["exiftool", "-a", "-G1", "-s", str(path)], capture_output=True, text=True, timeout=60
    ).stdout
    leaks = []
    for line in out.splitlines():
        _, _, rest = line.partition("]")
        tag = rest.strip().split(" ", 1)[0]
        if (
            line.startswith(FORBIDDEN_GROUPS)
            or any(tag.startswith(t) or tag.endswith(t) for t in FORBIDDEN_TAGS)
            or tag.startswith("GPS")
            or SERIAL in line
            or OWNER in line
        ):
            leaks.append(line)
    return leaks


def test_fixture_really_leaks(tmp_path: Path) -> None:
    leaks = "\n".join(exiftool_leaks(leaky_jpeg(tmp_path / "leaky.jpg")))
    for needle in (
        "Make",
        "Model",
        "SerialNumber",
        "OwnerName",
        "GPSLatitude",
        "MakerNote",
        "[XMP-aux]",
        "[IPTC]",
        "[ICC_Profile]",
        "Comment",
        "ThumbnailImage",
        "LensSerialNumber",
    ):
        assert needle in leaks, needle


def test_scrubbed_photo_carries_nothing_but_pixels(tmp_path: Path) -> None:
    clean = tmp_path / "clean.jpg"
    clean.write_bytes(scrub_photo(leaky_jpeg(tmp_path / "leaky.jpg")))
    assert exiftool_leaks(clean) == []
    assert SERIAL.encode() not in clean.read_bytes()
    assert OWNER.encode() not in clean.read_bytes()


def test_orientation_is_applied(tmp_path: Path) -> None:
    # Orientation 6: the stored image is rotated 90° clockwise for display.
    src = leaky_jpeg(tmp_path / "rot.jpg", size=(320, 240), orientation=6)
    with Image.open(io.BytesIO(scrub_photo(src))) as img:
        assert img.size == (240, 320)
        # The bright block drawn top-left ends up top-right after a 90° clockwise turn.
        r, g, b = img.convert("RGB").getpixel((230, 10))
        assert r > 200 and g > 200 and b < 100


def test_pillow_comment_is_not_copied(tmp_path: Path) -> None:
    src = tmp_path / "c.jpg"
    img = Image.new("RGB", (32, 32))
    img.save(src, "JPEG", comment=b"volunteer home address")
    data = scrub_photo(src)
    assert b"volunteer home address" not in data
    assert "COM" not in check_jpeg_segments(data, "c.jpg")


def _jpeg(**save: object) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (16, 16)).save(out, "JPEG", **save)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (_jpeg(comment=b"x"), "segment COM"),
        (_jpeg(exif=b"Exif\0\0MM\0*\0\0\0\x08\0\0"), "segment APP1"),
        (_jpeg(icc_profile=b"\0" * 128), "segment APP2"),
        (_jpeg() + b"hidden", "bytes after EOI"),
        (b"\x89PNG\r\n", "not a JPEG"),
    ],
)
def test_segment_check_refuses_and_names_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(ScrubError, match=rf"^IMG_0042\.jpg: .*{reason}"):
        check_jpeg_segments(data, "IMG_0042.jpg")


def test_segment_check_refuses_jfif_thumbnail() -> None:
    data = _jpeg()
    # APP0 JFIF with a 1x1 thumbnail (3 bytes of RGB) spliced in place of the plain header.
    jfif = b"JFIF\0\x01\x01\0\0\x01\0\x01\x01\x01" + b"\xff\0\0"
    app0 = b"\xff\xe0" + (len(jfif) + 2).to_bytes(2, "big") + jfif
    start = 2 + 2 + int.from_bytes(data[4:6], "big")
    with pytest.raises(ScrubError, match="APP0 is not a plain JFIF"):
        check_jpeg_segments(data[:2] + app0 + data[start:], "t.jpg")


def test_allowed_jpeg_passes(tmp_path: Path) -> None:
    assert check_jpeg_segments(_jpeg(progressive=True), "p.jpg")[-1] == "EOI"


def test_unreadable_photo_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"\xff\xd8 not really")
    with pytest.raises(ScrubError, match=r"^IMG_7\.jpg: cannot read"):
        scrub_photo(bad, "IMG_7.jpg")


def test_heic_from_an_iphone_becomes_a_clean_jpeg(tmp_path: Path) -> None:
    from pillow_heif import register_heif_opener

    from tests.fixtures.photos import exif_bytes

    register_heif_opener()
    src = tmp_path / "IMG_0001.heic"
    Image.new("RGB", (64, 48), (10, 200, 30)).save(
        src, "HEIF", exif=exif_bytes(lat=44.8, lon=20.4, make="Apple", model="iPhone 15")
    )
    clean = tmp_path / "clean.jpg"
    clean.write_bytes(scrub_photo(src))
    assert exiftool_leaks(clean) == []
    with Image.open(clean) as img:
        assert img.format == "JPEG" and img.size == (64, 48)

"""Rebuild a photo from its pixels so nothing but the picture leaves the machine.

``scrub_photo`` decodes the file, applies the EXIF orientation, drops everything Pillow carried
along (EXIF, XMP, ICC, comments, DPI), and writes a baseline JPEG. ``check_jpeg_segments`` then
re-reads the bytes and refuses any marker outside a short allow-list, naming the file: the
export never signs a photo it has not checked.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageOps, UnidentifiedImageError

from surveyor.core.messages import Message

try:  # HEIC photos from iPhones; optional at runtime, declared in pyproject
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - pillow-heif is a declared dependency
    pass

JPEG_QUALITY = 90

# Markers a rebuilt baseline/progressive JPEG may contain; anything else is refused.
ALLOWED_MARKERS: dict[int, str] = {
    0xD8: "SOI",
    0xE0: "APP0",
    0xDB: "DQT",
    0xC0: "SOF0",
    0xC2: "SOF2",
    0xC4: "DHT",
    0xDD: "DRI",
    0xDA: "SOS",
    0xD9: "EOI",
    **{0xD0 + n: f"RST{n}" for n in range(8)},
}
_STANDALONE = {0xD8, 0xD9, 0x01, *range(0xD0, 0xD8)}


class ScrubError(Exception):
    """A photo that cannot be rebuilt, or whose rebuilt bytes hold a forbidden segment."""


def _marker_name(code: int) -> str:
    if 0xE0 <= code <= 0xEF:
        return f"APP{code - 0xE0}"
    names = {0xFE: "COM", 0xC1: "SOF1", 0xC3: "SOF3", 0xCC: "DAC", 0xDC: "DNL", 0xDE: "DHP"}
    return ALLOWED_MARKERS.get(code) or names.get(code, f"0xFF{code:02X}")


def check_jpeg_segments(data: bytes, name: str) -> list[str]:
    """The JPEG's markers in order; ``ScrubError`` naming ``name`` if any is not allowed.

    APP0 must be a plain JFIF header without an embedded thumbnail; no byte may follow EOI.
    """
    if data[:2] != b"\xff\xd8":
        raise ScrubError(Message("{name}: not a JPEG (no SOI marker)", name=name))
    seen = ["SOI"]
    pos, end = 2, len(data)
    while pos < end:
        if data[pos] != 0xFF:
            raise ScrubError(
                Message(
                    "{name}: corrupt JPEG (expected a marker at byte {pos})", name=name, pos=pos
                )
            )
        while pos < end and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= end:
            break
        code = data[pos]
        pos += 1
        label = _marker_name(code)
        if code not in ALLOWED_MARKERS:
            raise ScrubError(
                Message(
                    "{name}: refusing to export: segment {label} is not allowed",
                    name=name,
                    label=label,
                )
            )
        seen.append(label)
        if code == 0xD9:
            if pos != end:
                raise ScrubError(
                    Message(
                        "{name}: refusing to export: {value} bytes after EOI",
                        name=name,
                        value=end - pos,
                    )
                )
            return seen
        if code in _STANDALONE:
            continue
        if pos + 2 > end:
            raise ScrubError(
                Message("{name}: corrupt JPEG (truncated {label})", name=name, label=label)
            )
        length = int.from_bytes(data[pos : pos + 2], "big")
        body = data[pos + 2 : pos + length]
        if length < 2 or pos + length > end:
            raise ScrubError(
                Message("{name}: corrupt JPEG (bad {label} length)", name=name, label=label)
            )
        if code == 0xE0 and not (
            body[:5] == b"JFIF\0" and len(body) >= 14 and body[12:14] == b"\0\0"
        ):
            raise ScrubError(
                Message("{name}: refusing to export: APP0 is not a plain JFIF header", name=name)
            )
        pos += length
        if code == 0xDA:
            pos = _skip_entropy(data, pos)
    raise ScrubError(Message("{name}: corrupt JPEG (no EOI marker)", name=name))


def _skip_entropy(data: bytes, pos: int) -> int:
    """Index of the next marker after entropy-coded data (stuffed 00 and RSTn stay inside)."""
    end = len(data)
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= end:
            return end
        nxt = data[pos + 1]
        if nxt == 0x00 or 0xD0 <= nxt <= 0xD7:
            pos += 2
            continue
        if nxt == 0xFF:
            pos += 1
            continue
        return pos


def scrub_photo(
    path: Path | BinaryIO,
    display_name: str | None = None,
    edit: Callable[[Image.Image], Image.Image] | None = None,
) -> bytes:
    """The photo rebuilt from pixels as a checked JPEG (orientation applied, no metadata).

    ``edit`` changes the upright pixels before encoding (redaction blurs bystanders there).
    """
    name = display_name or (path.name if isinstance(path, Path) else "photo")
    try:
        with Image.open(path) as src:
            upright = ImageOps.exif_transpose(src)
            rgb = upright.convert("RGB")
    except (OSError, UnidentifiedImageError, ValueError) as exc:
        raise ScrubError(
            Message("{name}: cannot read the photo ({exc})", name=name, exc=exc)
        ) from exc
    if edit is not None:
        rgb = edit(rgb)
    # convert()/exif_transpose() copy ``info``; Pillow writes info["comment"] as COM on save.
    rgb.info = {}
    out = io.BytesIO()
    rgb.save(out, "JPEG", quality=JPEG_QUALITY, optimize=False, progressive=False, comment=b"")
    data = out.getvalue()
    check_jpeg_segments(data, name)
    return data

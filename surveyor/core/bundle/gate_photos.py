"""The intake gate for a bundle's photos: a JPEG named by its SHA-256, under the pixel limit.

Each photo is judged from its header before anything decodes it, then hashed as it streams.
"""

from __future__ import annotations

import hashlib

from surveyor.core.bundle.gate_rules import Problems
from surveyor.core.bundle.safezip import SafeZip
from surveyor.core.messages import Message

MAX_PHOTO_PIXELS = 100_000_000  # 100 MP: every phone's default; 60000×60000 is not a photo
PHOTO_HEADER_BYTES = 1 << 20

_OTHER_FORMATS = {
    b"\x89PNG": "PNG",
    b"GIF8": "GIF",
    b"RIFF": "RIFF (WebP?)",
    b"II*\0": "TIFF",
    b"MM\0*": "TIFF",
}
_SOF_MARKERS = frozenset(
    {*range(0xC0, 0xC4), *range(0xC5, 0xC8), *range(0xC9, 0xCC)} | {0xCD, 0xCE, 0xCF}
)
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})


def jpeg_size(head: bytes) -> tuple[int, int] | None:
    """(width, height) from a JPEG's frame header, walking the markers; None if not found."""
    pos = 2
    while pos + 4 <= len(head):
        if head[pos] != 0xFF:
            return None
        marker = head[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in _STANDALONE:
            pos += 2
            continue
        if marker in (0xD9, 0xDA):  # end of image, or scan data before any frame header
            return None
        length = int.from_bytes(head[pos + 2 : pos + 4], "big")
        if marker in _SOF_MARKERS:
            if length < 7 or pos + 9 > len(head):
                return None
            height = int.from_bytes(head[pos + 5 : pos + 7], "big")
            width = int.from_bytes(head[pos + 7 : pos + 9], "big")
            return width, height
        if length < 2:
            return None
        pos += 2 + length
    return None


def photo_problem(head: bytes) -> str | None:
    """Why the start of a photo is not a JPEG we accept (checked from its header only)."""
    if not head.startswith(b"\xff\xd8\xff"):
        kind = next((k for magic, k in _OTHER_FORMATS.items() if head.startswith(magic)), None)
        if kind:
            return Message("a {kind} image, not a JPEG", kind=kind)
        return Message("not a JPEG photo")
    size = jpeg_size(head)
    if size is None:
        return Message("not a JPEG photo (no frame header at its start)")
    width, height = size
    if width == 0 or height == 0:
        return Message("a JPEG without pixels")
    if width * height > MAX_PHOTO_PIXELS:
        return Message(
            "{width}×{height} is over the limit of {limit} megapixels",
            width=width,
            height=height,
            limit=MAX_PHOTO_PIXELS // 1_000_000,
        )
    return None


def check_photo(z: SafeZip, name: str, problems: Problems) -> None:
    """Stream one ``data/photos/<sha256>.jpg`` member: its header, then its hash."""
    digest = hashlib.sha256()
    head = b""
    with z.stream(name) as f:
        while chunk := f.read(PHOTO_HEADER_BYTES):
            if not head:
                head = chunk
                if why := photo_problem(head):
                    problems.append((name, why))
                    return
            digest.update(chunk)
    if not head:
        problems.append((name, Message("empty")))
    elif digest.hexdigest() != name[12:76]:
        problems.append((name, Message("does not match the SHA-256 in its name")))

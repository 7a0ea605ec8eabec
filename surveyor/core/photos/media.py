"""Photo files on disk: what kind a file really is, hashing, and crash-safe writes.

A file's kind comes from its first bytes, never its name: a text file called ``x.jpg`` is
refused with a reason, and a HEIC renamed ``.jpg`` still imports.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from surveyor.core.messages import Message
from surveyor.core.vault.storage import TMP_PREFIX, TMP_SUFFIX

SNIFF_BYTES = 32
READ_CHUNK = 1 << 20

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"}
_HEIF_GENERIC_BRANDS = {b"mif1", b"msf1"}


@dataclass(frozen=True)
class MediaKind:
    name: str  # Pillow format name
    extension: str  # as stored under media/


JPEG = MediaKind("JPEG", ".jpg")
PNG = MediaKind("PNG", ".png")
WEBP = MediaKind("WEBP", ".webp")
HEIC = MediaKind("HEIF", ".heic")
HEIF = MediaKind("HEIF", ".heif")
# Every extension an original may be stored under.
STORED_KINDS = (JPEG, PNG, WEBP, HEIC, HEIF)

SUPPORTED_TEXT = Message("JPEG, PNG, HEIC/HEIF or WebP")
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".jpe", ".png", ".webp", ".heic", ".heif", ".hif"}


def sniff(head: bytes) -> MediaKind | None:
    """The image kind from a file's first bytes, or None when it is not one we take."""
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[4:8] == b"ftyp":
        major = head[8:12]
        if major in _HEIF_BRANDS:
            return HEIC
        if major in _HEIF_GENERIC_BRANDS:
            return HEIF
    return None


_decoders_registered = False


def register_decoders() -> None:
    """Teach Pillow HEIC/HEIF (pillow-heif); safe to call many times, in any process."""
    global _decoders_registered
    if not _decoders_registered:
        import pillow_heif

        pillow_heif.register_heif_opener()
        _decoders_registered = True


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def sweep_tmp(tmp_dir: Path) -> int:
    """Delete temporary files left by imports that no longer run (killed mid-write)."""
    removed = 0
    if not tmp_dir.is_dir():
        return 0
    for entry in tmp_dir.glob(f"{TMP_PREFIX}*{TMP_SUFFIX}"):
        try:
            pid = int(entry.name[len(TMP_PREFIX) :].split("-", 1)[0])
        except ValueError:
            pid = -1
        if pid > 0 and _pid_alive(pid):
            continue  # another import in progress owns it
        with contextlib.suppress(OSError):
            entry.unlink()
            removed += 1
    return removed

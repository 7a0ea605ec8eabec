"""One file's import work, run in a worker process: read, hash, check, decode, store.

Order matters for crash safety: the photo is decoded and its thumbnails rendered in memory
first (so a broken file never reaches ``media/``), then the original is written to ``media/``
atomically, then the thumbnails; the catalogue row is written last, by the parent. A kill at
any point leaves at worst a complete media file without a row, which the next import of the
same file adopts, or a temporary file, which the next import deletes.

Nothing here touches the database: only the parent process writes it.
"""

from __future__ import annotations

import hashlib
import io
import os
import signal
import threading
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from PIL import Image, UnidentifiedImageError

from surveyor.core.messages import Message
from surveyor.core.photos import media, thumbnails
from surveyor.core.photos.exif import ExifInfo, read_exif, upright_size
from surveyor.core.workspace import Workspace

# Files up to this size are read once into memory (hash, decode and copy from one read);
# bigger ones are streamed twice instead, so memory stays bounded.
MAX_IN_MEMORY = 64 * 1024 * 1024

IMPORTED, DUPLICATE, FAILED = "imported", "duplicate", "failed"


@dataclass(frozen=True)
class IngestSettings:
    """What a worker needs to know; sent once per worker process, not once per file."""

    workspace_root: str
    owner_pid: int  # the importing (parent) process, named in temporary files
    known_hashes: frozenset[str] = frozenset()
    max_image_pixels: int | None = None  # None keeps Pillow's own decompression-bomb limit


@dataclass
class FileResult:
    """The outcome for one input file, sent back to the parent."""

    path: str
    outcome: str
    reason: str = ""
    sha256: str | None = None
    size: int = 0
    extension: str = ""
    width: int | None = None
    height: int | None = None
    exif: ExifInfo = field(default_factory=ExifInfo)


class _Refused(Exception):
    """This file cannot be imported; the message is the reason the volunteer reads."""


def unsupported_reason(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in media.IMAGE_SUFFIXES:
        return f"named {suffix} but the content is not a {media.SUPPORTED_TEXT} image"
    kind = suffix or "no extension"
    return f"unsupported file type ({kind}); Surveyor imports {media.SUPPORTED_TEXT}"


def _read(path: Path) -> tuple[media.MediaKind, str, int, bytes | None]:
    """(kind, sha256, size, content or None when too big to hold)."""
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size == 0:
                raise _Refused(Message("empty file (0 bytes)"))
            head = f.read(media.SNIFF_BYTES)
            kind = media.sniff(head)
            if kind is None:
                raise _Refused(unsupported_reason(path))
            if size <= MAX_IN_MEMORY:
                data = head + f.read()
                return kind, hashlib.sha256(data).hexdigest(), len(data), data
            digest = hashlib.sha256(head)
            while chunk := f.read(media.READ_CHUNK):
                digest.update(chunk)
            return kind, digest.hexdigest(), size, None
    except IsADirectoryError:
        raise _Refused(Message("is a folder, not a file")) from None
    except FileNotFoundError:
        broken = os.path.islink(path)
        raise _Refused("cannot read: " + ("broken link" if broken else "no such file")) from None
    except PermissionError:
        raise _Refused(Message("cannot read: permission denied")) from None
    except OSError as exc:
        raise _Refused(Message("cannot read: {value}", value=exc.strerror or exc)) from None


def _decode(source: IO[bytes] | Path, kind: media.MediaKind) -> tuple[Image.Image, ExifInfo]:
    """Open the image (header only, pixels later) and read its EXIF."""
    try:
        image = Image.open(source, formats=[kind.name])
    except Image.DecompressionBombError as exc:
        raise _Refused(Message("image too large to open safely ({exc})", exc=exc)) from None
    except UnidentifiedImageError:
        raise _Refused(
            Message("damaged {name} image: cannot be identified", name=kind.name)
        ) from None
    return image, read_exif(image)


def _render(image: Image.Image, kind: media.MediaKind) -> dict[int, Image.Image]:
    thumbnails.draft_for(image)
    try:
        # pillow-heif applies the HEIF rotation itself and resets the EXIF orientation.
        return thumbnails.render(image, already_upright=kind.name == "HEIF")
    except Image.DecompressionBombError as exc:
        raise _Refused(Message("image too large to open safely ({exc})", exc=exc)) from None
    except MemoryError:
        raise _Refused(Message("image too large to decode in memory")) from None
    except OSError as exc:
        if "truncated" in str(exc):
            raise _Refused(
                Message("truncated image: the file ends before the picture does")
            ) from None
        raise _Refused(Message("damaged {name} image ({exc})", name=kind.name, exc=exc)) from None
    except Exception as exc:  # decoders raise SyntaxError, ValueError, struct.error, ...
        raise _Refused(
            Message(
                "damaged {name} image ({kind}: {exc})",
                name=kind.name,
                kind=type(exc).__name__,
                exc=exc,
            )
        ) from None


def ingest_file(path: str, settings: IngestSettings) -> FileResult:
    """Do everything for one file except the catalogue row. Never raises for bad input."""
    source = Path(path)
    previous_limit = Image.MAX_IMAGE_PIXELS
    if settings.max_image_pixels is not None:
        Image.MAX_IMAGE_PIXELS = settings.max_image_pixels
    try:
        with warnings.catch_warnings():
            # Pillow warns on damaged EXIF and large images; the result says it in words.
            warnings.filterwarnings("ignore", module=r"PIL\.")
            return _ingest(source, settings)
    except _Refused as exc:
        return FileResult(path, FAILED, str(exc))
    except Exception as exc:  # last resort: one file never stops the batch
        return FileResult(path, FAILED, f"unexpected error ({type(exc).__name__}: {exc})")
    finally:
        Image.MAX_IMAGE_PIXELS = previous_limit


def _ingest(source: Path, settings: IngestSettings) -> FileResult:
    kind, sha, size, data = _read(source)
    result = FileResult(str(source), DUPLICATE, sha256=sha, size=size, extension=kind.extension)
    if sha in settings.known_hashes:
        return result
    workspace = Workspace(Path(settings.workspace_root))
    image, info = _decode(io.BytesIO(data) if data is not None else source, kind)
    with image:
        width, height = upright_size(image, info)  # before draft decoding scales it
        rendered = _render(image, kind)
    result.width, result.height, result.exif = width, height, info

    tmp_dir = workspace.tmp_dir
    dest = workspace.media_path(sha, kind.extension)
    try:
        if not (dest.exists() and dest.stat().st_size == size):  # else: adopt a complete orphan
            if data is not None:
                media.write_atomically(data, dest, tmp_dir, settings.owner_pid)
            else:
                media.write_atomically(
                    None,
                    dest,
                    tmp_dir,
                    settings.owner_pid,
                    save=lambda tmp: _copy_verified(source, tmp, sha),
                )
        for px, picture in rendered.items():
            target = workspace.thumb_path(sha, px)
            if not target.exists():
                # Thumbnails are a cache: atomic but not fsynced (rebuilt if ever lost).
                media.write_atomically(
                    None,
                    target,
                    tmp_dir,
                    settings.owner_pid,
                    durable=False,
                    save=lambda tmp, p=picture, s=px: thumbnails.save_jpeg(p, tmp, s),
                )
    except OSError as exc:
        raise _Refused(
            Message("cannot write into the workspace: {value}", value=exc.strerror or exc)
        ) from None
    result.outcome = IMPORTED
    return result


def _copy_verified(source: Path, tmp: Path, sha: str) -> None:
    """Copy a file too big to hold in memory, checking it is still the file we hashed."""
    digest = hashlib.sha256()
    with open(source, "rb") as src, open(tmp, "wb") as dst:
        while chunk := src.read(media.READ_CHUNK):
            digest.update(chunk)
            dst.write(chunk)
    if digest.hexdigest() != sha:
        raise _Refused(Message("the file changed while it was being imported; import it again"))


# --- worker process plumbing -------------------------------------------------------------

_settings: IngestSettings | None = None


def init_worker(settings: IngestSettings) -> None:
    """Pool initializer: remember settings, load decoders, and die with the parent."""
    global _settings
    _settings = settings
    media.register_decoders()
    # Ctrl-C reaches the whole process group; the parent decides what to do about it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()

    def watch_parent() -> None:
        # A parent killed with -9 cannot stop its pool; without this, workers wait forever.
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch_parent, name="parent-watch", daemon=True).start()


def ingest_in_worker(path: str) -> FileResult:
    assert _settings is not None, "init_worker was not run"
    return ingest_file(path, _settings)

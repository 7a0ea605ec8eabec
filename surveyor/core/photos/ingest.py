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

from surveyor.core.messages import Message, reason_of
from surveyor.core.photos import media, thumbnails
from surveyor.core.photos.exif import ExifInfo, read_exif, upright_size
from surveyor.core.vault.storage import Blob, MemoryKeys, PlainStorage, SealedStorage, Storage

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
    # An encrypted workspace's file-name key; the worker seals files with fresh keys that it
    # hands back in FileResult.file_keys (only the parent writes the catalogue).
    names_key: bytes | None = None

    def storage(self) -> Storage:
        root = Path(self.workspace_root)
        if self.names_key is None:
            return PlainStorage(root, self.owner_pid)
        return SealedStorage(root, self.names_key, MemoryKeys(), self.owner_pid)


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
    file_keys: dict[str, bytes] = field(default_factory=dict)  # sealed files' keys, by name


class _Refused(Exception):
    """This file cannot be imported; the message is the reason the volunteer reads."""


def unsupported_reason(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in media.IMAGE_SUFFIXES:
        return Message(
            "named {suffix} but the content is not a {formats} image",
            suffix=suffix,
            formats=media.SUPPORTED_TEXT,
        )
    kind = suffix or Message("no extension")
    return Message(
        "unsupported file type ({kind}); Surveyor imports {formats}",
        kind=kind,
        formats=media.SUPPORTED_TEXT,
    )


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
        why = (
            Message("cannot read: broken link") if broken else Message("cannot read: no such file")
        )
        raise _Refused(why) from None
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
        return FileResult(path, FAILED, reason_of(exc))
    except Exception as exc:  # last resort: one file never stops the batch
        why = Message("unexpected error ({kind}: {exc})", kind=type(exc).__name__, exc=exc)
        return FileResult(path, FAILED, why)
    finally:
        Image.MAX_IMAGE_PIXELS = previous_limit


def _ingest(source: Path, settings: IngestSettings) -> FileResult:
    kind, sha, size, data = _read(source)
    result = FileResult(str(source), DUPLICATE, sha256=sha, size=size, extension=kind.extension)
    if sha in settings.known_hashes:
        return result
    storage = settings.storage()
    image, info = _decode(io.BytesIO(data) if data is not None else source, kind)
    with image:
        width, height = upright_size(image, info)  # before draft decoding scales it
        rendered = _render(image, kind)
    result.width, result.height, result.exif = width, height, info

    original = Blob.original(sha, kind.extension)
    try:
        # A complete orphan (killed before its row was written) is adopted when plain; a
        # sealed one's key died with that run, so it is sealed again.
        if not (storage.exists(original) and _plain_size(storage, original) == size):
            if data is not None:
                storage.write_bytes(original, data)
            else:
                with open(source, "rb") as f:
                    checked = _HashingReader(f)
                    storage.write_stream(original, checked)  # type: ignore[arg-type]
                if checked.hexdigest() != sha:
                    storage.delete(original)
                    raise _Refused(
                        Message("the file changed while it was being imported; import it again")
                    )
        for px, picture in rendered.items():
            thumb = Blob.thumbnail(sha, px)
            if not storage.exists(thumb):
                # Thumbnails are a cache: atomic but not fsynced (rebuilt if ever lost).
                encoded = io.BytesIO()
                thumbnails.save_jpeg(picture, encoded, px)
                storage.write_bytes(thumb, encoded.getvalue(), durable=False)
    except OSError as exc:
        raise _Refused(
            Message("cannot write into the workspace: {value}", value=exc.strerror or exc)
        ) from None
    if isinstance(storage, SealedStorage) and isinstance(storage.keys, MemoryKeys):
        result.file_keys = dict(storage.keys.keys)
    result.outcome = IMPORTED
    return result


def _plain_size(storage: Storage, blob: Blob) -> int:
    """The stored file's size, for adopting orphans; sealed files are never adopted."""
    if storage.encrypted:
        return -1
    return storage.path_of(blob).stat().st_size


class _HashingReader:
    """Hashes what is read through it: a file too big to hold is checked as it is copied."""

    def __init__(self, f: IO[bytes]) -> None:
        self._f = f
        self._digest = hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        chunk = self._f.read(n)
        self._digest.update(chunk)
        return chunk

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


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

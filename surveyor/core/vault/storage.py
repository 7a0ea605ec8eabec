"""Every workspace file (originals, thumbnails) is read and written through a ``Storage``.

``PlainStorage`` keeps today's layout (``media/ab/<sha256>.jpg``); ``SealedStorage`` seals each
file with a key of its own and names it by an HMAC of its logical name, so the folder reveals
no photo, no hash and no file name. Both write through a temporary file in ``tmp/`` and an
atomic rename: a reader or a crash sees the whole file or none, and no plaintext copy is ever
written for a sealed workspace.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from surveyor.core.messages import Message
from surveyor.core.vault import sealed
from surveyor.core.vault.subkeys import opaque_name

MEDIA, THUMB = "media", "thumbs"
TMP_PREFIX = "import-"
TMP_SUFFIX = ".part"


@dataclass(frozen=True)
class Blob:
    """A workspace file by what it is: a photo's original or one of its thumbnails."""

    folder: str  # MEDIA or THUMB
    sha256: str
    variant: str  # the original's extension (".jpg"), or the thumbnail size ("256")

    @classmethod
    def original(cls, sha256: str, extension: str) -> Blob:
        return cls(MEDIA, sha256, extension)

    @classmethod
    def thumbnail(cls, sha256: str, size: int) -> Blob:
        return cls(THUMB, sha256, str(size))

    @property
    def logical(self) -> str:
        return f"{self.folder}/{self.sha256}/{self.variant}"


class FileKeys(Protocol):
    """Where sealed files' keys live (the catalogue; a dict in an import worker)."""

    def get(self, name: str) -> bytes | None: ...
    def put(self, name: str, key: bytes) -> None: ...
    def put_many(self, keys: dict[str, bytes]) -> None: ...
    def forget(self) -> None: ...
    def delete(self, name: str) -> None: ...


class MemoryKeys:
    """Keys held in a dict: an import worker collects them for the parent to store."""

    def __init__(self, keys: dict[str, bytes] | None = None) -> None:
        self.keys: dict[str, bytes] = dict(keys or {})
        self._lock = threading.Lock()

    def get(self, name: str) -> bytes | None:
        with self._lock:
            return self.keys.get(name)

    def put(self, name: str, key: bytes) -> None:
        with self._lock:
            self.keys[name] = key

    def put_many(self, keys: dict[str, bytes]) -> None:
        with self._lock:
            self.keys.update(keys)

    def delete(self, name: str) -> None:
        with self._lock:
            self.keys.pop(name, None)

    def forget(self) -> None:
        with self._lock:
            self.keys.clear()


def tmp_file(tmp_dir: Path, owner_pid: int) -> Path:
    """A temporary name that says which process made it (see ``media.sweep_tmp``)."""
    return tmp_dir / f"{TMP_PREFIX}{owner_pid}-{uuid.uuid4().hex}{TMP_SUFFIX}"


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); a no-op where folders can't be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def _atomic(dest: Path, tmp_dir: Path, owner_pid: int, durable: bool) -> Iterator[BinaryIO]:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = tmp_file(tmp_dir, owner_pid)
    try:
        with open(tmp, "wb") as f:
            yield f
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if durable:
        fsync_dir(dest.parent)


class Storage:
    """The files of one workspace. ``durable`` writes are fsynced (originals: the SD card
    they came from may be wiped next); thumbnails are a cache and skip it."""

    encrypted = False

    def __init__(self, root: Path, owner_pid: int | None = None) -> None:
        self.root = root
        self.tmp_dir = root / "tmp"
        self.owner_pid = owner_pid or os.getpid()

    def path_of(self, blob: Blob) -> Path:
        raise NotImplementedError

    def exists(self, blob: Blob) -> bool:
        return self.path_of(blob).is_file()

    def write_bytes(self, blob: Blob, data: bytes, *, durable: bool = True) -> None:
        self.write_stream(blob, io.BytesIO(data), durable=durable)

    def write_stream(self, blob: Blob, src: BinaryIO, *, durable: bool = True) -> None:
        raise NotImplementedError

    def read_bytes(self, blob: Blob) -> bytes:
        raise NotImplementedError

    def open(self, blob: Blob) -> BinaryIO:
        """A readable binary file (Pillow, QImageReader); FileNotFoundError when absent."""
        return io.BytesIO(self.read_bytes(blob))

    def readable(self, blob: Blob) -> Path | BinaryIO:
        """What ``Image.open`` takes: the path of a plain file, a sealed one opened in memory.

        A plain path may not exist (the caller's ``Image.open`` says so); a sealed file that
        is missing or damaged raises OSError here.
        """
        return self.open(blob)

    def delete(self, blob: Blob) -> bool:
        """Remove the file (a sealed one's key first); True if there was one."""
        try:
            self.path_of(blob).unlink()
        except FileNotFoundError:
            return False
        return True


class PlainStorage(Storage):
    """Files as they are, named by content hash (what workspaces have always been)."""

    def path_of(self, blob: Blob) -> Path:
        sha = blob.sha256
        if blob.folder == MEDIA:
            return self.root / MEDIA / sha[:2] / f"{sha}{blob.variant}"
        return self.root / THUMB / blob.variant / sha[:2] / f"{sha}.jpg"

    def write_stream(self, blob: Blob, src: BinaryIO, *, durable: bool = True) -> None:
        with _atomic(self.path_of(blob), self.tmp_dir, self.owner_pid, durable) as f:
            while chunk := src.read(1 << 20):
                f.write(chunk)

    def read_bytes(self, blob: Blob) -> bytes:
        return self.path_of(blob).read_bytes()

    def open(self, blob: Blob) -> BinaryIO:
        return open(self.path_of(blob), "rb")

    def readable(self, blob: Blob) -> Path | BinaryIO:
        return self.path_of(blob)


class SealedStorage(Storage):
    """Sealed files under opaque names, each with its own key in ``keys``."""

    encrypted = True

    def __init__(
        self, root: Path, names_key: bytes, keys: FileKeys, owner_pid: int | None = None
    ) -> None:
        super().__init__(root, owner_pid)
        self.names_key = names_key
        self.keys = keys

    def name_of(self, blob: Blob) -> str:
        return opaque_name(self.names_key, blob.logical)

    def path_of(self, blob: Blob) -> Path:
        name = self.name_of(blob)
        return self.root / blob.folder / name[:2] / name

    def exists(self, blob: Blob) -> bool:
        return self.keys.get(self.name_of(blob)) is not None and self.path_of(blob).is_file()

    def write_stream(self, blob: Blob, src: BinaryIO, *, durable: bool = True) -> None:
        key = sealed.new_file_key()
        name = self.name_of(blob)
        with _atomic(self.path_of(blob), self.tmp_dir, self.owner_pid, durable) as f:
            sealed.seal_stream(key, blob.logical, src, f)
        self.keys.put(name, key)

    def read_bytes(self, blob: Blob) -> bytes:
        key = self.keys.get(self.name_of(blob))
        if key is None:
            raise FileNotFoundError(
                Message(
                    "no key for {folder} file {name}…",
                    folder=blob.folder,
                    name=self.name_of(blob)[:12],
                )
            )
        with open(self.path_of(blob), "rb") as f:
            try:
                return sealed.open_bytes(key, blob.logical, f)
            except sealed.SealedError as exc:
                raise OSError(
                    Message("{where}: {reason}", where=self.path_of(blob), reason=exc)
                ) from None

    def delete(self, blob: Blob) -> bool:
        # The key goes first: once it is gone, the file's old blocks are noise.
        name = self.name_of(blob)
        had_key = self.keys.get(name) is not None
        self.keys.delete(name)
        return super().delete(blob) or had_key

"""Opening zip files that came from someone else (bundles from volunteers), safely.

``SafeZip.open(path)`` reads the central directory and refuses the archive, listing every
problem, if any member has an absolute path, a drive letter, a backslash, a ``..`` or empty
component, a control character, is a symlink/hard link/device/FIFO/socket, is encrypted,
repeats another name (exactly or after case folding), or breaks the limits (member count,
per-member and total uncompressed size, compression ratio per member and over the whole
archive, so that thousands of small members cannot slip under the per-member check). Reads
are capped at the declared size, so a lying header cannot inflate past the limits.

Typical use::

    with SafeZip.open(path) as z:         # raises UnsafeZipError(problems=[...])
        for m in z.members: ...           # ZipMember(name, size, compressed_size, is_dir)
        data = z.read("bagit.txt")        # bytes, at most the member's declared size
        with z.stream("data/photo.jpg") as f: ...
        z.extract_all(target_dir)         # only into target_dir, files only, mode 0644
"""

from __future__ import annotations

import os
import shutil
import stat
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from surveyor.core.messages import Joined, Message

_LINK_TYPES = {
    stat.S_IFLNK: Message("a symbolic link"),
    stat.S_IFCHR: Message("a character device"),
    stat.S_IFBLK: Message("a block device"),
    stat.S_IFIFO: Message("a FIFO"),
    stat.S_IFSOCK: Message("a socket"),
}


class UnsafeZipError(ValueError):
    """The archive is unreadable or unsafe; ``problems`` lists each reason by member name."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        shown = Joined("; ", [*problems[:5], *(["…"] if len(problems) > 5 else [])])
        super().__init__(
            Message("{file}: unsafe or damaged zip: {problems}", file=path.name, problems=shown)
        )


@dataclass(frozen=True)
class ZipLimits:
    """Ceilings for an untrusted archive (defaults suit a bundle of a few thousand photos)."""

    max_members: int = 20_000
    max_member_size: int = 256 * 2**20
    max_total_size: int = 16 * 2**30
    max_ratio: float = 100.0  # uncompressed / compressed, per member (zip bombs)
    min_ratio_size: int = 64 * 2**10  # tiny members may compress better than the ratio


@dataclass(frozen=True)
class ZipMember:
    name: str
    size: int
    compressed_size: int
    is_dir: bool
    info: zipfile.ZipInfo = field(repr=False, compare=False)


def _name_problem(name: str) -> str | None:
    if not name:
        return Message("an empty name")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        return Message("a control character in its name")
    if "\\" in name:
        return Message("a backslash in its name")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return Message("an absolute path")
    parts = name.rstrip("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        return Message("a '.', '..' or empty path component")
    return None


def check_member(info: zipfile.ZipInfo, limits: ZipLimits) -> list[str]:
    """Problems with one member's header (name, type, size, ratio), each naming it."""
    problems: list[str] = []
    name = info.filename
    shown = repr(name) if name else "<empty name>"
    why = _name_problem(name)
    if why:
        problems.append(Message("{name}: {why}", name=shown, why=why))
    mode = info.external_attr >> 16
    if info.create_system == 3 and mode:  # Unix attributes present
        kind = _LINK_TYPES.get(stat.S_IFMT(mode))
        if kind:
            problems.append(Message("{name}: is {kind}", name=shown, kind=kind))
    if info.flag_bits & 0x1:
        problems.append(Message("{name}: is encrypted", name=shown))
    if info.file_size > limits.max_member_size:
        problems.append(
            Message(
                "{name}: {size} bytes is over the {limit}",
                name=shown,
                size=info.file_size,
                limit=limits.max_member_size,
            )
        )
    if info.file_size > limits.min_ratio_size:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_ratio:
            problems.append(
                Message(
                    "{name}: compression ratio {ratio:.0f} is over {limit:g}",
                    name=shown,
                    ratio=ratio,
                    limit=limits.max_ratio,
                )
            )
    return problems


def _archive_size(zf: zipfile.ZipFile, path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # an in-memory archive: measure the file object
        handle = zf.fp
        if handle is None:
            return 0
        here = handle.tell()
        size = handle.seek(0, os.SEEK_END)
        handle.seek(here)
        return size


def inspect_zip(zf: zipfile.ZipFile, limits: ZipLimits, path: Path) -> list[ZipMember]:
    """Check every member; ``UnsafeZipError`` with all problems, else the members."""
    infos = zf.infolist()
    problems: list[str] = []
    if len(infos) > limits.max_members:
        problems.append(
            Message(
                "{count} members is over the limit of {limit}",
                count=len(infos),
                limit=limits.max_members,
            )
        )
        raise UnsafeZipError(path, problems)
    seen: dict[str, str] = {}
    total = 0
    members: list[ZipMember] = []
    for info in infos:
        problems.extend(check_member(info, limits))
        folded = info.filename.rstrip("/").casefold()
        if folded in seen:
            problems.append(
                Message("{name!r}: duplicate of {other!r}", name=info.filename, other=seen[folded])
            )
        else:
            seen[folded] = info.filename
        total += info.file_size
        members.append(
            ZipMember(info.filename, info.file_size, info.compress_size, info.is_dir(), info)
        )
    if total > limits.max_total_size:
        problems.append(
            Message(
                "total size {total} is over the limit of {limit}",
                total=total,
                limit=limits.max_total_size,
            )
        )
    archive = _archive_size(zf, path)
    if total > limits.min_ratio_size and total / max(archive, 1) > limits.max_ratio:
        problems.append(
            Message(
                "{total} bytes unpacked from {archive} is a compression ratio of "
                "{ratio:.0f}, over {limit:g}",
                total=total,
                archive=archive,
                ratio=total / max(archive, 1),
                limit=limits.max_ratio,
            )
        )
    if problems:
        raise UnsafeZipError(path, problems)
    return members


class SafeZip:
    """A checked, read-only view of an untrusted zip. Use ``SafeZip.open`` as a context."""

    def __init__(self, zf: zipfile.ZipFile, members: list[ZipMember], path: Path) -> None:
        self._zf = zf
        self.path = path
        self.members = members
        self._by_name = {m.name: m for m in members}

    @classmethod
    def open(cls, path: str | os.PathLike[str], limits: ZipLimits | None = None) -> SafeZip:
        path = Path(path)
        try:
            zf = zipfile.ZipFile(path)
        except (OSError, zipfile.BadZipFile, ValueError) as exc:
            raise UnsafeZipError(path, [Message("not a readable zip ({exc})", exc=exc)]) from exc
        try:
            members = inspect_zip(zf, limits or ZipLimits(), path)
        except BaseException:
            zf.close()
            raise
        return cls(zf, members, path)

    def close(self) -> None:
        self._zf.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def names(self) -> list[str]:
        """File names (directories left out), in archive order."""
        return [m.name for m in self.members if not m.is_dir]

    def member(self, name: str) -> ZipMember:
        try:
            return self._by_name[name]
        except KeyError:
            raise KeyError(
                Message("{file}: no member {name!r}", file=self.path.name, name=name)
            ) from None

    @contextmanager
    def stream(self, name: str) -> Iterator[IO[bytes]]:
        """A reader for one member; zipfile stops at the declared size and checks the CRC."""
        member = self.member(name)
        if member.is_dir:
            raise IsADirectoryError(name)
        with self._zf.open(member.info) as f:
            yield f

    def read(self, name: str, max_size: int | None = None) -> bytes:
        """The whole member, refused if it is larger than ``max_size`` (when given)."""
        member = self.member(name)
        if max_size is not None and member.size > max_size:
            raise UnsafeZipError(
                self.path, [Message("{name!r}: larger than {size} bytes", name=name, size=max_size)]
            )
        try:
            with self.stream(name) as f:
                return f.read(member.size + 1)[: member.size]
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise UnsafeZipError(
                self.path, [Message("{name!r}: cannot be read ({exc})", name=name, exc=exc)]
            ) from exc

    def extract_all(self, target: Path) -> list[Path]:
        """Write every file under ``target`` (created if needed); never follows a link."""
        target = target.resolve()
        target.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        for m in self.members:
            dest = (target / m.name).resolve()
            if target not in dest.parents and dest != target:
                raise UnsafeZipError(
                    self.path, [Message("{name!r}: would land outside the target", name=m.name)]
                )
            if m.is_dir:
                dest.mkdir(parents=True, exist_ok=True)
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
            with os.fdopen(fd, "wb") as out, self.stream(m.name) as src:
                shutil.copyfileobj(src, out, 1 << 20)
            written.append(dest)
        return written

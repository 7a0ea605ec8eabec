"""Untrusted zips: every trick is refused by name before anything is read or extracted."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from surveyor.core.bundle.safezip import SafeZip, UnsafeZipError, ZipLimits


def _zip(path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]], **kw) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, **kw) as z:
        for name, data in members:
            z.writestr(name, data)
    return path


def _unix(name: str, kind: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (kind | 0o777) << 16
    return info


def test_good_zip_reads_and_extracts(tmp_path: Path) -> None:
    path = _zip(tmp_path / "ok.zip", [("bagit.txt", b"x"), ("data/a/b.txt", b"hello")])
    with SafeZip.open(path) as z:
        assert z.names == ["bagit.txt", "data/a/b.txt"]
        assert z.read("data/a/b.txt") == b"hello"
        files = z.extract_all(tmp_path / "out")
    assert (tmp_path / "out/data/a/b.txt").read_bytes() == b"hello"
    assert len(files) == 2


@pytest.mark.parametrize(
    ("member", "why"),
    [
        ("/etc/passwd", "absolute path"),
        ("C:/windows/x", "absolute path"),
        ("data/../../evil", "'..'"),
        ("data//x", "empty path component"),
        ("data\\x", "backslash"),
        ("data/x\n", "control character"),
        (_unix("data/link", stat.S_IFLNK), "symbolic link"),
        (_unix("data/dev", stat.S_IFCHR), "character device"),
        (_unix("data/fifo", stat.S_IFIFO), "FIFO"),
    ],
)
def test_unsafe_members_are_refused(tmp_path: Path, member, why: str) -> None:
    path = _zip(tmp_path / "bad.zip", [("bagit.txt", b"x"), (member, b"/etc/passwd")])
    with pytest.raises(UnsafeZipError) as info:
        SafeZip.open(path)
    assert any(why in p for p in info.value.problems), info.value.problems
    assert "bad.zip" in str(info.value)


def test_duplicate_names_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "dup.zip"
    with pytest.warns(UserWarning, match="Duplicate name"):
        _zip(path, [("data/a.txt", b"1"), ("data/a.txt", b"2")])
    with pytest.raises(UnsafeZipError, match="duplicate"):
        SafeZip.open(path)
    _zip(tmp_path / "case.zip", [("data/A.txt", b"1"), ("data/a.txt", b"2")])
    with pytest.raises(UnsafeZipError, match="duplicate"):
        SafeZip.open(tmp_path / "case.zip")


def test_limits(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.zip", [("data/zeros", bytes(2_000_000))])
    with pytest.raises(UnsafeZipError, match="compression ratio"):
        SafeZip.open(bomb)
    many = _zip(tmp_path / "many.zip", [(f"data/{i}", b"x") for i in range(11)])
    with pytest.raises(UnsafeZipError, match="11 members"):
        SafeZip.open(many, ZipLimits(max_members=10))
    with pytest.raises(UnsafeZipError, match="total size"):
        SafeZip.open(many, ZipLimits(max_total_size=10))
    with pytest.raises(UnsafeZipError, match="is over the 0"):
        SafeZip.open(many, ZipLimits(max_member_size=0))


def test_not_a_zip(tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 garbage")
    with pytest.raises(UnsafeZipError, match=r"junk\.zip: .*not a readable zip"):
        SafeZip.open(junk)


def test_read_caps_size(tmp_path: Path) -> None:
    path = _zip(tmp_path / "ok.zip", [("data/big", b"x" * 1000)])
    with SafeZip.open(path) as z, pytest.raises(UnsafeZipError, match="larger than 10"):
        z.read("data/big", max_size=10)

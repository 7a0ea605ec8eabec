"""Write a BagIt 1.0 bag (RFC 8493) straight into a zip, one payload file at a time.

The bag files sit at the zip root: ``bagit.txt``, ``bag-info.txt``, ``manifest-sha512.txt``,
``tagmanifest-sha512.txt`` (covering the three before it) and, when a signer is given,
``tagmanifest-sha512.txt.minisig``. Payload goes under ``data/``. Nothing is kept in memory
but the manifest lines, so a thousand photos cost no more memory than one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from collections.abc import Callable
from typing import IO

from surveyor.core.messages import Message

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
SIGNATURE_NAME = "tagmanifest-sha512.txt.minisig"
TAGMANIFEST_NAME = "tagmanifest-sha512.txt"

# Receives the tag manifest's bytes, returns the .minisig text.
Signer = Callable[[bytes], str]


def _check_payload_name(relpath: str) -> None:
    # RFC 8493 percent-encodes CR, LF and %; we never need them, so refuse them outright.
    if not relpath or any(ch in relpath for ch in "\r\n%\\") or relpath.startswith("/"):
        raise ValueError(Message("unsuitable payload file name {relpath!r}", relpath=relpath))
    if any(part in ("", ".", "..") for part in relpath.split("/")):
        raise ValueError(Message("unsuitable payload file name {relpath!r}", relpath=relpath))


def bag_info_text(fields: list[tuple[str, str]]) -> bytes:
    lines = []
    for key, value in fields:
        if any(ch in key + value for ch in "\r\n") or ":" in key:
            raise ValueError(Message("bag-info field {key!r} must be one line", key=key))
        lines.append(f"{key}: {value}\n")
    return "".join(lines).encode("utf-8")


class BagZipWriter:
    """Streams a bag into an open binary file; call ``add_payload`` then ``finish`` once."""

    def __init__(self, out: IO[bytes], bagging_date: dt.date) -> None:
        self._zip = zipfile.ZipFile(out, "w", allowZip64=True)
        # Every entry gets the bagging date at midnight: zip stores local wall time, and the
        # export's clock time and time zone are nobody's business.
        self._stamp = (bagging_date.year, bagging_date.month, bagging_date.day, 0, 0, 0)
        self.bagging_date = bagging_date
        self._manifest: list[tuple[str, str]] = []
        self._names: set[str] = set()
        self.payload_bytes = 0

    def _write(self, name: str, data: bytes, compress: bool) -> None:
        info = zipfile.ZipInfo(name, date_time=self._stamp)
        info.external_attr = 0o644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        self._zip.writestr(info, data)

    def add_payload(self, relpath: str, data: bytes, *, compress: bool = True) -> str:
        """Add ``data/<relpath>``; return its SHA-512 hex."""
        _check_payload_name(relpath)
        if relpath in self._names:
            raise ValueError(Message("payload file {relpath!r} added twice", relpath=relpath))
        self._names.add(relpath)
        digest = hashlib.sha512(data).hexdigest()
        self._write(f"data/{relpath}", data, compress)
        self._manifest.append((digest, f"data/{relpath}"))
        self.payload_bytes += len(data)
        return digest

    @property
    def payload_count(self) -> int:
        return len(self._manifest)

    @property
    def payload_oxum(self) -> str:
        return f"{self.payload_bytes}.{self.payload_count}"

    def finish(self, info_fields: list[tuple[str, str]], signer: Signer | None) -> None:
        """Write the tag files (and the signature) and close the zip."""
        fields = [
            ("Bagging-Date", self.bagging_date.isoformat()),
            ("Payload-Oxum", self.payload_oxum),
            *info_fields,
        ]
        tags = {
            "bagit.txt": BAGIT_TXT,
            "bag-info.txt": bag_info_text(fields),
            "manifest-sha512.txt": "".join(f"{h}  {p}\n" for h, p in self._manifest).encode(),
        }
        tagmanifest = "".join(
            f"{hashlib.sha512(data).hexdigest()}  {name}\n" for name, data in tags.items()
        ).encode()
        for name, data in tags.items():
            self._write(name, data, compress=True)
        self._write(TAGMANIFEST_NAME, tagmanifest, compress=True)
        if signer is not None:
            self._write(SIGNATURE_NAME, signer(tagmanifest).encode("utf-8"), compress=False)
        self._zip.close()

    def abort(self) -> None:
        """Close without finishing (the caller deletes the half-written file)."""
        self._zip.close()

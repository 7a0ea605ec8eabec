"""Sealed files: AES-256-GCM in chunks (the STREAM construction), one key per file.

Layout: ``MAGIC`` then a 7-byte random nonce prefix, then chunks of ``CHUNK`` plaintext bytes,
each followed by its 16-byte tag. A chunk's nonce is the prefix, a 4-byte counter and a
last-chunk flag, so chunks cannot be reordered, dropped or the file cut short unnoticed. The
logical name is authenticated too: a sealed thumbnail cannot be passed off as another.
Large photos are sealed and opened a chunk at a time, never held twice in memory.
"""

from __future__ import annotations

import io
import secrets
import struct
from collections.abc import Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from surveyor.core.messages import Message

MAGIC = b"SVS1"
PREFIX_BYTES = 7
CHUNK = 256 * 1024
TAG = 16
HEADER = len(MAGIC) + PREFIX_BYTES


class SealedError(ValueError):
    """A sealed file that is damaged, cut short or not the file asked for."""


def new_file_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", counter) + (b"\x01" if last else b"\x00")


def seal_stream(key: bytes, name: str, src: BinaryIO, dst: BinaryIO) -> int:
    """Encrypt ``src`` to ``dst``; return the plaintext length."""
    aead = AESGCM(key)
    aad = name.encode("utf-8")
    prefix = secrets.token_bytes(PREFIX_BYTES)
    dst.write(MAGIC + prefix)
    total = 0
    counter = 0
    chunk = src.read(CHUNK)
    while True:
        following = src.read(CHUNK) if len(chunk) == CHUNK else b""
        last = not following
        dst.write(aead.encrypt(_nonce(prefix, counter, last), chunk, aad))
        total += len(chunk)
        if last:
            return total
        counter += 1
        chunk = following


def seal_bytes(key: bytes, name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    seal_stream(key, name, io.BytesIO(data), out)
    return out.getvalue()


def open_chunks(key: bytes, name: str, src: BinaryIO) -> Iterator[bytes]:
    """The plaintext, chunk by chunk; SealedError at the first thing that does not check."""
    head = src.read(HEADER)
    if len(head) != HEADER or not head.startswith(MAGIC):
        raise SealedError(Message("not a sealed Surveyor file"))
    prefix = head[len(MAGIC) :]
    aead = AESGCM(key)
    aad = name.encode("utf-8")
    counter = 0
    block = src.read(CHUNK + TAG)
    while True:
        following = src.read(CHUNK + TAG) if len(block) == CHUNK + TAG else b""
        last = not following
        try:
            yield aead.decrypt(_nonce(prefix, counter, last), block, aad)
        except InvalidTag:
            raise SealedError(Message("damaged, cut short, or sealed under another key")) from None
        if last:
            return
        counter += 1
        block = following


def open_bytes(key: bytes, name: str, src: BinaryIO) -> bytes:
    return b"".join(open_chunks(key, name, src))

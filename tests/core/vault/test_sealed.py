"""Sealed files and the key file: round trips, tampering, wrong passphrases."""

from __future__ import annotations

import io
import json

import pytest

from surveyor.core.vault import keyfile, sealed
from surveyor.core.vault.keyfile import KdfParams, WrongPassphrase
from surveyor.core.vault.storage import Blob, MemoryKeys, PlainStorage, SealedStorage

FAST = KdfParams(n=2**14)


@pytest.mark.parametrize("size", [0, 1, sealed.CHUNK - 1, sealed.CHUNK, 3 * sealed.CHUNK + 5])
def test_seal_round_trip_at_chunk_edges(size: int) -> None:
    data = bytes(range(256)) * (size // 256) + bytes(size % 256)
    key = sealed.new_file_key()
    blob = sealed.seal_bytes(key, "media/x/.jpg", data)
    # A probe of a byte or two can turn up in ciphertext by chance; 16 and more cannot.
    assert data[:64] not in blob or size < 16
    assert sealed.open_bytes(key, "media/x/.jpg", io.BytesIO(blob)) == data


def test_cut_short_reordered_or_renamed_files_are_refused() -> None:
    key = sealed.new_file_key()
    data = b"x" * (2 * sealed.CHUNK + 10)
    blob = sealed.seal_bytes(key, "a", data)
    header, body = blob[: sealed.HEADER], blob[sealed.HEADER :]
    whole = sealed.CHUNK + sealed.TAG
    cut = header + body[: 2 * whole]  # the last chunk dropped: the second no longer says "last"
    swapped = header + body[whole : 2 * whole] + body[:whole] + body[2 * whole :]
    for damaged, name in ((cut, "a"), (swapped, "a"), (blob, "b")):
        with pytest.raises(sealed.SealedError):
            sealed.open_bytes(key, name, io.BytesIO(damaged))
    with pytest.raises(sealed.SealedError):
        sealed.open_bytes(sealed.new_file_key(), "a", io.BytesIO(blob))


def test_key_file_unlocks_only_with_its_passphrase_and_rewraps(tmp_path) -> None:
    path = tmp_path / keyfile.KEY_FILE
    data_key = keyfile.write_new_key(path, "correct horse", FAST)
    assert keyfile.unlock(path, "correct horse") == data_key
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase):
        keyfile.unlock(path, "wrong horse")
    assert path.read_bytes() == before  # a failed unlock changes nothing
    keyfile.change_passphrase(path, "correct horse", "battery staple", FAST)
    assert keyfile.unlock(path, "battery staple") == data_key  # same key: no re-encryption
    with pytest.raises(WrongPassphrase):
        keyfile.unlock(path, "correct horse")
    assert data_key.hex() not in path.read_text()
    assert json.loads(path.read_text())["kdf"] == "scrypt"


def test_destroyed_key_file_is_gone(tmp_path) -> None:
    path = tmp_path / keyfile.KEY_FILE
    keyfile.write_new_key(path, "pw", FAST)
    keyfile.destroy(path)
    assert not path.exists()


def test_sealed_storage_hides_names_and_shreds_by_key(tmp_path) -> None:
    keys = MemoryKeys()
    storage = SealedStorage(tmp_path, b"k" * 32, keys)
    (tmp_path / "tmp").mkdir()
    sha = "ab" * 32
    blob = Blob.original(sha, ".jpg")
    storage.write_bytes(blob, b"\xff\xd8\xff photo bytes")
    path = storage.path_of(blob)
    assert sha not in str(path) and ".jpg" not in path.name
    assert not path.read_bytes().startswith(b"\xff\xd8")
    assert storage.read_bytes(blob) == b"\xff\xd8\xff photo bytes"
    copy = path.read_bytes()  # what a disk image would keep
    assert storage.delete(blob)
    assert not storage.exists(blob) and keys.get(storage.name_of(blob)) is None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(copy)  # the old blocks come back, the key does not
    with pytest.raises(FileNotFoundError):
        storage.read_bytes(blob)


def test_plain_storage_keeps_the_old_layout(tmp_path) -> None:
    storage = PlainStorage(tmp_path)
    sha = "cd" * 32
    assert storage.path_of(Blob.original(sha, ".heic")) == tmp_path / "media/cd" / f"{sha}.heic"
    assert storage.path_of(Blob.thumbnail(sha, 256)) == tmp_path / "thumbs/256/cd" / f"{sha}.jpg"

"""minisign keys and signatures, checked against the real ``minisign`` program both ways."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from surveyor.core.bundle.minisign import (
    MinisignError,
    PassphraseRequired,
    PublicKey,
    SecretKey,
    Signature,
    WrongPassphrase,
    format_key_id,
    scrypt_params,
)
from tests.fixtures.bundles import FAST_KDF


def _minisign(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["minisign", *args], input=stdin, capture_output=True, text=True, timeout=120
    )


def _sign(key: SecretKey, path: Path, comment: str = "surveyor test") -> Path:
    sig = path.with_name(path.name + ".minisig")
    sig.write_text(key.sign_file(path, comment).to_text())
    return sig


def test_scrypt_parameters_follow_libsodium() -> None:
    # minisign's defaults (OPSLIMIT/MEMLIMIT_SENSITIVE) mean N=2^20, r=8, p=1 (1 GiB).
    assert scrypt_params(33_554_432, 1_073_741_824) == (1 << 20, 8, 1)
    # opslimit far below memlimit/32: N from opslimit, p=1.
    assert scrypt_params(1 << 16, 1 << 30) == (1 << 11, 8, 1)
    # opslimit at least memlimit/32: N from memlimit, p from what opslimit has left.
    assert scrypt_params(1 << 20, 1 << 24) == (1 << 14, 8, 2)


def test_key_id_is_little_endian_upper_hex() -> None:
    assert format_key_id(bytes.fromhex("3c890fca7781532f")) == "2F538177CA0F893C"


def test_sign_and_verify_round_trip_and_tamper(tmp_path: Path) -> None:
    key = SecretKey.generate()
    data = tmp_path / "file.txt"
    data.write_bytes(b"hello\n")
    sig = Signature.from_text(key.sign_file(data, "trusted words").to_text())
    pub = PublicKey.from_text(key.public_key.to_file_text())
    pub.verify_file(data, sig)
    assert sig.trusted_comment == "trusted words"
    data.write_bytes(b"hellO\n")
    with pytest.raises(MinisignError, match="does not match the file"):
        pub.verify_file(data, sig)
    data.write_bytes(b"hello\n")
    forged = Signature(**{**sig.__dict__, "trusted_comment": "other words"})
    with pytest.raises(MinisignError, match="trusted comment"):
        pub.verify_file(data, forged)
    with pytest.raises(MinisignError, match="signed by key"):
        SecretKey.generate().public_key.verify_file(data, sig)


def test_secret_key_file_round_trip_with_passphrase() -> None:
    key = SecretKey.generate()
    text = key.to_file_text("correct horse", **FAST_KDF)
    assert SecretKey.is_encrypted(text)
    assert SecretKey.from_file_text(text, "correct horse") == key
    with pytest.raises(WrongPassphrase):
        SecretKey.from_file_text(text, "wrong horse")
    with pytest.raises(PassphraseRequired):
        SecretKey.from_file_text(text)
    plain = key.to_file_text()
    assert not SecretKey.is_encrypted(plain)
    assert SecretKey.from_file_text(plain) == key


def test_damaged_files_are_refused() -> None:
    key = SecretKey.generate()
    lines = key.to_file_text().splitlines()
    with pytest.raises(MinisignError):
        SecretKey.from_file_text(lines[0] + "\n" + lines[1][:-8] + "\n")
    with pytest.raises(MinisignError):
        PublicKey.from_text("untrusted comment: x\nnot base64!!\n")
    with pytest.raises(MinisignError, match="4 lines"):
        Signature.from_text("untrusted comment: x\n")


def test_minisign_program_verifies_our_signatures(tmp_path: Path) -> None:
    key = SecretKey.generate()
    data = tmp_path / "tagmanifest-sha512.txt"
    data.write_bytes(b"abc  bagit.txt\n")
    _sign(key, data, "surveyor bundle x key " + key.key_id_hex)
    ok = _minisign("-Vm", str(data), "-P", key.public_key.to_base64())
    assert ok.returncode == 0, ok.stderr
    assert "surveyor bundle x key" in ok.stdout
    data.write_bytes(b"abd  bagit.txt\n")
    assert _minisign("-Vm", str(data), "-P", key.public_key.to_base64()).returncode != 0


@pytest.mark.parametrize("passphrase", [None, "s3cret words"])
def test_minisign_program_signs_with_our_secret_keys(tmp_path: Path, passphrase: str | None):
    key = SecretKey.generate()
    (tmp_path / "k.key").write_text(key.to_file_text(passphrase, **FAST_KDF))
    data = tmp_path / "f.txt"
    data.write_bytes(b"payload\n")
    args = ["-S", "-s", str(tmp_path / "k.key"), "-m", str(data), "-t", "by minisign"]
    done = _minisign(*args, stdin=f"{passphrase}\n" if passphrase else "")
    assert done.returncode == 0, done.stderr
    sig = Signature.from_text((tmp_path / "f.txt.minisig").read_text())
    key.public_key.verify_file(data, sig)


def test_keys_made_by_minisign_without_passphrase(tmp_path: Path) -> None:
    made = _minisign("-G", "-W", "-p", str(tmp_path / "m.pub"), "-s", str(tmp_path / "m.key"))
    assert made.returncode == 0, made.stderr
    secret_text = (tmp_path / "m.key").read_text()
    key = SecretKey.from_file_text(secret_text)  # all-zero checksum accepted
    assert key.public_key == PublicKey.from_text((tmp_path / "m.pub").read_text())
    data = tmp_path / "f.txt"
    data.write_bytes(b"payload\n")
    _sign(key, data)
    assert _minisign("-Vm", str(data), "-p", str(tmp_path / "m.pub")).returncode == 0


@pytest.mark.slow
def test_keys_made_by_minisign_with_passphrase(tmp_path: Path) -> None:
    # minisign asks twice; its default scrypt costs 1 GiB and a few seconds: one test only.
    made = _minisign(
        "-G", "-p", str(tmp_path / "m.pub"), "-s", str(tmp_path / "m.key"), stdin="pw 1\npw 1\n"
    )
    assert made.returncode == 0, made.stderr
    text = (tmp_path / "m.key").read_text()
    with pytest.raises(WrongPassphrase):
        SecretKey.from_file_text(text, "pw 2")
    key = SecretKey.from_file_text(text, "pw 1")
    assert key.public_key == PublicKey.from_text((tmp_path / "m.pub").read_text())


def test_a_wrong_public_key_is_explained_in_plain_words() -> None:
    import base64

    import pytest

    from surveyor.core.bundle.minisign import MinisignError, PublicKey

    with pytest.raises(MinisignError) as caught:
        PublicKey.from_base64(base64.b64encode(b"not a key at all").decode())
    message = str(caught.value)
    assert "starts with RW" in message and "Ed25519" not in message

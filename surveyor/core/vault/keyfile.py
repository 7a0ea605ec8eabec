"""``workspace.key``: the workspace's data key, wrapped by a key derived from the passphrase.

Changing the passphrase re-wraps the same data key, so no photo is re-encrypted. A wrong
passphrase fails the AES-GCM tag of the wrapped key and changes nothing.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from surveyor.core.messages import Message

KEY_FILE = "workspace.key"
FORMAT = "surveyor.vault/1"
DATA_KEY_BYTES = 32
# scrypt cost: 2**17 x 8 takes about 0.4 s and 128 MiB here, once per unlock.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1


class VaultError(Exception):
    """The key file is missing, damaged, or cannot be written."""


class WrongPassphrase(VaultError):
    """The passphrase does not unlock this workspace."""


@dataclass(frozen=True)
class KdfParams:
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P


def key_file_path(root: Path) -> Path:
    return root / KEY_FILE


def is_encrypted(root: Path) -> bool:
    return key_file_path(root).is_file()


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=params.n, r=params.r, p=params.p)
    return kdf.derive(passphrase.encode("utf-8"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _wrap(data_key: bytes, passphrase: str, params: KdfParams) -> dict[str, object]:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(_derive(passphrase, salt, params)).encrypt(nonce, data_key, FORMAT.encode())
    return {
        "format": FORMAT,
        "kdf": "scrypt",
        "n": params.n,
        "r": params.r,
        "p": params.p,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped_key": _b64(wrapped),
    }


def _write(path: Path, document: dict[str, object]) -> None:
    """Replace the key file atomically: a crash leaves the old one or the new one."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.new")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(document, f, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise VaultError(
            Message(
                "{path}: cannot write the key file ({reason})",
                path=path,
                reason=exc.strerror or exc,
            )
        ) from exc
    with contextlib.suppress(OSError):
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_new_key(path: Path, passphrase: str, params: KdfParams | None = None) -> bytes:
    """Make a fresh data key, wrap it with ``passphrase`` into ``path``; return the key."""
    if not passphrase:
        raise VaultError(Message("the passphrase is empty"))
    data_key = secrets.token_bytes(DATA_KEY_BYTES)
    _write(path, _wrap(data_key, passphrase, params or KdfParams()))
    return data_key


def _read(path: Path) -> dict[str, object]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise VaultError(
            Message("{path}: no key file; is this an encrypted workspace?", path=path)
        ) from None
    except (OSError, ValueError) as exc:
        raise VaultError(
            Message("{path}: the key file cannot be read ({exc})", path=path, exc=exc)
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise VaultError(
            Message("{path}: not a Surveyor key file ({format})", path=path, format=FORMAT)
        )
    return document


def unlock(path: Path, passphrase: str) -> bytes:
    """The data key, or WrongPassphrase."""
    doc = _read(path)
    try:
        params = KdfParams(int(doc["n"]), int(doc["r"]), int(doc["p"]))  # type: ignore[call-overload]
        salt = base64.b64decode(str(doc["salt"]))
        nonce = base64.b64decode(str(doc["nonce"]))
        wrapped = base64.b64decode(str(doc["wrapped_key"]))
    except (KeyError, ValueError) as exc:
        raise VaultError(
            Message("{path}: the key file is damaged ({exc})", path=path, exc=exc)
        ) from None
    try:
        return AESGCM(_derive(passphrase, salt, params)).decrypt(nonce, wrapped, FORMAT.encode())
    except InvalidTag:
        raise WrongPassphrase(Message("wrong passphrase for this workspace")) from None


def change_passphrase(path: Path, old: str, new: str, params: KdfParams | None = None) -> None:
    """Re-wrap the same data key with ``new``; the photos stay as they are."""
    if not new:
        raise VaultError(Message("the new passphrase is empty"))
    data_key = unlock(path, old)
    _write(path, _wrap(data_key, new, params or KdfParams()))


def rewrite_with(path: Path, data_key: bytes, passphrase: str, params: KdfParams | None) -> None:
    """Write ``data_key`` wrapped by ``passphrase`` (used when a conversion resumes)."""
    _write(path, _wrap(data_key, passphrase, params or KdfParams()))


def destroy(path: Path) -> None:
    """Overwrite the key file with random bytes, sync, then unlink it.

    Where the file system overwrites in place this is the end of the key; where it does not
    (SSD wear levelling, copy-on-write), the old block still needs the passphrase.
    """
    with contextlib.suppress(FileNotFoundError):
        size = max(path.stat().st_size, 512)
        with open(path, "r+b") as f:
            f.write(secrets.token_bytes(size))
            f.flush()
            os.fsync(f.fileno())
        path.unlink()

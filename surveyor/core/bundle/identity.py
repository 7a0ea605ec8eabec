"""The volunteer's identity: a minisign key pair and a pseudonym, in the user config dir.

Files under ``config_dir()/identity/`` (folder mode 0700):

- ``minisign.key`` — the secret key in minisign's format (mode 0600), optionally encrypted
  with a passphrase exactly as ``minisign -G`` does it, so ``minisign -S -s`` can use it;
- ``minisign.pub`` — the public key (``RW…``) in minisign's format;
- ``identity.json`` — ``{"pseudonym": …}``, the only name that ever leaves the machine.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from surveyor.core.bundle.minisign import (
    MEMLIMIT_SENSITIVE,
    OPSLIMIT_SENSITIVE,
    SECRET_KEY_LEN,
    SIG_ALG,
    MinisignError,
    PublicKey,
    SecretKey,
)
from surveyor.core.messages import Message, reason_of
from surveyor.core.workspace import config_dir

SECRET_NAME = "minisign.key"
PUBLIC_NAME = "minisign.pub"
META_NAME = "identity.json"
MAX_PSEUDONYM = 80


class IdentityError(Exception):
    """No identity yet, one already exists, or its files cannot be used."""


def identity_dir(base: Path | None = None) -> Path:
    return (base or config_dir()) / "identity"


def clean_pseudonym(name: str) -> str:
    """One line, no control characters, at most 80 characters (it goes into bag-info.txt)."""
    cleaned = "".join(ch for ch in name if ch.isprintable()).strip()
    if len(cleaned) > MAX_PSEUDONYM:
        raise IdentityError(
            Message(
                "the pseudonym is longer than {MAX_PSEUDONYM} characters",
                MAX_PSEUDONYM=MAX_PSEUDONYM,
            )
        )
    return cleaned


def _write_private(path: Path, text: str, mode: int) -> None:
    """Write via a temp file created with ``mode`` from the start, then rename into place."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)  # the umask may have narrowed it; never widened
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class Identity:
    """The public half of the identity (what is safe to show) and where the files live."""

    folder: Path
    public_key: PublicKey
    pseudonym: str
    encrypted: bool
    replaced_to: Path | None = None  # where ``create(replace=True)`` moved the old files

    @property
    def key_id(self) -> str:
        return self.public_key.key_id_hex

    @property
    def secret_path(self) -> Path:
        return self.folder / SECRET_NAME

    @property
    def public_path(self) -> Path:
        return self.folder / PUBLIC_NAME

    def secret_key(self, passphrase: str | None = None) -> SecretKey:
        """Decrypt the signing key (``PassphraseRequired``/``WrongPassphrase`` if it can't)."""
        try:
            text = self.secret_path.read_text(encoding="utf-8")
        except OSError as exc:
            raise IdentityError(
                Message(
                    "{secret_path}: cannot read the secret key ({exc})",
                    secret_path=self.secret_path,
                    exc=exc,
                )
            ) from exc
        key = SecretKey.from_file_text(text, passphrase)
        if key.public_key != self.public_key:
            raise IdentityError(
                Message(
                    "{secret_path}: does not match {public_path}",
                    secret_path=self.secret_path,
                    public_path=self.public_path,
                )
            )
        return key


def exists(base: Path | None = None) -> bool:
    return (identity_dir(base) / SECRET_NAME).is_file()


def load(base: Path | None = None) -> Identity:
    folder = identity_dir(base)
    secret = folder / SECRET_NAME
    if not secret.is_file():
        raise IdentityError(Message("no identity yet: create one with `surveyor key create`"))
    try:
        secret_text = secret.read_text(encoding="utf-8")
        encrypted = SecretKey.is_encrypted(secret_text)
        public = PublicKey.from_text((folder / PUBLIC_NAME).read_text(encoding="utf-8"))
    except (OSError, MinisignError) as exc:
        raise IdentityError(
            Message("{folder}: the identity files cannot be read ({exc})", folder=folder, exc=exc)
        ) from exc
    pseudonym = ""
    meta = folder / META_NAME
    if meta.is_file():
        try:
            pseudonym = str(json.loads(meta.read_text(encoding="utf-8")).get("pseudonym", ""))
        except (OSError, ValueError, AttributeError) as exc:
            raise IdentityError(Message("{meta}: unreadable ({exc})", meta=meta, exc=exc)) from exc
    return Identity(folder, public, pseudonym, encrypted)


def problem(base: Path | None = None) -> str | None:
    """Why the identity cannot sign (damaged or missing files), or None when it looks sound.

    Reads the files only: a passphrase-protected key is checked for its shape, not opened.
    """
    folder = identity_dir(base)
    secret = folder / SECRET_NAME
    if not secret.exists():
        if not any(folder.glob("*")):
            return None
        return Message("{secret}: the secret key is missing", secret=secret)
    try:
        ident = load(base)
        if not ident.encrypted:
            ident.secret_key()  # opens it fully: checksum and the matching public key
        else:  # only the passphrase opens it; its layout can still be checked
            _check_layout(secret.read_text(encoding="utf-8"))
    except (IdentityError, MinisignError, OSError) as exc:
        return reason_of(exc)
    return None


def _check_layout(text: str) -> None:
    lines = [line for line in text.splitlines() if line.strip()]
    try:
        raw = base64.b64decode(lines[1], validate=True) if len(lines) >= 2 else b""
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != SECRET_KEY_LEN or raw[:2] != SIG_ALG:
        raise MinisignError(Message("secret key: not a minisign secret key file (wrong length)"))


def backup_folder(base: Path | None = None, today: dt.date | None = None) -> Path:
    """A new, dated folder beside the identity for the files a replacement moves away."""
    root = identity_dir(base).parent
    stamp = (today or dt.date.today()).isoformat()
    candidate = root / f"identity-replaced-{stamp}"
    n = 2
    while candidate.exists():
        candidate = root / f"identity-replaced-{stamp}-{n}"
        n += 1
    return candidate


def create(
    pseudonym: str = "",
    passphrase: str | None = None,
    base: Path | None = None,
    *,
    replace: bool = False,
    opslimit: int = OPSLIMIT_SENSITIVE,
    memlimit: int = MEMLIMIT_SENSITIVE,
) -> Identity:
    """Make a new key pair.

    Refuses to replace an existing one (that would orphan its bundles) unless ``replace``:
    then the old files are first moved to a dated backup folder (see ``backup_folder``).
    """
    folder = identity_dir(base)
    name = clean_pseudonym(pseudonym)
    if (folder / SECRET_NAME).exists() and not replace:
        raise IdentityError(
            Message(
                "{value}: an identity already exists (to replace it, e.g. because it "
                "is damaged: `surveyor key create --replace`, which keeps a dated "
                "backup of the old files)",
                value=folder / SECRET_NAME,
            )
        )
    key = SecretKey.generate()
    # The slow part (the passphrase's key derivation) before anything old is moved.
    secret_text = key.to_file_text(passphrase or None, opslimit=opslimit, memlimit=memlimit)
    replaced_to = None
    if replace and folder.is_dir() and any(folder.iterdir()):
        replaced_to = backup_folder(base)
        _move_to_backup(folder, replaced_to)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    _write_private(folder / SECRET_NAME, secret_text, 0o600)
    _write_private(folder / PUBLIC_NAME, key.public_key.to_file_text(), 0o644)
    _write_private(folder / META_NAME, json.dumps({"pseudonym": name}) + "\n", 0o600)
    return Identity(folder, key.public_key, name, bool(passphrase), replaced_to)


def set_pseudonym(pseudonym: str, base: Path | None = None) -> Identity:
    current = load(base)
    name = clean_pseudonym(pseudonym)
    _write_private(current.folder / META_NAME, json.dumps({"pseudonym": name}) + "\n", 0o600)
    return Identity(current.folder, current.public_key, name, current.encrypted)


def _move_to_backup(folder: Path, backup: Path) -> None:
    backup.mkdir(parents=True, mode=0o700)
    os.chmod(backup, 0o700)
    for item in sorted(folder.iterdir()):
        os.replace(item, backup / item.name)


def export_public_key(out: Path, base: Path | None = None) -> Path:
    """Write the public key file to ``out``, never over a file of the identity itself.

    The file is written beside ``out`` and renamed into place, so even a link to the secret
    key at ``out`` is replaced, not written through.
    """
    ident = load(base)
    folder = ident.folder.resolve()
    target = out.expanduser()
    resolved = target.resolve()
    if resolved.parent == folder or folder in resolved.parents:
        raise IdentityError(
            Message(
                "{out}: refusing to write into the identity folder {folder} (it holds "
                "your secret key); choose another place",
                out=out,
                folder=ident.folder,
            )
        )
    if target.exists():
        for item in ident.folder.iterdir():
            if item.is_file() and os.path.samefile(item, target):
                raise IdentityError(
                    Message(
                        "{out}: is your identity file {item}; choose another place",
                        out=out,
                        item=item,
                    )
                )
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(ident.public_key.to_file_text(), encoding="utf-8")
    os.replace(tmp, target)
    return out

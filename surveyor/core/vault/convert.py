"""Making a workspace encrypted: a new one, or converting a plain one without losing anything.

Converting works beside the plain files and commits with one rename:

1. the catalogue is exported into ``catalogue.sealed`` (SQLCipher) and every original and
   thumbnail is sealed under its opaque name (plain and sealed names never collide), with the
   new key wrapped in ``workspace.key.pending``;
2. ``sealing.todo`` is written, then ``workspace.key.pending`` is renamed ``workspace.key``:
   from this moment the workspace is encrypted;
3. ``catalogue.sealed`` replaces the catalogue and every plaintext file is shredded; then
   ``sealing.todo`` goes.

A kill before step 2 leaves the plain workspace as it was (the next run starts again and
clears the half-made sealed files); a kill after it is finished by the next open
(``finish_interrupted``), which needs no passphrase. No decrypted copy is ever written.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from surveyor.core.messages import Message
from surveyor.core.vault import keyfile, shred
from surveyor.core.vault.keyfile import KdfParams, VaultError
from surveyor.core.vault.storage import MEDIA, THUMB, Blob, SealedStorage, fsync_dir
from surveyor.core.vault.subkeys import Subkeys
from surveyor.store.connection import make_database
from surveyor.store.file_keys import CatalogueKeys

CATALOGUE = "catalogue.sqlite"
SEALED_CATALOGUE = "catalogue.sealed"
PENDING_KEY = "workspace.key.pending"
TODO = "sealing.todo"
# Folders a coordinator's campaign keeps beside its catalogue; not sealed (yet).
CAMPAIGN_FOLDERS = ("bundles", "quarantine", "receipts")

_PLAIN_MEDIA = re.compile(r"^([0-9a-f]{64})(\.[a-z0-9]{1,6})$")
_PLAIN_THUMB = re.compile(r"^([0-9a-f]{64})\.jpg$")
_OPAQUE = re.compile(r"^[0-9a-f]{64}$")

Progress = Callable[[int, int], None]


def _quiet(_done: int, _total: int) -> None:
    pass


def plain_files(root: Path) -> list[tuple[Blob, Path]]:
    """Every plain original and thumbnail of the workspace, by what it is."""
    found: list[tuple[Blob, Path]] = []
    for path in sorted((root / MEDIA).glob("??/*")):
        m = _PLAIN_MEDIA.match(path.name)
        if m and path.is_file():
            found.append((Blob.original(m.group(1), m.group(2)), path))
    for path in sorted((root / THUMB).glob("*/??/*.jpg")):
        m = _PLAIN_THUMB.match(path.name)
        if m and path.parent.parent.name.isdigit() and path.is_file():
            found.append((Blob.thumbnail(m.group(1), int(path.parent.parent.name)), path))
    return found


def _sealed_files(root: Path) -> list[Path]:
    return [
        p
        for folder in (MEDIA, THUMB)
        for p in (root / folder).glob("??/*")
        if _OPAQUE.match(p.name) and p.is_file()
    ]


def _remove_db_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        shred.shred_file(path.with_name(path.name + suffix))


def create_encrypted(root: Path, passphrase: str, params: KdfParams | None = None) -> None:
    """Make ``root`` a new, empty encrypted workspace (its catalogue is made on first open)."""
    if (root / CATALOGUE).exists() or keyfile.is_encrypted(root):
        raise VaultError(Message("{root}: a workspace is already there", root=root))
    root.mkdir(parents=True, exist_ok=True)
    keyfile.write_new_key(keyfile.key_file_path(root), passphrase, params)


def _export_catalogue(root: Path, subkeys: Subkeys) -> int:
    """Copy the plain catalogue into ``catalogue.sealed``; return its schema version."""
    plain = root / CATALOGUE
    target = root / SEALED_CATALOGUE
    conn = sqlcipher.connect(str(plain), isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        key = subkeys.sqlcipher_key().replace("'", "''")
        conn.execute(f"ATTACH DATABASE '{target}' AS sealed KEY '{key}'")
        conn.execute("SELECT sqlcipher_export('sealed')")
        conn.execute(f"PRAGMA sealed.user_version = {version}")
        conn.execute("DETACH DATABASE sealed")
    finally:
        conn.close()
    return version


def encrypt_workspace(
    root: Path,
    passphrase: str,
    progress: Progress = _quiet,
    params: KdfParams | None = None,
) -> int:
    """Convert the plain workspace at ``root``; return the number of files sealed.

    The workspace must not be open elsewhere (the window, an import) while this runs.
    """
    if keyfile.is_encrypted(root):
        raise VaultError(Message("{root}: this workspace is already encrypted", root=root))
    if not (root / CATALOGUE).is_file():
        raise VaultError(
            Message("{root}: no workspace here (no {catalogue})", root=root, catalogue=CATALOGUE)
        )
    if not passphrase:
        raise VaultError(Message("the passphrase is empty"))
    for name in CAMPAIGN_FOLDERS:
        folder = root / name
        if folder.is_dir() and any(folder.iterdir()):
            raise VaultError(
                Message(
                    "{root}: holds a coordinator's campaign ({name}/); campaigns cannot be "
                    "encrypted yet",
                    root=root,
                    name=name,
                )
            )
    _clear_partial(root)
    data_key = secrets.token_bytes(keyfile.DATA_KEY_BYTES)
    subkeys = Subkeys.from_data_key(data_key)
    keyfile.rewrite_with(root / PENDING_KEY, data_key, passphrase, params)
    _export_catalogue(root, subkeys)

    db = make_database(root / SEALED_CATALOGUE, subkeys.sqlcipher_key())
    db.connect()
    try:
        storage = SealedStorage(root, subkeys.names, CatalogueKeys(db))
        (root / "tmp").mkdir(exist_ok=True)
        files = plain_files(root)
        for done, (blob, path) in enumerate(files, start=1):
            with open(path, "rb") as src:
                storage.write_stream(blob, src, durable=blob.folder == MEDIA)
            progress(done, len(files))
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    with open(root / SEALED_CATALOGUE, "rb+") as f:
        os.fsync(f.fileno())
    for folder in (root / THUMB, root):
        fsync_dir(folder)

    (root / TODO).write_text("finish sealing: see surveyor.core.vault.convert\n")
    os.replace(root / PENDING_KEY, keyfile.key_file_path(root))  # the commit
    fsync_dir(root)
    finish_interrupted(root)
    return len(files)


def _clear_partial(root: Path) -> None:
    """Remove what an earlier, killed conversion left before it committed."""
    for name in (PENDING_KEY, TODO):
        with contextlib.suppress(FileNotFoundError):
            (root / name).unlink()
    _remove_db_files(root / SEALED_CATALOGUE)
    for path in _sealed_files(root):
        path.unlink()


def finish_interrupted(root: Path) -> None:
    """Complete a committed conversion (step 3) if one was cut short; else do nothing."""
    if not (root / TODO).exists() or not keyfile.is_encrypted(root):
        return
    sealed_db = root / SEALED_CATALOGUE
    if sealed_db.exists():
        plain = root / CATALOGUE
        for suffix in ("-wal", "-shm", "-journal"):
            shred.shred_file(plain.with_name(plain.name + suffix))
        shred.shred_file(plain)
        os.replace(sealed_db, plain)
        fsync_dir(root)
    for _blob, path in plain_files(root):
        shred.shred_file(path)
    for folder in (root / THUMB).glob("*"):
        if folder.is_dir() and folder.name.isdigit():
            shred.shred_tree(folder)
    for backup in root.glob(f"{CATALOGUE}.v*.bak"):
        shred.shred_file(backup)
    for leftover in (root / "tmp").glob("*"):
        if leftover.is_file():
            shred.shred_file(leftover)
    (root / TODO).unlink()
    fsync_dir(root)


def destroy_workspace(root: Path) -> int:
    """Quick wipe: the key file first (instant), then every file; the number of files removed."""
    if not (root / CATALOGUE).exists() and not keyfile.is_encrypted(root):
        raise VaultError(Message("{root}: no workspace here", root=root))
    keyfile.destroy(keyfile.key_file_path(root))
    keyfile.destroy(root / PENDING_KEY)
    count = 0
    for path in sorted(root.rglob("*"), reverse=True):
        if path.is_file() or path.is_symlink():
            path.unlink()
            count += 1
        elif path.is_dir():
            with contextlib.suppress(OSError):
                path.rmdir()
    with contextlib.suppress(OSError):
        root.rmdir()
    return count

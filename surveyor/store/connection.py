"""Opening the catalogue: once per process, WAL, foreign keys on, schema brought up to date."""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase
from playhouse.sqlcipher_ext import SqlCipherDatabase

from surveyor.store.migrations import LATEST_VERSION, migrate
from surveyor.store.models import db_proxy

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # NORMAL under WAL survives a killed process; only a power cut may lose the last commit.
    "synchronous": "normal",
    "busy_timeout": 10_000,
    "cache_size": -16_000,
}


# An encrypted catalogue also zeroes what it deletes: a deleted file key must not linger.
SQLCIPHER_PRAGMAS = {**PRAGMAS, "secure_delete": 1}


def make_database(path: Path, key: str | None = None) -> SqliteDatabase:
    """The database object for a catalogue: SQLite, or SQLCipher when ``key`` is given.

    ``key`` is SQLCipher's raw-key form (``x'<64 hex>'``), derived from the workspace key.
    """
    if key is None:
        return SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    db: SqliteDatabase = SqlCipherDatabase(
        str(path), passphrase=key, pragmas=SQLCIPHER_PRAGMAS, check_same_thread=False
    )
    return db


def open_database(
    path: Path | str, upto: int = LATEST_VERSION, key: str | None = None
) -> SqliteDatabase:
    """Open (creating if needed) a catalogue file, migrate it, and bind the models to it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = make_database(path, key)
    db.connect(reuse_if_open=True)
    migrate(db, path, upto=upto)
    db_proxy.initialize(db)
    return db


def close_database(db: SqliteDatabase) -> None:
    if not db.is_closed():
        db.close()

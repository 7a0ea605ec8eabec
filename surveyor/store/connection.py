"""Opening a catalogue: WAL, foreign keys on, schema brought up to date.

``open_catalogue_database`` is the one place a catalogue's database object is made (an
encrypted catalogue will be opened there, with its key). Opening never changes which catalogue
the models use elsewhere: ``make_current`` does that, for the running context only (a thread,
or a background task, which carries its caller's context; see ``surveyor.store.models``).
"""

from __future__ import annotations

from contextvars import Token
from pathlib import Path

from peewee import Database, SqliteDatabase
from playhouse.sqlcipher_ext import SqlCipherDatabase

from surveyor.store.migrations import LATEST_VERSION, migrate
from surveyor.store.models import _current_catalogue

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

    ``key`` is SQLCipher's raw-key form (``x'<64 hex>'``), derived from the workspace key;
    every thread's connection is keyed with it as it connects.
    """
    if key is None:
        return SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    db: SqliteDatabase = SqlCipherDatabase(
        str(path), passphrase=key, pragmas=SQLCIPHER_PRAGMAS, check_same_thread=False
    )
    return db


def open_catalogue_database(path: Path, key: str | None = None) -> SqliteDatabase:
    """The database object of the catalogue file at ``path``, connected in this thread.

    Every thread gets its own connection to it (peewee keeps them per thread).
    """
    db = make_database(path, key)
    db.connect(reuse_if_open=True)
    return db


def open_database(
    path: Path | str,
    upto: int = LATEST_VERSION,
    *,
    current: bool = True,
    key: str | None = None,
) -> SqliteDatabase:
    """Open (creating if needed) a catalogue file and migrate it; with ``current``, the models
    of the running context use it from now on (the command line's one catalogue)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_catalogue_database(path, key)
    try:
        migrate(db, path, upto=upto)
    except BaseException:
        db.close()
        raise
    if current:
        make_current(db)
    return db


def make_current(db: Database | None) -> Token[Database | None]:
    """The models of the running context (this thread, or this background task) use ``db``.

    Returns a token for ``restore_current``.
    """
    return _current_catalogue.set(db)


def restore_current(token: Token[Database | None]) -> None:
    _current_catalogue.reset(token)


def current_database() -> Database | None:
    """The catalogue the models use in the running context, if any."""
    return _current_catalogue.get()


def close_thread_connection(db: Database | None = None) -> None:
    """Close this thread's own connection to ``db`` (default: the current catalogue); other
    threads' connections stay open. A worker thread calls it when its work is done."""
    db = db if db is not None else current_database()
    if db is not None and not db.is_closed():
        db.close()


def close_database(db: Database) -> None:
    if not db.is_closed():
        db.close()

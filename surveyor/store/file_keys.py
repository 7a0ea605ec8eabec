"""The keys of a sealed workspace's files, in its (SQLCipher) catalogue.

One row per sealed file, named by its opaque name. Deleting the row is what destroys the file
(crypto-shredding): ``secure_delete`` zeroes the freed bytes and the catalogue itself is
encrypted. Only encrypted catalogues have this table; it is made when a workspace is sealed.
"""

from __future__ import annotations

import threading

from peewee import SqliteDatabase

TABLE_SQL = (
    'CREATE TABLE IF NOT EXISTS "vault_file_key" '
    '("name" TEXT NOT NULL PRIMARY KEY, "key" BLOB NOT NULL) WITHOUT ROWID'
)


def ensure_table(db: SqliteDatabase) -> None:
    db.execute_sql(TABLE_SQL)


class CatalogueKeys:
    """File keys read once into memory (reads come from thumbnail threads) and written through."""

    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db
        self._lock = threading.Lock()
        ensure_table(db)
        rows = db.execute_sql('SELECT "name", "key" FROM "vault_file_key"').fetchall()
        self._keys: dict[str, bytes] = {str(n): bytes(k) for n, k in rows}

    def get(self, name: str) -> bytes | None:
        with self._lock:
            key = self._keys.get(name)
        if key is None:  # written since, by another process (the window's import child)
            row = self.db.execute_sql(
                'SELECT "key" FROM "vault_file_key" WHERE "name" = ?', (name,)
            ).fetchone()
            if row is not None:
                key = bytes(row[0])
                with self._lock:
                    self._keys[name] = key
        return key

    def put(self, name: str, key: bytes) -> None:
        self.put_many({name: key})

    def put_many(self, keys: dict[str, bytes]) -> None:
        if not keys:
            return
        with self._lock, self.db.atomic():
            for name, key in keys.items():
                self.db.execute_sql(
                    'INSERT OR REPLACE INTO "vault_file_key" ("name", "key") VALUES (?, ?)',
                    (name, key),
                )
            self._keys.update(keys)

    def delete(self, name: str) -> None:
        with self._lock:
            self.db.execute_sql('DELETE FROM "vault_file_key" WHERE "name" = ?', (name,))
            self._keys.pop(name, None)

    def count(self) -> int:
        with self._lock:
            return len(self._keys)

    def forget(self) -> None:
        """Drop the keys from memory (the window locked)."""
        with self._lock:
            self._keys.clear()

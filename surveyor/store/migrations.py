"""Numbered schema migrations, tracked in SQLite's ``PRAGMA user_version``.

Each migration is frozen SQL (never generated from today's models, which describe only the
latest schema) and runs in one transaction. Before any migration runs, the catalogue is copied
to ``<name>.v<old>.bak`` so a failed upgrade never costs a volunteer their work.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

Migration = Callable[[SqliteDatabase], None]

_V1_SCHEMA = """
CREATE TABLE "walk" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL,
  "date" DATE, "notes" TEXT NOT NULL, "created_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "walk_name" ON "walk" ("name");
CREATE TABLE "photo" ("id" INTEGER NOT NULL PRIMARY KEY, "sha256" VARCHAR(64) NOT NULL,
  "walk_id" INTEGER NOT NULL, "original_name" TEXT NOT NULL, "original_path" TEXT NOT NULL,
  "extension" VARCHAR(8) NOT NULL, "size" INTEGER NOT NULL, "taken_at" VARCHAR(255),
  "latitude" REAL, "longitude" REAL, "altitude" REAL, "accuracy_m" REAL, "bearing" REAL,
  "bearing_ref" VARCHAR(1), "position_source" VARCHAR(255), "orientation" INTEGER NOT NULL,
  "width" INTEGER, "height" INTEGER, "import_status" VARCHAR(255) NOT NULL,
  "import_reason" TEXT NOT NULL, "mark" VARCHAR(255), "imported_at" DATETIME NOT NULL,
  FOREIGN KEY ("walk_id") REFERENCES "walk" ("id") ON DELETE CASCADE);
CREATE UNIQUE INDEX "photo_sha256" ON "photo" ("sha256");
CREATE INDEX "photo_walk_id" ON "photo" ("walk_id");
CREATE TABLE "camera" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL,
  "walk_id" INTEGER, "latitude" REAL, "longitude" REAL, "position_source" VARCHAR(255),
  "confirmed" INTEGER NOT NULL, "needs_review" INTEGER NOT NULL,
  "surveillance_type" VARCHAR(255) NOT NULL, "surveillance" VARCHAR(255),
  "camera_type" VARCHAR(255), "camera_mount" VARCHAR(255), "zone" VARCHAR(255),
  "manufacturer" VARCHAR(255), "make_unknown" INTEGER NOT NULL, "model" VARCHAR(255),
  "direction" REAL, "height" REAL, "operator" VARCHAR(255), "notes" TEXT NOT NULL,
  "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "exported_at" DATETIME,
  FOREIGN KEY ("walk_id") REFERENCES "walk" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "camera_uuid" ON "camera" ("uuid");
CREATE INDEX "camera_walk_id" ON "camera" ("walk_id");
CREATE TABLE "camera_photo" ("id" INTEGER NOT NULL PRIMARY KEY,
  "camera_id" INTEGER NOT NULL, "photo_id" INTEGER NOT NULL,
  FOREIGN KEY ("camera_id") REFERENCES "camera" ("id") ON DELETE CASCADE,
  FOREIGN KEY ("photo_id") REFERENCES "photo" ("id") ON DELETE CASCADE);
CREATE INDEX "camera_photo_camera_id" ON "camera_photo" ("camera_id");
CREATE INDEX "camera_photo_photo_id" ON "camera_photo" ("photo_id");
CREATE UNIQUE INDEX "camera_photo_camera_id_photo_id" ON "camera_photo" ("camera_id", "photo_id");
CREATE TABLE "import_failure" ("id" INTEGER NOT NULL PRIMARY KEY, "path" TEXT NOT NULL,
  "reason" TEXT NOT NULL, "walk_id" INTEGER, "at" DATETIME NOT NULL,
  FOREIGN KEY ("walk_id") REFERENCES "walk" ("id") ON DELETE SET NULL);
CREATE INDEX "import_failure_walk_id" ON "import_failure" ("walk_id");
"""


def _run_script(db: SqliteDatabase, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            db.execute_sql(statement)


def v1_initial(db: SqliteDatabase) -> None:
    _run_script(db, _V1_SCHEMA)


def v2_camera_angle(db: SqliteDatabase) -> None:
    # camera:angle (tilt below the horizon) from the OpenStreetMap vocabulary.
    db.execute_sql('ALTER TABLE "camera" ADD COLUMN "angle" REAL')


# Append only. Never edit a migration that has shipped; add the next number instead.
MIGRATIONS: list[tuple[int, Migration]] = [
    (1, v1_initial),
    (2, v2_camera_angle),
]

LATEST_VERSION = MIGRATIONS[-1][0]


def schema_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def backup(db_path: Path, version: int) -> Path:
    """Copy the catalogue with SQLite's online backup (consistent even under WAL)."""
    target = db_path.with_name(f"{db_path.name}.v{version}.bak")
    src = sqlite3.connect(db_path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def migrate(db: SqliteDatabase, db_path: Path | None, upto: int = LATEST_VERSION) -> int:
    """Bring the schema up to ``upto``; return the version it started from."""
    start = schema_version(db)
    if start > LATEST_VERSION:
        raise RuntimeError(
            f"{db_path}: catalogue schema version {start} is newer than this Surveyor "
            f"understands ({LATEST_VERSION}); please update Surveyor."
        )
    pending = [(n, m) for n, m in MIGRATIONS if start < n <= upto]
    if not pending:
        return start
    if start > 0 and db_path is not None:
        backup(db_path, start)
    for number, migration in pending:
        with db.atomic():
            migration(db)
            db.execute_sql(f"PRAGMA user_version = {number}")
    return start

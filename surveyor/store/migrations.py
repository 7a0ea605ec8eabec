"""Numbered schema migrations, tracked in SQLite's ``PRAGMA user_version``.

Each migration is frozen SQL (never generated from today's models, which describe only the
latest schema) and runs in one transaction. Before any migration runs, the catalogue is copied
to ``<name>.v<old>.bak`` so a failed upgrade never costs a volunteer their work.
"""

from __future__ import annotations

import shutil
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


_V5_CAMPAIGN = """
CREATE TABLE "campaign_key" ("id" INTEGER NOT NULL PRIMARY KEY, "key_id" VARCHAR(16) NOT NULL,
  "public_key" VARCHAR(255) NOT NULL, "pseudonym" VARCHAR(255) NOT NULL,
  "status" VARCHAR(255) NOT NULL, "added_at" DATETIME NOT NULL, "changed_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "campaign_key_key_id" ON "campaign_key" ("key_id");
CREATE TABLE "campaign_bundle" ("id" INTEGER NOT NULL PRIMARY KEY,
  "bundle_uuid" VARCHAR(36) NOT NULL, "sha256" VARCHAR(64) NOT NULL,
  "key_id" VARCHAR(16) NOT NULL, "pseudonym" VARCHAR(255) NOT NULL, "file_name" TEXT NOT NULL,
  "status" VARCHAR(255) NOT NULL, "reason" TEXT NOT NULL, "stored_path" TEXT NOT NULL,
  "bagging_date" VARCHAR(255) NOT NULL, "received_at" DATETIME NOT NULL, "merged_at" DATETIME);
CREATE UNIQUE INDEX "campaign_bundle_bundle_uuid" ON "campaign_bundle" ("bundle_uuid");
CREATE TABLE "campaign_refusal" ("id" INTEGER NOT NULL PRIMARY KEY, "file_name" TEXT NOT NULL,
  "sha256" VARCHAR(64) NOT NULL, "reason" TEXT NOT NULL, "at" DATETIME NOT NULL);
CREATE TABLE "campaign_camera" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL,
  "latitude" REAL NOT NULL, "longitude" REAL NOT NULL, "created_at" DATETIME NOT NULL,
  "updated_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "campaign_camera_uuid" ON "campaign_camera" ("uuid");
CREATE TABLE "sighting" ("id" INTEGER NOT NULL PRIMARY KEY, "camera_uuid" VARCHAR(36) NOT NULL,
  "key_id" VARCHAR(16) NOT NULL, "bundle_id" INTEGER NOT NULL, "camera_id" INTEGER,
  "latitude" REAL NOT NULL, "longitude" REAL NOT NULL, "observed" VARCHAR(255) NOT NULL,
  "position_source" VARCHAR(255), "confirmed" INTEGER NOT NULL, "needs_review" INTEGER NOT NULL,
  "make_unknown" INTEGER NOT NULL, "surveillance_type" VARCHAR(255),
  "surveillance" VARCHAR(255), "camera_type" VARCHAR(255), "camera_mount" VARCHAR(255),
  "zone" VARCHAR(255), "manufacturer" VARCHAR(255), "model" VARCHAR(255), "direction" REAL,
  "height" REAL, "operator" VARCHAR(255), "tags" TEXT NOT NULL, "photos" TEXT NOT NULL,
  "outcome" VARCHAR(255) NOT NULL, "updated_at" DATETIME NOT NULL,
  FOREIGN KEY ("bundle_id") REFERENCES "campaign_bundle" ("id") ON DELETE CASCADE,
  FOREIGN KEY ("camera_id") REFERENCES "campaign_camera" ("id") ON DELETE SET NULL);
CREATE INDEX "sighting_bundle_id" ON "sighting" ("bundle_id");
CREATE INDEX "sighting_camera_id" ON "sighting" ("camera_id");
CREATE UNIQUE INDEX "sighting_key_id_camera_uuid" ON "sighting" ("key_id", "camera_uuid");
CREATE TABLE "sighting_revision" ("id" INTEGER NOT NULL PRIMARY KEY,
  "sighting_id" INTEGER NOT NULL, "bundle_id" INTEGER NOT NULL, "data" TEXT NOT NULL,
  "replaced_at" DATETIME NOT NULL,
  FOREIGN KEY ("sighting_id") REFERENCES "sighting" ("id") ON DELETE CASCADE,
  FOREIGN KEY ("bundle_id") REFERENCES "campaign_bundle" ("id") ON DELETE CASCADE);
CREATE INDEX "sighting_revision_sighting_id" ON "sighting_revision" ("sighting_id");
CREATE INDEX "sighting_revision_bundle_id" ON "sighting_revision" ("bundle_id");
CREATE TABLE "review_item" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" VARCHAR(255) NOT NULL,
  "camera_id" INTEGER, "other_camera_id" INTEGER, "sighting_id" INTEGER,
  "distance_m" REAL NOT NULL, "reason" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL,
  "resolution" VARCHAR(255) NOT NULL, "resolved_by" VARCHAR(255) NOT NULL,
  "resolved_at" DATETIME, "created_at" DATETIME NOT NULL,
  FOREIGN KEY ("camera_id") REFERENCES "campaign_camera" ("id") ON DELETE CASCADE,
  FOREIGN KEY ("other_camera_id") REFERENCES "campaign_camera" ("id") ON DELETE CASCADE,
  FOREIGN KEY ("sighting_id") REFERENCES "sighting" ("id") ON DELETE CASCADE);
CREATE INDEX "review_item_camera_id" ON "review_item" ("camera_id");
CREATE INDEX "review_item_other_camera_id" ON "review_item" ("other_camera_id");
CREATE INDEX "review_item_sighting_id" ON "review_item" ("sighting_id");
CREATE TABLE "review_decision" ("id" INTEGER NOT NULL PRIMARY KEY,
  "action" VARCHAR(255) NOT NULL, "author" VARCHAR(255) NOT NULL, "payload" TEXT NOT NULL,
  "at" DATETIME NOT NULL, "undone" INTEGER NOT NULL);
CREATE TABLE "attribute_override" ("id" INTEGER NOT NULL PRIMARY KEY,
  "camera_id" INTEGER NOT NULL, "attribute" VARCHAR(255) NOT NULL, "value" TEXT,
  "author" VARCHAR(255) NOT NULL, "at" DATETIME NOT NULL,
  FOREIGN KEY ("camera_id") REFERENCES "campaign_camera" ("id") ON DELETE CASCADE);
CREATE INDEX "attribute_override_camera_id" ON "attribute_override" ("camera_id");
CREATE UNIQUE INDEX "attribute_override_camera_id_attribute"
  ON "attribute_override" ("camera_id", "attribute");
"""


def v5_campaign(db: SqliteDatabase) -> None:
    # A coordinator's campaign: keyring, received bundles, sightings, cameras, review.
    _run_script(db, _V5_CAMPAIGN)


_V4_GEOTAG = """
CREATE TABLE "track" ("id" INTEGER NOT NULL PRIMARY KEY, "walk_id" INTEGER NOT NULL,
  "name" TEXT NOT NULL, "file_name" TEXT NOT NULL, "sha256" VARCHAR(64) NOT NULL,
  "point_count" INTEGER NOT NULL, "start_utc" REAL NOT NULL, "end_utc" REAL NOT NULL,
  "imported_at" DATETIME NOT NULL,
  FOREIGN KEY ("walk_id") REFERENCES "walk" ("id") ON DELETE CASCADE);
CREATE INDEX "track_walk_id" ON "track" ("walk_id");
CREATE UNIQUE INDEX "track_walk_id_sha256" ON "track" ("walk_id", "sha256");
CREATE TABLE "track_point" ("id" INTEGER NOT NULL PRIMARY KEY, "track_id" INTEGER NOT NULL,
  "seq" INTEGER NOT NULL, "time_utc" REAL NOT NULL, "lat" REAL NOT NULL, "lon" REAL NOT NULL,
  "ele" REAL,
  FOREIGN KEY ("track_id") REFERENCES "track" ("id") ON DELETE CASCADE);
CREATE INDEX "track_point_track_id" ON "track_point" ("track_id");
CREATE UNIQUE INDEX "track_point_track_id_seq" ON "track_point" ("track_id", "seq");
ALTER TABLE "photo" ADD COLUMN "geotag_note" TEXT;
ALTER TABLE "photo" ADD COLUMN "travel_bearing" REAL;
"""


def v4_geotag(db: SqliteDatabase) -> None:
    # GPX tracks of a walk (private to the volunteer), why a photo could not be placed from
    # them, and the direction of travel offered as a hint when a photo has no bearing.
    _run_script(db, _V4_GEOTAG)


_V6_PRIVATE_POSITIONS = """
ALTER TABLE "camera" ADD COLUMN "shift_m" REAL;
ALTER TABLE "camera" ADD COLUMN "shift_turn" REAL;
UPDATE "camera" SET
  "shift_m" = 16.0 + 8.0 * ((random() & 9007199254740991) / 9007199254740992.0),
  "shift_turn" = (random() & 9007199254740991) / 9007199254740992.0;
CREATE TABLE "camera_history" ("id" INTEGER NOT NULL PRIMARY KEY,
  "camera_id" INTEGER NOT NULL, "attribute" VARCHAR(255) NOT NULL, "value" TEXT,
  "reason" TEXT NOT NULL, "at" DATETIME NOT NULL,
  FOREIGN KEY ("camera_id") REFERENCES "camera" ("id") ON DELETE CASCADE);
CREATE INDEX "camera_history_camera_id" ON "camera_history" ("camera_id");
INSERT INTO "camera_history" ("camera_id", "attribute", "value", "reason", "at")
  SELECT c."id", 'direction', CAST(c."direction" AS TEXT),
    'the phone''s compass bearing copied in, not the camera''s direction (schema 6)',
    strftime('%Y-%m-%d %H:%M:%S', 'now')
  FROM "camera" c JOIN "photo" p ON p."id" = (
    SELECT cp."photo_id" FROM "camera_photo" cp WHERE cp."camera_id" = c."id"
    ORDER BY cp."id" LIMIT 1)
  WHERE c."direction" IS NOT NULL AND p."bearing" IS NOT NULL
    AND abs(c."direction" - p."bearing") < 0.0005;
UPDATE "camera" SET "direction" = NULL
  WHERE "id" IN (SELECT "camera_id" FROM "camera_history" WHERE "attribute" = 'direction');
"""


def v6_private_positions(db: SqliteDatabase) -> None:
    # Positions not placed by hand leave the machine shifted by a private random amount drawn
    # once per camera (``shift_m``, ``shift_turn``; see surveyor.core.bundle.published_position).
    # Directions that are the photo's compass bearing copied in at creation (the way the
    # volunteer looked, not the camera) are cleared; the old value stays in camera_history.
    _run_script(db, _V6_PRIVATE_POSITIONS)


_V7_INTAKE = """
DROP INDEX "campaign_bundle_bundle_uuid";
CREATE UNIQUE INDEX "campaign_bundle_merged_key_id_bundle_uuid"
  ON "campaign_bundle" ("key_id", "bundle_uuid") WHERE "status" = 'merged';
CREATE INDEX "campaign_bundle_bundle_uuid" ON "campaign_bundle" ("bundle_uuid");
ALTER TABLE "campaign_bundle" ADD COLUMN "sequence" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "campaign_bundle" ADD COLUMN "receipt_path" TEXT NOT NULL DEFAULT '';
ALTER TABLE "campaign_key" ADD COLUMN "withdrawn" INTEGER NOT NULL DEFAULT 0;
"""


def v7_intake(db: SqliteDatabase) -> None:
    # A bundle is known by (signing key, bundle id), and only a merged one holds its id: a
    # quarantined copy reserves nothing. The volunteer's signed export counter orders their
    # bundles; receipt_path says whether the signed receipt was written; a withdrawn key's
    # sightings stay on record but leave the consensus and the exports.
    _run_script(db, _V7_INTAKE)


_V8_REDACTION = """
CREATE TABLE "redaction_box" ("id" INTEGER NOT NULL PRIMARY KEY, "photo_id" INTEGER NOT NULL,
  "kind" VARCHAR(255) NOT NULL, "x" INTEGER NOT NULL, "y" INTEGER NOT NULL,
  "w" INTEGER NOT NULL, "h" INTEGER NOT NULL, "score" REAL, "removed" INTEGER NOT NULL,
  "created_at" DATETIME NOT NULL,
  FOREIGN KEY ("photo_id") REFERENCES "photo" ("id") ON DELETE CASCADE);
CREATE INDEX "redaction_box_photo_id" ON "redaction_box" ("photo_id");
CREATE TABLE "photo_redaction" ("id" INTEGER NOT NULL PRIMARY KEY, "photo_id" INTEGER NOT NULL,
  "status" VARCHAR(255) NOT NULL, "reason" TEXT NOT NULL, "detector" VARCHAR(255) NOT NULL,
  "width" INTEGER, "height" INTEGER, "checked" INTEGER NOT NULL, "crop_only" INTEGER NOT NULL,
  "scanned_at" DATETIME,
  FOREIGN KEY ("photo_id") REFERENCES "photo" ("id") ON DELETE CASCADE);
CREATE UNIQUE INDEX "photo_redaction_photo_id" ON "photo_redaction" ("photo_id");
ALTER TABLE "sighting" ADD COLUMN "redaction" TEXT;
"""


def v8_redaction(db: SqliteDatabase) -> None:
    # Bystander redaction: boxes to blur per photo (detected or drawn by hand, in pixels of the
    # upright photo), whether detection ran on each photo, and, on the coordinator's side, the
    # box count per photo that a bundle declared.
    _run_script(db, _V8_REDACTION)


_V9_MERGE_QUALITY = """
CREATE TABLE "placement_note" ("id" INTEGER NOT NULL PRIMARY KEY,
  "sighting_id" INTEGER NOT NULL, "camera_id" INTEGER, "other_camera_id" INTEGER,
  "action" VARCHAR(255) NOT NULL, "text" TEXT NOT NULL, "distance_m" REAL NOT NULL,
  "created_at" DATETIME NOT NULL,
  FOREIGN KEY ("sighting_id") REFERENCES "sighting" ("id") ON DELETE CASCADE,
  FOREIGN KEY ("camera_id") REFERENCES "campaign_camera" ("id") ON DELETE SET NULL,
  FOREIGN KEY ("other_camera_id") REFERENCES "campaign_camera" ("id") ON DELETE SET NULL);
CREATE INDEX "placement_note_sighting_id" ON "placement_note" ("sighting_id");
ALTER TABLE "review_item" ADD COLUMN "attribute" VARCHAR(255) NOT NULL DEFAULT ''
"""


def v9_merge_quality(db: SqliteDatabase) -> None:
    # Why each sighting joined its camera (the camera's history, undoable in the review
    # window), and which attribute a review item is about (to order and settle by class).
    # Notes are read by sighting; one per merged sighting, so no other index to keep up.
    _run_script(db, _V9_MERGE_QUALITY)


def v10_position_accuracy(db: SqliteDatabase) -> None:
    # How far a sighting's camera may be from its position, as the bundle stated it
    # (``surveyor:position_accuracy``: shifted positions say ~45 m; NULL when exact or unsaid).
    # The merge weighs positions by it.
    db.execute_sql('ALTER TABLE "sighting" ADD COLUMN "position_accuracy" REAL')


_V12_DISMISSED = """
CREATE TABLE "dismissed_warning" ("id" INTEGER NOT NULL PRIMARY KEY,
  "kind" VARCHAR(255) NOT NULL, "camera_id" INTEGER NOT NULL, "other_id" INTEGER,
  FOREIGN KEY ("camera_id") REFERENCES "camera" ("id") ON DELETE CASCADE,
  FOREIGN KEY ("other_id") REFERENCES "camera" ("id") ON DELETE CASCADE);
CREATE INDEX "dismissed_warning_camera_id" ON "dismissed_warning" ("camera_id");
CREATE INDEX "dismissed_warning_other_id" ON "dismissed_warning" ("other_id");
"""


def v12_dismissed_warnings(db: SqliteDatabase) -> None:
    # Map warnings the volunteer has answered ("these are two cameras"), so they stay quiet.
    _run_script(db, _V12_DISMISSED)


def v13_translatable_photo_notes(db: SqliteDatabase) -> None:
    # The import warning, the GPX note and why detection failed as template and values (JSON)
    # beside their English, so the interface shows them in the language it speaks when read.
    db.execute_sql('ALTER TABLE "photo" ADD COLUMN "import_reason_message" TEXT')
    db.execute_sql('ALTER TABLE "photo" ADD COLUMN "geotag_note_message" TEXT')
    db.execute_sql('ALTER TABLE "photo_redaction" ADD COLUMN "reason_message" TEXT')


_V14_DECISION_WORDS = """
ALTER TABLE "placement_note" ADD COLUMN "attribute" VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE "placement_note" ADD COLUMN "words" TEXT NOT NULL DEFAULT '';
ALTER TABLE "review_item" ADD COLUMN "words" TEXT NOT NULL DEFAULT ''
"""


def v14_decision_words(db: SqliteDatabase) -> None:
    # The merge's words kept translatable: beside the English ``text``/``reason`` (what the
    # command line prints), ``words`` holds their parts as message templates and values (JSON)
    # for the window to show in the coordinator's language ('' for notes written before).
    # A note's ``attribute`` names what a "settled" note settled (a mount that nests).
    _run_script(db, _V14_DECISION_WORDS)


# Append only. Never edit a migration that has shipped; add the next number instead.
MIGRATIONS: list[tuple[int, Migration]] = [
    (1, v1_initial),
    (2, v2_camera_angle),
    (4, v4_geotag),
    (5, v5_campaign),
    (6, v6_private_positions),
    (7, v7_intake),
    (8, v8_redaction),
    (9, v9_merge_quality),
    (10, v10_position_accuracy),
    (12, v12_dismissed_warnings),
    (13, v13_translatable_photo_notes),
    (14, v14_decision_words),
]

LATEST_VERSION = MIGRATIONS[-1][0]


def schema_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def backup(db_path: Path, version: int, db: SqliteDatabase | None = None) -> Path:
    """Copy the catalogue with SQLite's online backup (consistent even under WAL).

    An encrypted catalogue (plain sqlite3 cannot read it) is checkpointed and copied as it is,
    so its backup stays encrypted under the same key.
    """
    target = db_path.with_name(f"{db_path.name}.v{version}.bak")
    if db is not None and type(db).__name__ == "SqlCipherDatabase":
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copyfile(db_path, target)
        return target
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
        backup(db_path, start, db)
    for number, migration in pending:
        with db.atomic():
            migration(db)
            db.execute_sql(f"PRAGMA user_version = {number}")
    return start

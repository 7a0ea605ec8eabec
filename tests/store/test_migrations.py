from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from surveyor.store.connection import open_database
from surveyor.store.migrations import LATEST_VERSION, schema_version
from surveyor.store.models import Camera, CameraHistory, Walk


def test_new_catalogue_is_at_latest_version_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = open_database(tmp_path / "c.sqlite")
    assert schema_version(db) == LATEST_VERSION
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    db.close()


def test_version_1_catalogue_is_upgraded_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    db = open_database(path, upto=1)
    assert schema_version(db) == 1
    db.execute_sql("INSERT INTO walk (name, notes, created_at) VALUES ('old', '', '2024-01-01')")
    db.execute_sql(
        "INSERT INTO camera (uuid, confirmed, needs_review, surveillance_type, make_unknown,"
        " notes, created_at, updated_at, manufacturer)"
        " VALUES ('u-1', 0, 0, 'camera', 0, '', '2024-01-01', '2024-01-01', 'Huawei')"
    )
    db.close()

    db = open_database(path)
    assert schema_version(db) == LATEST_VERSION
    cam = Camera.get(Camera.uuid == "u-1")
    assert cam.manufacturer == "Huawei"
    assert cam.angle is None  # the column version 2 added
    cam.angle = 15.0
    cam.save()
    assert Walk.get().name == "old"
    db.close()

    backup = tmp_path / "c.sqlite.v1.bak"
    assert backup.exists()
    with sqlite3.connect(backup) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        assert old.execute("SELECT manufacturer FROM camera").fetchone()[0] == "Huawei"


def test_newer_catalogue_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA user_version = 999")
    try:
        open_database(path)
    except RuntimeError as exc:
        assert "newer than this Surveyor understands" in str(exc)
    else:
        raise AssertionError("a newer schema must be refused")


def test_version_6_clears_directions_that_were_the_phone_bearing(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    db = open_database(path, upto=5)
    db.execute_sql(
        "INSERT INTO walk (id, name, notes, created_at) VALUES (1, 'w', '', '2026-05-01')"
    )
    for pid, bearing in ((1, 109.25), (2, None), (3, 40.0)):
        db.execute_sql(
            "INSERT INTO photo (id, sha256, walk_id, original_name, original_path, extension,"
            " size, orientation, import_status, import_reason, imported_at, bearing)"
            " VALUES (?, ?, 1, 'p.jpg', '', '.jpg', 1, 1, 'ok', '', '2026-05-01', ?)",
            (pid, f"{pid:064d}", bearing),
        )
    # 1: the bearing copied in at creation; 2: a photo without bearing; 3: set by the volunteer.
    for cid, direction, photo in ((1, 109.25, 1), (2, 200.0, 2), (3, 220.0, 3)):
        db.execute_sql(
            "INSERT INTO camera (id, uuid, confirmed, needs_review, surveillance_type,"
            " make_unknown, notes, created_at, updated_at, direction, latitude, longitude,"
            " position_source) VALUES (?, ?, 0, 0, 'camera', 0, '', '2026-05-01', '2026-05-01',"
            " ?, 44.8, 20.4, 'projected')",
            (cid, f"u-{cid}", direction),
        )
        db.execute_sql("INSERT INTO camera_photo (camera_id, photo_id) VALUES (?, ?)", (cid, photo))
    db.close()

    db = open_database(path)
    assert schema_version(db) == LATEST_VERSION
    assert [c.direction for c in Camera.select().order_by(Camera.id)] == [None, 200.0, 220.0]
    history = list(CameraHistory.select())
    assert [(h.camera_id, h.attribute, float(h.value)) for h in history] == [
        (1, "direction", 109.25)
    ]
    assert "bearing" in history[0].reason
    for camera in Camera.select():  # every camera got its private shift
        assert 16.0 <= camera.shift_m <= 24.0 and 0.0 <= camera.shift_turn < 1.0
    assert len({c.shift_turn for c in Camera.select()}) == 3
    db.close()


def _old_photo(db: SqliteDatabase, import_status: str = "ok", import_reason: str = "") -> None:
    """A walk and a photo as an older schema stores them (columns every version has)."""
    db.execute_sql("INSERT INTO walk (name, notes, created_at) VALUES ('w', '', '2024-01-01')")
    db.execute_sql(
        "INSERT INTO photo (sha256, walk_id, original_name, original_path, extension, size,"
        " orientation, import_status, import_reason, imported_at)"
        " VALUES ('ab', 1, 'IMG_1.jpg', '', '.jpg', 1, 1, ?, ?, '2024-01-01')",
        (import_status, import_reason),
    )


def test_version_5_catalogue_gains_redaction_tables(tmp_path: Path) -> None:
    from surveyor.store.models import Photo, PhotoRedaction, RedactionBox

    path = tmp_path / "c.sqlite"
    db = open_database(path, upto=5)
    _old_photo(db)
    db.close()

    db = open_database(path)
    photo = Photo.get()
    assert photo.original_name == "IMG_1.jpg"
    RedactionBox.create(photo=photo, kind="hand", x=1, y=2, w=3, h=4)
    PhotoRedaction.create(photo=photo, status="done")
    assert [c.name for c in db.get_columns("sighting") if c.name == "redaction"] == ["redaction"]
    db.close()
    assert (tmp_path / "c.sqlite.v5.bak").exists()


def test_version_12_photos_keep_their_english_notes_with_room_for_messages(tmp_path: Path) -> None:
    from surveyor.core.map.edits import photos_without_position
    from surveyor.store.models import Photo

    path = tmp_path / "c.sqlite"
    db = open_database(path, upto=12)
    _old_photo(db, import_status="warning", import_reason="EXIF partly damaged")
    db.execute_sql("UPDATE photo SET geotag_note = 'the walk has no GPX track'")
    db.close()

    db = open_database(path)
    photo = Photo.get()
    assert (photo.import_reason_message, photo.geotag_note_message) == (None, None)
    assert photos_without_position() == [(photo.id, "IMG_1.jpg", "the walk has no GPX track")]
    db.close()
    assert (tmp_path / "c.sqlite.v12.bak").exists()


def test_version_13_catalogue_keeps_its_notes_and_gains_their_words(tmp_path: Path) -> None:
    from surveyor.store.campaign_models import PlacementNote, ReviewItem

    path = tmp_path / "c.sqlite"
    db = open_database(path, upto=13)
    db.execute_sql(
        "INSERT INTO review_item (kind, distance_m, reason, status, resolution, resolved_by,"
        " created_at, attribute) VALUES ('far_match', 6, 'joined at 6.0 m', 'open', '', '',"
        " '2026-01-01', '')"
    )
    db.close()

    db = open_database(path)
    item = ReviewItem.get()
    assert (item.reason, item.words) == ("joined at 6.0 m", "")  # shown in English, as before
    assert {"attribute", "words"} <= {c.name for c in db.get_columns("placement_note")}
    assert PlacementNote.select().count() == 0
    db.close()

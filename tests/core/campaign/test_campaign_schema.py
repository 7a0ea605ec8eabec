"""The campaign tables made by frozen migration 5 match the models that use them."""

from __future__ import annotations

from pathlib import Path

from surveyor.store.campaign_models import CAMPAIGN_MODELS
from surveyor.store.connection import open_database


def test_migration_creates_every_campaign_table_with_the_model_columns(tmp_path: Path) -> None:
    db = open_database(tmp_path / "c.sqlite")
    try:
        for model in CAMPAIGN_MODELS:
            table = model._meta.table_name
            columns = {c.name for c in db.get_columns(table)}
            assert columns == {f.column_name for f in model._meta.sorted_fields}, table
    finally:
        db.close()


def test_version_2_catalogue_gains_the_campaign_tables(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    db = open_database(path, upto=2)
    assert "sighting" not in db.get_tables()
    db.close()
    db = open_database(path)
    try:
        assert {"campaign_key", "sighting", "campaign_camera"} <= set(db.get_tables())
    finally:
        db.close()


def test_version_5_campaign_keeps_its_review_items_and_gains_the_history(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    db = open_database(path, upto=5)
    db.execute_sql(
        "INSERT INTO review_item (kind, distance_m, reason, status, resolution, resolved_by,"
        " created_at) VALUES ('far_match', 12.0, 'joined at 12.0 m', 'open', '', '', '2026')"
    )
    db.close()
    db = open_database(path)
    try:
        assert "placement_note" in db.get_tables()
        row = db.execute_sql("SELECT kind, attribute FROM review_item").fetchone()
        assert row == ("far_match", "")
    finally:
        db.close()

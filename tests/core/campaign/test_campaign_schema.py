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

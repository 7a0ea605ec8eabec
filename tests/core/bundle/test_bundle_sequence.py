"""The volunteer's export counter: every bundle a higher number, even after the counter is lost."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from peewee import IntegrityError

from surveyor.core.bundle.identity import identity_dir
from surveyor.core.bundle.sequence import PER_DAY, next_sequence
from surveyor.core.workspace import Workspace
from tests.core.campaign.volunteers import Volunteer

DAY = dt.date(2026, 11, 20)


def test_numbers_rise_and_survive_a_lost_counter() -> None:
    first, second = next_sequence("A" * 16, DAY), next_sequence("A" * 16, DAY)
    assert second == first + 1
    assert next_sequence("B" * 16, DAY) == first  # one counter per key
    (identity_dir() / "sequence.json").unlink()  # a new computer, the key restored
    tomorrow = next_sequence("A" * 16, DAY + dt.timedelta(days=1))
    assert tomorrow > second and tomorrow % PER_DAY == 0  # says the day, nothing more


def test_export_bundle_signs_a_rising_sequence(tmp_path: Path) -> None:
    v = Volunteer(tmp_path, "kestrel")
    made = [v.bundle(tmp_path / f"{n}.zip", [{"lat": 44.81 + n / 1000}]) for n in range(2)]
    numbers = []
    for result in made:
        with zipfile.ZipFile(result.path) as z:
            numbers.append(json.loads(z.read("data/submission.json"))["sequence"])
    assert numbers[1] == numbers[0] + 1


def test_a_campaign_from_before_migration_7_keeps_its_bundles(tmp_path: Path) -> None:
    from surveyor.store.connection import open_database

    path = tmp_path / "catalogue.sqlite"
    db = open_database(path, upto=5)
    db.execute_sql(
        "INSERT INTO campaign_bundle (bundle_uuid, sha256, key_id, pseudonym, file_name, status,"
        " reason, stored_path, bagging_date, received_at) VALUES"
        " ('b-1', '0', 'AAAAAAAAAAAAAAAA', '', 'a.zip', 'merged', '', '', '2026-11-01', '2026')"
    )
    db.close()
    with Workspace.open(tmp_path) as ws:
        assert ws.db is not None
        row = ws.db.execute_sql(
            "SELECT sequence, receipt_path FROM campaign_bundle WHERE bundle_uuid = 'b-1'"
        ).fetchone()
        assert row == (0, "")
        # A second key may now use the same bundle id; the same key may not, once merged.
        ws.db.execute_sql(
            "INSERT INTO campaign_bundle (bundle_uuid, sha256, key_id, pseudonym, file_name,"
            " status, reason, stored_path, bagging_date, received_at) VALUES ('b-1', '1',"
            " 'BBBBBBBBBBBBBBBB', '', 'b.zip', 'merged', '', '', '', '2026')"
        )
        with pytest.raises(IntegrityError):
            ws.db.execute_sql(
                "INSERT INTO campaign_bundle (bundle_uuid, sha256, key_id, pseudonym, file_name,"
                " status, reason, stored_path, bagging_date, received_at) VALUES ('b-1', '2',"
                " 'AAAAAAAAAAAAAAAA', '', 'c.zip', 'merged', '', '', '', '2026')"
            )

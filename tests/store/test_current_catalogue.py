"""The models use the catalogue current in the running context, never one process-wide."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from surveyor.core.campaign import keyring
from surveyor.core.workspace import Workspace, WorkspaceError
from surveyor.store.campaign_models import VolunteerKey
from surveyor.store.connection import current_database
from surveyor.store.models import Walk
from tests.fixtures.bundles import FAST_KDF


def _count(catalogue: Path, table: str) -> int:
    with sqlite3.connect(catalogue) as db:
        return int(db.execute(f"select count(*) from {table}").fetchone()[0])


def test_opening_a_second_workspace_changes_nothing_for_the_first(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "mine") as mine:
        Walk.create(name="Centre")
        other = Workspace.open(tmp_path / "other", current=False)
        assert current_database() is mine.db
        Walk.create(name="Park")
        with other.as_current():
            assert Walk.select().count() == 0
            Walk.create(name="Square")
        assert sorted(w.name for w in Walk.select()) == ["Centre", "Park"]  # back to mine
        other.close()
        assert current_database() is mine.db  # closing the other left this one current
    assert _count(tmp_path / "mine" / "catalogue.sqlite", "walk") == 2
    assert _count(tmp_path / "other" / "catalogue.sqlite", "walk") == 1


def test_a_closed_workspace_is_never_used_again_silently(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "ws")
    ws.close()
    assert current_database() is None
    with pytest.raises(AttributeError, match="no catalogue is open here"):
        Walk.select().count()  # used to reconnect to whatever was opened last


def test_a_thread_of_its_own_has_no_catalogue_until_given_one(tmp_path: Path) -> None:
    seen: list[object] = []
    with Workspace.open(tmp_path / "ws"):
        thread = threading.Thread(target=lambda: seen.append(current_database()))
        thread.start()
        thread.join()
    assert seen == [None]  # background work goes through surveyor.ui.background, which carries it


def test_a_campaign_beside_the_volunteers_workspace_keeps_to_its_own_catalogue(
    tmp_path: Path,
) -> None:
    from surveyor.core.bundle import identity

    identity.create("owl", base=tmp_path / "owl", **FAST_KDF)
    public = identity.load(tmp_path / "owl").public_key.to_base64()
    with Workspace.open(tmp_path / "mine") as mine:
        Walk.create(name="Centre")
        campaign = Workspace.open(tmp_path / "campaign", current=False)
        with campaign.as_current():
            keyring.add_key(public, pseudonym="owl", trust=True)
            assert Walk.select().count() == 0
        assert [w.name for w in Walk.select()] == ["Centre"]
        assert VolunteerKey.select().count() == 0  # the keyring stayed in the campaign
        campaign.close()
        assert current_database() is mine.db
    assert _count(tmp_path / "campaign" / "catalogue.sqlite", "campaign_key") == 1


def test_a_folder_that_is_no_workspace_is_named_with_the_reason(tmp_path: Path) -> None:
    afile = tmp_path / "notes.txt"
    afile.write_text("hello")
    with pytest.raises(WorkspaceError, match=r"notes\.txt is a file, not a workspace folder"):
        Workspace.open(afile)
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "catalogue.sqlite").write_bytes(b"no database here" * 200)
    with Workspace.open(tmp_path / "mine") as mine:
        with pytest.raises(WorkspaceError, match=r"catalogue\.sqlite is not a catalogue Surveyor"):
            Workspace.open(broken)
        assert current_database() is mine.db  # a failed open leaves the current one alone

"""The campaign window: merge real bundles through the picker seam, keyring, stats, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from surveyor.core.campaign import keyring
from surveyor.store.campaign_models import ReceivedBundle
from surveyor.ui.background import Task
from surveyor.ui.campaign.keyring_dialog import KeyringDialog
from surveyor.ui.campaign.window import CampaignWindow
from tests.core.campaign.volunteers import Volunteer

POLE = {"lat": 44.81300, "lon": 20.46200, "camera_type": "dome", "camera_mount": "pole"}


@pytest.fixture
def sync_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Task, "synchronous", True)


def test_merge_keyring_release_stats_and_export(qtbot, tmp_path: Path, sync_tasks) -> None:
    kestrel, heron = Volunteer(tmp_path, "kestrel"), Volunteer(tmp_path, "heron")
    a = kestrel.bundle(tmp_path / "a.zip", [POLE, {"lat": 44.8140, "lon": 20.4630}])
    b = heron.bundle(tmp_path / "b.zip", [{**POLE, "lat": 44.81302, "lon": 20.46205}])
    window = CampaignWindow.open(tmp_path / "campaign")
    qtbot.addWidget(window)
    keyring.add_key(heron.public, "heron", trust=True)

    window.choose_bundles = lambda: [str(a.path), str(b.path)]
    window.merge_action.trigger()
    assert [r.status for r in window.last_results] == ["quarantined", "merged"]
    assert "1 waiting for a key" in window.status.text()

    dialog = KeyringDialog(window.ws, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2  # heron, and kestrel's unknown key waiting
    pub = tmp_path / "kestrel.pub"
    pub.write_text(kestrel.key.public_key.to_file_text())
    dialog.choose_key_file = lambda: str(pub)
    dialog.name.setText("kestrel")
    dialog.file_button.click()
    assert "Added" in dialog.message.text()
    row = next(
        r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "kestrel"
    )
    dialog.table.selectRow(row)
    dialog.trust_button.click()
    assert [r.status for r in dialog.last_released] == ["merged"]
    assert "1 of 1 waiting bundles merged" in dialog.message.text()
    assert {r.status for r in ReceivedBundle.select()} == {"merged"}

    window.refresh()
    stats = window.stats.stats
    assert stats is not None and (stats.cameras, stats.volunteers) == (2, 2)
    assert window.stats.charts["mount"].bars == [("Pole", 2)]
    assert window.stats.volunteers.rowCount() == 2

    out = tmp_path / "cams.geojson"
    window.choose_export = lambda: ("geojson", str(out))
    window.export_action.trigger()
    assert len(json.loads(out.read_text())["features"]) == 2
    assert "2 cameras written" in window.status.text()

    dialog.table.selectRow(row)
    asked: list[tuple[str, int]] = []
    dialog.confirm_revoke = lambda who, n: asked.append((who, n)) or "revoke"
    dialog.revoke_button.click()
    assert asked and "kestrel" in asked[0][0]
    assert keyring.find_key("kestrel").status == "revoked"


def test_bad_key_in_the_dialog_says_why(qtbot, tmp_path: Path) -> None:
    window = CampaignWindow.open(tmp_path / "campaign")
    qtbot.addWidget(window)
    dialog = KeyringDialog(window.ws, parent=window)
    qtbot.addWidget(dialog)
    dialog.key_text.setText("RWnonsense")
    dialog.add_button.click()
    assert "the pasted key" in dialog.message.text()
    dialog.trust_button.click()
    assert dialog.message.text() == "Choose a key first."


def test_withdraw_and_bring_back_in_the_keyring_dialog(qtbot, tmp_path: Path) -> None:
    from surveyor.core.campaign.intake import Intake
    from surveyor.core.campaign.merged_cameras import load_consensus
    from tests.fixtures.hostile_bundles import Sender

    window = CampaignWindow.open(tmp_path / "campaign")
    qtbot.addWidget(window)
    liar = Sender("liar")
    keyring.add_key(liar.public, "liar", trust=True)
    assert Intake(window.ws).merge(liar.bundle(tmp_path / "l.zip")).status == "merged"
    dialog = KeyringDialog(window.ws, parent=window)
    qtbot.addWidget(dialog)
    assert not dialog.withdraw_button.isEnabled()  # nothing chosen yet
    dialog.table.selectRow(0)
    assert dialog.withdraw_button.isEnabled() and not dialog.restore_button.isEnabled()
    dialog.confirm_revoke = lambda who, n: "withdraw"
    dialog.withdraw_button.click()
    assert "out of the consensus" in dialog.message.text()
    assert load_consensus() == []
    assert "sightings withdrawn" in dialog.table.item(0, 2).text()
    assert keyring.find_key("liar").status == "revoked"
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert len(load_consensus()) == 1
    assert "count again" in dialog.message.text()


def test_reissue_receipt_from_the_campaign_menu(qtbot, tmp_path: Path) -> None:
    from surveyor.core.campaign.intake import Intake
    from surveyor.core.campaign.receipts import read_receipt
    from tests.fixtures.bundles import make_identity
    from tests.fixtures.hostile_bundles import Sender

    window = CampaignWindow.open(tmp_path / "campaign")
    qtbot.addWidget(window)
    s = Sender("kestrel")
    keyring.add_key(s.public, "kestrel", trust=True)
    Intake(window.ws).merge(s.bundle(tmp_path / "a.zip"))  # merged with no key: no receipt
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    menu_texts = [a.text() for a in menus["&Campaign"].actions()]
    assert "Re-issue receipt…" in menu_texts

    offered: list[list[str]] = []
    window.choose_receipt_bundle = lambda choices: offered.append(choices) or 0
    window.receipt_action.trigger()
    assert "No signing key" in window.status.text()
    assert "no receipt yet" in offered[0][1]

    me = make_identity("coord", passphrase="secret words")
    window.ask_passphrase = lambda: "secret words"
    window.receipt_action.trigger()
    assert "Receipt written" in window.status.text()
    name = window.status.text().split(": ", 1)[1]
    assert "/" not in name  # the file's name, not its full path
    path = window.ws.root / "receipts" / name
    assert read_receipt(path, me.public_key).verified
    window.choose_receipt_bundle = lambda choices: offered.append(choices) or 1
    window.receipt_action.trigger()
    assert "receipt written)" in offered[-1][1] and "Receipt written" in window.status.text()

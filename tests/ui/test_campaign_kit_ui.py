"""The campaign kit in the windows: the coordinator's Volunteer kit…, the volunteer's File ▸
Join a campaign…, then the Export dialog encrypting for the campaign by default, the campaign
window merging the encrypted bundle, and Open receipt checking it without a pasted key."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from surveyor.cli import main
from surveyor.core.bundle import identity
from surveyor.core.bundle.minisign import SecretKey
from surveyor.core.campaign.age_identity import load_age_identity
from surveyor.core.campaign.consensus import ATTRIBUTES, AttributeConsensus, CameraConsensus
from surveyor.core.kit.create import create_kit
from surveyor.core.kit.joined import active_campaign, campaigns_dir
from surveyor.core.map.basemaps import load_settings
from surveyor.core.workspace import Workspace
from surveyor.ui.background import Task
from surveyor.ui.campaign.receipt_dialog import ReceiptDialog
from surveyor.ui.campaign.window import CampaignWindow
from surveyor.ui.export_dialog import ExportBundleDialog
from surveyor.ui.join_campaign_dialog import JoinCampaignDialog
from surveyor.ui.main_window import MainWindow
from surveyor.ui.settings import Settings
from tests.core.campaign.volunteers import Volunteer
from tests.fixtures.bundles import FAST_KDF, make_survey
from tests.fixtures.mbtiles import make_mbtiles, png_tile
from tests.ui.test_window import FakeMap

POLE = {"lat": 44.81300, "lon": 20.46200, "camera_type": "dome", "camera_mount": "pole"}


@pytest.fixture
def sync_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Task, "synchronous", True)


def _use_config(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setenv("SURVEYOR_CONFIG_DIR", str(folder))


def _make_kit_in_window(qtbot: QtBot, tmp_path: Path, camp: Path, kit: Path) -> CampaignWindow:
    basemap = make_mbtiles(tmp_path / "city.mbtiles", [(0, 0, 0, png_tile((200, 210, 200)))])
    window = CampaignWindow.open(camp)
    qtbot.addWidget(window)
    dialog = window.kit_dialog()
    qtbot.addWidget(dialog)
    assert dialog.passphrase.isHidden() and not dialog.make_button.isEnabled()
    dialog.name.setText("Belgrade 2026")
    dialog.choose_basemaps = lambda: [str(basemap)]
    dialog.add_basemap.click()
    dialog.choose_output = lambda: str(kit)
    dialog.browse.click()
    dialog.make_button.click()
    assert dialog.result_ is not None, dialog.message.text()
    assert "Tell volunteers your key id" in dialog.message.text()
    assert dialog.result_.manifest.basemaps == ("basemaps/city.mbtiles",)
    return window


def test_kit_join_export_merge_receipt_through_the_windows(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sync_tasks
) -> None:
    coordinator_cfg, volunteer_cfg = tmp_path / "coordinator", tmp_path / "volunteer"
    _use_config(monkeypatch, coordinator_cfg)
    identity.create("coord", **FAST_KDF)
    camp = tmp_path / "campaign"
    owl = Volunteer(tmp_path, "owl")
    first = owl.bundle(tmp_path / "owl.zip", [POLE])
    assert main(["keys", "add", "--campaign", str(camp), "--trust", owl.public]) == 0
    assert main(["merge", "--campaign", str(camp), str(first.path)]) == 0
    kit = tmp_path / "belgrade.kit"
    window = _make_kit_in_window(qtbot, tmp_path, camp, kit)
    recipient = load_age_identity(camp)
    assert recipient is not None
    window.close()

    _use_config(monkeypatch, volunteer_cfg)
    join = JoinCampaignDialog()
    qtbot.addWidget(join)
    assert not join.join_button.isEnabled()
    join.choose_kit = lambda: str(kit)
    join.choose_button.click()
    assert "Ready to join “Belgrade 2026”" in join.summary.text()
    assert identity_key_id(coordinator_cfg) in join.summary.text()
    assert active_campaign() is None  # checked, nothing installed yet
    with qtbot.waitSignal(join.joined):
        join.join_button.click()
    assert "You joined" in join.summary.text()
    assert active_campaign() is not None and len(load_settings().basemaps) == 1

    identity.create("kestrel", **FAST_KDF)
    kestrel_pub = identity.load().public_key.to_base64()
    with Workspace.open(tmp_path / "kestrel-ws") as ws:
        make_survey(ws, tmp_path / "src", cameras=1)
        dialog = ExportBundleDialog(ws)
        qtbot.addWidget(dialog)
        assert not dialog.encrypt.isHidden()
        assert dialog.encrypt.isChecked() and "Belgrade 2026" in dialog.encrypt.text()
        assert dialog.recipient.text() == recipient.recipient
        assert "Encrypted for campaign “Belgrade 2026”" in dialog.summary.text()
        dialog.encrypt.setChecked(False)
        assert "Not encrypted" in dialog.summary.text() and not dialog.recipient.isEnabled()
        dialog.encrypt.setChecked(True)
        dialog.pick_output_path = lambda: str(tmp_path / "kestrel.zip")
        dialog.browse.click()
        dialog.export_button.click()
        assert dialog.last_result is not None and dialog.last_result.encrypted
        sealed = dialog.last_result.path
        assert sealed.name == "kestrel.zip.age" and "Encrypted." in dialog.status.text()

    _use_config(monkeypatch, coordinator_cfg)
    assert main(["keys", "add", "--campaign", str(camp), "--trust", kestrel_pub]) == 0
    window = CampaignWindow.open(camp)
    qtbot.addWidget(window)
    window.choose_bundles = lambda: [str(sealed)]
    window.merge_action.trigger()
    assert [r.status for r in window.last_results] == ["merged"], window.status.text()
    # The window signs the receipt in the same step, as `surveyor merge` does.
    receipt = window.last_results[0].receipt
    assert receipt is not None and receipt.is_file()
    assert window.report_dialog is not None
    window.report_dialog.close()
    window.close()
    assert main(["merge", "--campaign", str(camp), str(first.path)]) == 0

    _use_config(monkeypatch, volunteer_cfg)
    with Workspace.open(tmp_path / "kestrel-ws"):  # the volunteer's window shows their own
        shown = ReceiptDialog()
        qtbot.addWidget(shown)
        shown.choose_receipt = lambda: str(receipt)
        shown.open_button.click()
        assert shown.receipt is not None and shown.receipt.verified
        assert "coordinator of “Belgrade 2026”" in shown.summary.text()
        assert shown.table.item(0, 2).text() == "yes"  # their camera, found in their catalogue


def identity_key_id(config: Path) -> str:
    return identity.load(config).key_id


def test_join_refuses_a_tampered_kit_and_asks_before_a_new_key(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sync_tasks
) -> None:
    _use_config(monkeypatch, tmp_path / "coordinator")
    identity.create("coord", **FAST_KDF)
    camp = tmp_path / "campaign"
    good = tmp_path / "good.kit"
    assert main(["kit", "create", "--campaign", str(camp), "--out", str(good)]) == 2  # no camp
    assert main(["keys", "add", "--campaign", str(camp), Volunteer(tmp_path, "o").public]) == 0
    assert main(["kit", "create", "--campaign", str(camp), "--out", str(good)]) == 0
    bad = tmp_path / "bad.kit"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "known-cameras.geojson":
                data = data.replace(b"FeatureCollection", b"FeatureCollection ")
            dst.writestr(info.filename, data)
    _use_config(monkeypatch, tmp_path / "impostor")
    identity.create("impostor", **FAST_KDF)
    other = tmp_path / "other.kit"
    assert main(["kit", "create", "--campaign", str(camp), "--out", str(other)]) == 0

    _use_config(monkeypatch, tmp_path / "volunteer")
    join = JoinCampaignDialog()
    qtbot.addWidget(join)
    join.open_file(bad)
    assert "Refused" in join.summary.text() and "signed manifest" in join.summary.text()
    assert not join.join_button.isEnabled()
    assert not list(campaigns_dir().iterdir())
    join.open_file(good)
    join.join_button.click()
    first_key = active_campaign().key_id  # type: ignore[union-attr]

    join.open_file(other)
    assert "Signed by another key" in join.summary.text()
    asked: list[str] = []
    join.confirm_new_key = lambda error: asked.append(error.new_key_id) or False
    join.join_button.click()
    assert asked and active_campaign().key_id == first_key  # type: ignore[union-attr]
    join.confirm_new_key = lambda error: True
    with qtbot.waitSignal(join.joined):
        join.join_button.click()
    assert active_campaign().key_id == asked[0]  # type: ignore[union-attr]
    assert "accepted the new key" in join.summary.text()


def test_file_join_a_campaign_offers_the_kits_makes_at_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sync_tasks, filled_workspace
) -> None:
    attributes = {a: AttributeConsensus(a, None, "none", 0, 0, 0.5) for a in ATTRIBUTES}
    attributes["manufacturer"] = AttributeConsensus(
        "manufacturer", "Kestrel Optics", "single", 1, 1, 0.6
    )
    attributes["model"] = AttributeConsensus("model", "KO-1", "single", 1, 1, 0.6)
    camera = CameraConsensus(1, "cam-1", 44.81, 20.46, attributes, ("owl",), 1)
    campaign = tmp_path / "campaign"
    campaign.mkdir()
    kit = tmp_path / "c.kit"
    create_kit(campaign, [camera], SecretKey.generate(), kit, name="Novi Sad")

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(
        filled_workspace, settings, map_factory=lambda ws, st, p: FakeMap(ws, st, p)
    )
    qtbot.addWidget(window)
    assert window.extra_actions["join"] in window.menus["file"].actions()
    assert window.panel.make.findText("Kestrel Optics") == -1

    def join_in_dialog(dialog: JoinCampaignDialog) -> int:
        dialog.open_file(kit)
        dialog.join_button.click()
        return 0

    monkeypatch.setattr(JoinCampaignDialog, "exec", join_in_dialog)
    window.extra_actions["join"].trigger()
    assert active_campaign() is not None and active_campaign().name == "Novi Sad"  # type: ignore[union-attr]
    assert window.panel.make.findText("Kestrel Optics") >= 0
    maker = window.panel.vocabulary.manufacturer("kestrel optics")
    assert maker is not None and maker.models == ("KO-1",)

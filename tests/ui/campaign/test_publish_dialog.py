"""File ▸ Publish web map… in the campaign window: counts first, then the site in a folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from surveyor.core.campaign import keyring
from surveyor.core.campaign.intake import Intake
from surveyor.ui.background import Task
from surveyor.ui.campaign.publish_dialog import PublishDialog
from surveyor.ui.campaign.window import CampaignWindow
from tests.core.campaign.volunteers import Volunteer

POLE = {"lat": 44.81300, "lon": 20.46200, "camera_type": "dome", "camera_mount": "pole"}


@pytest.fixture
def sync_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Task, "synchronous", True)


def test_publish_web_map_from_the_file_menu(qtbot, tmp_path: Path, sync_tasks) -> None:
    kestrel, heron = Volunteer(tmp_path, "kestrel"), Volunteer(tmp_path, "heron")
    a = kestrel.bundle(tmp_path / "a.zip", [POLE, {"lat": 44.8140, "lon": 20.4630}])
    b = heron.bundle(tmp_path / "b.zip", [{**POLE, "lat": 44.81302, "lon": 20.46205}])
    window = CampaignWindow.open(tmp_path / "campaign")
    qtbot.addWidget(window)
    for v, name in ((kestrel, "kestrel"), (heron, "heron")):
        keyring.add_key(v.public, name, trust=True)
    Intake(window.ws).merge_many([a.path, b.path])

    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu.title() == "&File"
    assert window.publish_action in file_menu.actions()

    dialog = PublishDialog(window.ws, window)
    qtbot.addWidget(dialog)
    assert dialog.summary.text().startswith("2 cameras will be published")
    dialog.min_volunteers.setValue(2)
    assert dialog.summary.text().startswith("1 cameras will be published")
    assert "1 seen by too few volunteers" in dialog.summary.text()

    dialog.publish_button.click()
    assert "Choose a folder" in dialog.status.text()
    out = tmp_path / "site"
    dialog.choose_folder = lambda: str(out)
    browse = next(
        b for b in dialog.findChildren(type(dialog.publish_button)) if "Choose" in b.text()
    )
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert dialog.folder.text() == str(out)
    dialog.title.setText("Kamere u Beogradu")
    dialog.basemap.setText(str(tmp_path / "missing.pmtiles"))
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    assert "missing.pmtiles: no such file" in dialog.status.text()
    dialog.basemap.setText("")
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    assert dialog.result_ is not None, dialog.status.text()
    assert "1 cameras, 1 photos and 0 street-map tiles published" in dialog.status.text()
    record = json.loads((out / "published.json").read_text(encoding="utf-8"))
    assert record["title"] == "Kamere u Beogradu" and record["cameras"] == 1
    assert "<title>Kamere u Beogradu</title>" in (out / "index.html").read_text(encoding="utf-8")
    if os.environ.get("SURVEYOR_TEST_SHOTS"):
        dialog.grab().save(str(Path(os.environ["SURVEYOR_TEST_SHOTS"]) / "publish_dialog.png"))

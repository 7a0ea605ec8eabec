"""The workbench's menu items for the map's tools, campaigns and receipts do their job."""

from __future__ import annotations

from pathlib import Path

from surveyor.core.workspace import Workspace
from surveyor.ui.campaign import launch
from surveyor.ui.campaign.receipt_dialog import ReceiptDialog
from surveyor.ui.main_window import MAP_TAB, MainWindow
from surveyor.ui.settings import Settings
from tests.ui.test_window import FakeMap


class RecordingMap(FakeMap):
    def __init__(self, workspace, undo_stack, parent=None) -> None:
        super().__init__(workspace, undo_stack, parent)
        self.calls: list[str] = []

    def ask_load_known_cameras(self) -> None:
        self.calls.append("known")

    def open_settings_dialog(self) -> None:
        self.calls.append("basemaps")


def _window(qtbot, workspace: Workspace, settings: Settings, made: list[RecordingMap]):
    def factory(ws, stack, parent):
        made.append(RecordingMap(ws, stack, parent))
        return made[-1]

    window = MainWindow(workspace, settings, map_factory=factory)
    qtbot.addWidget(window)
    return window


def test_known_cameras_and_basemaps_open_the_map_tools(
    qtbot, filled_workspace: Workspace, settings: Settings
) -> None:
    made: list[RecordingMap] = []
    window = _window(qtbot, filled_workspace, settings, made)
    assert window.action_set.known_cameras in window.menus["file"].actions()
    assert window.action_set.basemaps in window.menus["settings"].actions()
    window.action_set.known_cameras.trigger()
    assert window.viewer.currentIndex() == MAP_TAB
    window.action_set.basemaps.trigger()
    assert len(made) == 1  # the map is made once, on first use
    assert made[0].calls == ["known", "basemaps"]


def test_open_campaign_starts_the_coordinator_window_for_the_chosen_folder(
    qtbot, filled_workspace: Workspace, settings: Settings, tmp_path: Path, monkeypatch
) -> None:
    started: list[list[str]] = []
    monkeypatch.setattr(launch, "choose_campaign_folder", lambda parent: str(tmp_path / "camp"))
    monkeypatch.setattr(launch.subprocess, "Popen", lambda argv: started.append(argv))
    window = _window(qtbot, filled_workspace, settings, [])
    window.action_set.open_campaign.trigger()
    assert started and started[0][1:] == [
        "-m",
        "surveyor.ui.campaign.launch",
        str(tmp_path / "camp"),
    ]


def test_open_receipt_shows_the_receipt_dialog(
    qtbot, filled_workspace: Workspace, settings: Settings, monkeypatch
) -> None:
    shown: list[ReceiptDialog] = []
    monkeypatch.setattr(ReceiptDialog, "exec", lambda self: shown.append(self) or 0)
    window = _window(qtbot, filled_workspace, settings, [])
    window.action_set.open_receipt.trigger()
    assert len(shown) == 1


def test_save_map_image_asks_the_map_and_says_where_it_went(
    qtbot, filled_workspace: Workspace, settings: Settings, tmp_path: Path
) -> None:
    saved = tmp_path / "map.png"

    class SavingMap(RecordingMap):
        def save_map_image(self) -> Path:
            self.calls.append("image")
            return saved

    made: list[RecordingMap] = []

    def factory(ws, stack, parent):
        made.append(SavingMap(ws, stack, parent))
        return made[-1]

    window = MainWindow(filled_workspace, settings, map_factory=factory)
    qtbot.addWidget(window)
    assert window.action_set.map_image in window.menus["file"].actions()
    window.action_set.map_image.trigger()
    assert window.viewer.currentIndex() == MAP_TAB
    assert made[0].calls == ["image"]
    assert str(saved) in window.statusBar().currentMessage()

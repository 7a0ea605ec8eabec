"""In Serbian (the longest words the app shows), no window cuts off a label, a button, a check
box, a search hint or a chosen item: each is at least as wide as its text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from surveyor.core.workspace import Workspace
from surveyor.ui.campaign.window import CampaignWindow
from surveyor.ui.export_dialog import ExportBundleDialog
from surveyor.ui.main_window import MainWindow
from surveyor.ui.settings import Settings
from tests.ui.clipping import clipped_widgets

LAPTOP = (1280, 800)  # a volunteer's usual screen


@pytest.fixture
def cyrillic(speak) -> None:
    speak(QLocale("sr_Cyrl_RS"))


@pytest.fixture(params=["sr_Latn_RS", "sr_Cyrl_RS"])
def serbian(request, speak) -> None:
    speak(QLocale(request.param))


def shown(qtbot, widget, size: tuple[int, int] | None = None):
    qtbot.addWidget(widget)
    if size:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(50)  # layouts settle after the first show
    return widget


def test_the_check_finds_a_word_cut_off(qtbot, cyrillic, filled_workspace, settings) -> None:
    dialog = shown(qtbot, ExportBundleDialog(filled_workspace, settings=settings))
    assert clipped_widgets(dialog) == []
    dialog.round_dates.setFixedWidth(40)  # "Заокружи датуме опажања на дан" in 40 px
    dialog.out.setFixedWidth(60)
    qtbot.wait(10)
    found = clipped_widgets(dialog)
    assert any(line.startswith("QCheckBox “Заокружи") for line in found), found
    assert any(line.startswith("placeholder “") for line in found), found


def test_main_window(qtbot, serbian, filled_workspace: Workspace, settings: Settings) -> None:
    window = shown(qtbot, MainWindow(filled_workspace, settings), LAPTOP)
    window.select_photos([window.model.rows()[0].id])
    qtbot.wait(50)
    assert clipped_widgets(window) == []


def test_export_dialog(qtbot, serbian, filled_workspace: Workspace, settings: Settings) -> None:
    dialog = shown(qtbot, ExportBundleDialog(filled_workspace, settings=settings))
    assert clipped_widgets(dialog) == []


def test_coordinators_window_on_every_tab(qtbot, serbian, tmp_path: Path) -> None:
    from tests.core.campaign.factory import place, sighting

    window = CampaignWindow.open(tmp_path / "campaign")
    place(sighting("A", 0, 0, camera_mount="pole"), sighting("B", 2, 0, camera_mount="wall"))
    window.refresh()
    shown(qtbot, window, LAPTOP)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(50)
        assert clipped_widgets(window) == [], window.tabs.tabText(tab)

"""The camera panel keeps to the same text rules as the coordinator's intake gate."""

from __future__ import annotations

import pytest

from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera
from surveyor.ui.main_window import MainWindow
from surveyor.ui.settings import Settings
from tests.ui.test_recording import press


@pytest.fixture
def window(qtbot, filled_workspace: Workspace, settings: Settings) -> MainWindow:
    win = MainWindow(filled_workspace, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.grid.setFocus()
    return win


def test_a_pasted_control_character_is_not_saved_and_says_why(window: MainWindow) -> None:
    messages: list[str] = []
    window.recorder.message.connect(messages.append)
    press(window, "N")
    panel = window.panel
    panel.operator.setText("City\x01police")
    panel.operator.editingFinished.emit()
    assert Camera.get().operator is None
    assert any("operator: holds the control character U+0001" in m for m in messages)
    panel.operator.setText("O" * 256)
    panel.operator.editingFinished.emit()
    assert Camera.get().operator is None and "at most 255" in messages[-1]
    panel.notes.setPlainText("two lines\r\nand a\ttab")
    panel.notes.clearFocus()
    panel.commit_pending()
    assert Camera.get().notes == "two lines\nand a\ttab"  # Windows line ends evened out

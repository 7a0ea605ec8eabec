"""Starting the app: the workspace it opens, and the window it shows."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from surveyor.ui.app import choose_workspace_dir, run_app
from surveyor.ui.main_window import MainWindow


def test_workspace_choice_order(monkeypatch) -> None:
    monkeypatch.delenv("SURVEYOR_WORKSPACE", raising=False)
    assert choose_workspace_dir("/explicit", "/last") == "/explicit"
    assert choose_workspace_dir(None, "/last") == "/last"
    assert choose_workspace_dir(None, "") is None  # the default folder
    monkeypatch.setenv("SURVEYOR_WORKSPACE", "/env")
    assert choose_workspace_dir(None, "/last") is None  # Workspace.open reads the variable


def test_run_app_opens_the_window_on_the_workspace(qapp, tmp_path: Path) -> None:
    seen: list[MainWindow] = []

    def close_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget)
                widget.close()
        if seen:
            # Also when the window closed inside run_app's processEvents(), before app.exec()
            # started: this timer fires again in the running loop and ends it.
            QApplication.exit(0)

    ticker = QTimer()
    ticker.setInterval(100)
    ticker.timeout.connect(close_window)
    ticker.start()
    try:
        code = run_app(argparse.Namespace(workspace=str(tmp_path / "ws")))
    finally:
        ticker.stop()
    assert code == 0
    assert len(seen) == 1
    assert seen[0].workspace.root == tmp_path / "ws"
    assert (tmp_path / "ws" / "catalogue.sqlite").is_file()
    assert QApplication.organizationName() == "Surveyor"

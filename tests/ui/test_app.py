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


def test_run_app_opens_the_window_on_the_workspace(qapp, tmp_path: Path, monkeypatch) -> None:
    import surveyor.ui.app as app_module

    seen: list[MainWindow] = []

    def close_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget)
                widget.close()

    # Closed from inside app.exec(): settle_heap runs just before it, so a zero timer queued
    # there fires in the running loop (a timer started earlier could fire in run_app's
    # processEvents() and close the window before the loop starts, which then never ends).
    monkeypatch.setattr(app_module, "settle_heap", lambda: QTimer.singleShot(0, close_window))
    code = run_app(argparse.Namespace(workspace=str(tmp_path / "ws")))
    assert code == 0
    assert len(seen) == 1
    assert seen[0].workspace.root == tmp_path / "ws"
    assert (tmp_path / "ws" / "catalogue.sqlite").is_file()
    assert QApplication.organizationName() == "Surveyor"

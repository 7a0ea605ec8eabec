"""The Qt binding must keep Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 returns ``None`` from every ``void`` call without taking a
reference to it; after some tens of thousands of calls (one scroll through a big grid) Python
aborts with "Fatal Python error: none_dealloc". pyproject.toml keeps PySide6 below 6.12 for
that reason; this test fails if an upgrade brings such a binding back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel

from surveyor.core.workspace import Workspace
from surveyor.ui.main_window import MainWindow


def test_void_calls_and_empty_data_keep_references_to_none(qapp) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        QModelIndex().data()
    assert abs(sys.getrefcount(None) - before) < 50


def test_long_session_does_not_exhaust_none(qtbot, filled_workspace: Workspace, settings):
    window = MainWindow(filled_workspace, settings)
    qtbot.addWidget(window)
    window.show()
    start = sys.getrefcount(None)
    for _ in range(100_000):
        window.panel.heading.setText("x")
    window.grid.viewport().repaint()
    assert abs(sys.getrefcount(None) - start) < 1_000

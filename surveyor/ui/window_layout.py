"""The window's size, toolbars and splitter positions, remembered between sessions."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from surveyor.ui.settings import Settings
from surveyor.ui.workbench import Workbench


def restore_layout(window: QMainWindow, workbench: Workbench, settings: Settings) -> None:
    if settings.geometry is not None:
        window.restoreGeometry(settings.geometry)
    if settings.window_state is not None:
        window.restoreState(settings.window_state)
    splitters = {"main": workbench.main_split, "middle": workbench.middle_split}
    for name, splitter in splitters.items():
        sizes = settings.splitter_sizes(name)
        if len(sizes) == splitter.count() and all(s >= 0 for s in sizes):
            splitter.setSizes(sizes)


def save_layout(window: QMainWindow, workbench: Workbench, settings: Settings) -> None:
    settings.geometry = window.saveGeometry()
    settings.window_state = window.saveState()
    settings.set_splitter_sizes("main", workbench.main_split.sizes())
    settings.set_splitter_sizes("middle", workbench.middle_split.sizes())

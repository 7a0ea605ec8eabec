"""The menus are built in one place from the window's actions: every action is reachable,
once, does something, and its enabled state follows the selection."""

from __future__ import annotations

from dataclasses import fields

import pytest
from PySide6.QtCore import QMetaMethod
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar

from surveyor.core.vocabulary import load_vocabulary
from surveyor.core.workspace import Workspace
from surveyor.ui.actions import ValueAction, WorkbenchActions, build_actions
from surveyor.ui.main_window import MainWindow
from surveyor.ui.menus import build_menus, shortcut_text
from surveyor.ui.settings import Settings


def all_actions(a: WorkbenchActions) -> list[QAction]:
    found: list[QAction] = []
    for field in fields(a):
        value = getattr(a, field.name)
        if isinstance(value, QAction):
            found.append(value)
        else:
            found.extend(v.action for v in value if isinstance(v, ValueAction))
    return found


def menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found.extend(menu_actions(sub))
        elif not action.isSeparator():
            found.append(action)
    return found


def reachable(bar: QMenuBar) -> list[QAction]:
    return [
        a
        for top in bar.actions()
        if isinstance(top.menu(), QMenu)
        for a in menu_actions(top.menu())
    ]


@pytest.fixture
def window(qtbot, filled_workspace: Workspace, settings: Settings) -> MainWindow:
    win = MainWindow(filled_workspace, settings)
    qtbot.addWidget(win)
    return win


def test_every_action_is_in_the_menus_once_and_does_something(window: MainWindow) -> None:
    actions = all_actions(window.action_set)
    in_menus = reachable(window.menuBar())
    assert len(actions) == len({id(a) for a in actions}) > 40
    assert sorted(map(id, in_menus)) == sorted(map(id, actions))  # each once, none left out
    idle = [
        a.text() for a in actions if not a.isSignalConnected(QMetaMethod.fromSignal(a.triggered))
    ]
    assert idle == []


def test_the_menu_bar_is_laid_out_without_the_window(qtbot, workspace: Workspace) -> None:
    """No menu depends on another module having run first (Settings used to)."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMainWindow

    host = QMainWindow()
    qtbot.addWidget(host)
    actions = build_actions(host, load_vocabulary(), QUndoStack(host))
    menus = build_menus(host.menuBar(), actions)
    titles = [a.text() for a in host.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Record", "&Settings", "&Help"]
    assert list(menus) == ["file", "edit", "view", "record", "settings", "help"]
    assert menu_actions(menus["settings"]) == [actions.identity, actions.basemaps, actions.language]
    assert menu_actions(menus["file"])[-1] is actions.quit
    text = shortcut_text(menus.values(), actions)
    assert "Ctrl+E: Export bundle…" in text and "N: New camera" in text


def test_the_menus_as_laid_out(window: MainWindow) -> None:
    def tree(menu: QMenu) -> list[str]:
        lines = []
        for action in menu.actions():
            if action.isSeparator():
                lines.append("----")
            elif isinstance(action.menu(), QMenu):
                lines.append(f"{action.text()} >")
                lines.extend("  " + line for line in tree(action.menu()))
            else:
                lines.append(action.text())
        return lines

    file_menu = tree(window.menus["file"])
    assert file_menu == [
        "&Import photos…",
        "Import a &folder…",
        "Place photos from GPX track…",
        "----",
        "&New workspace…",
        "Open &workspace…",
        "Open the &demo workspace",
        "----",
        "&Export bundle…",
        "----",
        "Load &known cameras…",
        "Save &map image…",
        "&Join a campaign…",
        "New or open &campaign (coordinators)…",
        "Open &receipt from coordinator…",
        "----",
        "&Encrypt this workspace…",
        "&Lock now",
        "Lock after idle &time…",
        "&Destroy this workspace…",
        "----",
        "&Quit",
    ]
    assert tree(window.menus["edit"]) == ["&Undo", "&Redo", "----", "&Search notes and makes"]
    assert tree(window.menus["help"]) == [
        "&Keyboard shortcuts",
        "User &guide",
        "----",
        "&Check installation",
        "&About Surveyor",
    ]
    record = tree(window.menus["record"])
    assert record[:7] == [
        "New camera",
        "Link to a camera…",
        "No camera here",
        "Needs review",
        "Facing you",
        "Delete this camera",
        "Accept and go to the next photo to do",
    ]
    assert [line for line in record if line.endswith(">")] == [
        "Watches >",
        "Camera type >",
        "Mount >",
    ]


def test_enabled_states_follow_the_selection(window: MainWindow) -> None:
    def trigger(action: QAction) -> None:
        action.trigger()
        QApplication.processEvents()  # the panel refreshes once per burst of edits

    a = window.action_set
    window.select_photos([window.model.rows()[0].id])
    # No camera yet: nothing to face, nothing to undo.
    assert not a.facing_hint.isEnabled()
    assert not a.undo.isEnabled() and not a.redo.isEnabled()
    trigger(a.new_camera)
    assert a.facing_hint.isEnabled()  # the photo's bearing (45°) turned around
    assert a.facing_hint.text() == "Facing you: 225°"
    assert a.undo.isEnabled() and "New camera" in a.undo.text()
    trigger(a.facing_hint)
    assert not a.facing_hint.isEnabled()  # that direction is set: nothing left to offer
    unplaced = next(p for p in window.model.rows() if p.bearing is None)
    window.select_photos([unplaced.id])
    assert not a.facing_hint.isEnabled()  # a photo without a bearing offers none
    trigger(a.undo)
    trigger(a.undo)
    assert not a.undo.isEnabled() and a.redo.isEnabled()

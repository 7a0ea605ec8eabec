"""The main window's menu bar, one method per menu.

To add an item (e.g. File ▸ Export bundle…), edit the method of its menu: create the QAction
with ``self`` as parent, connect it, and ``menu.addAction`` it. ``self.menus`` maps a menu's
name ("file", "edit", "view", "record", "help") to the QMenu for later additions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from surveyor.ui.actions import KEY_FIELDS
from surveyor.ui.geotag_dialog import open_geotag_dialog


class MenuBuilder:
    """Mixed into ``MainWindow``; uses its ``actions``, ``undo_stack`` and views."""

    menus: dict[str, QMenu]

    def build_menus(self: Any) -> None:
        self.menus = {}
        self._build_file_menu()
        self._build_edit_menu()
        self._build_view_menu()
        self._build_record_menu()
        self._build_help_menu()

    def _build_file_menu(self: Any) -> None:
        menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.menus["file"] = menu
        a = self.action_set
        menu.addAction(a.import_files)
        menu.addAction(a.import_folder)
        self.geotag_action = menu.addAction(
            QCoreApplication.translate("MainWindow", "Place photos from GPX track…")
        )
        self.geotag_action.triggered.connect(lambda: open_geotag_dialog(self))
        menu.addSeparator()
        menu.addAction(a.open_workspace)
        menu.addAction(a.open_demo)
        menu.addSeparator()
        menu.addAction(a.quit)

    def _build_edit_menu(self: Any) -> None:
        menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        self.menus["edit"] = menu
        undo = self.undo_stack.createUndoAction(
            self, QCoreApplication.translate("MainWindow", "&Undo")
        )
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(
            self, QCoreApplication.translate("MainWindow", "&Redo")
        )
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self.undo_action, self.redo_action = undo, redo
        menu.addAction(undo)
        menu.addAction(redo)
        menu.addSeparator()
        find = menu.addAction(QCoreApplication.translate("MainWindow", "&Search notes and makes"))
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.filter_bar.search.setFocus())

    def _build_view_menu(self: Any) -> None:
        menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
        self.menus["view"] = menu
        show_photo = menu.addAction(QCoreApplication.translate("MainWindow", "&Photo"))
        show_photo.setShortcut("Ctrl+1")
        show_photo.triggered.connect(self.show_photo_tab)
        show_map = menu.addAction(QCoreApplication.translate("MainWindow", "&Map"))
        show_map.setShortcut("Ctrl+2")
        show_map.triggered.connect(self.show_map)
        menu.addSeparator()
        for action in (self.action_set.zoom_in, self.action_set.zoom_out, self.action_set.zoom_fit):
            menu.addAction(action)

    def _build_record_menu(self: Any) -> None:
        menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Record"))
        self.menus["record"] = menu
        a = self.action_set
        for action in (*a.recording(), a.facing_hint, a.delete_camera, a.accept_next):
            menu.addAction(action)
        titles = {
            "surveillance": QCoreApplication.translate("MainWindow", "Watches"),
            "camera_type": QCoreApplication.translate("MainWindow", "Camera type"),
            "camera_mount": QCoreApplication.translate("MainWindow", "Mount"),
        }
        for name in KEY_FIELDS:
            sub = menu.addMenu(titles[name])
            for value_action in a.values:
                if value_action.field == name:
                    sub.addAction(value_action.action)

    def _build_help_menu(self: Any) -> None:
        menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        self.menus["help"] = menu
        keys = menu.addAction(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"))
        keys.setShortcut(QKeySequence.StandardKey.HelpContents)
        keys.triggered.connect(self.show_shortcuts)

    def shortcut_text(self: Any) -> str:
        a = self.action_set
        lines = [
            QCoreApplication.translate(
                "MainWindow", "Arrow keys: move between photos · Shift+arrows: select several"
            )
        ]
        for action in (*a.recording(), a.facing_hint, a.delete_camera, a.accept_next):
            lines.append(f"{action.shortcut().toString()}: {action.text()}")
        for value_action in a.values:
            action = value_action.action
            lines.append(f"{action.shortcut().toString()}: {action.text()}")
        return "\n".join(lines)

    def show_shortcuts(self: Any) -> None:
        QMessageBox.information(
            self,
            QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
            self.shortcut_text(),
        )

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

from surveyor.ui.about_dialog import AboutDialog
from surveyor.ui.actions import KEY_FIELDS
from surveyor.ui.geotag_dialog import open_geotag_dialog
from surveyor.ui.install_check_dialog import open_install_check
from surveyor.ui.user_guide import open_user_guide


def _is_exotic(key: str) -> bool:
    """Media keys, F13 and above (Sun's Undo is F14) and Emacs-style alternatives."""
    if key in ("Undo", "Redo") or "Backspace" in key:
        return True
    name = key.rsplit("+", 1)[-1]
    return name.startswith("F") and name[1:].isdigit() and int(name[1:]) > 12


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
        # Linux's standard Redo is Ctrl+Shift+Z only; Ctrl+Y is what most volunteers know.
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Y"))
        redo.setShortcuts(redo_keys)
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
        guide = menu.addAction(QCoreApplication.translate("MainWindow", "User &guide"))
        guide.triggered.connect(self.show_user_guide)
        menu.addSeparator()
        check = menu.addAction(QCoreApplication.translate("MainWindow", "&Check installation"))
        check.triggered.connect(lambda: open_install_check(self))
        about = menu.addAction(QCoreApplication.translate("MainWindow", "&About Surveyor"))
        about.setMenuRole(about.MenuRole.AboutRole)
        about.triggered.connect(lambda: AboutDialog(self).exec())
        self.help_actions = {"guide": guide, "check": check, "about": about}

    def shortcut_text(self: Any) -> str:
        """Every shortcut of every menu, read from the menus so none is forgotten."""
        lines = [
            QCoreApplication.translate(
                "MainWindow", "Arrow keys: move between photos · Shift+arrows: select several"
            )
        ]
        fixed_names = {
            id(self.undo_action): QCoreApplication.translate("MainWindow", "Undo"),
            id(self.redo_action): QCoreApplication.translate("MainWindow", "Redo"),
        }
        seen: set[int] = set()

        def walk(menu: Any) -> None:
            for action in menu.actions():
                if action.menu() is not None:
                    walk(action.menu())
                    continue
                keys = [
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                ]
                keys = [k for k in keys if k and not _is_exotic(k)]
                if not keys or id(action) in seen:
                    continue
                seen.add(id(action))
                name = fixed_names.get(id(action), action.text().replace("&", ""))
                lines.append(f"{' / '.join(keys)}: {name}")

        for menu in self.menus.values():
            walk(menu)
        return "\n".join(lines)

    def show_user_guide(self: Any) -> None:
        problem = open_user_guide()
        if problem:
            QMessageBox.warning(
                self, QCoreApplication.translate("MainWindow", "User guide"), problem
            )

    def show_shortcuts(self: Any) -> None:
        QMessageBox.information(
            self,
            QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
            self.shortcut_text(),
        )

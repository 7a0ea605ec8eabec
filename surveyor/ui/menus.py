"""The main window's menu bar, laid out in one place from the window's actions.

Every item is a QAction of ``WorkbenchActions`` (``actions.py``); this module only decides
where each one appears. To add an item, add its action there and place it here; the window
connects it. ``shortcut_text`` reads the shortcuts back from the menus for Help ▸ Keyboard
shortcuts, so none is forgotten.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from surveyor.ui.actions import KEY_FIELDS, WorkbenchActions

SEPARATOR = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _fill(menu: QMenu, items: Iterable[QAction | None]) -> None:
    for item in items:
        if item is SEPARATOR:
            menu.addSeparator()
        else:
            menu.addAction(item)


def build_menus(bar: QMenuBar, a: WorkbenchActions) -> dict[str, QMenu]:
    """File, Edit, View, Record, Settings and Help, keyed by those names in lower case."""
    # Each title a literal _tr("…") call, so that the translation sources collect it.
    menus = {
        name: bar.addMenu(title)
        for name, title in (
            ("file", _tr("&File")),
            ("edit", _tr("&Edit")),
            ("view", _tr("&View")),
            ("record", _tr("&Record")),
            ("settings", _tr("&Settings")),
            ("help", _tr("&Help")),
        )
    }
    _fill(
        menus["file"],
        [
            a.import_files,
            a.import_folder,
            a.geotag,
            SEPARATOR,
            a.new_workspace,
            a.open_workspace,
            a.open_demo,
            SEPARATOR,
            a.export_bundle,
            SEPARATOR,
            a.known_cameras,
            a.map_image,
            a.join_campaign,
            a.open_campaign,
            a.open_receipt,
            SEPARATOR,
            a.encrypt_workspace,
            a.lock_now,
            a.lock_after,
            a.destroy_workspace,
            SEPARATOR,
            a.quit,
        ],
    )
    _fill(menus["edit"], [a.undo, a.redo, SEPARATOR, a.find])
    _fill(menus["view"], [a.show_photo, a.show_map, SEPARATOR, a.zoom_in, a.zoom_out, a.zoom_fit])
    record = menus["record"]
    _fill(record, [*a.recording(), a.facing_hint, a.delete_camera, a.accept_next])
    titles = {
        "surveillance": _tr("Watches"),
        "camera_type": _tr("Camera type"),
        "camera_mount": _tr("Mount"),
    }
    for name in KEY_FIELDS:
        sub = record.addMenu(titles[name])
        _fill(sub, [v.action for v in a.values if v.field == name])
    _fill(menus["settings"], [a.identity, a.basemaps, a.language])
    _fill(menus["help"], [a.shortcuts, a.user_guide, SEPARATOR, a.check_install, a.about])
    return menus


def _is_exotic(key: str) -> bool:
    """Media keys, F13 and above (Sun's Undo is F14) and Emacs-style alternatives."""
    if key in ("Undo", "Redo") or "Backspace" in key:
        return True
    name = key.rsplit("+", 1)[-1]
    return name.startswith("F") and name[1:].isdigit() and int(name[1:]) > 12


def shortcut_text(menus: Iterable[QMenu], a: WorkbenchActions) -> str:
    """Every shortcut of every menu, read from the menus so none is forgotten."""
    lines = [_tr("Arrow keys: move between photos · Shift+arrows: select several")]
    # Undo and Redo name the last edit in their text ("Undo New camera"): say just that.
    fixed_names = {id(a.undo): _tr("Undo"), id(a.redo): _tr("Redo")}
    seen: set[int] = set()

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub)
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            keys = [k for k in keys if k and not _is_exotic(k)]
            if not keys or id(action) in seen:
                continue
            seen.add(id(action))
            name = fixed_names.get(id(action), action.text().replace("&", ""))
            lines.append(f"{' / '.join(keys)}: {name}")

    for menu in menus:
        walk(menu)
    return "\n".join(lines)

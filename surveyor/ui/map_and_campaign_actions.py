"""Menu items that open the map's own tools and the coordinator's side from the workbench.

File ▸ Load known cameras…, File ▸ Save map image…, Settings ▸ Basemaps… (all act on the map,
creating it on first use), File ▸ Join a campaign… (a coordinator's kit), File ▸ New or open
campaign… (the coordinator's window, in its own process because the catalogue models bind to
one database per process) and File ▸ Open receipt….
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from surveyor.ui.campaign.launch import open_campaign
from surveyor.ui.campaign.receipt_dialog import ReceiptDialog
from surveyor.ui.join_campaign_dialog import open_join_dialog


def _with_map(window: Any, method: str) -> None:
    window.show_map()
    panel = window.map_slot.ensure_map()
    if panel is not None:
        getattr(panel, method)()


def _save_map_image(window: Any) -> None:
    window.show_map()
    panel = window.map_slot.ensure_map()
    if panel is None:
        return
    saved = panel.save_map_image()
    if saved is not None:
        window.statusBar().showMessage(window.tr("Map image saved: {path}").format(path=saved))


def install_map_and_campaign_actions(window: Any) -> dict[str, QAction]:
    """Add the items to a ``MainWindow`` whose File and Settings menus already exist."""
    actions = {
        "known": QAction(window.tr("Load &known cameras…"), window),
        "map_image": QAction(window.tr("Save &map image…"), window),
        "basemaps": QAction(window.tr("&Basemaps…"), window),
        "join": QAction(window.tr("&Join a campaign…"), window),
        "campaign": QAction(window.tr("New or open &campaign (coordinators)…"), window),
        "receipt": QAction(window.tr("Open &receipt from coordinator…"), window),
    }
    actions["known"].triggered.connect(lambda: _with_map(window, "ask_load_known_cameras"))
    actions["map_image"].triggered.connect(lambda: _save_map_image(window))
    actions["basemaps"].triggered.connect(lambda: _with_map(window, "open_settings_dialog"))
    actions["join"].triggered.connect(lambda: open_join_dialog(window))
    actions["campaign"].triggered.connect(lambda: open_campaign(window))
    actions["receipt"].triggered.connect(lambda: ReceiptDialog(window).exec())

    file_menu: QMenu = window.menus["file"]
    before_quit = window.action_set.quit
    for name in ("known", "map_image", "join", "campaign", "receipt"):
        file_menu.insertAction(before_quit, actions[name])
    file_menu.insertSeparator(before_quit)
    settings_menu: QMenu = window.menus["settings"]
    settings_menu.addAction(actions["basemaps"])
    return actions

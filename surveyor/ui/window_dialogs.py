"""What the window's File, Settings and Help items open, each given only what it needs.

The dialogs never see the window: ``WindowDialogs`` holds the few things they use (the current
workspace, the settings, the undo stack, the map, the camera panel) and hands each dialog its
share. ``connect_actions`` ties the actions of ``WorkbenchActions`` to these methods.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from surveyor.core.kit.install import KitInstalled
from surveyor.core.workspace import Workspace
from surveyor.ui.about_dialog import AboutDialog
from surveyor.ui.actions import WorkbenchActions
from surveyor.ui.campaign.launch import open_campaign
from surveyor.ui.campaign.receipt_dialog import ReceiptDialog
from surveyor.ui.events import CatalogueEvents
from surveyor.ui.export_dialog import ExportBundleDialog
from surveyor.ui.geotag_dialog import GeotagDialog
from surveyor.ui.identity_dialog import IdentityDialog
from surveyor.ui.install_check_dialog import open_install_check
from surveyor.ui.join_campaign_dialog import JoinCampaignDialog, show_joined_campaign
from surveyor.ui.language_dialog import LanguageDialog
from surveyor.ui.map_slot import MapView
from surveyor.ui.menus import shortcut_text
from surveyor.ui.settings import Settings
from surveyor.ui.user_guide import open_user_guide
from surveyor.ui.workbench import Workbench


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the strings' context before the split


class WindowDialogs(QObject):
    """The dialogs of the menus, parented to ``parent`` (the window) and nothing more of it.

    ``reload()`` re-reads the catalogue after an export; ``review_cameras(ids)`` shows cameras
    still at a suggested spot on the map (the Export dialog's *Review them on the map*).
    """

    def __init__(
        self,
        parent: QWidget,
        workspace: Callable[[], Workspace],
        settings: Settings,
        undo_stack: QUndoStack,
        events: CatalogueEvents,
        workbench: Workbench,
        show_message: Callable[[str], None],
        reload: Callable[[], None],
        review_cameras: Callable[[list[int]], None],
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.workspace, self.settings = workspace, settings
        self.undo_stack, self.events, self.workbench = undo_stack, events, workbench
        self.show_message, self.reload, self.review_cameras = show_message, reload, review_cameras

    def connect_actions(self, a: WorkbenchActions, menus: dict[str, QMenu]) -> None:
        a.geotag.triggered.connect(self.open_geotag)
        a.export_bundle.triggered.connect(self.open_export)
        a.known_cameras.triggered.connect(self.load_known_cameras)
        a.map_image.triggered.connect(self.save_map_image)
        a.join_campaign.triggered.connect(self.join_campaign)
        a.open_campaign.triggered.connect(lambda: open_campaign(self.window))
        a.open_receipt.triggered.connect(self.open_receipt)
        a.identity.triggered.connect(lambda: IdentityDialog(self.window).exec())
        a.basemaps.triggered.connect(self.open_basemaps)
        a.language.triggered.connect(lambda: LanguageDialog(self.settings, self.window).exec())
        a.shortcuts.triggered.connect(lambda: self.show_shortcuts(shortcut_text(menus.values(), a)))
        a.user_guide.triggered.connect(self.show_user_guide)
        a.check_install.triggered.connect(lambda: open_install_check(self.window))
        a.about.triggered.connect(lambda: AboutDialog(self.window).exec())

    # The map's tools ---------------------------------------------------------------------------
    def shown_map(self) -> MapView | None:
        """Switch to the Map tab, making the map on first use (None: it cannot be made)."""
        self.workbench.show_map()
        return self.workbench.map_slot.ensure_map()

    def load_known_cameras(self) -> None:
        panel = self.shown_map()
        if panel is not None:
            panel.ask_load_known_cameras()

    def open_basemaps(self) -> None:
        panel = self.shown_map()
        if panel is not None:
            panel.open_settings_dialog()

    def save_map_image(self) -> None:
        panel = self.shown_map()
        saved = panel.save_map_image() if panel is not None else None
        if saved is not None:
            self.show_message(_tr("Map image saved: {path}").format(path=saved))

    def open_geotag(self) -> GeotagDialog:
        """Modeless, on the walk chosen in the sidebar, with the map showing the track."""
        walk_id = self.workbench.sidebar.current_walk()
        panel = self.shown_map()
        dialog = GeotagDialog(
            self.workspace(),
            walk_id,
            self.undo_stack,
            panel,
            self.events,
            self.window,
            settings=self.settings,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # Bundles, campaigns, receipts --------------------------------------------------------------
    def open_export(self) -> None:
        dialog = ExportBundleDialog(self.workspace(), self.window, settings=self.settings)
        dialog.exported.connect(lambda _result: self.reload())
        dialog.reviewRequested.connect(self.review_cameras)
        dialog.exec()

    def join_campaign(self) -> None:
        """Once joined, the panel offers the kit's makes and an open map its basemaps."""
        dialog = JoinCampaignDialog(self.window)
        dialog.joined.connect(self._show_joined)
        dialog.exec()

    def _show_joined(self, done: KitInstalled) -> None:
        show_joined_campaign(done, self.workbench.panel, self.workbench.map_slot.panel)

    def open_receipt(self) -> None:
        dialog = ReceiptDialog(self.window, self.settings, self.workspace())
        dialog.wiped.connect(lambda _photos: self.reload())  # the grid loses wiped originals
        dialog.exec()

    # Help ---------------------------------------------------------------------------------------
    def show_shortcuts(self, text: str) -> None:
        QMessageBox.information(self.window, _tr("Keyboard shortcuts"), text)

    def show_user_guide(self) -> None:
        problem = open_user_guide()
        if problem:
            QMessageBox.warning(self.window, _tr("User guide"), problem)

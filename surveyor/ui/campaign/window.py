"""The coordinator's window over one campaign: review queue, statistics, keyring, merge, export,
and the volunteers' kit.

``CampaignWindow.open(folder)`` opens (creating if needed) the campaign workspace. Merging runs
on a worker thread (``run_task``); file pickers are methods tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from surveyor.core.campaign.cameras import load_consensus
from surveyor.core.campaign.exports import FORMATS, export_cameras
from surveyor.core.campaign.intake import Intake, IntakeResult
from surveyor.core.campaign.photos import sighting_photo
from surveyor.core.campaign.review import default_author
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import Sighting
from surveyor.ui.campaign.keyring_dialog import KeyringDialog
from surveyor.ui.campaign.kit_dialog import KitDialog
from surveyor.ui.campaign.publish_dialog import install_publish_action
from surveyor.ui.campaign.review_panel import ReviewPanel
from surveyor.ui.campaign.stats_view import StatsView
from surveyor.ui.tasks import on_worker_thread, run_task


def tr(text: str) -> str:
    return QCoreApplication.translate("CampaignWindow", text)


class CampaignWindow(QMainWindow):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(tr("Surveyor campaign — {name}").format(name=ws.root.name))
        self.review = ReviewPanel(default_author(), self._photo)
        self.stats = StatsView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.review, tr("Review"))
        self.tabs.addTab(self.stats, tr("Statistics"))
        self.setCentralWidget(self.tabs)
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        self.last_results: list[IntakeResult] = []

        toolbar = self.addToolBar(tr("Campaign"))
        self.merge_action = QAction(tr("Merge bundles…"), self)
        self.keys_action = QAction(tr("Keys…"), self)
        self.export_action = QAction(tr("Export…"), self)
        self.kit_action = QAction(tr("Volunteer kit…"), self)
        for action in (self.merge_action, self.keys_action, self.export_action, self.kit_action):
            toolbar.addAction(action)
        toolbar.addAction(self.review.undo_stack.createUndoAction(self, tr("Undo")))
        toolbar.addAction(self.review.undo_stack.createRedoAction(self, tr("Redo")))
        self.merge_action.triggered.connect(self.merge_bundles)
        self.keys_action.triggered.connect(self.show_keyring)
        self.export_action.triggered.connect(self.export)
        self.kit_action.triggered.connect(self.show_kit_dialog)
        self.publish_action = install_publish_action(self, ws)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.refresh()

    @classmethod
    def open(cls, folder: str | Path) -> CampaignWindow:
        return cls(Workspace.open(folder))

    def _photo(self, sighting_id: int, sha: str) -> bytes | None:
        row = Sighting.get_or_none(Sighting.id == sighting_id)
        return sighting_photo(self.ws, row, sha) if row is not None else None

    def refresh(self) -> None:
        self.review.refresh()
        self.stats.refresh()

    # -- seams (tests replace these) -------------------------------------------------------

    def choose_bundles(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Bundles to merge"), "", tr("Surveyor bundles (*.zip *.zip.age)")
        )
        return list(paths)

    def choose_export(self) -> tuple[str, str] | None:
        fmt, ok = QInputDialog.getItem(self, tr("Export"), tr("Format:"), list(FORMATS), 0, False)
        if not ok:
            return None
        path, _ = QFileDialog.getSaveFileName(self, tr("Export cameras"), f"cameras.{fmt}")
        return (fmt, path) if path else None

    def keyring_dialog(self) -> KeyringDialog:
        return KeyringDialog(self.ws, parent=self)

    def kit_dialog(self) -> KitDialog:
        return KitDialog(self.ws, parent=self)

    # -- actions ---------------------------------------------------------------------------

    def merge_bundles(self) -> None:
        paths = [Path(p) for p in self.choose_bundles()]
        if not paths:
            return
        self.merge_action.setEnabled(False)
        self.status.setText(tr("Merging {n} bundles…").format(n=len(paths)))
        run_task(lambda: self._merge_on_worker(paths), self._merged, self._failed, self)

    def _merge_on_worker(self, paths: list[Path]) -> list[IntakeResult]:
        try:
            return Intake(self.ws).merge_many(paths)
        finally:
            if on_worker_thread() and self.ws.db is not None:
                self.ws.db.close()  # this thread's own connection (peewee keeps one per thread)

    def _merged(self, results: list[IntakeResult]) -> None:
        self.merge_action.setEnabled(True)
        self.last_results = results
        counts: dict[str, int] = {}
        for r in results:
            counts[r.status] = counts.get(r.status, 0) + 1
        lines = [", ".join(f"{n} {status}" for status, n in counts.items())]
        lines += [f"{r.file.name}: {r.reason}" for r in results if not r.ok]
        self.status.setText("\n".join(lines))
        self.refresh()

    def _failed(self, message: str) -> None:
        self.merge_action.setEnabled(True)
        self.status.setText(tr("Merge failed: {reason}").format(reason=message))

    def show_keyring(self) -> None:
        dialog = self.keyring_dialog()
        dialog.exec()
        self.refresh()

    def show_kit_dialog(self) -> None:
        self.kit_dialog().exec()

    def export(self) -> None:
        choice = self.choose_export()
        if choice is None:
            return
        fmt, path = choice
        try:
            cameras = load_consensus()
            export_cameras(cameras, fmt, Path(path))
        except (OSError, ValueError) as exc:
            self.status.setText(tr("Export failed: {reason}").format(reason=exc))
            return
        self.status.setText(tr("{n} cameras written to {path}").format(n=len(cameras), path=path))

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.ws.close()
        super().closeEvent(event)

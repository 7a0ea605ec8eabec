"""The coordinator's window over one campaign: review queue, statistics, keyring, merge, export,
and the volunteers' kit.

``CampaignWindow.open(folder)`` opens (creating if needed) the campaign workspace. Merging runs
on a worker thread (``run_task``); file pickers and prompts are methods tests replace.
Receipts are signed with the coordinator's own key: *Re-issue receipt…* writes a merged
bundle's receipt again, or every receipt that was never written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from surveyor.core.bundle import identity
from surveyor.core.bundle.minisign import MinisignError, SecretKey
from surveyor.core.campaign import window_lock
from surveyor.core.campaign.exports import export_cameras
from surveyor.core.campaign.intake import Intake
from surveyor.core.campaign.intake_result import IntakeResult
from surveyor.core.campaign.known_cameras_export import export_known_cameras
from surveyor.core.campaign.merge_report import MergeReport, merge_report
from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.campaign.photos import sighting_photo
from surveyor.core.campaign.receipts import (
    ReceiptError,
    merged_bundles,
    reissue_missing,
    reissue_receipt,
    write_receipt,
)
from surveyor.core.campaign.review import default_author
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import ReceivedBundle, Sighting, VolunteerKey
from surveyor.ui.background import run_task
from surveyor.ui.campaign.cameras_view import CamerasView
from surveyor.ui.campaign.decisions_view import DecisionsView
from surveyor.ui.campaign.export_choice import KNOWN_CAMERAS, ExportChoiceDialog
from surveyor.ui.campaign.keyring_dialog import KeyringDialog
from surveyor.ui.campaign.kit_dialog import KitDialog
from surveyor.ui.campaign.merge_report_view import MergeReportDialog, MergesView
from surveyor.ui.campaign.publish_dialog import install_publish_action
from surveyor.ui.campaign.review_panel import ReviewPanel
from surveyor.ui.campaign.stats_view import StatsView


def tr(text: str) -> str:
    return QCoreApplication.translate("CampaignWindow", text)


class CampaignWindow(QMainWindow):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(tr("Surveyor campaign — {name}").format(name=ws.root.name))
        self.review = ReviewPanel(default_author(), self._photo)
        self.stats = StatsView()
        self.decisions = DecisionsView(default_author(), self.review.undo_stack)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.review, tr("Review"))
        self.cameras = CamerasView(default_author(), self.review.undo_stack, self._photo)
        self.tabs.addTab(self.cameras, tr("Cameras"))
        self.tabs.addTab(self.decisions, tr("Automatic decisions"))
        self.tabs.addTab(self.stats, tr("Statistics"))
        self.merges = MergesView()
        self.tabs.addTab(self.merges, tr("Merges"))
        self.last_report: MergeReport | None = None
        self.report_dialog: MergeReportDialog | None = None
        self._receipt_key: SecretKey | None = None
        self.setAcceptDrops(True)
        self.setCentralWidget(self.tabs)
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        self.last_results: list[IntakeResult] = []

        toolbar = self.addToolBar(tr("Campaign"))
        self.merge_action = QAction(tr("Merge bundles…"), self)
        self.keys_action = QAction(tr("Keys…"), self)
        self.export_action = QAction(tr("Export…"), self)
        self.kit_action = QAction(tr("Volunteer kit…"), self)
        self.age_action = QAction(tr("Another age identity…"), self)
        self.age_action.setToolTip(
            tr(
                "Bundles encrypted for this campaign's kit open by themselves; for bundles "
                "encrypted to another age key, give its identity file (kept for this window)"
            )
        )
        self.age_identity: str | None = None
        self.receipt_action = QAction(tr("Re-issue receipt…"), self)
        self.receipt_action.setToolTip(
            tr("Sign a merged bundle's receipt again, or every receipt not yet written")
        )
        self.merge_action.setShortcut(QKeySequence.StandardKey.Open)
        self.merge_action.setToolTip(
            tr("Take in volunteers' bundles (.zip or .zip.age); you can also drop them here")
        )
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.keys_action.setShortcut(QKeySequence("Ctrl+K"))
        for action in (self.merge_action, self.keys_action, self.export_action):
            toolbar.addAction(action)
        for action in (self.kit_action, self.receipt_action):
            toolbar.addAction(action)
        menu = self.menuBar().addMenu(tr("&Campaign"))
        for action in (
            self.merge_action,
            self.keys_action,
            self.export_action,
            self.kit_action,
            self.receipt_action,
            self.age_action,
        ):
            menu.addAction(action)
        self.undo_action = self.review.undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.review.undo_stack.createRedoAction(self, tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit = self.menuBar().addMenu(tr("&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        view = self.menuBar().addMenu(tr("&View"))
        for n in range(self.tabs.count()):
            go = QAction(self.tabs.tabText(n), self)
            go.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            go.triggered.connect(lambda _c=False, n=n: self.tabs.setCurrentIndex(n))
            view.addAction(go)
        self.merge_action.triggered.connect(self.merge_bundles)
        self.keys_action.triggered.connect(self.show_keyring)
        self.export_action.triggered.connect(self.export)
        self.kit_action.triggered.connect(self.show_kit_dialog)
        self.receipt_action.triggered.connect(self.reissue_receipts)
        self.age_action.triggered.connect(self.give_age_identity)
        self.publish_action = install_publish_action(self, ws)
        file_menu = self.menuBar().actions()[0].menu()
        assert isinstance(file_menu, QMenu)  # install_publish_action put File first
        file_menu.insertAction(self.publish_action, self.merge_action)
        file_menu.addSeparator()
        close = file_menu.addAction(tr("&Close"))
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.refresh()

    @classmethod
    def open(cls, folder: str | Path) -> CampaignWindow:
        """Open (or create) the campaign; ``CampaignInUse`` when another window has it."""
        ws = Workspace.open(folder)
        try:
            window_lock.acquire(ws.root)
        except window_lock.CampaignInUse:
            ws.close()
            raise
        return cls(ws)

    def _photo(self, sighting_id: int, sha: str) -> bytes | None:
        row = Sighting.get_or_none(Sighting.id == sighting_id)
        return sighting_photo(self.ws, row, sha) if row is not None else None

    def refresh(self) -> None:
        self.review.refresh()
        if self.tabs.currentWidget() is self.cameras:  # its map page is costly: when shown
            self.cameras.refresh()
        self.decisions.refresh()
        self.stats.refresh()

    # -- seams (tests replace these) -------------------------------------------------------

    def choose_bundles(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Bundles to merge"), "", tr("Surveyor bundles (*.zip *.zip.age)")
        )
        return list(paths)

    def choose_export(self) -> tuple[str, str] | None:
        dialog = ExportChoiceDialog(self.ws.root, self)
        if dialog.exec() != ExportChoiceDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def choose_receipt_bundle(self, choices: list[str]) -> int | None:
        choice, ok = QInputDialog.getItem(
            self, tr("Re-issue receipt"), tr("Bundle:"), choices, 0, False
        )
        return choices.index(choice) if ok and choice in choices else None

    def ask_passphrase(self) -> str | None:
        text, ok = QInputDialog.getText(
            self, tr("Your key"), tr("Passphrase of your signing key:"), QLineEdit.EchoMode.Password
        )
        return text if ok and text else None

    def choose_age_identity(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("An age identity (AGE-SECRET-KEY-1…)"), "", tr("All files (*)")
        )
        return path or None

    def give_age_identity(self) -> None:
        """Read an age identity file for this window's merges (never stored anywhere)."""
        chosen = self.choose_age_identity()
        if not chosen:
            return
        path = Path(chosen)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            self.status.setText(tr("{name}: cannot be read ({reason})").format(
                name=path.name, reason=exc))  # fmt: skip
            return
        secret = next((ln.strip() for ln in lines if ln.startswith("AGE-SECRET-KEY-")), None)
        if secret is None:
            self.status.setText(
                tr("{name}: no AGE-SECRET-KEY-1… line: not an age identity").format(name=path.name)
            )
            return
        self.age_identity = secret
        self.status.setText(
            tr("Merges in this window also decrypt with the identity in {name}.").format(
                name=path.name
            )
        )

    def keyring_dialog(self) -> KeyringDialog:
        return KeyringDialog(self.ws, parent=self)

    def kit_dialog(self) -> KitDialog:
        return KitDialog(self.ws, parent=self)

    # -- actions ---------------------------------------------------------------------------

    def merge_bundles(self) -> None:
        self.merge_paths([Path(p) for p in self.choose_bundles()])

    def merge_paths(self, paths: list[Path]) -> None:
        """Merge these files on a worker thread, signing a receipt per merged bundle (as
        ``surveyor merge`` does) when the coordinator's key can be used."""
        if not paths or not self.merge_action.isEnabled():
            return
        self._receipt_key = self._signing_key() if identity.exists() else None
        self.merge_action.setEnabled(False)
        self.status.setText(
            tr("Merging {n} bundles…").format(n=len(paths))
            if len(paths) != 1
            else tr("Merging 1 bundle…")
        )
        run_task(lambda: self._merge_on_worker(paths), self._merged, self._failed, self)

    def _merge_on_worker(self, paths: list[Path]) -> list[IntakeResult]:
        key = self._receipt_key
        on_merged = None
        if key is not None:
            reissue_missing(self.ws, key)  # merged earlier without a key

            def on_merged(bundle: ReceivedBundle, result: IntakeResult) -> Path:
                return write_receipt(self.ws, bundle, result.outcomes, key)

        intake = Intake(self.ws, age_identity=self.age_identity, on_merged=on_merged)
        return intake.merge_many(paths)

    def _merged(self, results: list[IntakeResult]) -> None:
        self.merge_action.setEnabled(True)
        self.last_results = results
        report = self.last_report = merge_report(results, self._receipt_key is not None)
        self._receipt_key = None
        self.merges.add(report)
        self.status.setText(tr("Merge: {summary}").format(summary=report.summary()))
        self.refresh()
        self.show_report(report)

    def show_report(self, report: MergeReport) -> None:
        """Seam: the report window (tests look at ``report_dialog``)."""
        self.report_dialog = MergeReportDialog(report, self)
        self.report_dialog.show()

    # -- dropping bundle files on the window merges them -----------------------------------

    @staticmethod
    def _bundle_paths(mime) -> list[Path]:  # type: ignore[no-untyped-def]
        if not mime.hasUrls():
            return []
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        return [p for p in paths if p.name.endswith((".zip", ".zip.age"))]

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._bundle_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        paths = self._bundle_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.merge_paths(paths)

    def _failed(self, message: str) -> None:
        self.merge_action.setEnabled(True)
        self._receipt_key = None
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
        out = Path(path)
        try:
            cameras = load_consensus()
            if fmt == KNOWN_CAMERAS:
                key = self._signing_key()
                if key is None:
                    return
                export_known_cameras(cameras, out, key)
            else:
                export_cameras(cameras, fmt, out)
        except (OSError, ValueError) as exc:
            self.status.setText(tr("Export failed: {reason}").format(reason=exc))
            return
        written = len(cameras)  # a plain name: lupdate reads no expression as the plural count
        self.status.setText(
            QCoreApplication.translate(
                "CampaignWindow", "%n camera(s) written to {name}", None, written
            ).format(name=out.name)
        )

    def _signing_key(self) -> SecretKey | None:
        """The coordinator's key, or None with the reason in the status line."""
        try:
            if not identity.exists():
                self.status.setText(
                    tr("No signing key: create one in the volunteer window (Settings ▸ Identity…).")
                )
                return None
            ident = identity.load()
            passphrase = self.ask_passphrase() if ident.encrypted else None
            if ident.encrypted and passphrase is None:
                return None
            return ident.secret_key(passphrase)
        except (identity.IdentityError, MinisignError) as exc:
            self.status.setText(tr("Cannot use your key: {reason}").format(reason=exc))
            return None

    def reissue_receipts(self) -> None:
        bundles = merged_bundles()
        if not bundles:
            self.status.setText(tr("No merged bundles yet."))
            return
        names = {k.key_id: k.pseudonym for k in VolunteerKey.select()}
        missing = sum(1 for b in bundles if not b.receipt_path)
        choices = [tr("Every bundle without a receipt ({n})").format(n=missing)]
        for b in bundles:
            state = tr("receipt written") if b.receipt_path else tr("no receipt yet")
            who = names.get(b.key_id) or b.key_id
            choices.append(f"{b.bundle_uuid} — {who} ({state})")
        index = self.choose_receipt_bundle(choices)
        if index is None:
            return
        key = self._signing_key()
        if key is None:
            return
        try:
            if index == 0:
                paths = reissue_missing(self.ws, key)
            else:
                chosen = bundles[index - 1]
                paths = [reissue_receipt(self.ws, chosen.bundle_uuid, key, chosen.key_id)]
        except (ReceiptError, OSError) as exc:
            self.status.setText(tr("Receipt not written: {reason}").format(reason=exc))
            return
        if len(paths) == 1:
            self.status.setText(tr("Receipt written: {name}").format(name=paths[0].name))
        else:
            count = len(paths)  # a plain name: lupdate reads no expression as the plural count
            self.status.setText(
                QCoreApplication.translate("CampaignWindow", "%n receipt(s) written.", None, count)
            )

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        window_lock.release(self.ws.root)
        self.ws.close()
        super().closeEvent(event)

"""File ▸ Export bundle…: choose what to send, see what leaves this machine, export with Cancel.

``ExportBundleDialog`` is the window around an ``ExportBundle`` job (``export_job``).
``install_bundle_actions(window)`` adds File ▸ Export bundle… and Settings ▸ Identity… to the
main window.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.bundle import identity
from surveyor.core.bundle.export_errors import ExportError
from surveyor.core.bundle.export_preview import ExportPreview, preview
from surveyor.core.bundle.export_selection import Selection
from surveyor.core.bundle.writer import ExportResult
from surveyor.core.kit.joined import active_campaign
from surveyor.core.workspace import Workspace
from surveyor.store.models import Walk
from surveyor.ui.export_job import ExportBundle, ExportThread
from surveyor.ui.export_map import ExportMap
from surveyor.ui.export_words import camera_in_words, fields_in_words
from surveyor.ui.identity_dialog import IdentityDialog
from surveyor.ui.redaction_export import SEARCHING, RedactionPanel, redaction_line
from surveyor.ui.settings import Settings


class ExportBundleDialog(QDialog):
    """Seams: ``pick_output_path()``; ``synchronous`` runs the export in the calling thread."""

    exported = Signal(object)  # ExportResult
    # Camera ids still at a suggested spot: the volunteer asked to place them on the map.
    reviewRequested = Signal(list)

    synchronous = False

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        base: Path | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.base = base
        self.job: ExportBundle | None = None
        self.thread_: ExportThread | None = None
        self.last_result: ExportResult | None = None
        self.last_error: str | None = None
        self.preview_data: ExportPreview | None = None
        self._close_when_stopped = False
        # scrypt limits for a new key's passphrase (default: minisign's own); tests pass small.
        self.kdf_limits: dict[str, int] = {}
        self.setWindowTitle(self.tr("Export bundle"))
        self.setMinimumWidth(640)

        self.walk = QComboBox(self)
        self.walk.addItem(self.tr("All cameras not yet exported"), None)
        for walk in Walk.select().order_by(Walk.name):
            self.walk.addItem(self.tr("Walk: {name}").format(name=walk.name), walk.name)
        self.round_dates = QCheckBox(self.tr("Round observation dates to the day"), self)
        self.round_dates.setChecked(settings.round_export_dates if settings else True)
        if settings is not None:  # remembered for the next export

            def remember(checked: bool) -> None:
                settings.round_export_dates = checked

            self.round_dates.toggled.connect(remember)
        self.out = QLineEdit(self)
        self.out.setPlaceholderText(self.tr("Where to save the bundle (.zip)"))
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.clicked.connect(self.choose_output)
        self.recipient = QLineEdit(self)
        self.recipient.setPlaceholderText(self.tr("age1… (optional: encrypt for the coordinator)"))
        # A campaign joined through its kit: encrypted for it unless the volunteer says not.
        self.campaign = active_campaign(base)
        self.encrypt = QCheckBox(self)
        self.encrypt.setVisible(self.campaign is not None)
        if self.campaign is not None:
            self.encrypt.setText(self.tr("For campaign “{name}”").format(name=self.campaign.name))
            self.encrypt.setChecked(True)
            self.recipient.setText(self.campaign.age_recipient)
            self.recipient.setCursorPosition(0)  # show where the key starts: age1…
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel(self.tr("Key passphrase"), self)
        self.identity_line = QLabel("", self)
        self.identity_line.setWordWrap(True)
        self.identity_button = QPushButton(self.tr("Identity…"), self)
        self.identity_button.clicked.connect(self.open_identity_dialog)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        self.suggested_note = QLabel("", self)
        self.suggested_note.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Review them on the map"), self)
        self.review_button.clicked.connect(self.review_on_map)
        self.map = ExportMap(self)
        self.sample_words = QLabel("", self)
        self.sample_words.setWordWrap(True)
        # The raw GeoJSON of the first camera, for those who want to check the keys themselves.
        self.details_button = QToolButton(self)
        self.details_button.setText(self.tr("Details: the first camera as it is written"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.sample = QPlainTextEdit(self)
        self.sample.setReadOnly(True)
        self.sample.setMinimumHeight(160)
        self.sample.setVisible(False)
        self.details_button.toggled.connect(self._show_details)
        self.pseudonym = QLineEdit(self)
        self.pseudonym.setPlaceholderText(
            self.tr("the name your coordinator will know you by (not your real name)")
        )
        self.pseudonym_label = QLabel(self.tr("Your pseudonym"), self)
        self.pseudonym.textChanged.connect(self._update_buttons)
        self.redaction = RedactionPanel(workspace, self)
        self.bar = QProgressBar(self)
        self.bar.setVisible(False)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)

        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(self.browse)
        who_row = QHBoxLayout()
        who_row.addWidget(self.identity_line, 1)
        who_row.addWidget(self.identity_button)
        form = QFormLayout()
        form.addRow(self.tr("Cameras"), self.walk)
        form.addRow("", self.round_dates)
        form.addRow(self.tr("Save as"), out_row)
        encrypt_row = QHBoxLayout()
        encrypt_row.addWidget(self.encrypt)
        encrypt_row.addWidget(self.recipient, 1)
        form.addRow(self.tr("Encrypt to"), encrypt_row)
        form.addRow(self.tr("Signed as"), who_row)
        form.addRow(self.pseudonym_label, self.pseudonym)
        form.addRow(self.passphrase_label, self.passphrase)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        heading = QLabel(self.tr("<b>What leaves this machine</b>"), self)
        # What leaves the machine scrolls: with the photos as they will leave it is taller
        # than a 768-pixel laptop screen, while the choices above and Export below stay put.
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(heading)
        body_layout.addWidget(self.summary)
        review_row = QHBoxLayout()
        review_row.addWidget(self.suggested_note, 1)
        review_row.addWidget(self.review_button)
        body_layout.addLayout(review_row)
        body_layout.addWidget(self.map)
        body_layout.addWidget(self.sample_words)
        body_layout.addWidget(self.details_button)
        body_layout.addWidget(self.sample)
        body_layout.addWidget(self.redaction)
        self.leaving_area = QScrollArea(self)
        self.leaving_area.setWidgetResizable(True)
        self.leaving_area.setFrameShape(QFrame.Shape.NoFrame)
        self.leaving_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.leaving_area.setWidget(body)
        self.leaving_area.setMinimumHeight(240)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.leaving_area, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.walk.currentIndexChanged.connect(self.refresh_preview)
        self.round_dates.toggled.connect(self.refresh_preview)
        self.out.textChanged.connect(self._update_buttons)
        self.encrypt.toggled.connect(self.refresh_preview)
        self.recipient.textChanged.connect(self.refresh_preview)
        self.refresh_identity()
        self.refresh_preview()
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().height() - 80 if screen is not None else 900
        self.resize(760, max(480, min(900, room)))

    # Seams a test replaces -------------------------------------------------------------------
    def pick_output_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save bundle"), "surveyor-bundle.zip", self.tr("Bundle (*.zip)")
        )
        return path

    def open_identity_dialog(self) -> None:
        IdentityDialog(self, self.base).exec()
        self.refresh_identity()
        self.refresh_preview()

    # State -----------------------------------------------------------------------------------
    def selection(self) -> Selection:
        walk = self.walk.currentData()
        return Selection(walk=walk) if walk else Selection(all_unexported=True)

    def encrypt_to(self) -> str | None:
        """The recipient the bundle is encrypted to, None when it is not encrypted."""
        if self.campaign is not None and not self.encrypt.isChecked():
            return None
        return self.recipient.text().strip() or None

    @property
    def running(self) -> bool:
        return self.job is not None

    def refresh_identity(self) -> None:
        try:
            ident: identity.Identity | None = identity.load(self.base)
        except identity.IdentityError:
            ident = None
        self.needs_new_key = ident is None
        self.pseudonym.setVisible(ident is None)
        self.pseudonym_label.setVisible(ident is None)
        if ident is None:
            self.identity_line.setText(
                self.tr("No signing key yet: Export makes yours, with the pseudonym below.")
            )
        else:
            name = ident.pseudonym or self.tr("(no pseudonym)")
            self.identity_line.setText(
                self.tr("{name} · key {key}").format(name=name, key=ident.key_id)
            )
        # An existing protected key needs its passphrase; a key made now may get one.
        asks = ident is None or ident.encrypted
        self.passphrase.setVisible(asks)
        self.passphrase_label.setVisible(asks)
        if ident is None:
            self.passphrase_label.setText(self.tr("New key's passphrase"))
            self.passphrase.setPlaceholderText(
                self.tr("optional: protects the key made now; asked at every export")
            )
        else:
            self.passphrase_label.setText(self.tr("Key passphrase"))
            self.passphrase.setPlaceholderText("")

    def refresh_preview(self) -> None:
        try:
            shown = preview(self.selection(), self.round_dates.isChecked())
        except ExportError as exc:
            self.summary.setText(str(exc))
            self.sample.setPlainText("")
            self.sample_words.setText("")
            self.preview_data = None
            self.map.set_positions([])
        else:
            self.preview_data = shown
            self.map.set_positions(shown.positions)
            if shown.cameras == 0 and self.last_result is not None:
                # Just exported: say what went, not "0 cameras" beside "Saved … 8 cameras".
                self.summary.setText(self.sent_text(self.last_result))
            else:
                self.summary.setText(self.summary_text(shown))
            sample = json.dumps(shown.sample, ensure_ascii=False, indent=2) if shown.sample else ""
            self.sample.setPlainText(sample)
            self.sample_words.setText(
                self.tr("For example, the first camera: {camera}.").format(
                    camera=camera_in_words(shown.sample)
                )
                if shown.sample
                else ""
            )
        self.details_button.setVisible(bool(self.sample.toPlainText()))
        self._show_suggested()
        self._fit_text()
        self.redaction.set_selection(self.selection())
        self._update_buttons()

    def _fit_text(self) -> None:
        # Wrapped labels get their one-line height from a top-level layout: reserve the
        # height their text needs at the dialog's width, so no line is cut off.
        width = max(self.summary.width(), self.minimumWidth() - 40)
        for label in (self.summary, self.suggested_note):
            label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)

    def summary_text(self, shown: ExportPreview) -> str:
        lines = [
            self.tr(
                "{cameras} cameras, {photos} photos rebuilt from their pixels. Cameras you "
                "placed on the map: exactly there; the others: shifted (see below)."
            ).format(cameras=shown.cameras, photos=shown.photos)
        ]
        if shown.skipped_no_position:
            lines.append(
                self.tr("{n} cameras without a position are left out.").format(
                    n=shown.skipped_no_position
                )
            )
        lines.append(
            self.tr("Each camera carries: {fields}.").format(fields=fields_in_words(shown.fields))
        )
        lines.append(
            self.tr("Observation dates: rounded to the day.")
            if shown.round_dates
            else self.tr("Observation dates: exact photo times.")
        )
        recipient = self.encrypt_to()
        if recipient and self.campaign is not None and recipient == self.campaign.age_recipient:
            lines.append(
                self.tr(
                    "Encrypted for campaign “{name}”: only its coordinator can open the bundle."
                ).format(name=self.campaign.name)
            )
        elif recipient:
            lines.append(self.tr("Encrypted to {recipient}.").format(recipient=recipient))
        else:
            lines.append(self.tr("Not encrypted: anyone who gets the file can read it."))
        lines.append(
            self.tr(
                "Never included: where you stood, your compass bearings, your tracks, file "
                "names and folders, walk names, the time of the export, and photo metadata "
                "(camera make and serials, GPS, maker notes, XMP, IPTC, colour profiles, "
                "comments, embedded thumbnails)."
            )
        )
        return "\n".join(lines)

    def sent_text(self, result: ExportResult) -> str:
        return self.tr(
            "Sent: {cameras} cameras and {photos} photos, in {file}. No other camera is waiting "
            "to be sent."
        ).format(cameras=result.cameras, photos=result.photos, file=Path(result.path).name)

    def _show_details(self, shown: bool) -> None:
        self.sample.setVisible(shown)
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _show_suggested(self) -> None:
        count = self.preview_data.suggested if self.preview_data is not None else 0
        self.suggested_note.setVisible(count > 0)
        self.review_button.setVisible(count > 0)
        if count:
            self.suggested_note.setText(
                self.tr(
                    "Still at a suggested spot: {n} of these cameras. They are sent shifted "
                    "by up to about 45 m, so they cannot lead back to where you stood. Drag "
                    "each to where it really is on the map to send its exact position."
                ).format(n=count)
            )

    def review_on_map(self) -> None:
        """Close and let the window show the cameras still at a suggested spot."""
        if self.running or self.preview_data is None or not self.preview_data.suggested:
            return
        self.reviewRequested.emit(list(self.preview_data.suggested_ids))
        self.reject()

    def _pseudonym_missing(self) -> bool:
        return getattr(self, "needs_new_key", False) and not self.pseudonym.text().strip()

    def _update_buttons(self) -> None:
        can_export = (
            not self.running
            and bool(self.out.text().strip())
            and self.preview_data is not None
            and self.preview_data.cameras > 0
            and not self._pseudonym_missing()
        )
        self.export_button.setEnabled(can_export)
        # A greyed-out Export says why (tooltips show on disabled buttons too).
        if self.preview_data is not None and self.preview_data.cameras == 0:
            why = self.tr("Nothing to export: no camera with a position is waiting to be sent.")
        elif not self.out.text().strip():
            why = self.tr("Choose where to save the bundle first (Save as).")
        elif self._pseudonym_missing():
            why = self.tr("Choose your pseudonym first: your signing key is made with it.")
        else:
            why = ""
        self.export_button.setToolTip(why)
        for widget in (
            self.walk,
            self.round_dates,
            self.out,
            self.browse,
            self.encrypt,
            self.review_button,
        ):
            widget.setEnabled(not self.running)
        self.recipient.setEnabled(
            not self.running and (self.campaign is None or self.encrypt.isChecked())
        )

    # Actions ---------------------------------------------------------------------------------
    def choose_output(self) -> None:
        path = self.pick_output_path()
        if path:
            self.out.setText(path)

    def start_export(self) -> None:
        if self.running or not self.export_button.isEnabled():
            return
        self.last_result, self.last_error = None, None
        job = ExportBundle(
            self.workspace,
            Path(self.out.text().strip()).expanduser(),
            self.selection(),
            round_dates=self.round_dates.isChecked(),
            encrypt_to=self.encrypt_to(),
            passphrase=self.passphrase.text() or None,
            base=self.base,
            kdf_limits=self.kdf_limits,
            detect=self.redaction.detection_on,
            pseudonym=self.pseudonym.text().strip(),
        )
        self.redaction.wait()  # export searches what the background search left
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        self.job = job
        self.bar.setVisible(True)
        self.bar.setRange(0, 0)
        self.status.setText(self.tr("Preparing photos…"))
        self._update_buttons()
        if self.synchronous:
            job.run()
            return
        self.thread_ = ExportThread(job, self)
        self.thread_.finished.connect(self.thread_.deleteLater)
        self.thread_.start()

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if what.startswith(SEARCHING):
            self.status.setText(
                self.tr("Searching for faces and plates: {done} of {total}").format(
                    done=done, total=total
                )
            )
            return
        self.status.setText(
            self.tr("{done} of {total} photos scrubbed").format(done=done, total=max(total - 1, 0))
        )

    def _stopped(self) -> None:
        self.job = None
        if self.thread_ is not None:
            self.thread_.wait()
            self.thread_ = None
        self.bar.setVisible(False)
        self._update_buttons()
        if self._close_when_stopped:
            super().reject()

    def _on_finished(self, result: ExportResult) -> None:
        self.last_result = result
        self._stopped()
        made_key = getattr(self, "needs_new_key", False)
        self.status.setText(
            self.tr(
                "Saved {path}: {cameras} cameras, {photos} photos, signed with key {key}."
            ).format(
                path=result.path, cameras=result.cameras, photos=result.photos, key=result.key_id
            )
            + (" " + self.tr("Encrypted.") if result.encrypted else "")
            + "\n"
            + redaction_line(result)
            + (
                "\n"
                + self.tr(
                    "Made your signing key {key} for “{name}”: give your coordinator its public "
                    "key (Identity…)."
                ).format(key=result.key_id, name=self.pseudonym.text().strip())
                if made_key
                else ""
            )
        )
        self.refresh_identity()  # a key made by this export now shows
        self.cancel_button.setText(self.tr("Close"))
        self.exported.emit(result)
        self.refresh_preview()

    def _on_failed(self, message: str) -> None:
        self.redaction.refresh()  # photos held back are named there too
        self.last_error = message
        self._stopped()
        text = self.tr("Export failed, nothing was saved: {reason}")
        self.status.setText(text.format(reason=message))

    def _on_cancelled(self) -> None:
        self.last_error = None
        self._stopped()
        self.status.setText(self.tr("Export cancelled; nothing was saved."))

    def reject(self) -> None:
        if self.running:  # Cancel during an export stops it; the dialog closes when it has
            self._close_when_stopped = True
            self.cancel_export()
            return
        self.redaction.wait()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self._close_when_stopped = True
            self.cancel_export()
            event.ignore()
            return
        self.redaction.wait()
        super().closeEvent(event)


def install_bundle_actions(window: Any) -> tuple[QAction, QAction]:
    """Add File ▸ Export bundle… and Settings ▸ Identity… to a ``MainWindow``."""
    export = QAction(window.tr("&Export bundle…"), window)
    export.setShortcut("Ctrl+E")
    ident = QAction(window.tr("&Identity…"), window)

    def open_export() -> None:
        dialog = ExportBundleDialog(window.workspace, window, settings=window.settings)
        if hasattr(window, "reload"):
            dialog.exported.connect(lambda _result: window.reload())
        if hasattr(window, "review_suggested_cameras"):
            dialog.reviewRequested.connect(window.review_suggested_cameras)
        dialog.exec()

    export.triggered.connect(open_export)
    ident.triggered.connect(lambda: IdentityDialog(window).exec())
    file_menu: QMenu = window.menus["file"]
    quit_action = window.action_set.quit
    file_menu.insertAction(quit_action, export)
    file_menu.insertSeparator(quit_action)
    settings = QMenu(window.tr("&Settings"), window)
    settings.addAction(ident)
    help_menu = window.menus.get("help")
    if help_menu is not None:
        window.menuBar().insertMenu(help_menu.menuAction(), settings)
    else:
        window.menuBar().addMenu(settings)
    window.menus["settings"] = settings
    return export, ident

"""For volunteers: open a coordinator's signed receipt and see what became of each camera.

File ▸ Open receipt… in the main window opens this dialog. The receipt's signature is checked
against the coordinator's public key (the joined campaign's, or one pasted: ``RW…``); each
camera UUID is shown with its outcome and whether it is one of the cameras in this workspace.
A verified receipt offers to wipe what the coordinator now has (originals, thumbnails,
positions, times and tracks behind those cameras); the list of what goes is shown first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.campaign.keyring import KeyringError, read_public_key
from surveyor.core.campaign.receipts import Receipt, ReceiptError, read_receipt
from surveyor.core.kit.delivered import WipePlan, WipeRefused, plan_wipe, wipe
from surveyor.core.kit.receipts import campaign_for_receipt
from surveyor.core.photos.rows import LinkCandidate
from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera
from surveyor.ui.link_dialog import candidate_text
from surveyor.ui.settings import Settings
from surveyor.ui.text_fit import fit_placeholder


def tr(text: str) -> str:
    return QCoreApplication.translate("ReceiptDialog", text)


def outcome_label(outcome: str) -> str:
    return {
        "new": tr("new camera"),
        "confirmed": tr("confirmed"),
        "conflict": tr("waiting for review"),
        "rejected": tr("rejected"),
    }.get(outcome, outcome)


class ReceiptDialog(QDialog):
    wiped = Signal(int)  # photos removed

    def __init__(
        self,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        workspace: Workspace | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        # The settings remember the coordinator's key (none given: nothing kept).
        self.settings = settings
        self.setWindowTitle(tr("Receipt from your coordinator"))
        self.receipt: Receipt | None = None
        self.path: Path | None = None
        self.open_button = QPushButton(tr("Open receipt…"))
        self.pubkey = QLineEdit()
        self.pubkey.setPlaceholderText(
            tr("Your coordinator's public key (RW…; not needed for a campaign you joined)")
        )
        self.check_button = QPushButton(tr("Check"))
        self.summary = QLabel(tr("Open the receipt file your coordinator sent you."))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Camera"), tr("Outcome"), tr("In this workspace")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The key on a line of its own, wide enough for its whole hint in any language.
        fit_placeholder(self.pubkey)
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addStretch(1)
        key_row = QHBoxLayout()
        key_row.addWidget(self.pubkey, 1)
        key_row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(key_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.wipe_button = QPushButton(tr("Wipe what was delivered…"))
        self.wipe_button.setToolTip(
            tr(
                "Remove the originals, thumbnails, positions, times and tracks behind the cameras "
                "this receipt says your coordinator has; the camera records stay."
            )
        )
        self.wipe_button.setEnabled(False)
        self.wipe_button.setAutoDefault(False)
        self.wipe_button.clicked.connect(self.wipe_delivered)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.wipe_button)
        layout.addLayout(bottom)
        self.open_button.clicked.connect(self.open_receipt)
        self.check_button.clicked.connect(self.check)
        # Enter (in the key field or anywhere) checks; it never opens the file picker.
        self.open_button.setAutoDefault(False)
        self.check_button.setAutoDefault(False)
        self.check_button.setDefault(True)
        if self.settings is not None:
            self.pubkey.setText(self.settings.receipt_coordinator_key)  # remembered
        self.resize(760, 460)  # room for the key and the camera descriptions

    # seam: tests replace this
    def choose_receipt(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Receipt"), "", tr("Surveyor receipts (receipt-*.json);;All (*)")
        )
        return path or None

    def open_receipt(self) -> None:
        chosen = self.choose_receipt()
        if chosen:
            self.path = Path(chosen)
            self.check()

    # seam: tests replace this
    def confirm_wipe(self, plan: WipePlan) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Wipe what was delivered"),
            tr("This removes for good what is listed below. The camera records stay."),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDetailedText("\n".join(map(str, plan.lines())))  # str(): translated
        box.setInformativeText("\n".join(map(str, plan.lines()[:12])))
        remove = box.addButton(tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.exec()
        return box.clickedButton() is remove

    def wipe_delivered(self) -> None:
        if self.receipt is None or self.workspace is None:
            return
        try:
            plan = plan_wipe(self.receipt)
        except WipeRefused as exc:
            self.summary.setText(str(exc))
            return
        if not plan.photos and not plan.tracks:
            self.summary.setText(tr("Nothing to wipe: the photos behind these cameras are gone."))
            return
        if not self.confirm_wipe(plan):
            return
        files = wipe(self.workspace, plan)
        self.summary.setText(
            tr("Wiped {photos} photo(s) ({files} files) and {tracks} track(s).").format(
                photos=len(plan.photos), files=files, tracks=len(plan.tracks)
            )
        )
        self.wipe_button.setEnabled(False)
        self.wiped.emit(len(plan.photos))
        reload = getattr(self.parent(), "reload", None)
        if callable(reload):
            reload()

    def check(self) -> None:
        self.wipe_button.setEnabled(False)
        if self.path is None:
            self.summary.setText(tr("Open the receipt file first."))
            return
        key = None
        campaign = None
        if self.pubkey.text().strip():
            try:
                key = read_public_key(self.pubkey.text())
            except KeyringError as exc:
                self.summary.setText(str(exc))
                return
        try:
            if key is None:  # a campaign joined through its kit knows its coordinator's key
                campaign = campaign_for_receipt(self.path)
                key = campaign.public_key if campaign is not None else None
            receipt = self.receipt = read_receipt(self.path, key)
            if receipt.verified and self.pubkey.text().strip() and self.settings is not None:
                self.settings.receipt_coordinator_key = self.pubkey.text().strip()
        except ReceiptError as exc:
            self.receipt = None
            self.table.setRowCount(0)
            self.summary.setText(tr("Not accepted: {reason}").format(reason=exc))
            return
        # The volunteer knows their cameras by what they look like, not by their UUID.
        mine = {
            c.uuid: candidate_text(LinkCandidate(c, None))
            for c in Camera.select().where(Camera.uuid.in_(list(receipt.cameras)))
        }
        counts = ", ".join(f"{n} {outcome_label(o)}" for o, n in receipt.counts().items() if n)
        if campaign is not None:
            state = tr("Signature checked: it comes from the coordinator of “{name}”.").format(
                name=campaign.name
            )
        elif receipt.verified:
            state = tr("Signature checked: it comes from the coordinator's key.")
        else:
            state = tr(
                "Signature NOT checked: paste your coordinator's public key and press Check."
            )
        issued = str(receipt.issued_line())
        self.summary.setText("\n".join(t for t in (state, issued, counts) if t))
        self.wipe_button.setEnabled(receipt.verified and self.workspace is not None)
        self.table.setRowCount(len(receipt.cameras))
        for row, (cam_uuid, outcome) in enumerate(receipt.cameras.items()):
            camera = QTableWidgetItem(mine.get(cam_uuid, cam_uuid))
            camera.setToolTip(cam_uuid)
            self.table.setItem(row, 0, camera)
            self.table.setItem(row, 1, QTableWidgetItem(outcome_label(outcome)))
            self.table.setItem(
                row, 2, QTableWidgetItem(tr("yes") if cam_uuid in mine else tr("no"))
            )

"""The keyring dialog: add volunteers' keys (pasted or from a file), trust, revoke, withdraw.

Trusting a key merges the bundles that waited in quarantine for it. Withdrawing a key (stolen,
or its volunteer made things up) revokes it and takes everything it already sent out of the
consensus and the exports; Bring back undoes that.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.campaign import keyring, review
from surveyor.core.campaign.intake import Intake, IntakeResult, quarantined, release_quarantined
from surveyor.core.workspace import Workspace


def tr(text: str) -> str:
    return QCoreApplication.translate("KeyringDialog", text)


def status_label(status: str) -> str:
    return {
        "trusted": tr("trusted"),
        "untrusted": tr("not trusted yet"),
        "revoked": tr("revoked"),
    }.get(status, status)


class KeyringDialog(QDialog):
    def __init__(
        self,
        ws: Workspace,
        make_intake: Callable[[], Intake] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Volunteers' keys"))
        self.ws = ws
        self.make_intake = make_intake or (lambda: Intake(ws))
        self.last_released: list[IntakeResult] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [tr("Pseudonym"), tr("Key id"), tr("Status"), tr("Waiting bundles")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.key_text = QLineEdit()
        self.key_text.setPlaceholderText(tr("Paste a public key (RW…)"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("Pseudonym"))
        self.add_button = QPushButton(tr("Add"))
        self.file_button = QPushButton(tr("Add from file…"))
        self.trust_button = QPushButton(tr("Trust"))
        self.revoke_button = QPushButton(tr("Revoke"))
        self.withdraw_button = QPushButton(tr("Withdraw its sightings"))
        self.withdraw_button.setToolTip(
            tr(
                "Revoke the key and take everything it already sent out of the consensus and "
                "the exports (the sightings stay on record; Bring back undoes it)."
            )
        )
        self.restore_button = QPushButton(tr("Bring back"))
        self.message = QLabel()
        self.message.setWordWrap(True)

        adder = QHBoxLayout()
        adder.addWidget(self.key_text, 2)
        adder.addWidget(self.name, 1)
        adder.addWidget(self.add_button)
        adder.addWidget(self.file_button)
        actions = QHBoxLayout()
        actions.addWidget(self.trust_button)
        actions.addWidget(self.revoke_button)
        actions.addWidget(self.withdraw_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        intro = QLabel(
            tr(
                "Add each volunteer's public key (RW…, shown in their Settings ▸ Identity…), "
                "then Trust it. Bundles signed by a key you have not trusted wait here until "
                "you do."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(adder)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(lambda: self.add(self.key_text.text()))
        self.file_button.clicked.connect(self.add_from_file)
        self.trust_button.clicked.connect(self.trust_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()
        self.resize(760, 420)  # key ids and pseudonyms readable without dragging columns

    # seam: tests replace this
    def choose_key_file(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Volunteer's public key"), "", tr("minisign public keys (*.pub);;All (*)")
        )
        return path or None

    def refresh(self) -> None:
        waiting: dict[str, int] = {}
        for bundle in quarantined():
            waiting[bundle.key_id] = waiting.get(bundle.key_id, 0) + 1
        keys = keyring.list_keys()
        unknown = sorted(k for k in waiting if keyring.lookup(k) is None)
        self.table.setRowCount(len(keys) + len(unknown))
        for row, key in enumerate(keys):
            status = status_label(key.status)
            if key.withdrawn:
                status = tr("{status}, sightings withdrawn").format(status=status)
            cells = [key.pseudonym, key.key_id, status, waiting.get(key.key_id, 0)]
            self._fill(row, cells, key.key_id)
        for n, key_id in enumerate(unknown, start=len(keys)):
            cells = [tr("(unknown: add this key)"), key_id, tr("not added"), waiting[key_id]]
            self._fill(n, cells, key_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        key_id = self.selected_key()
        key = keyring.lookup(key_id) if key_id else None
        self.withdraw_button.setEnabled(key is not None and not key.withdrawn)
        self.restore_button.setEnabled(key is not None and bool(key.withdrawn))

    def _fill(self, row: int, cells: list[object], key_id: str) -> None:
        for col, value in enumerate(cells):
            item = QTableWidgetItem(str(value))
            item.setData(Qt.ItemDataRole.UserRole, key_id)
            self.table.setItem(row, col, item)

    def selected_key(self) -> str | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        item = self.table.item(rows.pop(), 1)
        return item.text() if item is not None else None

    def add(self, text: str) -> bool:
        try:
            key = keyring.add_key(text, self.name.text())
        except keyring.KeyringError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(
            tr("Added {id} ({name}). Trust it to merge its bundles.").format(
                id=key.key_id, name=key.pseudonym or "–"
            )
        )
        self.key_text.clear()
        self.name.clear()
        self.refresh()
        return True

    def add_from_file(self) -> None:
        path = self.choose_key_file()
        if path:
            self.add(path)

    def trust_selected(self) -> None:
        key_id = self.selected_key()
        if key_id is None:
            self.message.setText(tr("Choose a key first."))
            return
        try:
            key = keyring.trust(key_id)
        except keyring.KeyringError as exc:
            self.message.setText(str(exc))
            return
        results = self.last_released = release_quarantined(self.make_intake(), key.key_id)
        merged = sum(1 for r in results if r.ok)
        self.message.setText(
            tr("{id} is trusted; {merged} of {n} waiting bundles merged.").format(
                id=key.key_id, merged=merged, n=len(results)
            )
            + "".join(f"\n{r.file.name}: {r.reason}" for r in results if not r.ok)
        )
        self.refresh()

    def revoke_selected(self) -> None:
        key_id = self.selected_key()
        if key_id is None:
            self.message.setText(tr("Choose a key first."))
            return
        try:
            key = keyring.revoke(key_id)
        except keyring.KeyringError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(
            tr("{id} is revoked: its bundles will be refused.").format(id=key.key_id)
        )
        self.refresh()

    def withdraw_selected(self) -> None:
        key_id = self.selected_key()
        if key_id is None:
            self.message.setText(tr("Choose a key first."))
            return
        try:
            key = keyring.revoke(key_id)
            decision = keyring.withdraw(key.key_id, review.default_author())
        except keyring.KeyringError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(
            tr(
                "{id} is revoked and everything it sent is out of the consensus and the "
                "exports (decision {n}). Bring back undoes it."
            ).format(id=key.key_id, n=decision)
        )
        self.refresh()

    def restore_selected(self) -> None:
        key_id = self.selected_key()
        decision = keyring.withdrawal_decision(key_id) if key_id else None
        if key_id is None or decision is None:
            self.message.setText(tr("Choose a withdrawn key first."))
            return
        review.undo(decision)
        self.message.setText(
            tr("{id}'s sightings count again (the key stays revoked until you trust it).").format(
                id=key_id
            )
        )
        self.refresh()

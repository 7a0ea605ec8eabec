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
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.campaign import keyring, review
from surveyor.core.campaign.intake import Intake
from surveyor.core.campaign.intake_result import IntakeResult
from surveyor.core.campaign.quarantine import quarantined, release_quarantined
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import Sighting


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
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                tr("Name (double-click to edit)"),
                tr("Key id"),
                tr("Status"),
                tr("Waiting bundles"),
                tr("Its bundles say"),
            ]
        )
        claim_header = self.table.horizontalHeaderItem(4)
        if claim_header is not None:
            claim_header.setToolTip(
                tr("The name written in the volunteer's bundles: a claim anyone can write")
            )
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
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

        # Enter in the key or name field adds the key; no other button takes Enter.
        for button in (self.file_button, self.trust_button, self.revoke_button,
                       self.withdraw_button, self.restore_button):  # fmt: skip
            button.setAutoDefault(False)
            button.setDefault(False)
        self.add_button.setAutoDefault(False)
        self.add_button.setDefault(True)
        self.table.itemChanged.connect(self._renamed)
        self._filling = False
        self.add_button.clicked.connect(lambda: self.add(self.key_text.text()))
        self.file_button.clicked.connect(self.add_from_file)
        self.trust_button.clicked.connect(self.trust_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.withdraw_button.clicked.connect(lambda: self.withdraw_selected())
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()
        self.resize(760, 420)  # key ids and pseudonyms readable without dragging columns

    # -- seams: tests replace these ----------------------------------------------------------

    def confirm_revoke(self, who: str, sightings: int) -> str | None:
        """ "revoke", "withdraw" or None (cancelled)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Revoke a key"))
        box.setText(tr("Revoke {who}'s key?").format(who=who))
        box.setInformativeText(
            tr(
                "Bundles it signs from now on are refused. Its {n} sightings already merged "
                "stay in the consensus and the exports unless you also withdraw them "
                "(Bring back undoes a withdrawal)."
            ).format(n=sightings)
        )
        revoke = box.addButton(tr("Revoke only"), QMessageBox.ButtonRole.AcceptRole)
        withdraw = box.addButton(
            tr("Revoke and withdraw its sightings"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return "revoke" if clicked is revoke else "withdraw" if clicked is withdraw else None

    def confirm_trust_revoked(self, who: str) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Trust a revoked key"),
            tr(
                "{who}'s key was revoked. Trust it again? Bundles it signs will be merged "
                "again, including any waiting now."
            ).format(who=who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _who(self, key_id: str) -> str:
        key = keyring.lookup(key_id)
        return f"{key.pseudonym} ({key_id})" if key is not None and key.pseudonym else key_id

    @staticmethod
    def _sightings_of(key_id: str) -> int:
        return int(Sighting.select().where(Sighting.key_id == key_id).count())

    def revoke_selected_without_asking(self, key_id: str) -> None:
        try:
            key = keyring.revoke(key_id)
        except keyring.KeyringError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(
            tr("{id} is revoked: its bundles will be refused.").format(id=key.key_id)
        )
        self.refresh()

    def choose_key_file(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Volunteer's public key"), "", tr("minisign public keys (*.pub);;All (*)")
        )
        return path or None

    def refresh(self, select: str | None = None) -> None:
        """Fill the table; the selection stays on the key it was on (or on ``select``)."""
        select = select or self.selected_key()
        waiting: dict[str, int] = {}
        for bundle in quarantined():
            waiting[bundle.key_id] = waiting.get(bundle.key_id, 0) + 1
        claims = keyring.claimed_names()
        keys = keyring.list_keys()
        unknown = sorted(k for k in waiting if keyring.lookup(k) is None)
        self._filling = True
        self.table.clearSelection()
        self.table.setRowCount(len(keys) + len(unknown))
        for row, key in enumerate(keys):
            status = status_label(key.status)
            if key.withdrawn:
                status = tr("{status}, sightings withdrawn").format(status=status)
            claim = claims.get(key.key_id, "")
            cells = [key.pseudonym, key.key_id, status, waiting.get(key.key_id, 0), claim]
            self._fill(row, cells, key.key_id, editable_name=True)
        for n, key_id in enumerate(unknown, start=len(keys)):
            cells = [
                tr("(unknown: add this key)"),
                key_id,
                tr("not added"),
                waiting[key_id],
                claims.get(key_id, ""),
            ]
            self._fill(n, cells, key_id, editable_name=False)
        self._filling = False
        if select is not None:
            for row in range(self.table.rowCount()):
                item = self.table.item(row, 1)
                if item is not None and item.text() == select:
                    self.table.selectRow(row)
                    break
        self._update_buttons()

    def _renamed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        key_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            key = keyring.rename(key_id, item.text())
        except keyring.KeyringError as exc:
            self.message.setText(str(exc))
            self.refresh(select=key_id)
            return
        self.message.setText(
            tr("{id} is now called “{name}”.").format(id=key.key_id, name=key.pseudonym or "–")
        )

    def _update_buttons(self) -> None:
        key_id = self.selected_key()
        key = keyring.lookup(key_id) if key_id else None
        self.withdraw_button.setEnabled(key is not None and not key.withdrawn)
        self.restore_button.setEnabled(key is not None and bool(key.withdrawn))

    def _fill(self, row: int, cells: list[object], key_id: str, editable_name: bool) -> None:
        for col, value in enumerate(cells):
            item = QTableWidgetItem(str(value))
            item.setData(Qt.ItemDataRole.UserRole, key_id)
            flags = item.flags() & ~Qt.ItemFlag.ItemIsEditable
            if col == 0 and editable_name:
                flags |= Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
            if col == 4 and value:
                item.setText(tr("claims “{name}”").format(name=value))
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
        self.refresh(select=key.key_id)
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
        known = keyring.lookup(key_id)
        revoked = known is not None and known.status == "revoked"
        if revoked and not self.confirm_trust_revoked(self._who(key_id)):
            self.message.setText(tr("{id} stays revoked.").format(id=key_id))
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
        answer = self.confirm_revoke(self._who(key_id), self._sightings_of(key_id))
        if answer == "withdraw":
            self.withdraw_selected(confirmed=True)
            return
        if answer != "revoke":
            self.message.setText(tr("Nothing changed."))
            return
        self.revoke_selected_without_asking(key_id)

    def withdraw_selected(self, confirmed: bool = False) -> None:
        key_id = self.selected_key()
        if key_id is None:
            self.message.setText(tr("Choose a key first."))
            return
        if not confirmed:
            answer = self.confirm_revoke(self._who(key_id), self._sightings_of(key_id))
            if answer != "withdraw":
                if answer == "revoke":
                    self.revoke_selected_without_asking(key_id)
                else:
                    self.message.setText(tr("Nothing changed."))
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

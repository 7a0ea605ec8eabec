"""Settings ▸ Identity: make the signing key, choose a pseudonym, show and export the key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.bundle import identity
from surveyor.ui.background import Task, run_task


class IdentityDialog(QDialog):
    """Create the key pair (optionally passphrase-protected) or show the existing one.

    ``base`` is the config folder (default: the user's); tests pass a temporary one.
    Seams: ``pick_public_key_path()`` (file dialog), ``show_message(title, text)`` and
    ``confirm(title, text)``. A key that exists (damaged or not) is only replaced after
    *Replace key…* and a confirmation; its files then go to a dated backup folder.
    """

    def __init__(self, parent: QWidget | None = None, base: Path | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.task: Task | None = None
        self._replacing = False
        # scrypt limits for a passphrase (default: minisign's own); tests pass small ones.
        self.kdf_limits: dict[str, int] = {}
        self.setWindowTitle(self.tr("Identity"))
        self.setMinimumWidth(640)  # the whole public key in view
        intro = QLabel(
            self.tr(
                "Bundles you export are signed with this key so a coordinator can tell they "
                "are yours and unaltered. Only the pseudonym and the public key travel with "
                "them; choose a pseudonym that does not give away who you are."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.pseudonym = QLineEdit(self)
        self.pseudonym.setMaxLength(identity.MAX_PSEUDONYM)
        self.pseudonym.setPlaceholderText(self.tr("e.g. kestrel"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("optional; asked for at every export"))
        self.passphrase_again = QLineEdit(self)
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.public_key = QLineEdit(self)
        self.public_key.setReadOnly(True)
        self.key_id = QLabel("", self)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)

        self.create_button = QPushButton(self.tr("Create key"), self)
        self.create_button.clicked.connect(self.create_identity)
        self.save_button = QPushButton(self.tr("Save pseudonym"), self)
        self.save_button.clicked.connect(self.save_pseudonym)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.clicked.connect(self.copy_public_key)
        self.export_button = QPushButton(self.tr("Export public key…"), self)
        self.export_button.clicked.connect(self.export_public_key)
        self.replace_button = QPushButton(self.tr("Replace key…"), self)
        self.replace_button.clicked.connect(self.ask_replace)

        key_row = QHBoxLayout()
        key_row.addWidget(self.public_key, 1)
        key_row.addWidget(self.copy_button)
        form = QFormLayout()
        form.addRow(self.tr("Pseudonym"), self.pseudonym)
        self.passphrase_label = QLabel(self.tr("Passphrase"), self)
        self.passphrase_again_label = QLabel(self.tr("Passphrase again"), self)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.passphrase_again_label, self.passphrase_again)
        self.public_key_label = QLabel(self.tr("Public key"), self)
        form.addRow(self.public_key_label, key_row)
        self.key_id_label = QLabel(self.tr("Key id"), self)
        form.addRow(self.key_id_label, self.key_id)
        actions = QHBoxLayout()
        for button in (
            self.create_button,
            self.save_button,
            self.export_button,
            self.replace_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.refresh()

    # Seams a test replaces -------------------------------------------------------------------
    def pick_public_key_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export public key"), "surveyor.pub", self.tr("minisign key (*.pub)")
        )
        return path

    def show_message(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, str(text))  # str(): a core message translated

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # State -----------------------------------------------------------------------------------
    def current(self) -> identity.Identity | None:
        try:
            return identity.load(self.base)
        except identity.IdentityError:
            return None

    def refresh(self) -> None:
        ident = self.current()
        damage = identity.problem(self.base)
        has_key = ident is not None or identity.exists(self.base)
        asks = not has_key or self._replacing
        for widget in (self.passphrase, self.passphrase_again):
            widget.setVisible(asks)
            widget.clear()
        self.passphrase_label.setVisible(asks)
        self.passphrase_again_label.setVisible(asks)
        self.create_button.setVisible(asks)
        self.create_button.setText(
            self.tr("Create the new key") if self._replacing else self.tr("Create key")
        )
        self.replace_button.setVisible(has_key and not self._replacing)
        shown_with_key: tuple[QWidget, ...] = (
            self.public_key,
            self.public_key_label,
            self.key_id,
            self.key_id_label,
            self.copy_button,
            self.save_button,
            self.export_button,
        )
        for shown in shown_with_key:
            shown.setVisible(ident is not None)
        if ident is not None:
            self.pseudonym.setText(ident.pseudonym)
            self.public_key.setText(ident.public_key.to_base64())
            self.public_key.setCursorPosition(0)  # show where the key starts ("RW…")
            self.key_id.setText(ident.key_id)
        if self._replacing:
            self.status.setText(
                self.tr("Choose a passphrase for the new key (optional), then create it.")
            )
        elif damage is not None:
            self.status.setText(
                self.tr(
                    "Your signing key is damaged and cannot sign: {reason}. Replace key… "
                    "makes a new one and keeps the old files in a dated backup folder."
                ).format(reason=damage)
            )
        elif ident is not None:
            hint = self.tr(
                "Give your public key to your coordinator (Copy, or Export public key…) so "
                "they can trust your bundles."
            )
            note = self.tr("Protected by a passphrase.") if ident.encrypted else ""
            self.status.setText(f"{hint} {note}".strip())
        else:
            self.status.setText(self.tr("No signing key yet."))

    # Actions ---------------------------------------------------------------------------------
    def create_identity(self) -> None:
        passphrase = self.passphrase.text()
        if passphrase != self.passphrase_again.text():
            self.show_message(self.tr("Identity"), self.tr("The passphrases differ."))
            return
        name = self.pseudonym.text()
        base, limits = self.base, dict(self.kdf_limits)
        self.create_button.setEnabled(False)
        self.status.setText(self.tr("Making your key…"))

        replace = self._replacing

        def make() -> identity.Identity:
            return identity.create(name, passphrase or None, base, replace=replace, **limits)

        self.task = run_task(make, self._on_created, self._on_failed, self)

    def ask_replace(self) -> None:
        """Replace key…: say what it means, and go on only when the volunteer agrees."""
        agreed = self.confirm(
            self.tr("Replace your signing key?"),
            self.tr(
                "A new key replaces this one. The old key's files are moved to a dated backup "
                "folder beside it, not deleted. Bundles you already sent stay valid, but give "
                "your coordinator the new public key before you send the next one."
            ),
        )
        if agreed:
            self._replacing = True
            self.refresh()

    def _on_created(self, ident: object) -> None:
        self.create_button.setEnabled(True)
        self._replacing = False
        self.refresh()
        moved = getattr(ident, "replaced_to", None)
        if moved is not None:
            self.status.setText(
                self.tr("New key made; the old key's files are in {folder}.").format(folder=moved)
            )

    def _on_failed(self, message: str) -> None:
        self.create_button.setEnabled(True)
        message = str(message)  # a core message in the user's language (Qt takes the English)
        self.status.setText(message)
        self.show_message(self.tr("Identity"), message)

    def save_pseudonym(self) -> None:
        try:
            identity.set_pseudonym(self.pseudonym.text(), self.base)
        except identity.IdentityError as exc:
            self.show_message(self.tr("Identity"), str(exc))
            return
        self.refresh()
        self.status.setText(self.tr("Pseudonym saved."))

    def copy_public_key(self) -> None:
        QGuiApplication.clipboard().setText(self.public_key.text())
        self.status.setText(self.tr("Public key copied."))

    def export_public_key(self) -> None:
        path = self.pick_public_key_path()
        if not path:
            return
        try:
            identity.export_public_key(Path(path), self.base)
        except (OSError, identity.IdentityError) as exc:
            self.show_message(self.tr("Export public key"), str(exc))
            return
        self.status.setText(self.tr("Public key written to {path}").format(path=path))

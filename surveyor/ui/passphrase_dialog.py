"""Asking for a workspace's passphrase: to open or unlock it, or a new one (typed twice)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

# Long enough that guessing it offline takes more than a weekend of a laptop's scrypt.
MIN_NEW_LENGTH = 8


class PassphraseDialog(QDialog):
    """One passphrase for ``folder``; ``error`` says why it is asked again."""

    def __init__(self, folder: Path, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted workspace"))
        intro = QLabel(
            self.tr("The workspace {folder} is encrypted. Type its passphrase to open it.").format(
                folder=folder
            ),
            self,
        )
        intro.setWordWrap(True)
        self.error = QLabel(error, self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(bool(error))
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.error, self.field, buttons):
            layout.addWidget(widget)
        self.field.setFocus()

    def passphrase(self) -> str:
        return self.field.text()


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice; OK only when both match and it is long enough."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        text = QLabel(explanation, self)
        text.setWordWrap(True)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._check)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow(self.tr("Again:"), self.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_NEW_LENGTH:
            problem = self.tr("At least {n} characters; a few words are best.").format(
                n=MIN_NEW_LENGTH
            )
        elif first != second:
            problem = self.tr("The two passphrases differ.")
        else:
            problem = ""
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def passphrase(self) -> str:
        return self.first.text()

"""First start on an empty workspace: import your photos, or look around the demo first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    importRequested = Signal()
    demoRequested = Signal()
    encryptRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        card = QWidget(self)
        card.setFixedWidth(480)
        title = QLabel(self.tr("Welcome to Surveyor"), card)
        title.setStyleSheet("font-size: 22px; font-weight: bold;")
        text = QLabel(
            self.tr(
                "This workspace has no photos yet. Import the photos of a walk, or open a "
                "demo workspace with a few cameras already recorded to see how it works."
            ),
            card,
        )
        text.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import photos…"), card)
        self.import_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open the demo workspace"), card)
        for button in (self.import_button, self.demo_button):
            button.setMinimumHeight(36)
        self.import_button.clicked.connect(self.importRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.encrypt_button = QPushButton(self.tr("Encrypt this workspace first…"), card)
        self.encrypt_button.setMinimumHeight(36)
        self.encrypt_button.clicked.connect(self.encryptRequested)
        self.encrypt_why = QLabel(
            self.tr(
                "If your laptop could be taken (at a protest, at a border), encrypt the "
                "workspace: without the passphrase nobody can see your photos, where you stood "
                "or when."
            ),
            card,
        )
        self.encrypt_why.setWordWrap(True)
        self.encrypt_why.setStyleSheet("color: palette(dark);")
        hint = QLabel(self.tr("You can also drop photos or folders onto this window."), card)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(dark);")
        inner = QVBoxLayout(card)
        inner.setSpacing(12)
        for widget in (
            title,
            text,
            self.import_button,
            self.demo_button,
            hint,
            self.encrypt_button,
            self.encrypt_why,
        ):
            inner.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def show_encrypt_offer(self, visible: bool) -> None:
        """Offered on a plain workspace only."""
        self.encrypt_button.setVisible(visible)
        self.encrypt_why.setVisible(visible)

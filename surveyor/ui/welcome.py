"""First start on an empty workspace: import your photos, or look around the demo first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    importRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("Welcome to Surveyor"), self)
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        text = QLabel(
            self.tr(
                "This workspace has no photos yet. Import the photos of a walk, or open a "
                "demo workspace with a few cameras already recorded to see how it works."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setMaximumWidth(520)
        self.import_button = QPushButton(self.tr("Import photos…"), self)
        self.import_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open the demo workspace"), self)
        self.import_button.clicked.connect(self.importRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        hint = QLabel(self.tr("You can also drop photos or folders onto this window."), self)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, text, self.import_button, self.demo_button, hint):
            widget.setMinimumWidth(min(widget.sizeHint().width(), 520))
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

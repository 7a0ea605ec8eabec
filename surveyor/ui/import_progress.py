"""Import progress: a bar, "120 of 1,000", the time left, and Cancel."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)


def format_duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return QCoreApplication.translate("ImportProgressDialog", "{s} s").format(s=seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return QCoreApplication.translate("ImportProgressDialog", "{m} min {s:02d} s").format(
            m=minutes, s=seconds
        )
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("ImportProgressDialog", "{h} h {m:02d} min").format(
        h=hours, m=minutes
    )


class ImportProgressDialog(QDialog):
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importing photos"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.count = QLabel(self.tr("Looking for photos…"), self)
        self.eta = QLabel("", self)
        self.current = QLabel("", self)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.current.setMinimumWidth(420)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self._cancel)
        layout = QVBoxLayout(self)
        for widget in (self.count, self.bar, self.eta, self.current, self.buttons):
            layout.addWidget(widget)
        self._started = time.monotonic()
        self._cancelled = False

    def update_progress(self, done: int, total: int, path: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        self.count.setText(self.tr("{done} of {total} files").format(done=done, total=total))
        elapsed = time.monotonic() - self._started
        if 0 < done < total and elapsed > 0.5:
            left = elapsed / done * (total - done)
            self.eta.setText(self.tr("About {time} left").format(time=format_duration(left)))
        elif done >= total > 0:
            self.eta.setText(self.tr("Finishing…"))
        if path:
            metrics = self.current.fontMetrics()
            self.current.setText(
                metrics.elidedText(path, Qt.TextElideMode.ElideMiddle, self.current.width())
            )

    def is_cancelled(self) -> bool:
        return self._cancelled

    def _cancel(self) -> None:
        if not self._cancelled:
            self._cancelled = True
            self.count.setText(self.tr("Cancelling: finishing the files in progress…"))
            self.buttons.setEnabled(False)
            self.cancelRequested.emit()

    def reject(self) -> None:  # Escape or the window's close button mean Cancel
        self._cancel()

"""The window's status bar: passing messages on the left, the catalogue's counts on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from surveyor.core.photos.rows import WalkSummary

MESSAGE_MS = 6000


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the strings' context before the split


class StatusLine:
    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.counts = QLabel(bar)
        bar.addPermanentWidget(self.counts)

    def message(self, text: str, msecs: int = MESSAGE_MS) -> None:
        """Shown for ``msecs`` (0: until the next message)."""
        self.bar.showMessage(str(text), msecs)  # str(): a core message in the user's language

    def clear(self) -> None:
        self.bar.clearMessage()

    def import_progress(self, done: int, total: int) -> None:
        self.bar.showMessage(_tr("Importing: {done} of {total}").format(done=done, total=total))

    def show_counts(self, total: WalkSummary, shown: int) -> None:
        # No clearMessage() here: this runs after every edit and would wipe its confirmation.
        self.counts.setText(
            _tr("{photos} photos · {cameras} cameras · {todo} to do · {shown} shown").format(
                photos=total.photos, cameras=total.cameras, todo=total.todo, shown=shown
            )
        )

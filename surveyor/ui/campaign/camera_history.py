"""A camera's history in the review window: why each sighting is where the merge put it, and
the button that takes an automatic decision back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.campaign import history
from surveyor.ui.campaign.decision_text import shown


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPanel", text)


class CameraHistory(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = QListWidget()
        self.entries.setWordWrap(True)
        self.entries.setToolTip(tr("Why each sighting of this camera is where the merge put it"))
        self.undo_button = QPushButton(tr("Undo this automatic decision"))
        self.undo_button.setToolTip(
            tr("A join is split off again; two cameras kept apart are merged")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("History of this camera:")))
        layout.addWidget(self.entries, 1)
        layout.addWidget(self.undo_button)
        self.entries.currentRowChanged.connect(lambda _r: self._selected())

    def show_camera(self, camera_id: int | None) -> None:
        self.entries.clear()
        for entry in history.camera_history(camera_id) if camera_id is not None else []:
            text = shown(entry.text, entry.words)
            line = QListWidgetItem(f"{entry.volunteer}: {text}")
            line.setData(Qt.ItemDataRole.UserRole, entry.note_id)
            line.setData(Qt.ItemDataRole.UserRole + 1, entry.undoable)
            line.setToolTip(text)
            self.entries.addItem(line)
        self._selected()

    def selected_note(self) -> int | None:
        """The automatic decision selected (its note id), or None."""
        line = self.entries.currentItem()
        return None if line is None else int(line.data(Qt.ItemDataRole.UserRole))

    def _selected(self) -> None:
        line = self.entries.currentItem()
        self.undo_button.setEnabled(
            line is not None and bool(line.data(Qt.ItemDataRole.UserRole + 1))
        )

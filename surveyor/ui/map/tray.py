"""The "no position" tray: photos (and cameras) that wait to be placed on the map.

Items can be dragged onto the map (the page reads ``surveyor:<kind>:<id>`` from the drop) or
selected and then placed with one click on the map.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PositionTray(QListWidget):
    """A list of (kind, id, label, reason) entries with drag support.

    The reason (why a photo has no position, e.g. "taken 12 min before the track starts") is
    shown under the label and as the tooltip, so the volunteer knows what to fix.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)

    def set_entries(self, entries: Sequence[tuple[str, int, str, str]]) -> None:
        current = self.current_entry()
        self.clear()
        for kind, item_id, label, reason in entries:
            item = QListWidgetItem(f"{label}\n{reason}" if reason else label)
            if reason:
                item.setToolTip(reason)
            item.setData(KIND_ROLE, kind)
            item.setData(ID_ROLE, item_id)
            self.addItem(item)
            if current == (kind, item_id):
                self.setCurrentItem(item)

    def current_entry(self) -> tuple[str, int] | None:
        item = self.currentItem()
        if item is None or not item.isSelected():
            return None
        return str(item.data(KIND_ROLE)), int(item.data(ID_ROLE))

    def entries(self) -> list[tuple[str, int]]:
        return [
            (str(self.item(i).data(KIND_ROLE)), int(self.item(i).data(ID_ROLE)))
            for i in range(self.count())
        ]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        mime = QMimeData()
        if items:
            mime.setText(f"surveyor:{items[0].data(KIND_ROLE)}:{items[0].data(ID_ROLE)}")
        return mime

"""The sidebar: walks with their counts; choosing one narrows the grid to it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from surveyor.ui.walk_model import WalkListModel


class WalkSidebar(QWidget):
    walkChosen = Signal(object)  # walk id, or None for all walks

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = WalkListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("walkList")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSpacing(2)
        self.view.setWordWrap(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setToolTip(self.tr("Right-click a walk to rename, merge, split or remove it."))
        title = QLabel(self.tr("Walks"), self)
        title.setStyleSheet("font-weight: bold; padding: 4px 2px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)

    def reload(self, total_cameras: int | None = None) -> None:
        chosen = self.current_walk()
        blocker = self.view.selectionModel().blockSignals(True)
        self.model.reload(total_cameras)
        self.view.setCurrentIndex(self.model.index(self.model.row_of_walk(chosen)))
        self.view.selectionModel().blockSignals(blocker)

    def current_walk(self) -> int | None:
        index = self.view.currentIndex()
        return self._walk_at(index.row()) if index.isValid() else None

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self.walkChosen.emit(self._walk_at(indexes[0].row()) if indexes else None)

    def walk_at(self, row: int) -> int | None:
        """The walk on that row; None for the first row, "All walks"."""
        return self._walk_at(row)

    def _walk_at(self, row: int) -> int | None:
        return None if row == 0 else self.model.summary(row).id

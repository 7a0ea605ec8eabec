"""The merge's automatic decisions by class, to look over and take back (on the review's undo)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.campaign import history
from surveyor.core.campaign.history import CATEGORIES, HistoryEntry
from surveyor.ui.campaign.decision_text import shown
from surveyor.ui.campaign.review_undo import ReviewCommand

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("DecisionsView", text)


def category_label(category: str) -> str:
    return {
        "far": tr("Joined beyond 5 m"),
        "slip": tr("Joined although type or mount differ"),
        "apart": tr("Kept apart from a close camera"),
        "split": tr("Split off: volunteers saw two ways"),
        "nested": tr("Settled: one answer a kind of the other"),
    }.get(category, category)


class DecisionsModel(QAbstractTableModel):
    """One row per standing automatic decision of the chosen class."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []

    def reload(self, category: str) -> None:
        self.beginResetModel()
        self.entries = history.automatic_decisions(category)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Camera"), tr("Volunteer"), tr("Why"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            why = shown(entry.text, entry.words)
            return (str(entry.camera_id or ""), entry.volunteer, why)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown(entry.text, entry.words)
        return None


class DecisionsView(QWidget):
    """Pick a class of automatic decisions, select one, undo it (Undo takes that back too)."""

    def __init__(self, author: str, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.author = author
        self.undo_stack = undo_stack
        self.category = QComboBox()
        for key in CATEGORIES:
            self.category.addItem(category_label(key), key)
        self.model = DecisionsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.count = QLabel()
        self.undo_button = QPushButton(tr("Undo this automatic decision"))
        self.undo_button.setToolTip(
            tr("A join is split off again; cameras kept apart or split are merged")
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Automatic decisions:")))
        top.addWidget(self.category, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.undo_button)
        layout.addLayout(bottom)
        self.category.currentIndexChanged.connect(lambda _i: self.refresh())
        self.undo_button.clicked.connect(self.undo_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selected())
        self.refresh()

    def refresh(self) -> None:
        self.model.reload(self.category.currentData())
        self.count.setText(tr("{n} standing").format(n=self.model.rowCount()))
        self._selected()

    def _selected(self) -> None:
        row = self.table.currentIndex().row()
        entry = self.model.entries[row] if 0 <= row < len(self.model.entries) else None
        self.undo_button.setEnabled(entry is not None and entry.undoable)

    def undo_selected(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.entries):
            return
        note_id = self.model.entries[row].note_id
        command = ReviewCommand(
            tr("Undo automatic decision"),
            lambda: history.undo_automatic(note_id, self.author),
            self.refresh,
        )
        self.undo_stack.push(command)
        self.status.setText(command.error or "")

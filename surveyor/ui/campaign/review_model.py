"""The review queue as a table model: one row per open review item, what matters most first."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from surveyor.core.campaign import review
from surveyor.ui.campaign.decision_text import shown
from surveyor.ui.locale_format import number

ItemIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewModel", text)


def kind_label(kind: str) -> str:
    return {
        "far_match": tr("Far match"),
        "possible_duplicate": tr("Duplicate?"),
        "vote_split": tr("Split vote"),
    }.get(kind, kind)


class ReviewQueueModel(QAbstractTableModel):
    COLUMNS = ("kind", "distance", "reason")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str, float, str]] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = [
            (i.id, i.kind, i.distance_m, shown(i.reason, i.words)) for i in review.open_items()
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("What"), tr("Distance"), tr("Why"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item_id, kind, distance, reason = self._rows[index.row()]
        if role == ItemIdRole:
            return item_id
        if role == KindRole:
            return kind
        if role == Qt.ItemDataRole.DisplayRole:
            column = self.COLUMNS[index.column()]
            if column == "kind":
                return kind_label(kind)
            if column == "distance":
                return "" if kind == "vote_split" else tr("{m} m").format(m=number(distance, 1))
            return reason
        if role == Qt.ItemDataRole.ToolTipRole:  # the "Why" column is often cut short
            return reason
        return None

    def item_id(self, row: int) -> int:
        return self._rows[row][0]

    def row_of(self, item_id: int) -> int | None:
        for n, row in enumerate(self._rows):
            if row[0] == item_id:
                return n
        return None

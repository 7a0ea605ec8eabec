"""Walks with their counts, plus an "All walks" row first (no widgets needed to test it)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from surveyor.core.photos.rows import WalkSummary, walk_summaries

WalkIdRole = Qt.ItemDataRole.UserRole + 1  # ALL_WALKS for the "All walks" row
ALL_WALKS = -1
SummaryRole = Qt.ItemDataRole.UserRole + 2


class WalkListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._walks: list[WalkSummary] = []
        self._total = WalkSummary(0, "", 0, 0, 0)

    def reload(self, total_cameras: int | None = None) -> None:
        self.beginResetModel()
        self._walks = walk_summaries()
        cameras = total_cameras
        if cameras is None:
            cameras = sum(w.cameras for w in self._walks)
        self._total = WalkSummary(
            0,
            self.tr("All walks"),
            sum(w.photos for w in self._walks),
            cameras,
            sum(w.todo for w in self._walks),
        )
        self.endResetModel()

    def summary(self, row: int) -> WalkSummary:
        return self._total if row == 0 else self._walks[row - 1]

    def row_of_walk(self, walk_id: int | None) -> int:
        if walk_id is None:
            return 0
        for i, walk in enumerate(self._walks, start=1):
            if walk.id == walk_id:
                return i
        return 0

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._walks) + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or not 0 <= index.row() <= len(self._walks):
            return None
        walk = self.summary(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            detail = self.tr("{photos} photos · {cameras} cameras · {todo} to do").format(
                photos=walk.photos, cameras=walk.cameras, todo=walk.todo
            )
            return f"{walk.name}\n{detail}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return walk.name
        if role == WalkIdRole:
            return ALL_WALKS if index.row() == 0 else walk.id
        if role == SummaryRole:
            return walk
        return None

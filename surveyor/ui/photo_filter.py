"""Which photos the grid shows: a walk, a state filter and a text search, over the model."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from surveyor.core.photos.rows import STATE_NO_CAMERA, STATE_REVIEW, STATE_TODO, PhotoRow
from surveyor.ui.photo_model import PhotoListModel


class PhotoFilter(Enum):
    ALL = "all"
    TODO = "todo"
    HAS_CAMERAS = "has_cameras"
    NO_CAMERA = "no_camera"
    NO_POSITION = "no_position"
    NEEDS_REVIEW = "needs_review"

    def label(self) -> str:
        labels = {
            PhotoFilter.ALL: QCoreApplication.translate("PhotoFilter", "All photos"),
            PhotoFilter.TODO: QCoreApplication.translate("PhotoFilter", "To do"),
            PhotoFilter.HAS_CAMERAS: QCoreApplication.translate("PhotoFilter", "Has cameras"),
            PhotoFilter.NO_CAMERA: QCoreApplication.translate("PhotoFilter", "No camera here"),
            PhotoFilter.NO_POSITION: QCoreApplication.translate("PhotoFilter", "No position"),
            PhotoFilter.NEEDS_REVIEW: QCoreApplication.translate("PhotoFilter", "Needs review"),
        }
        return labels[self]

    def accepts(self, row: PhotoRow) -> bool:
        state = row.state
        if self is PhotoFilter.TODO:
            return state == STATE_TODO
        if self is PhotoFilter.HAS_CAMERAS:
            return row.camera_count > 0
        if self is PhotoFilter.NO_CAMERA:
            return state == STATE_NO_CAMERA
        if self is PhotoFilter.NO_POSITION:
            return not row.has_position
        if self is PhotoFilter.NEEDS_REVIEW:
            return state == STATE_REVIEW
        return True


class PhotoFilterProxy(QSortFilterProxyModel):
    """Filters the photo model; ``set_*`` re-filters at once.

    Pinned photos (the selection) stay visible when an edit makes them leave the filter, so
    recording a camera under "To do" does not pull the photo away while it is being described.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = PhotoFilter.ALL
        self._walk_id: int | None = None
        self._needle = ""
        self._pinned: frozenset[int] = frozenset()
        self._rows: list[PhotoRow] = []

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        # filterAcceptsRow runs once per photo (20,000 calls): index the model's own list
        # instead of going through data() and QVariant.
        self._rows = model._rows if isinstance(model, PhotoListModel) else []
        super().setSourceModel(model)
        # The state of an edited photo may change: re-check rows when their data changes.
        self.setDynamicSortFilter(True)

    def set_photo_filter(self, value: PhotoFilter) -> None:
        if value is not self._filter:
            self.beginFilterChange()
            self._filter = value
            self._refilter()

    def set_walk(self, walk_id: int | None) -> None:
        if walk_id != self._walk_id:
            self.beginFilterChange()
            self._walk_id = walk_id
            self._refilter()

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self._refilter()

    def _refilter(self) -> None:
        # A filter the volunteer chose shows exactly what it says: no pinned leftovers.
        self._pinned = frozenset()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_pinned(self, photo_ids: set[int] | frozenset[int]) -> None:
        new = frozenset(photo_ids)
        source = self.sourceModel()
        leaving = self._pinned - new
        stale = isinstance(source, PhotoListModel) and any(
            (row := source.photo_by_id(i)) is not None and not self._matches(row) for i in leaving
        )
        if stale:  # a photo that left the filter while selected may go now
            self.beginFilterChange()
            self._pinned = new
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._pinned = new

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._filter is PhotoFilter.ALL and self._walk_id is None and not self._needle:
            return True
        row = self._rows[source_row]
        return row.id in self._pinned or self._matches(row)

    def _matches(self, row: PhotoRow) -> bool:
        if self._walk_id is not None and row.walk_id != self._walk_id:
            return False
        if self._needle and not all(
            word in row.search_text or word in row.name.casefold() for word in self._needle.split()
        ):
            return False
        return self._filter.accepts(row)

"""Which photos are selected in the grid, read and set by photo id (through the filter proxy)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex

from surveyor.core.photos.rows import PhotoRow
from surveyor.ui.photo_filter import PhotoFilterProxy
from surveyor.ui.photo_grid import PhotoGrid
from surveyor.ui.photo_model import PhotoListModel


class PhotoSelection:
    """The grid's selection in catalogue terms.

    ``reveal_all`` clears the walk, filter and search so that a hidden photo can be selected.
    """

    def __init__(
        self,
        grid: PhotoGrid,
        proxy: PhotoFilterProxy,
        model: PhotoListModel,
        reveal_all: Callable[[], None],
    ) -> None:
        self.grid, self.proxy, self.model = grid, proxy, model
        self.reveal_all = reveal_all

    def photos(self) -> list[PhotoRow]:
        indexes = sorted(self.grid.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return [self.model.photo(self.proxy.mapToSource(i).row()) for i in indexes]

    def current(self) -> PhotoRow | None:
        index = self.grid.currentIndex()
        if not index.isValid():
            return None
        return self.model.photo(self.proxy.mapToSource(index).row())

    def select_row(self, row: int, add: bool = False) -> None:
        """Select the ``row``-th photo shown (``add``: keep the others selected)."""
        index = self.proxy.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        if add:
            flags = QItemSelectionModel.SelectionFlag.Select
        self.grid.selectionModel().setCurrentIndex(index, flags)
        self.grid.scrollTo(index)

    def _shown_index(self, photo_id: int) -> QModelIndex:
        row = self.model.row_of(photo_id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row))

    def select(self, photo_ids: list[int]) -> None:
        found = [i for i in (self._shown_index(p) for p in photo_ids) if i.isValid()]
        if not found and photo_ids and self.model.row_of(photo_ids[0]) is not None:
            self.reveal_all()  # hidden by the filters: show everything so it can be selected
            found = [i for i in (self._shown_index(p) for p in photo_ids) if i.isValid()]
        for n, index in enumerate(found):
            self.select_row(index.row(), add=n > 0)

    def select_one(self, photo_id: int) -> None:
        """Select only this photo, unless it already is the one selected."""
        current = self.current()
        if current is None or current.id != photo_id or len(self.photos()) != 1:
            self.select([photo_id])

    def select_first_if_none(self) -> None:
        if not self.photos() and self.proxy.rowCount():
            self.select_row(0)

    def next_to_do(self) -> int | None:
        """The row shown after the current one (wrapping around) whose photo is still to do."""
        total = self.proxy.rowCount()
        current = self.grid.currentIndex()
        start = current.row() + 1 if current.isValid() else 0
        for offset in range(total):
            row = (start + offset) % total
            if current.isValid() and row == current.row():
                continue
            photo = self.model.photo(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if photo.is_todo:
                return row
        return None

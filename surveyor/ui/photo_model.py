"""The photos of a workspace as a list model with named roles (no widgets needed to test it)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from enum import IntEnum
from functools import partial

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPixmap

from surveyor.core.photos.rows import (
    STATE_CAMERAS,
    STATE_NO_CAMERA,
    STATE_REVIEW,
    PhotoRow,
    photo_rows,
)
from surveyor.core.vault.storage import Blob
from surveyor.core.workspace import Workspace
from surveyor.store.models import db_proxy
from surveyor.ui.background import Task, run_task, wait_for
from surveyor.ui.locale_format import short_date_time
from surveyor.ui.thumbnails import Source, ThumbnailLoader, sources

THUMB_SIZE = 256
log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
# Built once: flags() runs for every painted cell, and combining enum flags is slow in Python.
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# Position of each photo by id, and by content hash (thumbnails are keyed by hash).
_Lookups = tuple[dict[int, int], dict[str, int]]


def _lookups(rows: list[PhotoRow]) -> _Lookups:
    return {r.id: i for i, r in enumerate(rows)}, {r.sha256: i for i, r in enumerate(rows)}


def thumbnail_sources(workspace: Workspace, sha256: str, extension: str) -> list[Source]:
    """Where a photo's thumbnail may come from: the cached thumbnail, else the original."""
    return sources(
        workspace.storage,
        [Blob.thumbnail(sha256, THUMB_SIZE), Blob.original(sha256, extension)],
    )


class PhotoRole(IntEnum):
    Id = Qt.ItemDataRole.UserRole + 1
    Row = Qt.ItemDataRole.UserRole + 2  # the whole PhotoRow
    State = Qt.ItemDataRole.UserRole + 3
    CameraCount = Qt.ItemDataRole.UserRole + 4
    HasPosition = Qt.ItemDataRole.UserRole + 5
    Mark = Qt.ItemDataRole.UserRole + 6
    WalkId = Qt.ItemDataRole.UserRole + 7
    SearchText = Qt.ItemDataRole.UserRole + 8
    Thumbnail = Qt.ItemDataRole.UserRole + 9  # QPixmap, null while it loads


class PhotoListModel(QAbstractListModel):
    """One row per photo. Thumbnails are asked for lazily, when a view paints a row."""

    reloaded = Signal()  # after reload() / reload_in_background() applied new rows

    def __init__(
        self,
        workspace: Workspace,
        thumbnails: ThumbnailLoader | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.thumbnails = thumbnails or ThumbnailLoader(THUMB_SIZE, parent=self)
        self._rows: list[PhotoRow] = []
        self._generation = 0
        self._task: Task | None = None
        self._row_of: dict[int, int] = {}
        self._key_row: dict[str, int] = {}
        # Thumbnails arrive one by one; repaint them in batches, not one signal each.
        self._dirty: set[int] = set()
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(30)
        self._flush.timeout.connect(self._flush_dirty)
        self.thumbnails.ready.connect(self._on_thumbnail)

    # Loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read every photo now, in this thread (tests, opening a workspace)."""
        self._generation += 1
        self.apply_rows(photo_rows())

    def reload_in_background(self) -> None:
        """Read every photo on a worker thread, then apply the result here.

        At 20,000 photos the query takes a few hundred milliseconds: too long for the UI
        thread. A newer request wins over an older one still running.
        """
        self._generation += 1
        generation = self._generation
        catalogue = db_proxy.obj  # the rows belong to it

        def load() -> tuple[list[PhotoRow], _Lookups]:
            rows = photo_rows()
            return rows, _lookups(rows)  # built here, not in the UI thread's pause

        def done(result: tuple[list[PhotoRow], _Lookups]) -> None:
            # Stale after a newer request, or once the workspace was switched or closed (the
            # result is delivered through the event loop, after the window waited for it).
            if generation == self._generation and db_proxy.obj is catalogue:
                self.apply_rows(*result)

        def failed(reason: str) -> None:
            log.warning("could not reload the photos: %s", reason)

        self._task = run_task(load, done, failed, self)

    def wait_for_background(self) -> None:
        """Let a running background read end (before the window or workspace goes away)."""
        wait_for(self._task)

    def apply_rows(self, rows: list[PhotoRow], lookups: _Lookups | None = None) -> None:
        """Show ``rows``: only changed rows are signalled when the photos are the same ones.

        ``lookups`` is ``_lookups(rows)`` when the caller already built it off the UI thread.
        """
        same_photos = len(rows) == len(self._rows) and all(
            new.id == old.id for new, old in zip(rows, self._rows, strict=True)
        )
        if same_photos:
            changed = [
                i for i, (new, old) in enumerate(zip(rows, self._rows, strict=True)) if new != old
            ]
            self._rows[:] = rows  # same ids at the same places: the lookups still hold
            for i in changed:
                self.dataChanged.emit(self.index(i), self.index(i))
            self.reloaded.emit()
            return
        self.beginResetModel()
        self.thumbnails.drop_pending()
        self._rows[:] = rows  # same list object: the filter proxy reads it directly
        self._row_of, self._key_row = lookups or _lookups(rows)
        self.endResetModel()
        self.reloaded.emit()

    def set_workspace(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.reload()

    def refresh_photos(self, ids: Iterable[int]) -> None:
        """Re-read some photos after an edit; rows not in the model are ignored."""
        wanted = [i for i in ids if i in self._row_of]
        if not wanted:
            return
        for row in photo_rows(wanted):
            position = self._row_of.get(row.id)
            if position is None:
                continue
            self._rows[position] = row
            index = self.index(position)
            self.dataChanged.emit(index, index)

    # Lookups ---------------------------------------------------------------------------------
    def row_of(self, photo_id: int) -> int | None:
        return self._row_of.get(photo_id)

    def photo(self, row: int) -> PhotoRow:
        return self._rows[row]

    def photo_by_id(self, photo_id: int) -> PhotoRow | None:
        position = self._row_of.get(photo_id)
        return None if position is None else self._rows[position]

    def rows(self) -> list[PhotoRow]:
        return list(self._rows)

    # QAbstractListModel ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            when = short_date_time(row.taken_at or "")
            lines = [row.name, when, state_text(row)]
            if not row.has_position:
                lines.append(QCoreApplication.translate("PhotoGrid", "No position yet"))
            return "\n".join(line for line in lines if line)
        if role == PhotoRole.Id:
            return row.id
        if role == PhotoRole.Row:
            return row
        if role == PhotoRole.State:
            return row.state
        if role == PhotoRole.CameraCount:
            return row.camera_count
        if role == PhotoRole.HasPosition:
            return row.has_position
        if role == PhotoRole.Mark:
            return row.mark or ""
        if role == PhotoRole.WalkId:
            return row.walk_id
        if role == PhotoRole.SearchText:
            return row.search_text
        if role == PhotoRole.Thumbnail:
            pixmap = self.thumbnails.pixmap(row.sha256)
            if pixmap is None:
                # The paths are made on the worker: painting a page must stay cheap.
                files = partial(thumbnail_sources, self.workspace, row.sha256, row.extension)
                self.thumbnails.request(row.sha256, files)
                return QPixmap()  # a null pixmap, not None
            return pixmap
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        for role in PhotoRole:
            names[int(role)] = QByteArray(role.name[0].lower().encode() + role.name[1:].encode())
        return names

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    # Thumbnails ------------------------------------------------------------------------------
    def _on_thumbnail(self, key: object) -> None:
        position = self._key_row.get(str(key))
        if position is not None:
            self._dirty.add(position)
            if not self._flush.isActive():
                self._flush.start()

    def _flush_dirty(self) -> None:
        if not self._dirty:
            return
        low, high = min(self._dirty), max(self._dirty)
        self._dirty.clear()
        high = min(high, len(self._rows) - 1)
        if low <= high:
            self.dataChanged.emit(self.index(low), self.index(high), [PhotoRole.Thumbnail])


def state_text(row: PhotoRow) -> str:
    """What the photo's badge means, in words (the grid's tooltip)."""
    translate = QCoreApplication.translate
    if row.state == STATE_REVIEW:
        return translate("PhotoGrid", "Needs review")
    if row.state == STATE_CAMERAS:
        return translate("PhotoGrid", "Cameras recorded: {n}").format(n=row.camera_count)
    if row.state == STATE_NO_CAMERA:
        return translate("PhotoGrid", "No camera in this photo")
    return translate("PhotoGrid", "To do: no camera recorded yet")

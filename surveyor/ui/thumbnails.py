"""Thumbnails loaded off the UI thread, with a small LRU cache of ready pixmaps.

Files are decoded into ``QImage`` by background tasks (``surveyor.ui.background``; QImage is
safe off the UI thread, QPixmap is not); the UI thread turns them into pixmaps when they
arrive. The newest request runs first, so scrolling fast does not wait for rows that have
already gone past, and every thumbnail yields to other background work.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import BinaryIO

from peewee import DatabaseError
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from surveyor.core.vault.keyfile import VaultError
from surveyor.core.vault.storage import Blob, Storage
from surveyor.ui.background import PRIORITY_NORMAL, Task

# A file on disk, or (in an encrypted workspace) a function that opens it decrypted in memory.
Source = Path | Callable[[], BinaryIO]


def _reader(source: Source) -> tuple[QImageReader, QBuffer | None] | None:
    if isinstance(source, Path):
        return (QImageReader(str(source)), None) if source.is_file() else None
    try:
        with source() as f:
            data = f.read()
    except OSError:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return QImageReader(buffer), buffer


def read_image(candidates: list[Source], size: int) -> QImage:
    """The first readable file of ``candidates``, scaled to fit ``size`` px, rotated upright."""
    for source in candidates:
        opened = _reader(source)
        if opened is None:
            continue
        reader, _buffer = opened  # the buffer must outlive the read
        reader.setAutoTransform(True)
        original = reader.size()
        if original.isValid() and max(original.width(), original.height()) > size:
            reader.setScaledSize(
                original.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio)
            )
        image = reader.read()
        if not image.isNull():
            return image
    return QImage()


# The files to try, or a function that lists them: built on the worker thread, so a grid
# painting a page does not spend its time making paths for rows it may scroll past.
Candidates = list[Source] | Callable[[], list[Source]]


def _load(candidates: Candidates, size: int) -> QImage:
    try:
        return read_image(candidates() if callable(candidates) else candidates, size)
    except (VaultError, DatabaseError):  # the workspace locked meanwhile: nothing to show
        return QImage()


class ThumbnailLoader(QObject):
    """Ask with ``request(key, candidates)``; ``ready(key)`` fires once ``pixmap(key)`` has it.

    At most ``max_pending`` requests wait in the queue; the oldest go first when it is full.
    ``pool`` (tests): a thread pool of its own instead of the background module's.
    """

    ready = Signal(object)

    def __init__(
        self,
        size: int,
        capacity: int = 600,
        pool: QThreadPool | None = None,
        max_pending: int = 256,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.size = size
        self.capacity = capacity
        self.max_pending = max_pending
        self._pool = pool
        self._cache: OrderedDict[object, QPixmap] = OrderedDict()
        self._pending: dict[object, Task] = {}
        self._failed: set[object] = set()
        self._priority = itertools.count()

    def pixmap(self, key: object) -> QPixmap | None:
        pixmap = self._cache.get(key)
        if pixmap is not None:
            self._cache.move_to_end(key)
        return pixmap

    def failed(self, key: object) -> bool:
        return key in self._failed

    def request(self, key: object, candidates: Candidates) -> None:
        if key in self._cache or key in self._failed or key in self._pending:
            return
        # Newest first: bump priority (below every other kind of background work).
        task = Task(self, priority=next(self._priority) % PRIORITY_NORMAL, pool=self._pool)
        task.succeeded.connect(lambda image: self._on_loaded(key, image))
        self._pending[key] = task
        size = self.size
        task.start(lambda: _load(candidates, size))
        if len(self._pending) > self.max_pending:
            self._drop_oldest(len(self._pending) - self.max_pending)

    def _drop_oldest(self, count: int) -> None:
        """Take back the oldest queued jobs: rows scrolled past long ago.

        A fast scroll through 20,000 photos would otherwise queue a decode for every row it
        passed, and each new request would be sorted into that ever longer queue. A dropped
        row is simply asked for again if it comes back into view.
        """
        # Oldest first; the few already running cannot be taken back and are passed over.
        for key, task in list(self._pending.items()):
            if count <= 0:
                break
            if task.cancel():
                del self._pending[key]
                count -= 1

    def drop_pending(self) -> None:
        """Forget queued work (e.g. the grid was reset); running jobs still report back."""
        for key, task in list(self._pending.items()):
            if task.cancel():
                del self._pending[key]

    def clear(self) -> None:
        """Drop every decoded picture (the window locked: nothing of the photos stays)."""
        self.drop_pending()
        self._cache.clear()
        self._failed.clear()

    def forget(self, key: object) -> None:
        self._cache.pop(key, None)
        self._failed.discard(key)

    def _on_loaded(self, key: object, image: QImage) -> None:
        self._pending.pop(key, None)
        if image.isNull():
            self._failed.add(key)
        else:
            self._cache[key] = QPixmap.fromImage(image)
            self._cache.move_to_end(key)
            while len(self._cache) > self.capacity:
                self._cache.popitem(last=False)
        self.ready.emit(key)


def sources(storage: Storage, blobs: list[Blob]) -> list[Source]:
    """What to read for ``blobs``: the files themselves, or openers for sealed ones."""
    if not storage.encrypted:
        return [storage.path_of(b) for b in blobs]
    return [partial(storage.open, b) for b in blobs]

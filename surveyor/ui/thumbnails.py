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
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from surveyor.ui.background import PRIORITY_NORMAL, Task


def read_image(candidates: list[Path], size: int) -> QImage:
    """The first readable file of ``candidates``, scaled to fit ``size`` px, rotated upright."""
    for path in candidates:
        if not path.is_file():
            continue
        reader = QImageReader(str(path))
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
Candidates = list[Path] | Callable[[], list[Path]]


def _load(candidates: Candidates, size: int) -> QImage:
    return read_image(candidates() if callable(candidates) else candidates, size)


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

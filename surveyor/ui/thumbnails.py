"""Thumbnails loaded off the UI thread, with a small LRU cache of ready pixmaps.

Files are decoded into ``QImage`` on a ``QThreadPool`` (QImage is safe off the UI thread,
QPixmap is not); the UI thread turns them into pixmaps when they arrive. The newest request
runs first, so scrolling fast does not wait for rows that have already gone past.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import BinaryIO

from peewee import DatabaseError
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage, QImageReader, QPixmap

from surveyor.core.vault.keyfile import VaultError
from surveyor.core.vault.storage import Blob, Storage

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


class _Signals(QObject):
    loaded = Signal(object, QImage)  # key, image (null when unreadable)


class _LoadJob(QRunnable):
    def __init__(self, key: object, candidates: Candidates, size: int, signals: _Signals) -> None:
        super().__init__()
        self.key = key
        self.candidates = candidates
        self.size = size
        self.signals = signals

    def run(self) -> None:
        candidates = self.candidates
        try:
            image = read_image(candidates() if callable(candidates) else candidates, self.size)
        except (VaultError, DatabaseError):  # the workspace locked meanwhile: nothing to show
            image = QImage()
        self.signals.loaded.emit(self.key, image)


class ThumbnailLoader(QObject):
    """Ask with ``request(key, candidates)``; ``ready(key)`` fires once ``pixmap(key)`` has it.

    At most ``max_pending`` requests wait in the queue; the oldest go first when it is full.

    ``synchronous = True`` (a test seam) loads in the calling thread instead of the pool.
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
        self.synchronous = False
        self._pool = pool or QThreadPool.globalInstance()
        self._cache: OrderedDict[object, QPixmap] = OrderedDict()
        self._pending: dict[object, _LoadJob] = {}
        self._failed: set[object] = set()
        self._priority = itertools.count()
        # Unparented: a job still running when the loader goes away must not emit on a
        # deleted object.
        self._signals = _Signals()
        self._signals.loaded.connect(self._on_loaded)

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
        job = _LoadJob(key, candidates, self.size, self._signals)
        job.setAutoDelete(False)  # we may take it back from the queue
        self._pending[key] = job
        if self.synchronous:
            job.run()
            return
        # Newest first: bump priority (kept small so it never overflows a C int).
        self._pool.start(job, next(self._priority) % 1_000_000)
        if len(self._pending) > self.max_pending:
            self._drop_oldest(len(self._pending) - self.max_pending)

    def _drop_oldest(self, count: int) -> None:
        """Take back the oldest queued jobs: rows scrolled past long ago.

        A fast scroll through 20,000 photos would otherwise queue a decode for every row it
        passed, and each new request would be sorted into that ever longer queue. A dropped
        row is simply asked for again if it comes back into view.
        """
        # Only the few running jobs cannot be taken back: look a little past ``count``.
        oldest = list(itertools.islice(self._pending.items(), count + self._pool.maxThreadCount()))
        for key, job in oldest:
            if count <= 0:
                break
            if self._pool.tryTake(job):
                del self._pending[key]
                count -= 1

    def drop_pending(self) -> None:
        """Forget queued work (e.g. the grid was reset); running jobs still report back."""
        for key, job in list(self._pending.items()):
            if self._pool.tryTake(job):
                del self._pending[key]

    def clear(self) -> None:
        """Drop every decoded picture (the window locked: nothing of the photos stays)."""
        self.drop_pending()
        self._cache.clear()
        self._failed.clear()

    def forget(self, key: object) -> None:
        self._cache.pop(key, None)
        self._failed.discard(key)

    @Slot(object, QImage)
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

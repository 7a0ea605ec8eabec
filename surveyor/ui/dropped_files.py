"""Photos and folders dropped on the window: the local files of a drag, handed on to import."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget


def dropped_paths(mime: QMimeData | None) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


class FileDrops(QObject):
    """Accepts a drag of local files over ``target`` and gives the dropped paths to ``on_drop``;
    anything else (text, a web link) is refused, so the cursor says no."""

    _KINDS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)

    def __init__(self, target: QWidget, on_drop: Callable[[list[str]], object]) -> None:
        super().__init__(target)
        self._on_drop = on_drop
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() not in self._KINDS or not isinstance(event, QDropEvent):
            return False  # QDragEnterEvent and QDragMoveEvent are QDropEvents
        paths = dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return True
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self._on_drop(paths)
        return True

"""The local files and folders in a drag and drop (photos dropped on the window are imported)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData


def dropped_paths(mime: QMimeData | None) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

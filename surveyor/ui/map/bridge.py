"""The object the page talks to over QWebChannel; each slot turns a page event into a signal.

Slot names are what ``resources/web/surveyor_map.js`` calls (``bridge.cameraMoved(...)``);
the one signal the page listens to, ``pageCall``, is how Python calls the page.
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class MapBridge(QObject):
    """Registered as ``bridge`` on the page's web channel."""

    ready = Signal()
    idle = Signal(dict)  # {"cameras": n, "photos": n, "ms": load-to-idle in the page}
    clicked_camera = Signal(int)
    clicked_photo = Signal(int)
    moved_camera = Signal(int, float, float)
    place_requested = Signal(str, int, float, float)  # kind ("photo"/"camera"), id, lat, lon
    confirm_requested = Signal(int)
    document_done = Signal(str)  # the page has loaded or skipped this data document
    # Python -> page: a SurveyorMap function name, its arguments as a JSON array, and whether
    # it waits behind data still loading (see ``PageCalls``).
    pageCall = Signal(str, str, bool)

    @Slot(str)
    def documentDone(self, url: str) -> None:
        self.document_done.emit(str(url))

    @Slot()
    def pageReady(self) -> None:
        self.ready.emit()

    @Slot(str)
    def dataIdle(self, stats: str) -> None:
        try:
            self.idle.emit(dict(json.loads(stats)))
        except (ValueError, TypeError):
            log.warning("map page sent unreadable idle stats: %r", stats[:200])

    @Slot(int)
    def cameraClicked(self, camera_id: int) -> None:
        self.clicked_camera.emit(int(camera_id))

    @Slot(int)
    def photoClicked(self, photo_id: int) -> None:
        self.clicked_photo.emit(int(photo_id))

    @Slot(int, float, float)
    def cameraMoved(self, camera_id: int, lat: float, lon: float) -> None:
        self.moved_camera.emit(int(camera_id), float(lat), float(lon))

    @Slot(str, int, float, float)
    def placeAt(self, kind: str, item_id: int, lat: float, lon: float) -> None:
        if kind in ("photo", "camera"):
            self.place_requested.emit(kind, int(item_id), float(lat), float(lon))

    @Slot(int)
    def confirmCamera(self, camera_id: int) -> None:
        self.confirm_requested.emit(int(camera_id))

"""Map images: the map page rendered offscreen to a PNG, with no network.

One ``QWebEngineView`` on the map's shared profile (same page, same ``surveyor:`` scheme, same
request blocker) is sized to the image, given the cameras and basemaps through the web channel
(as the map panel does), pointed at the view asked for, and grabbed once every basemap tile in
view is drawn. Used by ``surveyor render-map``
and File ▸ Save map image…; both refuse an image during which the page tried to reach the
network.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineWidgets import QWebEngineView

from surveyor.core.map.basemaps import Basemap
from surveyor.core.map.image import MapView, image_document
from surveyor.core.map.page import PAGE_URL, basemap_layers
from surveyor.ui.map.bridge import MapBridge
from surveyor.ui.map.json_types import JsonRow
from surveyor.ui.map.page_calls import PageCalls
from surveyor.ui.map.profile import map_profile, register_page
from surveyor.ui.map.web_page import ConsolePage

SETTLE_MS = 400  # labels placed across tile edges redraw their neighbours once after loading


class MapImageFailed(RuntimeError):
    """The page did not load or draw in time; the message says which step."""


@dataclass
class MapImage:
    """A rendered map: the picture, and what the page tried to fetch from outside (refused)."""

    image: QImage
    blocked: list[str] = field(default_factory=list)
    basemap_errors: list[tuple[str, str]] = field(default_factory=list)


def wait_until(condition: Callable[[], object], timeout_s: float, step_ms: int = 25) -> bool:
    """Run the event loop until ``condition()`` holds; False after ``timeout_s`` seconds."""
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > deadline:
            return False
        QTimer.singleShot(step_ms, loop.quit)
        loop.exec()
    return True


def _pause(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class MapImageRenderer:
    """Renders map images; create once and reuse (the first page load costs a second or two)."""

    def __init__(self) -> None:
        self._shared = map_profile()
        self.view = QWebEngineView()
        self.view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.page = ConsolePage(self._shared.profile, "map image", self.view)
        self.view.setPage(self.page)
        register_page(self.page)
        self.bridge = MapBridge(self.view)
        channel = QWebChannel(self.page)
        channel.registerObject("bridge", self.bridge)
        self.page.setWebChannel(channel)
        self._loaded: bool | None = None
        self._listening = False
        self._done: list[str] = []
        self.page.loadFinished.connect(self._on_loaded)
        self.bridge.ready.connect(self._on_ready)
        self.bridge.document_done.connect(self._done.append)

    def _on_loaded(self, ok: bool) -> None:
        self._loaded = ok

    def _on_ready(self) -> None:
        self._listening = True

    def _js(self, script: str, timeout_s: float = 10.0) -> object:
        box: dict[str, object] = {}
        self.page.runJavaScript(script, 0, lambda value: box.setdefault("v", value))
        if not wait_until(lambda: "v" in box, timeout_s):
            raise MapImageFailed(f"the map page did not answer: {script[:60]}")
        return box["v"]

    def render(
        self,
        view: MapView,
        cameras: list[JsonRow],
        basemaps: Sequence[Basemap],
        timeout_s: float = 60.0,
        texts: dict[str, str] | None = None,
    ) -> MapImage:
        """``texts``: the scale's units and the grid's decimal mark in the interface's language
        (``page_texts.control_texts``); without them (``surveyor render-map``), English."""
        handler, blocked = self._shared.handler, self._shared.interceptor.blocked
        seen_blocked = len(blocked)
        self.view.resize(view.width, view.height)
        self.view.show()
        self._loaded = None
        self._listening = False
        self.page.load(QUrl(PAGE_URL))
        if not wait_until(lambda: self._loaded is not None, timeout_s) or not self._loaded:
            raise MapImageFailed("the map page did not load")
        if not wait_until(lambda: self._listening, timeout_s):
            raise MapImageFailed("the map page did not start")
        entries, errors = handler.open_basemaps(basemaps)
        calls = PageCalls(self.bridge, handler)
        calls.page_ready()
        try:
            calls.call("setPrintMode", key="print")
            calls.call("setBasemaps", basemap_layers(entries), "", key="basemaps")
            document = image_document(cameras)
            if texts:
                document["labels"] = {"map": texts}
            url = calls.push_document("image", document, "setData")
            calls.call("showView", view.page_view(), key="view")  # queued behind the data
            if not wait_until(lambda: url in self._done, timeout_s):
                raise MapImageFailed("the map page did not load the cameras")
            ready = (
                "SurveyorMap.state.viewShown && SurveyorMap.idle && SurveyorMap.basemapsLoaded()"
            )
            if not wait_until(lambda: self._js(ready), timeout_s):
                raise MapImageFailed("the map did not finish drawing in time")
            # Labels placed across tile edges make their neighbours redraw once: let them.
            _pause(SETTLE_MS)
            wait_until(lambda: self._js("SurveyorMap.basemapsLoaded()"), timeout_s)
            QCoreApplication.processEvents()
            image = self.view.grab().toImage()
        finally:
            calls.forget_documents()
            calls.close()
        return MapImage(image, list(blocked[seen_blocked:]), errors)

    def close(self) -> None:
        self.view.close()
        self.view.deleteLater()


def save_png(result: MapImage, out: Path) -> None:
    """Write the PNG atomically (a failed write leaves no half file under the name)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.stem}.part.png")  # the suffix tells Qt the format
    if not result.image.save(str(tmp)):
        tmp.unlink(missing_ok=True)
        raise OSError(f"{out}: could not write the image")
    tmp.replace(out)

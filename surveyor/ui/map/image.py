"""Map images: the map page rendered offscreen to a PNG, with no network.

One ``QWebEngineView`` on the map's shared profile (same page, same ``surveyor:`` scheme, same
request blocker) is sized to the image, given the cameras and basemaps, pointed at the view
asked for, and grabbed once every basemap tile in view is drawn. Used by ``surveyor render-map``
and File ▸ Save map image…; both refuse an image during which the page tried to reach the
network.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView

from surveyor.core.map.basemaps import Basemap
from surveyor.core.map.image import MapView, image_document
from surveyor.core.map.page import DATA_URL, PAGE_URL, basemap_layers, encode_json
from surveyor.ui.map.profile import map_profile, register_page

_NUMBERS = itertools.count(1)
SETTLE_MS = 400  # labels placed across tile edges redraw their neighbours once after loading


class MapImageFailed(RuntimeError):
    """The page did not load or draw in time; the message says which step."""


@dataclass
class MapImage:
    """A rendered map: the picture, and what the page tried to fetch from outside (refused)."""

    image: QImage
    blocked: list[str] = field(default_factory=list)
    basemap_errors: list[tuple[str, str]] = field(default_factory=list)


def wait_until(condition: Any, timeout_s: float, step_ms: int = 25) -> bool:
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
        self.page = QWebEnginePage(self._shared.profile, self.view)
        self.view.setPage(self.page)
        register_page(self.page)
        self._loaded: bool | None = None
        self.page.loadFinished.connect(self._on_loaded)

    def _on_loaded(self, ok: bool) -> None:
        self._loaded = ok

    def _js(self, script: str, timeout_s: float = 10.0) -> Any:
        box: dict[str, Any] = {}
        self.page.runJavaScript(script, 0, lambda value: box.setdefault("v", value))
        if not wait_until(lambda: "v" in box, timeout_s):
            raise MapImageFailed(f"the map page did not answer: {script[:60]}")
        return box["v"]

    def render(
        self,
        view: MapView,
        cameras: list[list[Any]],
        basemaps: Sequence[Basemap],
        timeout_s: float = 60.0,
    ) -> MapImage:
        handler, blocked = self._shared.handler, self._shared.interceptor.blocked
        seen_blocked = len(blocked)
        self.view.resize(view.width, view.height)
        self.view.show()
        self._loaded = None
        self.page.load(QUrl(PAGE_URL))
        if not wait_until(lambda: self._loaded is not None, timeout_s) or not self._loaded:
            raise MapImageFailed("the map page did not load")
        if not wait_until(lambda: self._js("!!(window.SurveyorMap && SurveyorMap.map)"), timeout_s):
            raise MapImageFailed("the map page did not start")
        entries, errors = handler.open_basemaps(basemaps)
        name = f"image-{next(_NUMBERS)}.json"
        handler.documents[name] = encode_json(image_document(cameras)).encode()
        try:
            self._js(
                "SurveyorMap.setPrintMode();"
                f"SurveyorMap.setBasemaps({encode_json(basemap_layers(entries))}, '');"
                "window.__svImage = false;"
                f"SurveyorMap.load({encode_json(DATA_URL + name)}, 'setData').then(function () {{"
                f"  {view.script()}; window.__svImage = true; }});"
                " true"
            )
            ready = "window.__svImage === true && SurveyorMap.idle && SurveyorMap.basemapsLoaded()"
            if not wait_until(lambda: self._js(ready), timeout_s):
                raise MapImageFailed("the map did not finish drawing in time")
            # Labels placed across tile edges make their neighbours redraw once: let them.
            _pause(SETTLE_MS)
            wait_until(lambda: self._js("SurveyorMap.basemapsLoaded()"), timeout_s)
            QCoreApplication.processEvents()
            image = self.view.grab().toImage()
        finally:
            handler.documents.pop(name, None)
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

"""The review item's cluster on the real offline map: one web view per review window.

The page (``resources/web/review_map.html``) is loaded once through the map's ``surveyor:``
scheme, on the map's shared profile (so the same request blocker and the same basemap files),
under a Content-Security-Policy that allows no inline script and no eval; each item the
coordinator selects is pushed as JSON through the web channel (the bridge's ``pageCall``
signal), never by reloading the page or by running script built from data. Clicking a
sighting on the map emits ``sightingClicked`` with its id.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from surveyor.core.map.basemaps import MapSettings, load_settings
from surveyor.core.map.page import basemap_layers
from surveyor.core.map.urls import ASSET_BASE
from surveyor.ui.map.json_types import JsonObject
from surveyor.ui.map.page_texts import control_texts
from surveyor.ui.map.profile import map_profile, register_page
from surveyor.ui.map.web_page import ConsolePage

log = logging.getLogger(__name__)

PAGE = ASSET_BASE + "review_map.html"


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewMap", text)


def with_counts_in_words(data: JsonObject | None) -> JsonObject | None:
    """``data`` with each camera's "seen by N volunteers" written here, where the language's
    plural forms are known (Serbian has three); the page only shows the words."""
    features = data.get("features") if data is not None else None
    if data is None or not isinstance(features, list):
        return data
    worded = []
    for feature in features:
        props = dict(feature["properties"])
        if "volunteers" in props:
            props["seen"] = QCoreApplication.translate(
                "ReviewMap", "seen by %n volunteer(s)", None, int(props["volunteers"])
            )
        worded.append({**feature, "properties": props})
    return {**data, "features": worded}


class _Bridge(QObject):
    """Registered as ``bridge`` on the page's web channel."""

    clicked = Signal(int)
    ready = Signal()
    # Python -> page: a ReviewMap function name and its arguments as a JSON array.
    pageCall = Signal(str, str)

    @Slot()
    def pageReady(self) -> None:
        self.ready.emit()

    @Slot(int)
    def sightingClicked(self, sighting_id: int) -> None:
        self.clicked.emit(int(sighting_id))


class ReviewMapView(QWidget):
    """Shows one review item at a time; ``show_data`` replaces what is drawn."""

    sightingClicked = Signal(int)
    pageLoaded = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.is_ready = False
        self.loads = 0
        self.settings: MapSettings = load_settings()
        # Before the page is up, the latest call of each kind: (function, JSON arguments).
        self._pending: dict[str, tuple[str, str]] = {}
        self._shared = map_profile()
        self.view = QWebEngineView(self)
        self.page = ConsolePage(self._shared.profile, "review map", self.view)
        self.view.setPage(self.page)
        register_page(self.page)  # deleted before the profile at exit
        self.bridge = _Bridge(self)
        self.bridge.clicked.connect(self.sightingClicked)
        self.bridge.ready.connect(self._on_page_ready)
        self.channel = QWebChannel(self.page)
        self.channel.registerObject("bridge", self.bridge)
        self.page.setWebChannel(self.channel)
        self.view.setMinimumSize(320, 260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        self._call(
            "texts",
            "setTexts",
            {
                "consensus": tr("Consensus"),
                "other": tr("Other camera"),
                "nearby": tr("Camera nearby"),
                "legendCamera": tr("this camera"),
                "legendOther": tr("the other camera"),
                "legendNearby": tr("cameras nearby"),
                "legendConsensus": tr("consensus position"),
                "legendSubject": tr("the sighting in question"),
                "legendCone": tr("the way a camera faces"),
                "legendRings": tr("dashed circles: joined at once within 5 m, asked within 25 m"),
                "map": control_texts(),
            },
        )
        self.apply_basemaps()
        self.view.loadFinished.connect(self._on_load_finished)
        self.view.load(QUrl(PAGE))

    def apply_basemaps(self) -> None:
        """Draw the basemaps of the map settings (plain background and a grid when none)."""
        entries, errors = self._shared.handler.open_basemaps(self.settings.basemaps)
        for path, reason in errors:
            log.warning("basemap %s not shown: %s", path, reason)
        hint = tr(
            "No street map: add one (.mbtiles or .pmtiles) in the main Surveyor window, "
            "Settings ▸ Basemaps…; this window uses the same ones."
        )
        self._call("basemaps", "setBasemaps", basemap_layers(entries), hint)

    def show_data(self, data: JsonObject | None) -> None:
        """Draw one item (``review_map_data``'s result), or nothing for ``None``."""
        self._pending.pop("highlight", None)
        self._call("show", "show", with_counts_in_words(data))

    def highlight(self, sighting_ids: list[int]) -> None:
        """Mark these sightings on the map (the table's selection)."""
        self._call("highlight", "highlight", sighting_ids)

    def run_javascript(
        self, script: str, callback: Callable[[object], object] | None = None
    ) -> None:
        """Run a script in the page: tests read the page's state this way (the view itself
        talks to the page through the web channel only)."""
        if callback is None:
            self.page.runJavaScript(script, 0)
        else:
            self.page.runJavaScript(script, 0, callback)

    # -- internals ---------------------------------------------------------------------------

    def _call(self, key: str, function: str, *args: object) -> None:
        payload = json.dumps(list(args), ensure_ascii=True, separators=(",", ":"))
        if self.is_ready:
            self.bridge.pageCall.emit(function, payload)
        else:
            self._pending[key] = (function, payload)

    def _on_load_finished(self, ok: bool) -> None:
        self.loads += 1
        if not ok:
            log.error("review map page did not load")
            self.pageLoaded.emit(False)

    def _on_page_ready(self) -> None:
        """The page listens on the web channel: send what was asked for before it did."""
        self.is_ready = True
        pending, self._pending = self._pending, {}
        for function, payload in pending.values():
            self.bridge.pageCall.emit(function, payload)
        self.pageLoaded.emit(True)

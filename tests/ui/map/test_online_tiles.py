"""The optional online layer: fetched by Python from a local tile server, cached, reused."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from surveyor.core.map.basemaps import MapSettings
from surveyor.ui.map.profile import map_profile
from tests.fixtures.mbtiles import png_tile
from tests.ui.map.conftest import LAT, LON, js, wait_js

TILE = png_tile((120, 160, 200))


class _Server:
    def __init__(self) -> None:
        self.hits: list[tuple[str, str]] = []
        hits = self.hits

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits.append((self.path, self.headers.get("User-Agent", "")))
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(TILE)))
                self.end_headers()
                self.wfile.write(TILE)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def template(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/{{z}}/{{x}}/{{y}}.png"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def tile_server() -> Iterator[_Server]:
    server = _Server()
    yield server
    server.stop()


def test_online_tiles_are_cached_and_shown_offline_later(qtbot, tile_server, panel) -> None:
    online = map_profile().online
    settings = MapSettings(online_enabled=True, online_url=tile_server.template)
    panel.apply_settings(settings)
    wait_js(qtbot, panel, "SurveyorMap.state.basemaps === 1")
    # The first basemap fits the view to its bounds (the world): let those tiles load first.
    wait_js(
        qtbot,
        panel,
        "document.querySelectorAll('img.leaflet-tile-loaded').length > 0 &&"
        " document.querySelectorAll('img.leaflet-tile:not(.leaflet-tile-loaded)').length === 0",
    )
    tile_server.hits.clear()
    js(qtbot, panel, f"SurveyorMap.map.setView([{LAT}, {LON}], 15, {{animate: false}}); 1")
    wait_js(
        qtbot,
        panel,
        "Array.from(document.querySelectorAll('img.leaflet-tile-loaded'))"
        ".some(function (i) { return i.src.indexOf('/15/') > 0; })",
    )
    qtbot.waitUntil(lambda: online.downloaded > 0, timeout=5000)
    assert tile_server.hits and all("Surveyor/" in agent for _path, agent in tile_server.hits)
    assert all(path.startswith("/15/") for path, _agent in tile_server.hits), tile_server.hits
    assert online.cache is not None and online.cache.count() >= online.downloaded
    shown = js(qtbot, panel, "document.querySelectorAll('img.leaflet-tile').length")
    assert len(tile_server.hits) <= shown  # no prefetch beyond the tiles on screen

    # Offline now: the server is gone and the network switched off; the cache still serves.
    tile_server.stop()
    hits = len(tile_server.hits)
    panel.apply_settings(MapSettings(online_enabled=False, online_url=tile_server.template))
    assert online.enabled is False
    from_cache = online.served_from_cache
    wait_js(qtbot, panel, "SurveyorMap.state.basemaps === 1")
    wait_js(qtbot, panel, "document.querySelectorAll('img.leaflet-tile-loaded').length > 0")
    qtbot.waitUntil(lambda: online.served_from_cache > from_cache, timeout=5000)
    assert len(tile_server.hits) == hits
    panel.apply_settings(MapSettings())  # leave the shared profile as other tests expect

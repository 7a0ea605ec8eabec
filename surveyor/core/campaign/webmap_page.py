"""The web map's index.html: built by folium on our vendored Leaflet, then made CSP-clean.

folium writes its map set-up and styles inline. A strict Content-Security-Policy
(``script-src 'self'``, ``style-src 'self'``) forbids inline code, so every inline ``<script>``
and ``<style>`` folium wrote is moved into ``map.js`` / ``map.css`` beside the page, and the
page's own behaviour lives in ``site.js``. Settings reach the script in a non-executing
``<script type="application/json">`` element.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import folium

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:{tiles}; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'"
)
LEAFLET_JS = "vendor/leaflet/leaflet.js"
LEAFLET_CSS = "vendor/leaflet/leaflet.css"
CLUSTER_JS = "vendor/markercluster/leaflet.markercluster.js"
CLUSTER_CSS = (
    "vendor/markercluster/MarkerCluster.css",
    "vendor/markercluster/MarkerCluster.Default.css",
)
VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1">'

_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
_INLINE_STYLE = re.compile(r"<style>(.*?)</style>", re.S)
_VIEWPORT = re.compile(r'<meta name="viewport"[^>]*>', re.S)


@dataclass(frozen=True)
class Page:
    html: str
    map_js: str
    map_css: str


def build_page(
    title: str,
    bounds: Sequence[Sequence[float]] | None,
    config: dict[str, Any],
    extra_js: Sequence[str] = (),
    tiles_origin: str = "",
) -> Page:
    """index.html with its folium parts moved out; ``config`` is read by site.js."""
    m = folium.Map(tiles=None, location=[0, 0], zoom_start=2, control_scale=True, max_zoom=19)
    m.default_js = [("leaflet", LEAFLET_JS)]
    m.default_css = [("leaflet_css", LEAFLET_CSS)]
    if bounds:
        m.fit_bounds(bounds, max_zoom=17)
    source = m.get_root().render()
    scripts = [s.strip() for s in _INLINE_SCRIPT.findall(source)]
    styles = [s.strip() for s in _INLINE_STYLE.findall(source)]
    page = _INLINE_SCRIPT.sub("", source)
    page = _INLINE_STYLE.sub("", page)
    page = _VIEWPORT.sub(VIEWPORT, page)
    csp = CSP.format(tiles=f" {tiles_origin}" if tiles_origin else "")
    config = {**config, "map": m.get_name()}
    head = "\n".join(
        [
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
            '<meta name="referrer" content="no-referrer">',
            f"<title>{html.escape(title)}</title>",
            *(f'<link rel="stylesheet" href="{href}">' for href in CLUSTER_CSS),
            '<link rel="stylesheet" href="map.css">',
            '<link rel="stylesheet" href="site.css">',
            f'<script src="{CLUSTER_JS}"></script>',
            *(f'<script src="{src}"></script>' for src in extra_js),
        ]
    )
    page = page.replace("</head>", head + "\n</head>", 1)
    page = page.replace("<html>", '<html lang="en">', 1)
    body_end = "\n".join(
        [
            '<script id="webmap-config" type="application/json">'
            + _json_for_html(config)
            + "</script>",
            '<script src="data/cameras.js"></script>',
            '<script src="map.js"></script>',
            '<script src="strings.js"></script>',
            '<script src="site.js"></script>',
        ]
    )
    page = page.replace("</body>", body_end + "\n</body>", 1)
    return Page(html=page, map_js="\n".join(scripts) + "\n", map_css="\n".join(styles) + "\n")


def _json_for_html(value: object) -> str:
    """JSON that cannot close its ``<script>`` element (``<`` , ``>`` and ``&`` escaped)."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")

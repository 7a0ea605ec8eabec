"""The campaign's vector basemap, cut to the published area and copied into the web map.

A browser cannot ``fetch()`` file:// URLs nor read a PMTiles file by range requests from disk,
so each vector tile becomes a small script, ``basemap/{z}/{x}/{y}.js``, that hands its bytes
(unzipped, base64) to the page; the page loads only the tiles it needs, by adding a
``<script>`` for each, which the site's Content-Security-Policy allows (its own files).
``basemap/index.js`` says which tiles exist, so the page never asks for a missing one.
Drawn by the vendored protomaps-leaflet with our styles (``vector_basemap.js``).
"""

from __future__ import annotations

import base64
import html
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from surveyor.core.map.tileset_info import BasemapError
from surveyor.core.map.tilesets import open_tileset, served_tile
from surveyor.core.messages import Message

AREA_MARGIN_M = 1500.0  # streets around the outermost cameras
MAX_ZOOM = 15  # deeper tiles are drawn larger (overzoom); city basemaps stop at 14 anyway
DEFAULT_ATTRIBUTION = "© OpenStreetMap contributors"


@dataclass(frozen=True)
class BasemapCut:
    tiles: int
    bytes: int
    config: dict[str, Any]  # what site.js hands to SurveyorVector.layer()


def area_around(
    points: list[tuple[float, float]], margin_m: float = AREA_MARGIN_M
) -> tuple[float, float, float, float]:
    """West, south, east, north of ``points`` (lat, lon) grown by ``margin_m``."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    dlat = margin_m / 111_320.0
    dlon = margin_m / (111_320.0 * max(0.1, math.cos(math.radians(sum(lats) / len(lats)))))
    return (min(lons) - dlon, min(lats) - dlat, max(lons) + dlon, max(lats) + dlat)


def tile_range(bbox: tuple[float, float, float, float], z: int) -> tuple[int, int, int, int]:
    """x0, y0, x1, y1 (inclusive) of the web-mercator tiles covering ``bbox`` at zoom ``z``."""
    west, south, east, north = bbox
    n = 1 << z

    def x_of(lon: float) -> int:
        return min(n - 1, max(0, int((lon + 180.0) / 360.0 * n)))

    def y_of(lat: float) -> int:
        lat = max(-85.05112878, min(85.05112878, lat))
        r = math.radians(lat)
        return min(n - 1, max(0, int((1 - math.asinh(math.tan(r)) / math.pi) / 2 * n)))

    return x_of(west), y_of(north), x_of(east), y_of(south)


def tile_script(key: str, data: bytes) -> str:
    return f'SurveyorTiles.put("{key}","{base64.b64encode(data).decode("ascii")}");\n'


def cut_basemap(
    source: Path,
    points: list[tuple[float, float]],
    folder: Path,
    progress: Callable[[str], None] | None = None,
) -> BasemapCut:
    """Copy the tiles of ``source`` around ``points`` into ``folder`` (``basemap/``)."""
    try:
        reader = open_tileset(source)
    except (BasemapError, OSError, ValueError) as exc:
        raise BasemapError(
            Message("{source}: not a basemap Surveyor can read ({exc})", source=source, exc=exc)
        ) from exc
    try:
        info = reader.info
        if info.kind != "vector":
            raise BasemapError(
                Message(
                    "{source}: a raster basemap; the web map takes vector tiles (PMTiles "
                    "or vector MBTiles)",
                    source=source,
                )
            )
        if not points:
            raise BasemapError(
                Message("{source}: no published camera to cut the basemap around", source=source)
            )
        bbox = area_around(points)
        keys: list[str] = []
        size = 0
        top = min(info.maxzoom, MAX_ZOOM)
        for z in range(info.minzoom, top + 1):
            if progress:
                progress(f"basemap zoom {z}")
            x0, y0, x1, y1 = tile_range(bbox, z)
            for x in range(x0, x1 + 1):
                for y in range(y0, y1 + 1):
                    data = served_tile(reader, z, x, y)
                    if not data:
                        continue
                    key = f"{z}/{x}/{y}"
                    out = folder / str(z) / str(x) / f"{y}.js"
                    out.parent.mkdir(parents=True, exist_ok=True)
                    out.write_text(tile_script(key, data), encoding="ascii")
                    size += len(data)
                    keys.append(key)
    finally:
        reader.close()
    west, south, east, north = bbox
    config = {
        "schema": info.schema or "openmaptiles",
        "bounds": [[south, west], [north, east]],
        "minZoom": 0,
        "maxNativeZoom": top,
        "attribution": html.escape(info.attribution or DEFAULT_ATTRIBUTION, quote=False),
        "path": "basemap/",
    }
    folder.mkdir(parents=True, exist_ok=True)
    index = json.dumps(keys, separators=(",", ":"))
    (folder / "index.js").write_text(f"window.SURVEYOR_BASEMAP_TILES={index};\n", "ascii")
    return BasemapCut(tiles=len(keys), bytes=size, config=config)

"""What the map needs to know about a basemap file, whatever its container, with no Qt.

A basemap is raster (PNG/JPEG/WebP images) or vector (Mapbox Vector Tiles, ``pbf``), stored in
MBTiles (SQLite) or PMTiles (one file with its own index). Vector tiles are drawn in the page
by rules written for a known schema: OpenMapTiles (tilemaker, planetiler, OpenMapTiles) or the
Protomaps basemap; a file in any other schema would draw as an empty map, so it is refused.
"""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from surveyor.core.messages import Message

RASTER_FORMATS = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "webp": "image/webp",
}
VECTOR_FORMAT = "pbf"
VECTOR_MIME = "application/x-protobuf"
WORLD = (-180.0, -85.0511, 180.0, 85.0511)

OPENMAPTILES = "openmaptiles"
PROTOMAPS = "protomaps"
# Layers that only one schema has; a file needs two of its schema's to count as that schema.
SCHEMA_LAYERS = {
    OPENMAPTILES: {"transportation", "transportation_name", "building", "place", "water",
                   "landuse", "landcover", "park", "housenumber"},
    PROTOMAPS: {"roads", "buildings", "places", "earth", "water", "landuse", "pois"},
}  # fmt: skip
GZIP_MAGIC = b"\x1f\x8b"


class BasemapError(ValueError):
    """A file that is not a usable basemap; the message names the file and the reason."""


@dataclass(frozen=True)
class TilesetInfo:
    """A basemap's metadata: kind, format, schema, bounds, zoom range, attribution, layers."""

    path: Path
    name: str
    format: str  # png / jpg / webp / pbf
    bounds: tuple[float, float, float, float]  # west, south, east, north
    minzoom: int
    maxzoom: int
    attribution: str
    container: str = "mbtiles"  # mbtiles / pmtiles
    schema: str = ""  # openmaptiles / protomaps for vector tiles, "" for raster
    vector_layers: tuple[str, ...] = field(default=())

    @property
    def kind(self) -> str:
        return "vector" if self.format == VECTOR_FORMAT else "raster"

    @property
    def mime_type(self) -> str:
        return VECTOR_MIME if self.format == VECTOR_FORMAT else RASTER_FORMATS[self.format]


def detect_schema(path: Path, layers: list[str]) -> str:
    """The schema the vector layers follow; BasemapError when it is neither we can draw."""
    names = set(layers)
    omt = len(names & (SCHEMA_LAYERS[OPENMAPTILES] - SCHEMA_LAYERS[PROTOMAPS]))
    pm = len(names & (SCHEMA_LAYERS[PROTOMAPS] - SCHEMA_LAYERS[OPENMAPTILES]))
    if omt >= 2 and omt >= pm:
        return OPENMAPTILES
    if pm >= 2:
        return PROTOMAPS
    shown = ", ".join(sorted(names)) or Message("none listed")
    raise BasemapError(
        Message(
            "{path}: unknown vector tile schema (layers: {shown}); Surveyor draws "
            "the OpenMapTiles schema (tilemaker, planetiler) and the Protomaps "
            "basemap",
            path=path,
            shown=shown,
        )
    )


def plain_tile(data: bytes) -> bytes:
    """A tile's bytes as the page reads them: gzip-compressed vector tiles are unpacked."""
    if data[:2] == GZIP_MAGIC:
        try:
            return gzip.decompress(data)
        except (OSError, EOFError, zlib.error):
            return b""  # a damaged tile draws as empty rather than failing the page
    return data


def parse_bounds(raw: object, path: Path) -> tuple[float, float, float, float]:
    """``west,south,east,north`` as text or a list; the world when absent."""
    if raw is None or raw == "":
        return WORLD
    try:
        parts = raw.split(",") if isinstance(raw, str) else list(raw)  # type: ignore[call-overload]
        west, south, east, north = (float(part) for part in parts)
    except (TypeError, ValueError) as exc:
        raise BasemapError(
            Message("{path}: metadata 'bounds' is not four numbers: {raw!r}", path=path, raw=raw)
        ) from exc
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise BasemapError(
            Message("{path}: metadata 'bounds' is out of range: {raw!r}", path=path, raw=raw)
        )
    return west, south, east, north


def layer_names(raw: object) -> list[str]:
    """The ids in a TileJSON ``vector_layers`` list (anything else gives none)."""
    if not isinstance(raw, list):
        return []
    return [str(layer["id"]) for layer in raw if isinstance(layer, dict) and "id" in layer]

"""Reading MBTiles basemaps (SQLite: ``metadata`` + ``tiles``), raster or vector, with no Qt.

Rows in an MBTiles file are TMS (row 0 at the south); the map asks in XYZ (row 0 at the north),
so a lookup flips the row: ``tile_row = 2**z - 1 - y``. Vector MBTiles (``format=pbf``, as
tilemaker, planetiler and OpenMapTiles write them) list their layers in the ``json`` metadata
row; their tiles are usually gzip-compressed.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from surveyor.core.map.tileset_info import (
    RASTER_FORMATS,
    VECTOR_FORMAT,
    WORLD,
    BasemapError,
    TilesetInfo,
    detect_schema,
    layer_names,
    parse_bounds,
)
from surveyor.core.messages import Message, reason_of

__all__ = ["RASTER_FORMATS", "WORLD", "MBTilesError", "MBTilesInfo", "MBTilesReader"]

SQLITE_MAGIC = b"SQLite format 3\x00"


class MBTilesError(BasemapError):
    """A file that is not a usable MBTiles basemap; the message names file and reason."""


MBTilesInfo = TilesetInfo  # the name the map code has always used


def tms_row(z: int, y: int) -> int:
    """The TMS row that holds the XYZ tile row ``y`` at zoom ``z``."""
    return (1 << z) - 1 - y


def _connect(path: Path) -> sqlite3.Connection:
    # Read-only: a basemap belongs to the user, we never change it.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)


def _check_not_truncated(path: Path) -> None:
    """A copy cut short (a full USB stick, an interrupted download) is named as such.

    The SQLite header says how many pages the database has; a shorter file lost its end.
    """
    with path.open("rb") as f:
        header = f.read(100)
    if not header.startswith(SQLITE_MAGIC):
        return  # sqlite3 itself names what is wrong
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count is trusted only when written by the same change as the file (offset 92).
    if header[24:28] == header[92:96] and pages and path.stat().st_size < pages * page_size:
        raise MBTilesError(
            Message(
                "{path}: the file is truncated ({st_size} of {value} bytes): copy it again",
                path=path,
                st_size=path.stat().st_size,
                value=pages * page_size,
            )
        )


def _vector_layers(meta: dict[str, str], path: Path) -> list[str]:
    raw = meta.get("json")
    if not raw:
        return []
    try:
        return layer_names(json.loads(raw).get("vector_layers"))
    except (ValueError, AttributeError) as exc:
        raise MBTilesError(
            Message("{path}: metadata 'json' is not a JSON object", path=path)
        ) from exc


def read_info(path: Path | str) -> MBTilesInfo:
    """Read and check a file's metadata; zoom range falls back to the tiles actually present."""
    path = Path(path)
    if not path.is_file():
        raise MBTilesError(Message("{path}: no such file", path=path))
    _check_not_truncated(path)
    try:
        conn = _connect(path)
        try:
            meta = dict(conn.execute("SELECT name, value FROM metadata").fetchall())
            zooms = conn.execute("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise MBTilesError(
            Message("{path}: not an MBTiles file ({exc})", path=path, exc=exc)
        ) from exc
    fmt = str(meta.get("format") or "png").lower()
    if fmt not in RASTER_FORMATS and fmt != VECTOR_FORMAT:
        raise MBTilesError(
            Message(
                "{path}: tile format {fmt!r} is not a raster format (png, jpg, webp) "
                "nor vector tiles (pbf)",
                path=path,
                fmt=fmt,
            )
        )
    if zooms is None or zooms[0] is None:
        raise MBTilesError(Message("{path}: the file holds no tiles", path=path))
    try:
        minzoom = int(meta.get("minzoom", zooms[0]))
        maxzoom = int(meta.get("maxzoom", zooms[1]))
    except ValueError as exc:
        raise MBTilesError(
            Message("{path}: metadata zoom levels are not whole numbers", path=path)
        ) from exc
    layers = _vector_layers(meta, path) if fmt == VECTOR_FORMAT else []
    try:
        schema = detect_schema(path, layers) if fmt == VECTOR_FORMAT else ""
        bounds = parse_bounds(meta.get("bounds"), path)
    except BasemapError as exc:
        raise MBTilesError(reason_of(exc)) from exc
    return MBTilesInfo(
        path=path,
        name=str(meta.get("name") or path.stem),
        format=fmt,
        bounds=bounds,
        minzoom=minzoom,
        maxzoom=maxzoom,
        attribution=str(meta.get("attribution") or ""),
        container="mbtiles",
        schema=schema,
        vector_layers=tuple(layers),
    )


class MBTilesReader:
    """An open basemap that serves tiles by XYZ address. Cheap to keep open for a session."""

    def __init__(self, path: Path | str) -> None:
        self.info = read_info(path)
        self._conn = _connect(self.info.path)

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile's bytes, or None when the file has no tile there."""
        if z < 0 or not (0 <= x < (1 << z)) or not (0 <= y < (1 << z)):
            return None
        row = self._conn.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
            (z, x, tms_row(z, y)),
        ).fetchone()
        return bytes(row[0]) if row else None

    def close(self) -> None:
        self._conn.close()


class TileCache:
    """An MBTiles file that keeps online tiles the user has looked at, for offline use later.

    Only tiles actually shown are stored (never a bulk prefetch: tile servers such as
    OpenStreetMap's forbid it). Rows are written TMS-flipped like any MBTiles file, so the
    cache also opens in QGIS or as a basemap.
    """

    def __init__(self, path: Path | str, source_url: str = "") -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.path, check_same_thread=False)
        self._conn.executescript(
            """
            CREATE TABLE IF NOT EXISTS metadata (name TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER, tile_column INTEGER,
                tile_row INTEGER, tile_data BLOB,
                PRIMARY KEY (zoom_level, tile_column, tile_row));
            """
        )
        defaults = {
            "name": "Online map cache",
            "format": "png",
            "bounds": "-180,-85.0511,180,85.0511",
        }
        with self._conn:
            for key, value in defaults.items():
                self._conn.execute("INSERT OR IGNORE INTO metadata VALUES (?, ?)", (key, value))
            if source_url:
                self._conn.execute(
                    "INSERT OR REPLACE INTO metadata VALUES ('source', ?)", (source_url,)
                )

    def get(self, z: int, x: int, y: int) -> bytes | None:
        row = self._conn.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
            (z, x, tms_row(z, y)),
        ).fetchone()
        return bytes(row[0]) if row else None

    def put(self, z: int, x: int, y: int, data: bytes) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?)", (z, x, tms_row(z, y), data)
            )

    def count(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM tiles").fetchone()[0])

    def close(self) -> None:
        self._conn.close()


def image_mime(data: bytes) -> str:
    """The MIME type of a tile from its first bytes (servers mix PNG and JPEG)."""
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"

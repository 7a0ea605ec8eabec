"""Reading raster MBTiles basemaps (SQLite: ``metadata`` + ``tiles``), with no Qt.

Rows in an MBTiles file are TMS (row 0 at the south); the map asks in XYZ (row 0 at the north),
so a lookup flips the row: ``tile_row = 2**z - 1 - y``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

RASTER_FORMATS = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "webp": "image/webp",
}

WORLD = (-180.0, -85.0511, 180.0, 85.0511)


class MBTilesError(ValueError):
    """A file that is not a usable raster MBTiles basemap; the message names file and reason."""


@dataclass(frozen=True)
class MBTilesInfo:
    """What the map needs to know about a basemap: name, format, bounds and zoom range."""

    path: Path
    name: str
    format: str  # png / jpg / webp
    bounds: tuple[float, float, float, float]  # west, south, east, north
    minzoom: int
    maxzoom: int
    attribution: str

    @property
    def mime_type(self) -> str:
        return RASTER_FORMATS[self.format]


def tms_row(z: int, y: int) -> int:
    """The TMS row that holds the XYZ tile row ``y`` at zoom ``z``."""
    return (1 << z) - 1 - y


def _connect(path: Path) -> sqlite3.Connection:
    # Read-only: a basemap belongs to the user, we never change it.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)


def _parse_bounds(raw: str | None, path: Path) -> tuple[float, float, float, float]:
    if not raw:
        return WORLD
    try:
        west, south, east, north = (float(part) for part in raw.split(","))
    except ValueError as exc:
        raise MBTilesError(f"{path}: metadata 'bounds' is not four numbers: {raw!r}") from exc
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise MBTilesError(f"{path}: metadata 'bounds' is out of range: {raw!r}")
    return west, south, east, north


def read_info(path: Path | str) -> MBTilesInfo:
    """Read and check a file's metadata; zoom range falls back to the tiles actually present."""
    path = Path(path)
    if not path.is_file():
        raise MBTilesError(f"{path}: no such file")
    try:
        conn = _connect(path)
        try:
            meta = dict(conn.execute("SELECT name, value FROM metadata").fetchall())
            zooms = conn.execute("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise MBTilesError(f"{path}: not an MBTiles file ({exc})") from exc
    fmt = str(meta.get("format") or "png").lower()
    if fmt not in RASTER_FORMATS:
        raise MBTilesError(f"{path}: tile format {fmt!r} is not a raster format (png or jpg)")
    if zooms is None or zooms[0] is None:
        raise MBTilesError(f"{path}: the file holds no tiles")
    try:
        minzoom = int(meta.get("minzoom", zooms[0]))
        maxzoom = int(meta.get("maxzoom", zooms[1]))
    except ValueError as exc:
        raise MBTilesError(f"{path}: metadata zoom levels are not whole numbers") from exc
    return MBTilesInfo(
        path=path,
        name=str(meta.get("name") or path.stem),
        format=fmt,
        bounds=_parse_bounds(meta.get("bounds"), path),
        minzoom=minzoom,
        maxzoom=maxzoom,
        attribution=str(meta.get("attribution") or ""),
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

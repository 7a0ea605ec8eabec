"""Opening any basemap file by what it holds, not by its name: MBTiles or PMTiles.

``open_tileset`` gives a reader with ``info`` and ``tile(z, x, y)``; ``read_tileset_info``
checks a file and reads its metadata. Both raise ``BasemapError`` naming the file and the
reason (not SQLite, not PMTiles, unknown schema, truncated, …).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from surveyor.core.map.mbtiles import SQLITE_MAGIC, MBTilesReader, read_info
from surveyor.core.map.pmtiles import PMTILES_MAGIC, PMTilesReader, read_pmtiles_info
from surveyor.core.map.tileset_info import BasemapError, TilesetInfo, plain_tile
from surveyor.core.messages import Message

__all__ = [
    "BasemapError",
    "TileReader",
    "TilesetInfo",
    "open_tileset",
    "read_tileset_info",
    "served_tile",
]


class TileReader(Protocol):
    info: TilesetInfo

    def tile(self, z: int, x: int, y: int) -> bytes | None: ...

    def close(self) -> None: ...


def _container(path: Path) -> str:
    if not path.is_file():
        raise BasemapError(Message("{path}: no such file", path=path))
    with path.open("rb") as f:
        head = f.read(16)
    if head.startswith(PMTILES_MAGIC):
        return "pmtiles"
    if head.startswith(SQLITE_MAGIC):
        return "mbtiles"
    if not head:
        raise BasemapError(Message("{path}: the file is empty", path=path))
    raise BasemapError(
        Message(
            "{path}: neither an MBTiles (SQLite) nor a PMTiles file; a basemap is "
            "an .mbtiles or .pmtiles file",
            path=path,
        )
    )


def read_tileset_info(path: Path | str) -> TilesetInfo:
    path = Path(path)
    if _container(path) == "pmtiles":
        return read_pmtiles_info(path)
    return read_info(path)


def open_tileset(path: Path | str) -> TileReader:
    path = Path(path)
    if _container(path) == "pmtiles":
        return PMTilesReader(path)
    return MBTilesReader(path)


def served_tile(reader: TileReader, z: int, x: int, y: int) -> bytes | None:
    """The tile as the page reads it: vector tiles unzipped (the renderer cannot unzip)."""
    data = reader.tile(z, x, y)
    if data is None or reader.info.kind == "raster":
        return data
    return plain_tile(data)

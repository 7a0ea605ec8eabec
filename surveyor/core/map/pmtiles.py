"""Reading PMTiles v3 basemaps (one file: header, directories, metadata, tiles), with no Qt.

The ``pmtiles`` package decodes the header and directories; this reader maps the file once and
keeps the directories it has decoded, so serving a tile is a dictionary lookup and a slice
(the package's own ``Reader`` re-reads and unzips the root directory for every tile).
"""

from __future__ import annotations

import gzip
import json
import mmap
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from pmtiles.tile import (
    Compression,
    Entry,
    MagicNumberNotFound,
    SpecVersionUnsupported,
    TileType,
    deserialize_directory,
    deserialize_header,
    find_tile,
    zxy_to_tileid,
)

from surveyor.core.map.tileset_info import (
    VECTOR_FORMAT,
    BasemapError,
    TilesetInfo,
    detect_schema,
    layer_names,
)
from surveyor.core.messages import Message

PMTILES_MAGIC = b"PMTiles"
HEADER_BYTES = 127
FORMATS = {TileType.MVT: VECTOR_FORMAT, TileType.PNG: "png", TileType.JPEG: "jpg",
           TileType.WEBP: "webp"}  # fmt: skip
MAX_DEPTH = 4  # root + up to three levels of leaf directories, as the spec allows


class PMTilesError(BasemapError):
    """A file that is not a usable PMTiles basemap; the message names file and reason."""


def _header(path: Path, data: bytes | mmap.mmap) -> dict[str, Any]:
    try:
        header: dict[str, Any] = dict(deserialize_header(data[:HEADER_BYTES]))
    except MagicNumberNotFound as exc:
        raise PMTilesError(Message("{path}: not a PMTiles file", path=path)) from exc
    except SpecVersionUnsupported as exc:
        raise PMTilesError(
            Message("{path}: PMTiles version {data} (Surveyor reads v3)", path=path, data=data[7])
        ) from exc
    except (ValueError, IndexError) as exc:
        raise PMTilesError(
            Message("{path}: the PMTiles header is damaged ({exc})", path=path, exc=exc)
        ) from exc
    size = len(data)
    for part in ("root", "metadata", "leaf_directory", "tile_data"):
        end = header[f"{part}_offset"] + header[f"{part}_length"]
        if end > size:
            raise PMTilesError(
                Message(
                    "{path}: the file is truncated ({size} bytes, its {value} ends at "
                    "{end}): copy it again",
                    path=path,
                    size=size,
                    value=part.replace("_", " "),
                    end=end,
                )
            )
    if header["internal_compression"] != Compression.GZIP:
        raise PMTilesError(
            Message(
                "{path}: directories compressed with {name} (Surveyor reads gzip)",
                path=path,
                name=header["internal_compression"].name,
            )
        )
    if header["tile_compression"] not in (Compression.GZIP, Compression.NONE):
        raise PMTilesError(
            Message(
                "{path}: tiles compressed with {name} (Surveyor reads gzip or uncompressed tiles)",
                path=path,
                name=header["tile_compression"].name,
            )
        )
    if header["tile_type"] not in FORMATS:
        raise PMTilesError(
            Message(
                "{path}: tile type {name} is not supported",
                path=path,
                name=header["tile_type"].name,
            )
        )
    return header


def _metadata(path: Path, data: bytes | mmap.mmap, header: dict[str, Any]) -> dict[str, Any]:
    raw = bytes(
        data[header["metadata_offset"] : header["metadata_offset"] + header["metadata_length"]]
    )
    try:
        meta = json.loads(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw or b"{}")
    except (OSError, EOFError, zlib.error, ValueError) as exc:
        raise PMTilesError(
            Message("{path}: the PMTiles metadata is damaged ({exc})", path=path, exc=exc)
        ) from exc
    if not isinstance(meta, dict):
        raise PMTilesError(Message("{path}: the PMTiles metadata is not a JSON object", path=path))
    # Converted from MBTiles, the layers may sit in the MBTiles "json" row.
    if "vector_layers" not in meta and isinstance(meta.get("json"), str):
        try:
            inner = json.loads(meta["json"])
        except ValueError:
            inner = {}
        if isinstance(inner, dict) and "vector_layers" in inner:
            meta["vector_layers"] = inner["vector_layers"]
    return meta


def _info(path: Path, data: bytes | mmap.mmap) -> TilesetInfo:
    header = _header(path, data)
    meta = _metadata(path, data, header)
    fmt = FORMATS[header["tile_type"]]
    layers = layer_names(meta.get("vector_layers")) if fmt == VECTOR_FORMAT else []
    west, south = header["min_lon_e7"] / 1e7, header["min_lat_e7"] / 1e7
    east, north = header["max_lon_e7"] / 1e7, header["max_lat_e7"] / 1e7
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise PMTilesError(
            Message(
                "{path}: bounds out of range: {west}, {south}, {east}, {north}",
                path=path,
                west=west,
                south=south,
                east=east,
                north=north,
            )
        )
    return TilesetInfo(
        path=path,
        name=str(meta.get("name") or path.stem),
        format=fmt,
        bounds=(west, south, east, north),
        minzoom=int(header["min_zoom"]),
        maxzoom=int(header["max_zoom"]),
        attribution=str(meta.get("attribution") or ""),
        container="pmtiles",
        schema=detect_schema(path, layers) if fmt == VECTOR_FORMAT else "",
        vector_layers=tuple(layers),
    )


def read_pmtiles_info(path: Path | str) -> TilesetInfo:
    """Read and check a PMTiles file's header and metadata."""
    reader = PMTilesReader(path)
    reader.close()
    return reader.info


class PMTilesReader:
    """An open PMTiles basemap that serves tiles by XYZ address (bytes as stored)."""

    def __init__(self, path: Path | str) -> None:
        path = Path(path)
        if not path.is_file():
            raise PMTilesError(Message("{path}: no such file", path=path))
        self._file = path.open("rb")
        try:
            if path.stat().st_size < HEADER_BYTES:
                raise PMTilesError(Message("{path}: too short to be a PMTiles file", path=path))
            self._map = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)
            self._header = _header(path, self._map)
            self.info = _info(path, self._map)
        except BaseException:
            self._file.close()
            raise
        self._directory = lru_cache(maxsize=256)(self._read_directory)

    def _read_directory(self, offset: int, length: int) -> list[Entry]:
        return deserialize_directory(self._map[offset : offset + length])

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile's bytes, or None when the file has no tile there (or a damaged index)."""
        if z < 0 or not (0 <= x < (1 << z)) or not (0 <= y < (1 << z)):
            return None
        header = self._header
        tile_id = zxy_to_tileid(z, x, y)
        offset, length = header["root_offset"], header["root_length"]
        try:
            for _depth in range(MAX_DEPTH):
                entry = find_tile(self._directory(offset, length), tile_id)
                if entry is None:
                    return None
                if entry.run_length:
                    start = header["tile_data_offset"] + entry.offset
                    return bytes(self._map[start : start + entry.length])
                offset = header["leaf_directory_offset"] + entry.offset
                length = entry.length
        except (OSError, EOFError, zlib.error, IndexError):
            return None
        return None

    def close(self) -> None:
        self._directory.cache_clear()
        self._map.close()
        self._file.close()

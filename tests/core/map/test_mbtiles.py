from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from surveyor.core.map.mbtiles import MBTilesError, MBTilesReader, read_info, tms_row
from tests.fixtures.mbtiles import make_mbtiles, png_tile


def test_tms_row_flip() -> None:
    assert tms_row(0, 0) == 0
    assert tms_row(1, 0) == 1
    assert tms_row(3, 2) == 5
    assert tms_row(16, 0) == 65535


def test_lookup_flips_rows(tmp_path: Path) -> None:
    north, south = png_tile((255, 0, 0)), png_tile((0, 0, 255))
    path = make_mbtiles(tmp_path / "a.mbtiles", [(1, 0, 0, north), (1, 0, 1, south)])
    # The file itself stores TMS rows: the northern tile (XYZ y=0) sits in row 1.
    conn = sqlite3.connect(path)
    stored = conn.execute("SELECT tile_data FROM tiles WHERE tile_row=1").fetchone()[0]
    conn.close()
    assert stored == north
    reader = MBTilesReader(path)
    assert reader.tile(1, 0, 0) == north
    assert reader.tile(1, 0, 1) == south
    assert reader.tile(1, 1, 0) is None
    assert reader.tile(1, 5, 0) is None  # outside the world
    reader.close()


def test_metadata_bounds_and_zoom(tmp_path: Path) -> None:
    tile = png_tile((1, 2, 3))
    path = make_mbtiles(tmp_path / "b.mbtiles", [(3, 1, 1, tile), (5, 4, 4, tile)], name="Zemun")
    info = read_info(path)
    assert info.name == "Zemun"
    assert info.bounds == (20.40, 44.78, 20.50, 44.84)
    assert (info.minzoom, info.maxzoom) == (3, 5)  # from the tiles when metadata is silent
    assert info.mime_type == "image/png"
    path2 = make_mbtiles(tmp_path / "c.mbtiles", [(3, 1, 1, tile)], minzoom=2, maxzoom=9)
    assert (read_info(path2).minzoom, read_info(path2).maxzoom) == (2, 9)


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"fmt": "tiff"}, "not a raster format"),
        ({"bounds": "1,2,3"}, "not four numbers"),
        ({"bounds": "10,50,5,40"}, "out of range"),
    ],
)
def test_bad_metadata_is_named(tmp_path: Path, kwargs: dict[str, str], reason: str) -> None:
    path = make_mbtiles(tmp_path / "bad.mbtiles", [(0, 0, 0, b"x")], **kwargs)  # type: ignore[arg-type]
    with pytest.raises(MBTilesError, match=reason) as err:
        read_info(path)
    assert "bad.mbtiles" in str(err.value)


def test_not_sqlite_or_empty(tmp_path: Path) -> None:
    junk = tmp_path / "junk.mbtiles"
    junk.write_bytes(b"hello, not a database" * 100)
    with pytest.raises(MBTilesError, match=r"junk\.mbtiles: not an MBTiles file"):
        read_info(junk)
    empty = make_mbtiles(tmp_path / "empty.mbtiles", [])
    with pytest.raises(MBTilesError, match="holds no tiles"):
        read_info(empty)
    with pytest.raises(MBTilesError, match="no such file"):
        read_info(tmp_path / "missing.mbtiles")


def test_tile_cache_round_trip_is_a_readable_mbtiles(tmp_path: Path) -> None:
    from surveyor.core.map.mbtiles import TileCache, image_mime

    tile = png_tile((10, 20, 30))
    cache = TileCache(tmp_path / "cache" / "online.mbtiles", source_url="https://t/{z}/{x}/{y}")
    assert cache.get(3, 1, 2) is None
    cache.put(3, 1, 2, tile)
    cache.put(3, 1, 2, tile)  # the same tile twice is stored once
    assert cache.get(3, 1, 2) == tile and cache.count() == 1
    cache.close()
    # Any MBTiles reader sees the tile at the same XYZ address (rows stored TMS-flipped).
    reader = MBTilesReader(tmp_path / "cache" / "online.mbtiles")
    assert reader.tile(3, 1, 2) == tile
    assert reader.info.name == "Online map cache"
    reader.close()
    assert image_mime(tile) == "image/png"
    assert image_mime(b"\xff\xd8\xff\xe0") == "image/jpeg"

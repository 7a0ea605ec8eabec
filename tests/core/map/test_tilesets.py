"""Basemap files of every kind: raster and vector MBTiles, PMTiles; and the bad ones."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from surveyor.core.map.tilesets import BasemapError, open_tileset, read_tileset_info, served_tile
from tests.fixtures.mbtiles import make_mbtiles, make_vector_mbtiles, png_tile
from tests.fixtures.vector_tiles import to_pmtiles

# Not a real vector tile, but bytes the reader must pass on unchanged once unzipped.
PBF = b"\x1a\x0b\x0a\x05water\x78\x02"


def vector_file(tmp_path: Path, name: str = "v.mbtiles", **kwargs: object) -> Path:
    tiles = [(14, 9124, 5925, gzip.compress(PBF)), (13, 4562, 2962, gzip.compress(PBF + b"1"))]
    return make_vector_mbtiles(tmp_path / name, tiles, minzoom=13, maxzoom=14, **kwargs)  # type: ignore[arg-type]


def test_vector_mbtiles_metadata_and_unzipped_tiles(tmp_path: Path) -> None:
    info = read_tileset_info(vector_file(tmp_path, attribution="© OSM"))
    assert (info.kind, info.format, info.container, info.schema) == (
        "vector", "pbf", "mbtiles", "openmaptiles",
    )  # fmt: skip
    assert (info.minzoom, info.maxzoom) == (13, 14)
    assert info.bounds == (20.40, 44.78, 20.50, 44.84)
    assert info.attribution == "© OSM"
    assert "transportation" in info.vector_layers
    reader = open_tileset(info.path)
    assert reader.tile(14, 9124, 5925)[:2] == b"\x1f\x8b"  # stored gzip-compressed
    assert served_tile(reader, 14, 9124, 5925) == PBF  # served as the renderer reads it
    assert served_tile(reader, 14, 0, 0) is None
    reader.close()


def test_pmtiles_converted_by_the_pmtiles_package(tmp_path: Path) -> None:
    pm = to_pmtiles(vector_file(tmp_path), tmp_path / "v.pmtiles")
    info = read_tileset_info(pm)
    assert (info.kind, info.container, info.schema) == ("vector", "pmtiles", "openmaptiles")
    assert (info.minzoom, info.maxzoom) == (13, 14)
    assert info.bounds == pytest.approx((20.40, 44.78, 20.50, 44.84))
    reader = open_tileset(pm)
    assert served_tile(reader, 14, 9124, 5925) == PBF
    assert served_tile(reader, 13, 4562, 2962) == PBF + b"1"
    assert served_tile(reader, 12, 0, 0) is None
    assert reader.tile(30, 0, 0) is None
    reader.close()


def test_protomaps_schema_is_recognised(tmp_path: Path) -> None:
    path = vector_file(tmp_path, layers=["earth", "water", "roads", "buildings", "places"])
    assert read_tileset_info(path).schema == "protomaps"
    pm = to_pmtiles(path, tmp_path / "p.pmtiles")
    assert read_tileset_info(pm).schema == "protomaps"


def test_raster_mbtiles_still_read(tmp_path: Path) -> None:
    path = make_mbtiles(tmp_path / "r.mbtiles", [(3, 1, 1, png_tile((1, 2, 3)))])
    info = read_tileset_info(path)
    assert (info.kind, info.format, info.schema) == ("raster", "png", "")
    assert served_tile(open_tileset(path), 3, 1, 1)[:4] == b"\x89PNG"


def truncated(path: Path, keep: float) -> Path:
    data = path.read_bytes()
    out = path.with_name("cut-" + path.name)
    out.write_bytes(data[: int(len(data) * keep)])
    return out


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p / "notes.mbtiles", "neither an MBTiles \\(SQLite\\) nor a PMTiles file"),
        (lambda p: vector_file(p, layers=["roads_x", "poi_y"]), "unknown vector tile schema"),
        (lambda p: truncated(vector_file(p), 0.5), "truncated"),
        (lambda p: truncated(to_pmtiles(vector_file(p), p / "v.pmtiles"), 0.6), "truncated"),
        (lambda p: p / "missing.pmtiles", "no such file"),
        (lambda p: make_mbtiles(p / "t.mbtiles", [(0, 0, 0, b"x")], fmt="tiff"), "tiff"),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path: Path, make, reason: str) -> None:
    (tmp_path / "notes.mbtiles").write_text("a shopping list, not a map\n" * 20)
    path = make(tmp_path)
    with pytest.raises(BasemapError, match=reason) as err:
        read_tileset_info(path)
    assert path.name in str(err.value)


def test_pmtiles_header_of_another_version(tmp_path: Path) -> None:
    path = tmp_path / "old.pmtiles"
    path.write_bytes(b"PMTiles\x02" + bytes(200))
    with pytest.raises(BasemapError, match="version 2"):
        read_tileset_info(path)

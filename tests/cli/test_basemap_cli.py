"""``surveyor basemap add | list | remove`` over the library Settings ▸ Basemaps shows."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from surveyor.cli import main
from surveyor.core.map.basemaps import load_settings
from tests.fixtures.mbtiles import make_mbtiles, make_vector_mbtiles, png_tile
from tests.fixtures.vector_tiles import to_pmtiles


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_remove(capsys, tmp_path: Path) -> None:
    vector = make_vector_mbtiles(
        tmp_path / "belgrade.mbtiles", [(14, 9124, 5925, gzip.compress(b"\x1a\x00"))],
        minzoom=0, maxzoom=14,
    )  # fmt: skip
    pm = to_pmtiles(vector, tmp_path / "belgrade-pm.pmtiles")
    raster = make_mbtiles(tmp_path / "ortho.mbtiles", [(15, 1, 1, png_tile((9, 9, 9)))])
    code, out, err = run(capsys, "basemap", "add", str(vector), str(pm), str(raster))
    assert code == 0, err
    assert "added belgrade: vector mbtiles, openmaptiles schema, zoom 0–14" in out
    code, out, _ = run(capsys, "basemap", "list", "--json")
    listed = {entry["name"]: entry for entry in json.loads(out)}
    assert list(listed) == ["belgrade", "belgrade-pm", "ortho"]
    assert listed["belgrade-pm"]["path"] == str(pm.resolve())
    assert {k: listed["belgrade-pm"][k] for k in ("kind", "format", "schema", "container")} == {
        "kind": "vector", "format": "pbf", "schema": "openmaptiles", "container": "pmtiles",
    }  # fmt: skip
    assert listed["ortho"]["kind"] == "raster" and listed["ortho"]["schema"] is None
    assert (listed["belgrade"]["minzoom"], listed["belgrade"]["maxzoom"]) == (0, 14)
    assert listed["belgrade"]["bounds"] == [20.40, 44.78, 20.50, 44.84]
    # The window's settings see the same library.
    assert [b.name for b in load_settings().basemaps] == ["belgrade", "belgrade-pm", "ortho"]
    assert run(capsys, "basemap", "add", str(vector))[0] == 0  # once only
    assert len(load_settings().basemaps) == 3
    code, out, _ = run(capsys, "basemap", "remove", "belgrade-pm")
    assert code == 0 and "removed belgrade-pm" in out
    assert pm.exists()  # the file is the user's: forgotten, not deleted
    code, out, _ = run(capsys, "basemap", "list")
    assert "belgrade-pm" not in out and "ortho" in out
    code, _, err = run(capsys, "basemap", "remove", "nowhere")
    assert code == 1 and "no basemap named 'nowhere'" in err


def test_bad_files_are_not_added(capsys, tmp_path: Path) -> None:
    junk = tmp_path / "junk.pmtiles"
    junk.write_bytes(b"\x00" * 500)
    odd = make_vector_mbtiles(
        tmp_path / "odd.mbtiles", [(0, 0, 0, b"")], layers=["contours", "hillshade"]
    )
    good = make_mbtiles(tmp_path / "good.mbtiles", [(1, 0, 0, png_tile((1, 1, 1)))])
    cut = tmp_path / "cut.mbtiles"
    cut.write_bytes(good.read_bytes()[:3000])
    code, out, err = run(capsys, "basemap", "add", str(junk), str(odd), str(cut), str(good))
    assert code == 1
    assert "junk.pmtiles: neither an MBTiles (SQLite) nor a PMTiles file" in err
    assert "odd.mbtiles: unknown vector tile schema (layers: contours, hillshade)" in err
    assert "cut.mbtiles: the file is truncated" in err
    assert "added good" in out
    assert [b.name for b in load_settings().basemaps] == ["good"]

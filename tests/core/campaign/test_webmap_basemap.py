"""The web map's basemap: real tilemaker tiles cut to the cameras' area, drawn offline."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest
from PIL import Image

from surveyor.core.campaign.publication import select_published
from surveyor.core.campaign.webmap import WebmapError, WebmapOptions, publish_webmap
from surveyor.core.campaign.webmap_basemap import area_around, cut_basemap, tile_range
from surveyor.core.map.tilesets import open_tileset, served_tile
from surveyor.core.workspace import Workspace
from tests.core.campaign.factory import BASE, place, sighting
from tests.fixtures.chromium import open_page
from tests.fixtures.mbtiles import make_mbtiles, png_tile
from tests.fixtures.vector_tiles import build_mbtiles, to_pmtiles, write_town

BUILDING = (0xD9, 0xD0, 0xC9)  # vector_basemap.js, OpenMapTiles buildings


@pytest.fixture(scope="module")
def town_pmtiles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("town")
    town = write_town(tmp / "town.osm", (BASE[0] + 0.0022, BASE[1] - 0.0030), blocks=12)
    return to_pmtiles(build_mbtiles(town, tmp / "t.mbtiles"), tmp / "town.pmtiles")


def test_cut_keeps_only_tiles_around_the_cameras(town_pmtiles: Path, tmp_path: Path) -> None:
    points = [(BASE[0], BASE[1])]
    cut = cut_basemap(town_pmtiles, points, tmp_path / "basemap")
    files = sorted(p for p in (tmp_path / "basemap").rglob("*.js") if p.name != "index.js")
    assert cut.tiles == len(files) > 0
    bbox = area_around(points)
    reader = open_tileset(town_pmtiles)
    try:
        for path in files:
            z, x = int(path.parent.parent.name), int(path.parent.name)
            y = int(path.stem)
            x0, y0, x1, y1 = tile_range(bbox, z)
            assert x0 <= x <= x1 and y0 <= y <= y1
            key, b64 = re.fullmatch(
                r'SurveyorTiles\.put\("([^"]+)","([^"]+)"\);\n', path.read_text()
            ).groups()
            assert key == f"{z}/{x}/{y}"
            assert base64.b64decode(b64) == served_tile(reader, z, x, y)  # unzipped MVT
    finally:
        reader.close()
    index = (tmp_path / "basemap" / "index.js").read_text()
    assert index.startswith("window.SURVEYOR_BASEMAP_TILES=[")
    assert cut.config["schema"] == "openmaptiles"


def test_a_raster_basemap_is_refused_with_the_reason(campaign: Workspace, tmp_path: Path) -> None:
    place(sighting("A", 0, 0, camera_type="dome"))
    raster = make_mbtiles(tmp_path / "raster.mbtiles", [(14, 9122, 5930, png_tile((9, 9, 9)))])
    with pytest.raises(WebmapError, match="raster basemap"):
        publish_webmap(
            campaign, select_published(), tmp_path / "site", WebmapOptions(basemap=raster)
        )
    assert not (tmp_path / "site").exists()


def test_site_draws_the_basemap_offline(
    campaign: Workspace, town_pmtiles: Path, tmp_path: Path
) -> None:
    place(
        sighting("A", 0, 0, camera_type="dome", manufacturer="Huawei", direction=90),
        sighting("B", 60, 80, camera_type="fixed", manufacturer="Dahua"),
    )  # fmt: skip
    site = tmp_path / "site"
    result = publish_webmap(campaign, select_published(), site, WebmapOptions(basemap=town_pmtiles))
    assert result.basemap_tiles > 0
    assert (site / "vendor" / "protomaps-leaflet" / "LICENSE").is_file()
    shot = tmp_path / "shot.png"
    page = open_page((site / "index.html").as_uri(), tmp_path / "chromium", screenshot=shot)
    assert page.console == [] and page.urls == []
    with Image.open(shot) as im:
        colours = im.convert("RGB").getcolors(maxcolors=1 << 24) or []
    buildings = sum(
        n for n, rgb in colours if all(abs(a - b) <= 6 for a, b in zip(rgb, BUILDING, strict=True))
    )
    assert buildings > 5000, buildings

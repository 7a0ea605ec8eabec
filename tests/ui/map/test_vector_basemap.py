"""Vector basemaps made by the real tilemaker, drawn by protomaps-leaflet in the offline page.

The town (tests/fixtures/vector_tiles.py) is turned into OpenMapTiles-schema MBTiles by
tilemaker and into PMTiles by the ``pmtiles`` package; the map is then rendered offscreen and
its pixels checked for streets, buildings, street names and house numbers.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from surveyor.core.map.basemaps import MapSettings, save_settings
from surveyor.ui.map.profile import map_profile
from tests.fixtures.vector_tiles import Town, build_mbtiles, to_pmtiles, write_town
from tests.ui.map.conftest import js, wait_js
from tests.ui.map.pixels import (
    BUILDING,
    HOUSE_NUMBER,
    MAJOR,
    PM_BUILDING,
    PM_ROAD,
    ROAD,
    STREET_LABEL,
    count,
)

ORIGIN = (44.8150, 20.4580)  # the town's north-west corner
CENTRE = (44.8128, 20.4605)  # on Ulica 4, between houses
SHOTS = os.environ.get("SURVEYOR_TEST_SHOTS")  # a folder: keep the images for a person to see


@pytest.fixture(scope="module")
def town_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("town")
    town: Town = write_town(folder / "town.osm", ORIGIN, blocks=6)
    mbtiles = build_mbtiles(town, folder / "town.mbtiles")
    protomaps = build_mbtiles(town, folder / "protomaps.mbtiles", schema="protomaps")
    return {
        "mbtiles": mbtiles,
        "pmtiles": to_pmtiles(mbtiles, folder / "town.pmtiles"),
        "protomaps": to_pmtiles(protomaps, folder / "protomaps.pmtiles"),
    }


def show(qtbot, panel, path: Path, zoom: int) -> QImage:
    settings = MapSettings()
    settings.add_basemap(path)
    save_settings(settings)
    panel.apply_settings(settings)
    wait_js(qtbot, panel, "SurveyorMap.state.vectorBasemaps === 1")
    js(
        qtbot,
        panel,
        f"SurveyorMap.map.setView([{CENTRE[0]}, {CENTRE[1]}], {zoom}, {{animate: false}}); 1",
    )
    wait_js(qtbot, panel, "SurveyorMap.basemapsLoaded()", timeout=20_000)
    qtbot.wait(600)  # labels placed across tile edges redraw their neighbours once
    image = panel.view.grab().toImage()
    if SHOTS:
        image.save(str(Path(SHOTS) / f"vector-{path.stem}-{path.suffix[1:]}-z{zoom}.png"))
    return image


@pytest.mark.slow
@pytest.mark.parametrize("container", ["mbtiles", "pmtiles"])
def test_streets_buildings_and_names_are_drawn(qtbot, town_files, panel, container) -> None:
    served = map_profile().handler.tiles_served
    image = show(qtbot, panel, town_files[container], 18)
    assert map_profile().handler.tiles_served > served
    assert count(image, ROAD, 4) > 2000, "no streets"
    assert count(image, BUILDING, 6) > 2000, "no buildings"
    assert count(image, STREET_LABEL, 40) > 40, "no street names"
    assert count(image, HOUSE_NUMBER, 30) > 20, "no house numbers"
    # OpenStreetMap is credited even though tilemaker's file names no attribution.
    credit = js(qtbot, panel, "document.querySelector('.leaflet-control-attribution').textContent")
    assert "OpenStreetMap" in credit


@pytest.mark.slow
def test_overzoom_past_the_files_last_zoom(qtbot, town_files, panel) -> None:
    # tilemaker stops at zoom 14; at 19 the map still shows the town, drawn larger.
    image = show(qtbot, panel, town_files["pmtiles"], 19)
    assert count(image, BUILDING, 6) > 2000
    assert count(image, ROAD, 4) > 2000


@pytest.mark.slow
def test_main_roads_at_city_zoom(qtbot, town_files, panel) -> None:
    image = show(qtbot, panel, town_files["mbtiles"], 15)
    assert count(image, MAJOR, 10) > 30  # Ulica 1 is a secondary road


@pytest.mark.slow
def test_protomaps_schema_is_drawn_with_its_own_style(qtbot, town_files, panel) -> None:
    from surveyor.core.map.tilesets import read_tileset_info

    assert read_tileset_info(town_files["protomaps"]).schema == "protomaps"
    image = show(qtbot, panel, town_files["protomaps"], 18)
    # protomaps-leaflet's "light" flavour: buildings, roads and their names, our house numbers.
    assert count(image, PM_BUILDING, 6) > 2000, "no buildings"
    assert count(image, PM_ROAD, 4) > 1000, "no streets"
    assert count(image, STREET_LABEL, 40) > 40, "no street names"
    assert count(image, HOUSE_NUMBER, 30) > 20, "no house numbers"
    credit = js(qtbot, panel, "document.querySelector('.leaflet-control-attribution').textContent")
    assert "OpenStreetMap" in credit

"""The coordinator's review map draws vector basemaps too (the same styles as the volunteers')."""

from __future__ import annotations

from pathlib import Path

import pytest

from surveyor.core.map.basemaps import MapSettings, save_settings
from surveyor.ui.map.profile import map_profile
from tests.core.campaign.factory import BASE
from tests.fixtures.vector_tiles import build_mbtiles, to_pmtiles, write_town
from tests.ui.campaign.test_review_map import (  # noqa: F401  (campaign: a fixture)
    campaign,
    open_panel,
    shown_item,
    two_items,
    wait_js,
)
from tests.ui.map.pixels import BUILDING, count


@pytest.mark.usefixtures("campaign")
def test_vector_basemap_under_the_review_map(qtbot, tmp_path: Path) -> None:
    town = write_town(tmp_path / "town.osm", (BASE[0] + 0.0022, BASE[1] - 0.0030), blocks=12)
    basemap = to_pmtiles(build_mbtiles(town, tmp_path / "t.mbtiles"), tmp_path / "town.pmtiles")
    settings = MapSettings()
    settings.add_basemap(basemap)
    save_settings(settings)
    two_items()
    panel = open_panel(qtbot)
    shown_item(qtbot, panel)
    wait_js(qtbot, panel.map, "ReviewMap.basemaps === 1")
    served = map_profile().handler.tiles_served
    # The item is framed closely; a street's width out, the town's blocks are in view.
    panel.map.run_javascript("ReviewMap.map.setZoom(17, {animate: false})")
    wait_js(
        qtbot,
        panel.map,
        "ReviewMap.map.getZoom() === 17 && (function () { var done = false;"
        " ReviewMap.map.eachLayer(function (l) {"
        " if (l.svKind === 'vector' && !l.isLoading()) done = true; }); return done; })()",
        timeout=20_000,
    )
    qtbot.wait(400)
    image = panel.map.grab().toImage()
    assert count(image, BUILDING, 6) > 1000
    assert map_profile().handler.tiles_served >= served
    assert map_profile().interceptor.blocked == []

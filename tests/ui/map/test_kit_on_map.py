"""Joining a campaign while the map is open shows the kit's basemap and known cameras at once."""

from __future__ import annotations

from pathlib import Path

from surveyor.core.bundle.minisign import SecretKey
from surveyor.core.campaign.consensus import ATTRIBUTES, AttributeConsensus, CameraConsensus
from surveyor.core.kit.create import create_kit
from surveyor.core.kit.install import install_kit
from surveyor.core.map.basemaps import load_settings
from surveyor.ui.join_campaign_dialog import show_joined_campaign
from tests.fixtures.mbtiles import make_mbtiles, png_tile
from tests.ui.map.conftest import LAT, LON, js, tile_xy, wait_js


def _known_camera() -> CameraConsensus:
    attributes = {a: AttributeConsensus(a, None, "none", 0, 0, 0.5) for a in ATTRIBUTES}
    attributes["camera_type"] = AttributeConsensus("camera_type", "fixed", "single", 1, 1, 0.67)
    attributes["direction"] = AttributeConsensus("direction", 90.0, "single", 1, 1, 0.67)
    return CameraConsensus(1, "cam-1", LAT + 0.0003, LON, attributes, ("owl",), 1)


def test_joining_shows_the_kits_basemap_and_known_cameras(qtbot, tmp_path: Path, panel) -> None:
    x, y = tile_xy(LAT, LON, 15)
    basemap = make_mbtiles(
        tmp_path / "kit-city.mbtiles",
        [(15, x + dx, y + dy, png_tile((190, 200, 230))) for dx in (-1, 0, 1) for dy in (-1, 0, 1)],
        minzoom=15,
        maxzoom=15,
    )
    campaign = tmp_path / "campaign"
    campaign.mkdir()
    kit = tmp_path / "c.kit"
    create_kit(campaign, [_known_camera()], SecretKey.generate(), kit, basemaps=[basemap])
    done = install_kit(kit)

    show_joined_campaign(done, None, panel)
    wait_js(qtbot, panel, "SurveyorMap.state.basemaps === 1")
    assert len(panel.known_rows) == 1
    assert load_settings().known_cameras_path == str(done.campaign.file("known-cameras.geojson"))
    js(qtbot, panel, f"SurveyorMap.map.setView([{LAT}, {LON}], 17, {{animate: false}}); 1")
    wait_js(qtbot, panel, "SurveyorMap.state.detail.known === 1")

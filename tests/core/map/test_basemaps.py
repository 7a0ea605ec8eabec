from __future__ import annotations

from pathlib import Path

import pytest

from surveyor.core.map.basemaps import MapSettings, load_settings, save_settings, settings_path
from surveyor.core.map.tilesets import BasemapError
from tests.fixtures.mbtiles import make_mbtiles, png_tile


def test_settings_round_trip_in_the_shared_config_dir(tmp_path: Path) -> None:
    tile = png_tile((0, 0, 0))
    a = make_mbtiles(tmp_path / "a.mbtiles", [(0, 0, 0, tile)])
    b = make_mbtiles(tmp_path / "b.mbtiles", [(0, 0, 0, tile)])
    settings = MapSettings()
    first = settings.add_basemap(a)
    second = settings.add_basemap(b)
    assert settings.add_basemap(a) is first  # the same file once
    settings.move_basemap(second.id, -1)
    assert [x.id for x in settings.basemaps] == [second.id, first.id]
    settings.move_basemap(second.id, -5)  # clamped
    assert settings.basemaps[0].id == second.id
    settings.projection_m = 5.0
    settings.known_cameras_path = "/data/known.geojson"
    save_settings(settings)
    assert settings_path().parent.name == "config"  # SURVEYOR_CONFIG_DIR from conftest
    again = load_settings()
    assert again == settings
    again.remove_basemap(first.id)
    assert [x.path for x in again.basemaps] == [str(b.resolve())]


def test_bad_basemap_is_refused_and_named(tmp_path: Path) -> None:
    bad = tmp_path / "notes.mbtiles"
    bad.write_text("plain text")
    with pytest.raises(BasemapError, match=r"notes\.mbtiles"):
        MapSettings().add_basemap(bad)

from __future__ import annotations

import os
from pathlib import Path

from surveyor.core.map.basemaps import MapSettings, load_settings, save_settings
from surveyor.ui.map.settings_dialog import MapSettingsDialog
from tests.fixtures.mbtiles import make_mbtiles, png_tile


def test_add_order_remove_basemaps(qtbot, tmp_path: Path) -> None:
    tile = png_tile((1, 2, 3))
    a = make_mbtiles(tmp_path / "a.mbtiles", [(0, 0, 0, tile)], name="Alpha")
    b = make_mbtiles(tmp_path / "b.mbtiles", [(3, 1, 1, tile)], name="Beta", maxzoom=17)
    junk = tmp_path / "junk.mbtiles"
    junk.write_text("not sqlite at all")
    dialog = MapSettingsDialog(MapSettings())
    qtbot.addWidget(dialog)
    errors: list[str] = []
    dialog.choose_files = lambda: [str(a), str(b), str(junk)]  # type: ignore[method-assign]
    dialog.show_error = errors.append  # type: ignore[method-assign]
    dialog.add_button.click()
    assert len(errors) == 1 and "junk.mbtiles" in errors[0]
    # Shown top-down as drawn: the last added is on top.
    assert dialog.list.item(0).text().startswith("Beta — zoom 3–17")
    assert dialog.list.item(1).text().startswith("Alpha")
    dialog.list.setCurrentRow(1)
    dialog.up_button.click()
    assert dialog.list.item(0).text().startswith("Alpha")
    settings = dialog.result_settings()
    assert [Path(x.path).name for x in settings.basemaps] == ["b.mbtiles", "a.mbtiles"]
    dialog.list.setCurrentRow(0)
    dialog.remove_button.click()
    dialog.projection.setValue(12.5)
    settings = dialog.result_settings()
    assert [Path(x.path).name for x in settings.basemaps] == ["b.mbtiles"]
    assert settings.projection_m == 12.5
    assert settings.online_enabled is False  # off by default; no URL, no online layer
    save_settings(settings)
    reloaded = load_settings()
    assert reloaded.basemaps[0].id == settings.basemaps[0].id
    assert reloaded.projection_m == 12.5


def test_broken_settings_file_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("{not an ini file")
    assert load_settings(path) == MapSettings()
    path.write_text(
        "[map]\nbasemaps\\size=2\nbasemaps\\1\\path=\n"
        "basemaps\\2\\path=/x.mbtiles\nbasemaps\\2\\id=k\nprojection_m=-4\n"
    )
    settings = load_settings(path)
    assert [b.id for b in settings.basemaps] == ["k"]
    assert settings.projection_m == 8.0


def test_vector_basemaps_show_what_they_hold(qtbot, tmp_path: Path) -> None:
    import gzip

    from tests.fixtures.mbtiles import make_vector_mbtiles
    from tests.fixtures.vector_tiles import to_pmtiles

    vector = make_vector_mbtiles(
        tmp_path / "city.mbtiles", [(14, 9124, 5925, gzip.compress(b""))], minzoom=14, maxzoom=14
    )
    pm = to_pmtiles(vector, tmp_path / "city.pmtiles")
    dialog = MapSettingsDialog(MapSettings())
    qtbot.addWidget(dialog)
    assert dialog.add_files([str(pm)]) == []
    assert "vector pmtiles, OpenMapTiles schema" in dialog.list.item(0).text()
    dialog.list.setCurrentRow(0)
    details = dialog.details.text()
    assert "zoom 14–14" in details
    assert "20.4000, 44.7800 – 20.5000, 44.8400" in details
    assert "Credit: © OpenStreetMap contributors" in details
    assert "Layers: water, landcover, landuse, park, transportation" in details
    if os.environ.get("SURVEYOR_TEST_SHOTS"):
        dialog.show()
        dialog.grab().save(os.path.join(os.environ["SURVEYOR_TEST_SHOTS"], "basemaps.png"))

"""One settings store: settings.ini in the config folder, shared by QSettings and the core."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from surveyor.core.map.basemaps import Basemap, MapSettings, load_settings, save_settings
from surveyor.core.workspace import config_dir, settings_file
from surveyor.store.settings_file import SettingsFileError, read_group, write_group
from surveyor.ui.settings import Settings, open_store

TRICKY = [
    "plain",
    "a,b",
    'a "quoted" b',
    r"C:\maps\belgrade.mbtiles",
    " leading space",
    "trailing space ",
    "@at the start",
    "x=y;z",
    "ćirilica Ђорђе",
    "line\nbreak",
    "tab\there",
    "",
    "/home/vera/my maps/ß.pmtiles",
    "#not a comment",
]


def test_qsettings_reads_what_the_core_writes(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    write_group(path, "map", {f"k{i}": value for i, value in enumerate(TRICKY)})
    store = QSettings(str(path), QSettings.Format.IniFormat)
    assert [store.value(f"map/k{i}") for i in range(len(TRICKY))] == TRICKY


def test_the_core_reads_what_qsettings_writes(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    store = QSettings(str(path), QSettings.Format.IniFormat)
    for i, value in enumerate(TRICKY):
        store.setValue(f"map/k{i}", value)
    store.sync()
    assert read_group(path, "map") == {f"k{i}": value for i, value in enumerate(TRICKY)}


def test_the_core_rewrites_its_group_and_keeps_the_window_settings(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.geometry = QByteArray(b"\x01\x00\xd9geometry")
    settings.set_splitter_sizes("main", [210, 840, 350])
    settings.last_workspace = "/home/vera/Surveyor, walks"
    settings.sync()
    saved = MapSettings(basemaps=[Basemap("/maps/a, b.mbtiles", "id1")], projection_m=12.5)
    settings.save_map_settings(saved)
    settings.round_export_dates = False  # a change made after the core wrote the file
    settings.sync()
    again = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert again.geometry == QByteArray(b"\x01\x00\xd9geometry")
    assert again.splitter_sizes("main") == [210, 840, 350]
    assert again.last_workspace == "/home/vera/Surveyor, walks"
    assert again.round_export_dates is False
    assert again.map_settings() == saved
    assert load_settings(path) == saved
    # The map group is written as QSettings writes an array: the window could read it too.
    store = QSettings(str(path), QSettings.Format.IniFormat)
    store.beginGroup("map")
    count = store.beginReadArray("basemaps")
    store.setArrayIndex(0)
    assert (count, store.value("path"), store.value("id")) == (1, "/maps/a, b.mbtiles", "id1")


def test_map_json_moves_into_the_settings_file_once(tmp_path: Path) -> None:
    folder = config_dir()  # SURVEYOR_CONFIG_DIR, set for every test
    folder.mkdir(parents=True, exist_ok=True)
    old = {
        "basemaps": [{"path": "/maps/belgrade.mbtiles", "id": "b1"}, {"path": 3}],
        "projection_m": 20.0,
        "online_enabled": True,
        "online_url": "https://tiles.example/{z}/{x}/{y}.png",
        "known_cameras_path": "/data/known.geojson",
    }
    (folder / "map.json").write_text(json.dumps(old), encoding="utf-8")
    window = Settings()  # the window's store, made first, in the same file
    window.search_after_import = False
    window.sync()

    moved = load_settings()
    assert moved == MapSettings(
        basemaps=[Basemap("/maps/belgrade.mbtiles", "b1")],
        projection_m=20.0,
        online_enabled=True,
        online_url="https://tiles.example/{z}/{x}/{y}.png",
        known_cameras_path="/data/known.geojson",
    )
    assert not (folder / "map.json").exists()  # never read again…
    assert json.loads((folder / "map.json.migrated").read_text()) == old  # …but not lost
    assert read_group(settings_file(), "map") is not None
    assert Settings().search_after_import is False  # the window's settings are still there
    assert Settings().map_settings() == moved

    changed = MapSettings(projection_m=5.0)
    save_settings(changed)
    (folder / "map.json").write_text(json.dumps(old), encoding="utf-8")  # an old copy back
    assert load_settings() == changed  # migrated once: the file no longer counts


def test_a_broken_map_json_is_left_alone(tmp_path: Path) -> None:
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "map.json").write_text("{not json", encoding="utf-8")
    assert load_settings() == MapSettings()
    assert (folder / "map.json").read_text(encoding="utf-8") == "{not json"


def test_config_dir_moves_the_window_settings_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SURVEYOR_CONFIG_DIR", str(tmp_path / "elsewhere"))
    settings = Settings()
    settings.last_import_dir = "/photos"
    settings.sync()
    assert settings.path == settings_file() == config_dir() / "settings.ini"
    assert settings.path == tmp_path / "elsewhere" / "settings.ini"
    assert Settings(open_store()).last_import_dir == "/photos"


def test_bad_values_are_refused_and_a_bad_file_named(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    with pytest.raises(SettingsFileError, match="control character"):
        write_group(path, "map", {"k": "bell\a"})
    path.write_text("no section header\nkey=value\n", encoding="utf-8")
    with pytest.raises(SettingsFileError, match=r"settings\.ini"):
        read_group(path, "map")
    assert load_settings(path) == MapSettings()  # the map starts with defaults


def test_the_old_native_settings_are_copied_in_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from surveyor.ui.settings import APPLICATION, ORGANIZATION

    monkeypatch.delenv("SURVEYOR_CONFIG_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))  # where platformdirs looks
    native = tmp_path / "native"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(native))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(native))
    try:
        old = QSettings(ORGANIZATION, APPLICATION)
        old.setValue("workspace/last", "/home/vera/walks")
        old.setValue("export/round_dates", False)
        old.sync()
        assert str(native) in old.fileName()
        save_settings(MapSettings(projection_m=9.0))  # the command line wrote the file first
        settings = Settings()
        assert settings.path == tmp_path / "xdg" / "Surveyor" / "settings.ini"
        assert settings.last_workspace == "/home/vera/walks"
        assert settings.round_export_dates is False
        assert settings.map_settings().projection_m == 9.0
        settings.last_workspace = "/home/vera/other"
        settings.sync()
        assert Settings().last_workspace == "/home/vera/other"  # copied once, not again
    finally:  # Qt's default on Linux (tests never use the native store otherwise)
        QSettings.setPath(
            QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(Path.home() / ".config")
        )
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path.home() / ".config")
        )

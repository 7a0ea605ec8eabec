"""Map settings shared by all workspaces: the basemap list and the map's few options.

Stored in the ``[map]`` group of the app's one settings file (``settings_file()``, INI, shared
with the window's QSettings), read and written without Qt so that the command line reaches it
too. A ``map.json`` from before (in the same folder) is moved into it once, then kept as
``map.json.migrated``. Basemaps are MBTiles or PMTiles files, raster or
vector, in the order the user chose (the first one is drawn at the bottom); each gets a stable
id that the page uses in its tile URLs, so reordering never changes what a URL serves.

``add_basemap``, ``remove_basemap`` and ``list_basemaps`` work on the saved library directly:
Settings ▸ Basemaps, ``surveyor basemap`` and a campaign kit all end up in the same list.
"""

from __future__ import annotations

import json
import logging
import math
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from surveyor.core.camera_records import DEFAULT_PROJECTION_M
from surveyor.core.map.tilesets import BasemapError, TilesetInfo, read_tileset_info
from surveyor.core.messages import Message
from surveyor.core.workspace import settings_file
from surveyor.store.settings_file import SettingsFileError, read_group, write_group

log = logging.getLogger(__name__)

SETTINGS_GROUP = "map"
LEGACY_FILE = "map.json"  # where the map kept its settings before settings.ini
DEFAULT_ONLINE_URL = ""


@dataclass
class Basemap:
    """One basemap file the user added; ``id`` is stable across reordering."""

    path: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    @property
    def name(self) -> str:
        """What lists show and ``surveyor basemap remove`` takes: the file's name."""
        return Path(self.path).stem

    def info(self) -> TilesetInfo:
        return read_tileset_info(self.path)


@dataclass
class MapSettings:
    """Everything the map remembers between sessions (not per workspace)."""

    basemaps: list[Basemap] = field(default_factory=list)
    projection_m: float = DEFAULT_PROJECTION_M
    # Off by default: the app works with no network. When on, viewed tiles are cached locally.
    online_enabled: bool = False
    online_url: str = DEFAULT_ONLINE_URL
    # The last "known cameras" file shown, shown again next time (empty: none).
    known_cameras_path: str = ""

    def add_basemap(self, path: Path | str) -> Basemap:
        """Check the file (BasemapError names it and the reason) and append it."""
        resolved = Path(path).expanduser().resolve()
        read_tileset_info(resolved)
        for existing in self.basemaps:
            if Path(existing.path) == resolved:
                return existing
        basemap = Basemap(str(resolved))
        self.basemaps.append(basemap)
        return basemap

    def remove_basemap(self, basemap_id: str) -> None:
        self.basemaps = [b for b in self.basemaps if b.id != basemap_id]

    def move_basemap(self, basemap_id: str, offset: int) -> None:
        ids = [b.id for b in self.basemaps]
        index = ids.index(basemap_id)
        target = max(0, min(len(ids) - 1, index + offset))
        item = self.basemaps.pop(index)
        self.basemaps.insert(target, item)

    def basemap(self, basemap_id: str) -> Basemap | None:
        return next((b for b in self.basemaps if b.id == basemap_id), None)


def settings_path() -> Path:
    return settings_file()


def _from_dict(raw: dict[str, Any]) -> MapSettings:
    """From the old ``map.json``."""
    settings = MapSettings()
    for entry in raw.get("basemaps", []):
        if isinstance(entry, dict) and isinstance(entry.get("path"), str):
            settings.basemaps.append(
                Basemap(entry["path"], str(entry.get("id") or uuid.uuid4().hex))
            )
    projection = raw.get("projection_m")
    if isinstance(projection, int | float) and 0 <= projection <= 100:
        settings.projection_m = float(projection)
    settings.online_enabled = raw.get("online_enabled") is True
    if isinstance(raw.get("online_url"), str):
        settings.online_url = raw["online_url"]
    if isinstance(raw.get("known_cameras_path"), str):
        settings.known_cameras_path = raw["known_cameras_path"]
    return settings


def _to_values(settings: MapSettings) -> dict[str, str]:
    """The ``[map]`` group, as QSettings would write it (a basemap array, then the options)."""
    values = {
        "projection_m": repr(float(settings.projection_m)),
        "online_enabled": "true" if settings.online_enabled else "false",
        "online_url": settings.online_url,
        "known_cameras_path": settings.known_cameras_path,
        "basemaps\\size": str(len(settings.basemaps)),
    }
    for number, basemap in enumerate(settings.basemaps, start=1):
        values[f"basemaps\\{number}\\path"] = basemap.path
        values[f"basemaps\\{number}\\id"] = basemap.id
    return values


def _from_values(values: dict[str, str]) -> MapSettings:
    """Defaults for whatever is missing or out of range in the ``[map]`` group."""
    settings = MapSettings()
    try:
        count = int(values.get("basemaps\\size", "0"))
    except ValueError:
        count = 0
    for number in range(1, count + 1):
        path = values.get(f"basemaps\\{number}\\path", "")
        if path:
            basemap_id = values.get(f"basemaps\\{number}\\id") or uuid.uuid4().hex[:12]
            settings.basemaps.append(Basemap(path, basemap_id))
    try:
        projection = float(values.get("projection_m", ""))
    except ValueError:
        projection = math.nan
    if 0 <= projection <= 100:
        settings.projection_m = projection
    settings.online_enabled = values.get("online_enabled") == "true"
    settings.online_url = values.get("online_url", DEFAULT_ONLINE_URL)
    settings.known_cameras_path = values.get("known_cameras_path", "")
    return settings


def _migrate_map_json(path: Path) -> MapSettings | None:
    """Move the old ``map.json`` beside ``path`` into it, once; None when there is none."""
    legacy = path.with_name(LEGACY_FILE)
    try:
        raw = json.loads(legacy.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("%s cannot be read, the map starts with defaults: %s", legacy, exc)
        return None  # left where it is, for the volunteer to look at
    settings = _from_dict(raw) if isinstance(raw, dict) else MapSettings()
    save_settings(settings, path)
    legacy.replace(legacy.with_name(LEGACY_FILE + ".migrated"))
    log.info("map settings moved from %s into %s", legacy, path)
    return settings


def load_settings(path: Path | None = None) -> MapSettings:
    """The saved settings; defaults when there are none or the file cannot be read."""
    path = path or settings_path()
    try:
        values = read_group(path, SETTINGS_GROUP)
    except SettingsFileError as exc:
        log.warning("%s", exc)
        return MapSettings()
    if values is None:
        return _migrate_map_json(path) or MapSettings()
    return _from_values(values)


def save_settings(settings: MapSettings, path: Path | None = None) -> None:
    """Replace the ``[map]`` group (atomically); the window's settings stay as they are."""
    write_group(path or settings_path(), SETTINGS_GROUP, _to_values(settings))


# The library: the saved list, as the CLI and a campaign kit use it ----------------------------
def add_basemap(path: Path | str) -> Basemap:
    """Check a basemap file and add it to the saved library (once); BasemapError if unusable."""
    settings = load_settings()
    before = len(settings.basemaps)
    basemap = settings.add_basemap(path)
    if len(settings.basemaps) != before:
        save_settings(settings)
    return basemap


def find_basemap(settings: MapSettings, key: str) -> Basemap:
    """The basemap named ``key`` (its file name without extension), or with that id or path."""
    matches = [b for b in settings.basemaps if key in (b.name, b.id, b.path)]
    if not matches:
        resolved = str(Path(key).expanduser().resolve())
        matches = [b for b in settings.basemaps if b.path == resolved]
    if not matches:
        raise BasemapError(Message("no basemap named {key!r}", key=key))
    if len(matches) > 1:
        paths = ", ".join(b.path for b in matches)
        raise BasemapError(
            Message(
                "{count} basemaps are named {key!r} ({paths}): give the path",
                count=len(matches),
                key=key,
                paths=paths,
            )
        )
    return matches[0]


def remove_basemap(key: str) -> Basemap:
    """Remove a basemap from the library (the file itself stays where it is)."""
    settings = load_settings()
    basemap = find_basemap(settings, key)
    settings.remove_basemap(basemap.id)
    save_settings(settings)
    return basemap


def list_basemaps() -> list[tuple[Basemap, TilesetInfo | BasemapError]]:
    """Every basemap in the library, bottom first, with its metadata or why it cannot be read."""
    entries: list[tuple[Basemap, TilesetInfo | BasemapError]] = []
    for basemap in load_settings().basemaps:
        try:
            entries.append((basemap, basemap.info()))
        except BasemapError as exc:
            entries.append((basemap, exc))
    return entries


def describe(basemap: Basemap, info: TilesetInfo | BasemapError) -> dict[str, Any]:
    """One basemap as ``surveyor basemap list --json`` prints it."""
    entry: dict[str, Any] = {"name": basemap.name, "id": basemap.id, "path": basemap.path}
    if isinstance(info, BasemapError):
        entry["error"] = str(info)
        return entry
    entry.update(
        {
            "title": info.name,
            "kind": info.kind,
            "format": info.format,
            "container": info.container,
            "schema": info.schema or None,
            "bounds": list(info.bounds),
            "minzoom": info.minzoom,
            "maxzoom": info.maxzoom,
            "attribution": info.attribution,
            "vector_layers": list(info.vector_layers),
        }
    )
    return entry

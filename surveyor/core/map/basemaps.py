"""Map settings shared by all workspaces: the basemap list and the map's few options.

Stored as ``map.json`` in ``config_dir()``. Basemaps are MBTiles or PMTiles files, raster or
vector, in the order the user chose (the first one is drawn at the bottom); each gets a stable
id that the page uses in its tile URLs, so reordering never changes what a URL serves.

``add_basemap``, ``remove_basemap`` and ``list_basemaps`` work on the saved library directly:
Settings ▸ Basemaps, ``surveyor basemap`` and a campaign kit all end up in the same list.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from surveyor.core.camera_records import DEFAULT_PROJECTION_M
from surveyor.core.map.tilesets import BasemapError, TilesetInfo, read_tileset_info
from surveyor.core.workspace import config_dir

SETTINGS_FILE = "map.json"
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
    return config_dir() / SETTINGS_FILE


def _from_dict(raw: dict[str, Any]) -> MapSettings:
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


def load_settings(path: Path | None = None) -> MapSettings:
    """The saved settings; defaults when there is no file or it cannot be read."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return MapSettings()
    return _from_dict(raw) if isinstance(raw, dict) else MapSettings()


def save_settings(settings: MapSettings, path: Path | None = None) -> None:
    """Write atomically: a crash mid-write leaves the previous file intact."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    os.replace(tmp, path)


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
        raise BasemapError(f"no basemap named {key!r}")
    if len(matches) > 1:
        paths = ", ".join(b.path for b in matches)
        raise BasemapError(f"{len(matches)} basemaps are named {key!r} ({paths}): give the path")
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

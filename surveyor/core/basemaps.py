"""Map settings shared by all workspaces: the basemap list and the map's few options.

Stored as ``map.json`` in ``config_dir()``. Basemaps are raster MBTiles files in the order the
user chose (the first one is drawn at the bottom); each gets a stable id that the page uses in
its tile URLs, so reordering never changes what a URL serves.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from surveyor.core.cameras import DEFAULT_PROJECTION_M
from surveyor.core.mbtiles import MBTilesInfo, read_info
from surveyor.core.workspace import config_dir

SETTINGS_FILE = "map.json"
DEFAULT_ONLINE_URL = ""


@dataclass
class Basemap:
    """One MBTiles file the user added; ``id`` is stable across reordering."""

    path: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    def info(self) -> MBTilesInfo:
        return read_info(self.path)


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
        """Check the file (MBTilesError names it and the reason) and append it."""
        resolved = Path(path).expanduser().resolve()
        read_info(resolved)
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

"""The basemap layers the map page draws: the user's tile files, then the online layer."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from surveyor.core.map.basemaps import MapSettings
from surveyor.core.map.page import ONLINE_TILE_URL, basemap_layers
from surveyor.ui.map.json_types import JsonObject
from surveyor.ui.map.page_calls import unique_number
from surveyor.ui.map.profile import MapProfile

log = logging.getLogger(__name__)


def page_layers(
    shared: MapProfile, settings: MapSettings
) -> tuple[list[JsonObject], list[tuple[str, str]]]:
    """Serve the settings' basemaps and switch the online layer as they say: the layers for
    ``SurveyorMap.setBasemaps``, bottom first, and (path, reason) of files that did not open."""
    entries, errors = shared.handler.open_basemaps(settings.basemaps)
    for path, reason in errors:
        log.warning("basemap %s not shown: %s", path, reason)
    layers = basemap_layers(entries)
    online = shared.online
    online.configure(settings.online_enabled, settings.online_url)
    # Cached online tiles stay visible offline, with the network switched off.
    if online.enabled or online.has_cached_tiles():
        layers.append(
            {
                "id": "online",
                # A new key whenever the settings are applied: no tile from another source.
                "url": ONLINE_TILE_URL.replace("{key}", str(unique_number())),
                "name": QCoreApplication.translate("MapPanel", "Online map"),
                "bounds": [[-85.05, -180], [85.05, 180]],
                "minZoom": 0,
                "maxNativeZoom": 19,
                "attribution": settings.online_url,
            }
        )
    return layers, errors

"""The Qt side of ``surveyor render-map``: start QtWebEngine offscreen, render, save.

Kept apart from the command's module so that ``surveyor`` without this command never loads Qt.
"""

from __future__ import annotations

import sys
from pathlib import Path

# QtWebEngine must be imported, and our URL scheme registered, before the application exists.
import PySide6.QtWebEngineWidgets  # noqa: F401
from PySide6.QtWidgets import QApplication

import surveyor.ui.map.scheme  # noqa: F401
from surveyor.core.map.basemaps import Basemap
from surveyor.core.map.image import MapView
from surveyor.ui.map.image import MapImage, MapImageRenderer, save_png
from surveyor.ui.map.json_types import JsonRow


def render_to_file(
    view: MapView, cameras: list[JsonRow], basemaps: list[Basemap], out: Path
) -> MapImage:
    """Render and, unless the page tried to reach the network, save ``out``."""
    app = QApplication.instance() or QApplication([sys.argv[0] or "surveyor", "render-map"])
    renderer = MapImageRenderer()
    try:
        result = renderer.render(view, cameras, basemaps)
    finally:
        renderer.close()
    if not result.blocked:
        save_png(result, out)
    app.processEvents()
    return result

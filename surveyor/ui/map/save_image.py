"""File ▸ Save map image…: the map as it is framed now, as a PNG for a report.

The same renderer as ``surveyor render-map``: cameras with their cones, the basemaps, a scale
bar and the credit; never the photos' positions or notes. Nothing is saved if the page tried to
reach the network.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from surveyor.core.map.image import MapView, workspace_cameras
from surveyor.ui.map.image import MapImageFailed, MapImageRenderer, save_png, wait_until
from surveyor.ui.map.page_texts import control_texts

if TYPE_CHECKING:
    from surveyor.ui.map.panel import MapPanel


def tr(text: str) -> str:
    return QCoreApplication.translate("SaveMapImage", text)


def choose_image_file(panel: MapPanel) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        panel, tr("Save map image"), "map.png", tr("PNG images (*.png)")
    )
    if path and not path.lower().endswith(".png"):
        path += ".png"
    return path or None


def current_view(panel: MapPanel, answer: list[float]) -> MapView:
    """The view as the page reported it: ``[lat, lon, zoom]``, at the map's size on screen."""
    lat, lon, zoom = answer
    size = panel.view.size()
    return MapView(max(64, size.width()), max(64, size.height()), center=(lat, lon), zoom=zoom)


def save_map_image(panel: MapPanel, path: str | None = None) -> Path | None:
    """Ask where (unless given), render the current view offscreen and save it; the path."""
    path = path or panel.choose_image_file()
    if not path:
        return None
    box: dict[str, object] = {}
    panel.run_javascript(
        "(function () { var m = SurveyorMap.map, c = m.getCenter();"
        " return JSON.stringify([c.lat, c.lng, m.getZoom()]); })()",
        lambda value: box.setdefault("v", value),
    )
    if not wait_until(lambda: "v" in box, 10.0):
        panel.show_error(tr("The map image could not be made: the map did not answer."))
        return None
    view = current_view(panel, json.loads(str(box["v"])))
    renderer = MapImageRenderer()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = renderer.render(
            view, workspace_cameras(), panel.settings.basemaps, texts=control_texts()
        )
    except MapImageFailed as exc:
        panel.show_error(tr("The map image could not be made: {reason}").format(reason=exc))
        return None
    finally:
        QApplication.restoreOverrideCursor()
        renderer.close()
    if result.blocked:
        panel.show_error(
            tr("The map tried to reach the network ({urls}); nothing was saved.").format(
                urls=", ".join(result.blocked[:3])
            )
        )
        return None
    try:
        save_png(result, Path(path))
    except OSError as exc:
        panel.show_error(str(exc))
        return None
    return Path(path)

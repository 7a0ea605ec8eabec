"""A real Qt drop (the tray's own mime data) onto the web view places the photo there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from surveyor.store.models import Photo
from tests.ui.map.conftest import js


def test_qt_drop_from_tray_onto_the_view(qtbot, catalogue, panel) -> None:
    photo_id = catalogue.unplaced_photo.id
    row = panel.tray.entries().index(("photo", photo_id))
    mime = panel.tray.mimeData([panel.tray.item(row)])
    target = panel.view.focusProxy() or panel.view
    action = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    x, y = 120, 140
    QApplication.sendEvent(target, QDragEnterEvent(QPoint(x, y), action, mime, buttons, mods))
    for _ in range(3):
        QApplication.sendEvent(target, QDragMoveEvent(QPoint(x, y), action, mime, buttons, mods))
        qtbot.wait(50)
    with qtbot.waitSignal(panel.camerasChanged, timeout=5000):
        QApplication.sendEvent(target, QDropEvent(QPointF(x, y), action, mime, buttons, mods))
    photo = Photo.get_by_id(photo_id)
    assert photo.position_source == "manual"
    lat, lon = js(
        qtbot, panel, f"var p = SurveyorMap.map.containerPointToLatLng([{x}, {y}]); [p.lat, p.lng]"
    )
    assert photo.latitude == pytest.approx(lat, abs=2e-5)
    assert photo.longitude == pytest.approx(lon, abs=2e-5)

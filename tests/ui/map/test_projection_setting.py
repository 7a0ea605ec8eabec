"""One suggestion distance: the map's setting also places the workbench's new cameras."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from surveyor.core import camera_records as cameras
from surveyor.core import geometry
from surveyor.core.map.basemaps import load_settings
from surveyor.core.photos.rows import photo_rows
from surveyor.store.models import Camera, Photo
from surveyor.ui.events import CatalogueEvents
from surveyor.ui.map.settings_dialog import MapSettingsDialog
from surveyor.ui.recording import Recorder


def distance_from_photo(camera_id: int, photo: Photo) -> float:
    cam = Camera.get_by_id(camera_id)
    return geometry.distance_m(photo.latitude, photo.longitude, cam.latitude, cam.longitude)


def set_distance_in_map_settings(qtbot, panel, metres: float) -> None:
    dialog = MapSettingsDialog(panel.settings, panel)  # Settings ▸ Basemaps…
    qtbot.addWidget(dialog)
    dialog.projection.setValue(metres)
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.apply_settings(dialog.result_settings())  # what the dialog's OK does


def test_map_setting_moves_new_camera_suggestions(qtbot, catalogue, panel) -> None:
    recorder = Recorder(QUndoStack(), CatalogueEvents())
    photo = catalogue.photo  # faces east (bearing 90)
    assert recorder.projection_m() == 8.0  # the default, with no map settings yet

    set_distance_in_map_settings(qtbot, panel, 30.0)
    assert load_settings().projection_m == 30.0
    first = recorder.new_camera(photo_rows([photo.id]))
    assert first is not None
    assert distance_from_photo(first, photo) == pytest.approx(30.0, abs=0.05)

    set_distance_in_map_settings(qtbot, panel, 5.0)
    second = recorder.new_camera(photo_rows([photo.id]))
    assert second is not None
    assert distance_from_photo(second, photo) == pytest.approx(5.0, abs=0.05)
    assert Camera.get_by_id(second).longitude > photo.longitude  # along the bearing

    # The map suggests the same spot for a camera that has no position yet.
    cameras.update_camera(second, latitude=None, longitude=None, position_source=None)
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.refresh()
    suggested = panel._camera(second)["suggested"]
    spot = geometry.distance_m(photo.latitude, photo.longitude, suggested[0], suggested[1])
    assert spot == pytest.approx(5.0, abs=0.05)

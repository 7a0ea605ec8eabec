"""The real map inside the workbench window: selection and edits flow both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from surveyor.store.models import Camera
from surveyor.ui.map.profile import map_profile
from tests.ui.map.conftest import LAT, LON, js, wait_js


def test_real_map_in_the_window(qtbot, tmp_path: Path, workspace, catalogue) -> None:
    from surveyor.ui.main_window import MainWindow
    from surveyor.ui.settings import Settings

    map_profile().interceptor.blocked.clear()
    settings = Settings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.show_map()
    panel = window.map_slot.panel
    assert panel is not None, window.map_slot.error
    qtbot.waitUntil(lambda: panel.is_ready, timeout=20_000)
    wait_js(qtbot, panel, "SurveyorMap.stats.cameras === 2")

    # Window -> map.
    window.select_photos([catalogue.photo2.id])
    wait_js(qtbot, panel, f"SurveyorMap.state.selectedPhoto === {catalogue.photo2.id}")
    # Map -> window.
    cam_id = catalogue.camera.id
    with qtbot.waitSignal(window.map_slot.cameraSelected, timeout=5000):
        js(qtbot, panel, f"SurveyorMap.cameraMarker({cam_id}).fire('click'); 1")
    assert [p.id for p in window.selected_photos()] == [catalogue.photo.id]
    # A drag on the map is an edit like any other: on the window's undo stack.
    with qtbot.waitSignal(window.map_slot.camerasChanged, timeout=5000):
        js(
            qtbot,
            panel,
            f"var m = SurveyorMap.cameraMarker({cam_id}); m.setLatLng([{LAT + 0.001}, {LON}]);"
            " m.fire('dragend'); 1",
        )
    assert Camera.get_by_id(cam_id).latitude == pytest.approx(LAT + 0.001)
    window.undo_stack.undo()
    assert Camera.get_by_id(cam_id).position_source == "projected"
    assert map_profile().interceptor.blocked == []

"""The map's data is built on a worker thread: coalesced, in order, connections closed."""

from __future__ import annotations

import gc
import threading
from typing import Any

import pytest

from surveyor.core import camera_records as cameras
from surveyor.core.map.page import CAMERA_FIELDS
from surveyor.ui.map import refresher
from surveyor.ui.map.refresher import MapUpdate
from tests.ui.map.conftest import wait_js

NOTES = CAMERA_FIELDS.index("notes")


def test_refresh_reads_on_a_worker_and_closes_its_connection(
    qtbot, monkeypatch: pytest.MonkeyPatch, workspace, catalogue, panel
) -> None:
    db = workspace.db
    opened: list[int] = []
    closed: list[int] = []
    built_on: list[int] = []
    real_connect, real_close, real_map_data = db._connect, db._close, refresher.map_data

    def connect() -> Any:
        opened.append(threading.get_ident())
        return real_connect()

    def close(conn: Any) -> Any:
        closed.append(threading.get_ident())
        return real_close(conn)

    def map_data(projection_m: float) -> dict[str, Any]:
        built_on.append(threading.get_ident())
        return real_map_data(projection_m)

    monkeypatch.setattr(db, "_connect", connect)
    monkeypatch.setattr(db, "_close", close)
    monkeypatch.setattr(refresher, "map_data", map_data)
    main = threading.get_ident()
    cameras.update_camera(catalogue.camera.id, notes="seen from the worker")
    for _ in range(3):  # three builds, one after the other
        with qtbot.waitSignal(panel.refreshed, timeout=10_000):
            panel.refresh()
    assert len(built_on) == 3 and main not in built_on  # never on the UI thread
    workers = [t for t in opened if t != main]
    assert len(workers) == 3  # each build opened its own connection...
    assert sorted(t for t in closed if t != main) == sorted(workers)  # ...and closed it
    assert main not in closed  # the UI thread's connection is left alone
    assert gc.isenabled()  # paused only while a build runs
    # The worker saw what the UI thread had just committed.
    assert panel._camera(catalogue.camera.id)["notes"] == "seen from the worker"


def test_refreshes_coalesce_and_newer_data_is_never_replaced(qtbot, catalogue, panel) -> None:
    cam_id = catalogue.camera.id
    applied: list[str] = []
    panel._refresher.built.connect(lambda update: applied.append(update.camera_rows[cam_id][NOTES]))
    builds = panel._refresher.builds
    refreshed: list[bool] = []
    panel.refreshed.connect(lambda: refreshed.append(True))
    for n in range(1, 6):  # five edits in one go, each asking for a refresh
        cameras.update_camera(cam_id, notes=f"v{n}")
        panel.refresh()
    assert panel.refreshing
    assert panel.wait_refreshed(10_000)
    # The first build was running; the four requests behind it made one more build.
    assert panel._refresher.builds - builds == 2
    assert applied[-1] == "v5" and len(applied) == 2
    assert refreshed == [True]  # said once, when the newest data was in
    assert panel._camera(cam_id)["notes"] == "v5"
    wait_js(qtbot, panel, f"SurveyorMap.cameraData({cam_id}).notes === 'v5'")


def test_an_older_result_is_dropped(qtbot, catalogue, panel) -> None:
    shown: list[int] = []
    panel._refresher.built.connect(lambda update: shown.append(update.generation))
    current = panel._refresher._applied
    stale = MapUpdate(current - 1, b"{}", {}, [], [])
    panel._refresher._on_built(stale)  # e.g. a late result of a superseded build
    assert shown == []
    assert panel._camera(catalogue.camera.id) is not None  # the newer rows stay


def test_a_failed_build_is_logged_and_the_next_one_works(
    qtbot, monkeypatch: pytest.MonkeyPatch, catalogue, panel, caplog
) -> None:
    real = refresher.map_data
    monkeypatch.setattr(refresher, "map_data", lambda _m: 1 / 0)
    with qtbot.waitSignal(panel._refresher.failed, timeout=10_000) as blocker:
        panel.refresh()
    assert "ZeroDivisionError" in blocker.args[0]
    assert "could not be built" in caplog.text
    assert gc.isenabled()
    monkeypatch.setattr(refresher, "map_data", real)
    cameras.update_camera(catalogue.camera.id, notes="after the failure")
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.refresh()
    assert panel._camera(catalogue.camera.id)["notes"] == "after the failure"


def test_a_panel_deleted_mid_build_ignores_the_result(
    qtbot, monkeypatch: pytest.MonkeyPatch, workspace, catalogue
) -> None:
    from PySide6.QtGui import QUndoStack

    from surveyor.ui.map.panel import MapPanel

    release = threading.Event()
    real = refresher.map_data

    def slow_map_data(projection_m: float) -> dict[str, Any]:
        release.wait(10)
        return real(projection_m)

    applied: list[object] = []
    monkeypatch.setattr(refresher, "map_data", slow_map_data)
    monkeypatch.setattr(MapPanel, "_apply_update", lambda self, update: applied.append(update))
    widget = MapPanel(workspace, QUndoStack())  # its first build waits for `release`
    task = widget._refresher._task
    assert task is not None and task.is_running()
    widget.deleteLater()  # e.g. another workspace was opened
    qtbot.waitUntil(lambda: not _alive(widget), timeout=5000)
    assert task.is_running()  # the thread outlives the panel (it belongs to the application)
    release.set()
    assert task.wait(10_000)
    qtbot.wait(50)  # the finished signal is delivered: nobody left to take it
    assert applied == []


def _alive(widget: Any) -> bool:
    from shiboken6 import isValid

    return bool(isValid(widget))

"""Deleting a camera from the workbench (Shift+Del) and taking it back with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera, CameraPhoto, Photo
from surveyor.ui.camera_undo import DeleteCamera
from surveyor.ui.events import CatalogueEvents
from surveyor.ui.main_window import MainWindow
from surveyor.ui.settings import Settings


@pytest.fixture
def window(qtbot, filled_workspace: Workspace, settings: Settings) -> MainWindow:
    win = MainWindow(filled_workspace, settings)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    win.grid.setFocus()
    return win


def press(window: MainWindow, key: Qt.Key | str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    if isinstance(key, str):
        QTest.keyClicks(window.grid, key, modifier)
    else:
        QTest.keyClick(window.grid, key, modifier)
    QApplication.processEvents()


def photo_id(name: str) -> int:
    return int(Photo.get(Photo.original_name == name).id)


def grid_counts(window: MainWindow) -> dict[str, int]:
    """How many cameras the grid shows on each photo."""
    return {row.name: row.camera_count for row in window.model.rows()}


def test_shift_delete_removes_the_camera_and_undo_brings_it_back_whole(window) -> None:
    heard: list[tuple[set[int], set[int]]] = []
    window.events.changed.connect(lambda photos, cameras: heard.append((photos, cameras)))
    press(window, "N")
    press(window, "D")  # a dome
    window.choose_camera = lambda candidates: candidates[0].camera.id
    press(window, Qt.Key.Key_Right)
    press(window, "K")  # the next photo shows it too
    before = Camera.get()
    links = {photo_id("IMG_0000.jpg"), photo_id("IMG_0001.jpg")}
    assert {link.photo_id for link in CameraPhoto.select()} == links
    assert window.panel.current_camera_id() == before.id

    heard.clear()
    press(window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert Camera.select().count() == 0 and CameraPhoto.select().count() == 0
    assert Photo.select().count() == 4  # its photos stay
    assert heard == [(links, {before.id})]  # the grid, the panel and the map hear of it
    assert grid_counts(window)["IMG_0000.jpg"] == 0 and grid_counts(window)["IMG_0001.jpg"] == 0
    assert window.panel.current_camera_id() is None
    assert window.action_set.undo.text().endswith("Delete camera")

    heard.clear()
    press(window, "z", Qt.KeyboardModifier.ControlModifier)
    back = Camera.get()
    # The same camera: id, UUID, values, creation time and both photos.
    assert (back.id, back.uuid, back.camera_type, back.created_at) == (
        before.id,
        before.uuid,
        "dome",
        before.created_at,
    )
    assert (back.latitude, back.longitude) == (before.latitude, before.longitude)
    assert {link.photo_id for link in CameraPhoto.select()} == links
    assert heard == [(links, {before.id})]
    assert grid_counts(window)["IMG_0000.jpg"] == 1 and grid_counts(window)["IMG_0001.jpg"] == 1
    assert window.panel.current_camera_id() == before.id

    window.action_set.redo.trigger()  # and gone again
    assert Camera.select().count() == 0 and CameraPhoto.select().count() == 0
    window.action_set.undo.trigger()
    assert Camera.get().uuid == before.uuid
    assert {link.photo_id for link in CameraPhoto.select()} == links


def test_undoing_a_delete_skips_a_photo_removed_since(filled_workspace: Workspace) -> None:
    """Undo cannot bring a removed photo back: the camera returns with the photos still there."""
    from surveyor.core import camera_records

    first, second = (photo_id(name) for name in ("IMG_0000.jpg", "IMG_0001.jpg"))
    camera = camera_records.create_camera([first, second], camera_type="fixed")
    events = CatalogueEvents()
    heard: list[tuple[set[int], set[int]]] = []
    events.changed.connect(lambda photos, cameras: heard.append((photos, cameras)))
    command = DeleteCamera(events, camera.id, "Delete camera")
    command.redo()
    assert command.error is None and Camera.select().count() == 0
    Photo.delete().where(Photo.id == second).execute()
    command.undo()
    assert Camera.get().uuid == camera.uuid
    assert [link.photo_id for link in CameraPhoto.select()] == [first]
    assert heard[-1] == ({first, second}, {camera.id})


def test_deleting_a_camera_that_is_gone_already_says_why_and_stays_off_the_stack(
    filled_workspace: Workspace,
) -> None:
    from PySide6.QtGui import QUndoStack

    stack = QUndoStack()
    command = DeleteCamera(CatalogueEvents(), 999, "Delete camera")
    stack.push(command)
    assert command.error and "999" in command.error
    assert stack.count() == 0  # nothing to undo

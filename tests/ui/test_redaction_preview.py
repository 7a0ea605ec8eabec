"""Reviewing redaction by hand in the photo preview: see, draw, remove, undo, check."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from surveyor.core.photos.importer import import_paths
from surveyor.core.redaction import catalogue
from surveyor.core.redaction.boxes import FACE, HAND
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo
from surveyor.ui.background import Task
from surveyor.ui.main_window import MainWindow
from surveyor.ui.settings import Settings
from tests.fixtures.faces import face_photo


@pytest.fixture
def window(qtbot, workspace: Workspace, tmp_path: Path, settings: Settings, monkeypatch):
    monkeypatch.setattr(Task, "synchronous", True)  # the search's result is there at once
    face_photo(tmp_path / "walk/IMG_0042.jpg")
    import_paths(workspace, [tmp_path / "walk"], walk_name="Slavija", workers=0)
    win = MainWindow(workspace, settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.select_photos([Photo.get().id])
    qtbot.waitUntil(win.preview.has_image)
    return win


def _drag(window: MainWindow, start: QPoint, end: QPoint) -> None:
    viewport = window.preview.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    QApplication.processEvents()


def test_find_draw_remove_undo_and_check(window: MainWindow, tmp_path: Path) -> None:
    bar = window.redaction_bar
    photo = Photo.get()
    assert "Not searched yet" in bar.status.text() and bar.overlay.items == []

    bar.find_button.click()  # synchronous in tests: the walk is searched at once
    assert [b.kind for b in catalogue.boxes_of(photo.id)] == [FACE]
    assert len(bar.overlay.items) == 1 and "Found faces: 1," in bar.status.text()

    bar.blur_button.click()  # drag a box over something the detector cannot know
    view = window.preview
    top_left = view.mapFromScene(view.image_item.mapToScene(50, 50))
    bottom_right = view.mapFromScene(view.image_item.mapToScene(150, 120))
    _drag(window, top_left, bottom_right)
    drawn = [b for b in catalogue.boxes_of(photo.id) if b.kind == HAND]
    assert len(drawn) == 1 and drawn[0].w > 50  # in full-size pixels
    assert len(bar.overlay.items) == 2
    window.preview.grab().save(str(tmp_path / "preview.png"))

    window.undo_stack.undo()
    assert [b.kind for b in catalogue.boxes_of(photo.id)] == [FACE]
    window.undo_stack.redo()
    assert len(catalogue.boxes_of(photo.id)) == 2

    face_id = next(b.id for b in catalogue.boxes_of(photo.id) if b.kind == FACE)
    bar.overlay.select_box(face_id)
    assert bar.remove_button.isEnabled()
    window.preview.setFocus()
    QTest.keyClick(window.preview, Qt.Key.Key_Delete)  # a false face: keep that area
    assert [b.kind for b in catalogue.boxes_of(photo.id)] == [HAND]
    window.undo_stack.undo()
    assert FACE in [b.kind for b in catalogue.boxes_of(photo.id)]

    bar.checked.click()
    assert catalogue.status_of(photo.id).checked
    window.undo_stack.undo()
    assert not catalogue.status_of(photo.id).checked and not bar.checked.isChecked()

    bar.crop_only.click()  # no camera box yet: refused, and the box stays unticked
    assert not bar.crop_only.isChecked() and not catalogue.status_of(photo.id).crop_only

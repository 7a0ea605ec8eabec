"""Recording cameras in the window with the keyboard only; linking; undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera, CameraPhoto, Photo
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
    """A key press on the grid, as a volunteer would type it."""
    if isinstance(key, str):
        QTest.keyClicks(window.grid, key, modifier)
    else:
        QTest.keyClick(window.grid, key, modifier)
    QApplication.processEvents()  # the panel and counts refresh once per burst of edits


def photo_id(name: str) -> int:
    return Photo.get(Photo.original_name == name).id


def test_record_a_camera_with_keys_only(window: MainWindow) -> None:
    assert [p.name for p in window.selected_photos()] == ["IMG_0000.jpg"]
    press(window, "N")
    camera = Camera.get()
    assert [link.photo_id for link in CameraPhoto.select()] == [photo_id("IMG_0000.jpg")]
    # The phone's bearing (45°) is where the volunteer looked: never saved on its own,
    # only offered for a camera that faces them.
    assert camera.direction is None
    assert window.panel.facing_button.isVisible()
    assert window.panel.facing_button.text() == "Facing you: 225°  [A]"
    press(window, "A")
    assert Camera.get().direction == 225.0
    assert window.panel.direction_box.value() == 225
    assert not window.panel.facing_button.isVisible()  # nothing left to offer
    for key in "DPU":  # dome, on a pole, watching public space
        press(window, key)
    camera = Camera.get()
    assert (camera.camera_type, camera.camera_mount, camera.surveillance) == (
        "dome",
        "pole",
        "public",
    )
    assert window.panel.combos["camera_mount"].value() == "pole"
    press(window, Qt.Key.Key_Return)  # accept: on to the next photo still to do
    assert [p.name for p in window.selected_photos()] == ["IMG_0001.jpg"]
    press(window, "X")  # no camera in this one
    assert Photo.get_by_id(photo_id("IMG_0001.jpg")).mark == "no_camera"
    press(window, Qt.Key.Key_Right)
    assert [p.name for p in window.selected_photos()] == ["IMG_0002.jpg"]
    status = window._counts.text()
    assert "1 cameras" in status and "2 to do" in status


def test_link_second_photo_offers_nearby_camera_first(window: MainWindow) -> None:
    press(window, "N")
    first = Camera.get()
    # A far-away camera recorded earlier must come after the nearby one.
    far = Camera.create(latitude=45.0, longitude=21.0, manufacturer="Far")
    offered = []

    def choose(candidates):
        offered.extend(candidates)
        return candidates[0].camera.id

    window.choose_camera = choose
    press(window, Qt.Key.Key_Right)
    press(window, "K")
    assert offered[0].camera.id == first.id and offered[0].distance_m < 30
    assert far.id in [c.camera.id for c in offered[1:]]
    links = {link.photo_id for link in CameraPhoto.select().where(CameraPhoto.camera == first.id)}
    assert links == {photo_id("IMG_0000.jpg"), photo_id("IMG_0001.jpg")}
    assert window.panel.current_camera_id() == first.id


def test_undo_and_redo_survive_switching_photos(window: MainWindow) -> None:
    press(window, "N")
    press(window, "F")
    camera_id = Camera.get().id
    press(window, Qt.Key.Key_Right)  # another photo: history stays
    press(window, "X")
    window.action_set.undo.trigger()
    assert Photo.get_by_id(photo_id("IMG_0001.jpg")).mark is None
    window.action_set.undo.trigger()
    assert Camera.get_by_id(camera_id).camera_type is None
    window.action_set.undo.trigger()
    assert Camera.select().count() == 0
    window.action_set.redo.trigger()
    window.action_set.redo.trigger()
    restored = Camera.get_by_id(camera_id)  # same id, same links, same values
    assert restored.camera_type == "fixed"
    assert [link.photo_id for link in restored.photo_links] == [photo_id("IMG_0000.jpg")]
    assert window.action_set.undo.shortcut().toString() == "Ctrl+Z"


def test_keyboard_undo_shortcut(window: MainWindow) -> None:
    press(window, "N")
    press(window, "z", Qt.KeyboardModifier.ControlModifier)
    assert Camera.select().count() == 0


def test_multi_selection_applies_to_every_camera(window: MainWindow) -> None:
    press(window, "N")
    press(window, Qt.Key.Key_Right)
    press(window, "N")
    press(window, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert len(window.selected_photos()) == 2
    press(window, "W")
    assert sorted(c.camera_mount for c in Camera.select()) == ["wall", "wall"]
    window.action_set.undo.trigger()  # one undo step for the whole selection
    assert [c.camera_mount for c in Camera.select()] == [None, None]


def test_panel_fields_save_at_once(window: MainWindow, qtbot) -> None:
    press(window, "N")
    panel = window.panel
    panel.make.setEditText("hikvision")  # type-ahead is case-insensitive
    panel.make.lineEdit().editingFinished.emit()
    assert Camera.get().manufacturer == "Hikvision"
    panel.make.setCurrentIndex(panel.make.findText("Unknown make"))
    panel.make.activated.emit(panel.make.currentIndex())
    camera = Camera.get()
    assert camera.make_unknown is True and camera.manufacturer is None
    panel.height_box.setValue(4.5)
    panel.height_box.editingFinished.emit()
    panel.operator.setText("City police")
    panel.notes.setPlainText("On the corner")
    press(window, Qt.Key.Key_Return)  # Enter keeps what was typed
    camera = Camera.get()
    assert (camera.height, camera.operator, camera.notes) == (4.5, "City police", "On the corner")


def test_needs_review_toggles_and_filters(window: MainWindow) -> None:
    from surveyor.ui.photo_filter import PhotoFilter

    press(window, "Q")
    assert Photo.get_by_id(photo_id("IMG_0000.jpg")).mark == "needs_review"
    window.filter_bar.set_filter(PhotoFilter.NEEDS_REVIEW)
    assert window.proxy.rowCount() == 1
    window.filter_bar.set_filter(PhotoFilter.NO_POSITION)
    assert [p.name for p in window.model.rows() if not p.has_position] == ["IMG_0003.jpg"]
    assert window.proxy.rowCount() == 1
    window.filter_bar.set_filter(PhotoFilter.ALL)
    window.filter_bar.search.setText("IMG_0002")
    window.filter_bar.flush()
    assert window.proxy.rowCount() == 1


def test_typed_notes_stay_with_their_camera_when_the_selection_moves(window: MainWindow) -> None:
    press(window, "N")
    first = Camera.get()
    press(window, Qt.Key.Key_Right)
    press(window, "N")
    window.select_photos([photo_id("IMG_0000.jpg")])
    QApplication.processEvents()
    window.panel.notes.setPlainText("Above the bakery")  # typed, not yet confirmed
    window.select_photos([photo_id("IMG_0001.jpg")])  # e.g. a click on the map
    QApplication.processEvents()
    assert Camera.get_by_id(first.id).notes == "Above the bakery"
    assert Camera.select().where(Camera.notes == "Above the bakery").count() == 1


def test_choosing_another_camera_of_the_photo(window: MainWindow) -> None:
    press(window, "N")
    press(window, "N")  # two cameras in one photo
    second = Camera.select().order_by(Camera.id.desc()).get()
    panel = window.panel
    assert panel.camera_choice.isVisible() and panel.camera_choice.count() == 2
    panel.camera_choice.setCurrentIndex(0)
    panel.camera_choice.activated.emit(0)
    QApplication.processEvents()
    first_id = panel.current_camera_id()
    assert first_id != second.id
    press(window, "G")
    assert Camera.get_by_id(first_id).camera_mount == "gantry"
    assert Camera.get_by_id(second.id).camera_mount is None


def test_enter_in_a_field_saves_it_to_this_camera_then_moves_on(window: MainWindow) -> None:
    press(window, "N")
    camera_id = Camera.get().id
    panel = window.panel
    panel.make.lineEdit().setFocus()
    panel.make.setEditText("Dahua")
    panel.direction_box.lineEdit().setText("135")  # typed, not confirmed
    QTest.keyClick(panel.make.lineEdit(), Qt.Key.Key_Return)
    QApplication.processEvents()
    camera = Camera.get_by_id(camera_id)
    assert (camera.manufacturer, camera.direction) == ("Dahua", 135.0)
    assert [p.name for p in window.selected_photos()] == ["IMG_0001.jpg"]
    assert Camera.select().count() == 1


def test_no_direction_hint_for_domes_and_none_saved_by_the_key_there(window: MainWindow) -> None:
    press(window, "N")
    press(window, "D")  # a dome looks every way
    assert not window.panel.facing_button.isVisible()
    press(window, "A")
    assert Camera.get().direction is None
    press(window, "F")  # fixed after all: the hint is back, and the key takes it
    assert window.panel.facing_button.isVisible()
    press(window, "A")
    assert Camera.get().direction == 225.0
    window.undo_stack.undo()
    assert Camera.get().direction is None

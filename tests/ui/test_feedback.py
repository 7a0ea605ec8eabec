"""What the window tells the volunteer after an edit: status line, undo labels, shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from surveyor.ui.change_text import change_text
from surveyor.ui.main_window import MainWindow
from tests.ui.test_recording import press, window  # noqa: F401  (the fixture)


def test_a_confirmation_stays_in_the_status_bar(window: MainWindow, qtbot) -> None:  # noqa: F811
    press(window, "N")
    assert "Camera recorded" in window.statusBar().currentMessage()
    qtbot.wait(300)  # the catalogue refresh after the edit must not wipe it
    assert "Camera recorded" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("changes", "label"),
    [
        ({"camera_mount": "pole"}, "Set mount to Pole"),
        ({"camera_type": "dome"}, "Set camera type to Dome"),
        ({"direction": 275.0}, "Set direction to 275°"),
        ({"manufacturer": "Hikvision", "make_unknown": False}, "Set make to Hikvision"),
        ({"make_unknown": True, "manufacturer": None}, "Set make to Unknown make"),
        ({"latitude": 44.8, "longitude": 20.4, "confirmed": True}, "Move camera"),
        ({"manufacturer": "Dahua", "model": "X"}, "Set make and model"),
        ({"notes": "on the corner"}, "Set notes"),
    ],
)
def test_undo_labels_are_plain_words(changes, label) -> None:
    assert change_text(changes) == label


def test_the_undo_menu_names_the_edit(window: MainWindow) -> None:  # noqa: F811
    press(window, "N")
    press(window, "P")
    assert window.action_set.undo.text() == "&Undo Set mount to Pole"
    assert "camera_mount" not in window.action_set.undo.text()


def test_ctrl_y_redoes(window: MainWindow) -> None:  # noqa: F811
    from surveyor.store.models import Camera

    press(window, "N")
    window.action_set.undo.trigger()
    assert Camera.select().count() == 0
    assert QKeySequence("Ctrl+Y") in window.action_set.redo.shortcuts()
    from PySide6.QtCore import Qt

    press(window, "y", Qt.KeyboardModifier.ControlModifier)
    assert Camera.select().count() == 1


def test_keyboard_shortcuts_help_lists_every_menu_shortcut(window: MainWindow) -> None:  # noqa: F811
    text = window.shortcut_text()
    for expected in ("Ctrl+Z: Undo", "Ctrl+Y", "Ctrl+E", "Ctrl+1", "Ctrl+2", "Ctrl+F"):
        assert expected in text, expected
    for menu in window.menus.values():
        for action in menu.actions():
            if not action.shortcut().isEmpty() and action.menu() is None:
                assert action.shortcut().toString() in text, action.text()


def test_reopening_selects_the_photo_last_worked_on(
    qtbot,
    filled_workspace,
    settings,
    window: MainWindow,  # noqa: F811
) -> None:
    from PySide6.QtCore import Qt

    press(window, Qt.Key.Key_Right)
    press(window, Qt.Key.Key_Right)
    assert [p.name for p in window.selected_photos()] == ["IMG_0002.jpg"]
    window.close()
    again = MainWindow(filled_workspace, settings)
    qtbot.addWidget(again)
    assert [p.name for p in again.selected_photos()] == ["IMG_0002.jpg"]


def _type_make(win: MainWindow, text: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    editor = win.panel.make.lineEdit()
    editor.setFocus()
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QApplication.processEvents()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_enter_on_a_completion_picks_it_and_stays_on_the_photo(window: MainWindow) -> None:  # noqa: F811
    from surveyor.store.models import Camera

    press(window, "N")
    _type_make(window, "Hikv")
    assert Camera.get().manufacturer == "Hikvision"
    assert window.panel.make.currentText() == "Hikvision"
    assert [p.name for p in window.selected_photos()] == ["IMG_0000.jpg"]  # not moved on
    assert not window.panel.make.completer().popup().isVisible()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(window.panel.make.lineEdit(), Qt.Key.Key_Return)  # the second Enter
    QApplication.processEvents()
    assert [p.name for p in window.selected_photos()] != ["IMG_0000.jpg"]


def test_an_unknown_make_is_asked_about(window: MainWindow) -> None:  # noqa: F811
    from surveyor.store.models import Camera

    asked: list[str] = []
    make = window.panel.make
    make.confirm_new_make = lambda name: asked.append(name) or False
    press(window, "N")
    make.setEditText("Acme")
    make.commit()
    assert asked == ["Acme"] and Camera.get().manufacturer is None
    assert make.currentText() == ""  # back to what is saved
    make.confirm_new_make = lambda name: True
    make.setEditText("Acme")
    make.commit()
    assert Camera.get().manufacturer == "Acme"


def test_q_marks_the_camera_for_review_and_clears_it_again(window: MainWindow) -> None:  # noqa: F811
    from surveyor.store.models import Camera, Photo

    press(window, "N")
    assert not window.panel.review_box.isChecked()
    press(window, "Q")
    assert Camera.get().needs_review and window.panel.review_box.isChecked()
    assert Photo.get(Photo.original_name == "IMG_0000.jpg").mark == "needs_review"
    press(window, "Q")  # cleared from the keyboard…
    assert not Camera.get().needs_review and not window.panel.review_box.isChecked()
    assert Photo.get(Photo.original_name == "IMG_0000.jpg").mark is None
    window.panel.review_box.click()  # …or from the panel
    assert Camera.get().needs_review
    window.action_set.undo.trigger()
    assert not Camera.get().needs_review


def test_the_panel_names_a_camera_by_its_number_as_the_map_does(window: MainWindow) -> None:  # noqa: F811
    from surveyor.store.models import Camera

    press(window, "N")
    press(window, "N")  # two cameras in one photo: the chooser shows
    numbers = sorted(f"#{c.id}" for c in Camera.select())
    assert f"Cameras in this photo: {', '.join(numbers)}" in window.panel.hint.text()
    titles = [window.panel.camera_choice.itemText(i) for i in range(2)]
    assert [t.split(" ")[1] for t in titles] == numbers  # "Camera #8 …", not "Camera 1"


def test_grid_tooltips_say_the_state_and_a_legend_explains_the_badges(window: MainWindow) -> None:  # noqa: F811
    from PySide6.QtCore import Qt

    def tip(row: int) -> str:
        return window.proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)

    assert "To do: no camera recorded yet" in tip(0)
    press(window, "N")
    assert "Cameras recorded: 1" in tip(0)
    assert "No position yet" in tip(window.proxy.rowCount() - 1)  # the fixture's unplaced one
    legend = window.filter_bar.legend.text()
    for words in ("cameras", "no camera", "review", "to do", "no position"):
        assert words in legend


def test_choosing_a_camera_on_the_map_keeps_the_camera_in_view(window: MainWindow) -> None:  # noqa: F811
    """A warning "camera is 305 m from its photos" selects the camera: the map must end on it."""
    from surveyor.store.models import Camera

    calls: list[tuple[str, int]] = []

    class RecordingMap:
        def select_photo(self, photo_id: int) -> None:
            calls.append(("photo", photo_id))

        def select_camera(self, camera_id: int) -> None:
            calls.append(("camera", camera_id))

        def __getattr__(self, name: str):
            return lambda *args, **kwargs: None

    press(window, "N")
    camera_id = Camera.get().id
    press(window, Qt.Key.Key_Right)
    window.map_slot.panel = RecordingMap()
    calls.clear()
    window.select_camera(camera_id)
    assert calls[-1] == ("camera", camera_id), calls

"""Choosing a walk in the sidebar: the grid shows that walk's photos and the map follows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from surveyor.core.photos.importer import import_paths
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo, Walk
from surveyor.ui.main_window import MainWindow
from surveyor.ui.settings import Settings
from tests.fixtures.photos import make_jpeg
from tests.ui.conftest import make_walk
from tests.ui.test_window import FakeMap

ZEMUN = (44.8430, 20.4010)


@pytest.fixture
def two_walks(workspace: Workspace, tmp_path: Path) -> Workspace:
    """ "Centre" (four photos, the last unplaced) and "Zemun" (three photos, a day later)."""
    make_walk(tmp_path / "centre", 4, without_position=1)
    import_paths(workspace, [tmp_path / "centre"], walk_name="Centre", workers=0)
    for i in range(3):
        make_jpeg(
            tmp_path / "zemun" / f"ZEMUN_{i}.jpg",
            size=(320, 240),
            lat=ZEMUN[0] + i * 0.0001,
            lon=ZEMUN[1],
            bearing=180.0,
            taken_at=f"2026:05:17 09:{i:02d}:00",
        )
    import_paths(workspace, [tmp_path / "zemun"], walk_name="Zemun", workers=0)
    return workspace


@pytest.fixture
def window(qtbot, two_walks: Workspace, settings: Settings) -> tuple[MainWindow, FakeMap]:
    maps: list[FakeMap] = []

    def factory(workspace, stack, parent):
        maps.append(FakeMap(workspace, stack, parent))
        return maps[-1]

    win = MainWindow(two_walks, settings, map_factory=factory)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_map()
    assert len(maps) == 1
    return win, maps[0]


def click_walk(window: MainWindow, walk_id: int | None) -> None:
    """Click the walk's row in the sidebar (None: "All walks"), as a volunteer would."""
    view = window.sidebar.view
    index = window.sidebar.model.index(window.sidebar.model.row_of_walk(walk_id))
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        view.visualRect(index).center(),
    )  # fmt: skip
    QApplication.processEvents()


def grid_names(window: MainWindow) -> list[str]:
    proxy = window.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def names_of(walk: str) -> list[str]:
    query = Photo.select().join(Walk).where(Walk.name == walk).order_by(Photo.taken_at)
    return [p.original_name for p in query]


def test_choosing_a_walk_shows_its_photos_and_the_map_follows(window) -> None:
    win, fake = window
    zemun = Walk.get(Walk.name == "Zemun")
    centre = Walk.get(Walk.name == "Centre")
    assert len(grid_names(win)) == 7  # all walks at first

    click_walk(win, zemun.id)
    assert win.sidebar.current_walk() == zemun.id
    assert grid_names(win) == names_of("Zemun") == ["ZEMUN_0.jpg", "ZEMUN_1.jpg", "ZEMUN_2.jpg"]
    first = Photo.get(Photo.original_name == "ZEMUN_0.jpg")
    assert [p.id for p in win.selected_photos()] == [first.id]
    assert fake.selected[-1] == ("photo", first.id)  # the map pans to the walk's photo
    assert "3 shown" in win._counts.text()

    click_walk(win, centre.id)
    assert grid_names(win) == names_of("Centre")
    assert [p.name for p in win.selected_photos()] == ["IMG_0000.jpg"]
    assert fake.selected[-1] == ("photo", Photo.get(Photo.original_name == "IMG_0000.jpg").id)
    assert "4 shown" in win._counts.text()

    # With the keyboard: Down from "Centre" goes to the next walk in the list.
    view = win.sidebar.view
    view.setFocus()
    below = win.sidebar.walk_at(view.currentIndex().row() + 1)
    QTest.keyClick(view, Qt.Key.Key_Down)
    QApplication.processEvents()
    assert win.sidebar.current_walk() == below
    shown = grid_names(win)
    assert shown == names_of(Walk.get_by_id(below).name)
    assert fake.selected[-1] == ("photo", Photo.get(Photo.original_name == shown[0]).id)


def test_all_walks_shows_everything_and_keeps_the_photo_being_worked_on(window) -> None:
    win, fake = window
    click_walk(win, Walk.get(Walk.name == "Zemun").id)
    QTest.mouseClick(
        win.grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        win.grid.visualRect(win.proxy.index(2, 0)).center(),
    )  # fmt: skip
    assert [p.name for p in win.selected_photos()] == ["ZEMUN_2.jpg"]
    chosen = Photo.get(Photo.original_name == "ZEMUN_2.jpg").id
    assert fake.selected[-1] == ("photo", chosen)
    click_walk(win, None)
    assert win.sidebar.current_walk() is None
    assert sorted(grid_names(win)) == sorted(names_of("Centre") + names_of("Zemun"))
    assert [p.id for p in win.selected_photos()] == [chosen]  # nothing jumps
    assert fake.selected[-1] == ("photo", chosen)

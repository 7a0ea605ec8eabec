"""Walks in the window: named on import, renamed, merged, split, removed, all undoable."""

from __future__ import annotations

from pathlib import Path

import pytest

from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera, Photo, Walk
from surveyor.ui.main_window import MainWindow
from surveyor.ui.settings import Settings
from tests.fixtures.photos import make_jpeg


class Answers:
    """Stands in for the dialogs: each question takes the next prepared answer."""

    def __init__(self) -> None:
        self.given: list[object] = []
        self.asked: list[tuple[str, object]] = []

    def _next(self, kind: str, shown: object) -> object:
        self.asked.append((kind, shown))
        return self.given.pop(0)

    def text(self, title, label, value):
        return self._next("text", value)

    def choice(self, title, label, items, editable):
        return self._next("choice", items)

    def number(self, title, label, value):
        return self._next("number", value)

    def confirm(self, title, text):
        return self._next("confirm", text)


@pytest.fixture
def window(qtbot, workspace: Workspace, settings: Settings) -> MainWindow:
    win = MainWindow(workspace, settings)
    qtbot.addWidget(win)
    win.importer.workers = 0
    win.importer.show_summary = lambda report: None
    win.walk_actions.questions = Answers()
    win.show()
    return win


def _photos(folder: Path, day: str, hours: list[int]) -> list[str]:
    return [
        str(
            make_jpeg(
                folder / f"IMG_{h:02d}{i}.jpg", color=(h, i, 7), taken_at=f"{day} {h:02d}:00:00"
            )
        )
        for i, h in enumerate(hours)
    ]


def test_import_asks_for_the_walk_named_after_the_photos_day(window, tmp_path) -> None:
    answers = window.walk_actions.questions
    answers.given = ["Slavija, 16 May"]
    assert window.import_paths(_photos(tmp_path / "a", "2026:05:16", [9, 10]))
    kind, items = answers.asked[0]
    assert kind == "choice" and items[0] == "Walk, 16 May 2026"  # the suggestion comes first
    assert [w.name for w in Walk.select()] == ["Slavija, 16 May"]
    # The second import offers the existing walk too; choosing it adds to it.
    answers.given = ["Slavija, 16 May"]
    window.import_paths(_photos(tmp_path / "b", "2026:05:16", [11]))
    assert answers.asked[1][1] == ["Walk, 16 May 2026", "Slavija, 16 May"]
    assert Walk.select().count() == 1 and Photo.select().count() == 3
    # Cancelling the question imports nothing.
    answers.given = [None]
    assert not window.import_paths(_photos(tmp_path / "c", "2026:05:17", [8]))
    assert Photo.select().count() == 3


def test_rename_merge_split_remove_from_the_sidebar_and_undo(window, tmp_path) -> None:
    answers = window.walk_actions.questions
    answers.given = ["Morning"]
    window.import_paths(_photos(tmp_path / "a", "2026:05:16", [8, 9, 17, 18]))
    answers.given = ["Other day"]
    window.import_paths(_photos(tmp_path / "b", "2026:05:17", [10]))
    morning = Walk.get(Walk.name == "Morning").id
    menu = window.walk_actions.walk_menu(morning, window)
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Rename…",
        "Merge into another walk…",
        "Split at pauses…",
        "Remove walk…",
    ]

    answers.given = ["Slavija"]
    menu.actions()[0].trigger()
    assert Walk.get_by_id(morning).name == "Slavija"
    assert any("Slavija" in window.sidebar.model.data(window.sidebar.model.index(r)) or False
               for r in range(window.sidebar.model.rowCount()))  # fmt: skip

    answers.given = [60, True]
    window.walk_actions.split(morning)
    assert sorted(w.name for w in Walk.select()) == ["Other day", "Slavija", "Slavija (2)"]
    window.undo_action.trigger()
    assert sorted(w.name for w in Walk.select()) == ["Other day", "Slavija"]

    answers.given = ["Other day"]
    window.walk_actions.merge(morning)
    assert [w.name for w in Walk.select()] == ["Other day"]
    assert Photo.select().where(Photo.walk != Walk.get().id).count() == 0
    window.undo_action.trigger()
    assert Walk.select().count() == 2

    answers.given = [True]
    window.walk_actions.remove_walk(morning)
    assert Walk.select().count() == 1 and Photo.select().count() == 1
    window.undo_action.trigger()
    assert Photo.select().where(Photo.walk == morning).count() == 4
    window.undo_action.trigger()  # and the rename
    assert Walk.get_by_id(morning).name == "Morning"


def test_removed_photos_leave_disk_when_the_window_closes(window, workspace, tmp_path) -> None:
    answers = window.walk_actions.questions
    answers.given = ["Walk"]
    window.import_paths(_photos(tmp_path / "a", "2026:05:16", [8, 9]))
    photo = Photo.select().order_by(Photo.id).first()
    Camera.create(latitude=44.8, longitude=20.4)
    sha = photo.sha256
    answers.given = [True]
    window.walk_actions.remove_photos([photo.id])
    assert Photo.select().count() == 1
    assert any(workspace.media_dir.glob(f"{sha[:2]}/{sha}.*"))  # kept for an undo
    window.undo_action.trigger()
    assert Photo.select().count() == 2
    window.redo_action.trigger()
    window.close()
    assert not any(workspace.media_dir.glob(f"{sha[:2]}/{sha}.*"))
    assert Photo.select().count() == 1

"""Importing in the window: the file-picker seam, drag and drop, the summary, the worker."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo
from surveyor.ui.main_window import MainWindow
from surveyor.ui.settings import Settings
from tests.ui.conftest import make_walk


@pytest.fixture
def empty_window(qtbot, workspace: Workspace, settings: Settings) -> MainWindow:
    win = MainWindow(workspace, settings)
    qtbot.addWidget(win)
    win.importer.workers = 0
    win.show()
    return win


def test_first_start_offers_import_and_demo(empty_window: MainWindow) -> None:
    assert empty_window.stack.currentWidget() is empty_window.welcome
    assert empty_window.welcome.import_button.text() == "Import photos…"
    assert empty_window.welcome.demo_button.text() == "Open the demo workspace"


def test_import_through_the_file_picker(empty_window: MainWindow, tmp_path: Path) -> None:
    paths = make_walk(tmp_path / "walk", 3, without_position=1)
    empty_window.importer.pick_files = lambda: [str(p) for p in paths]
    empty_window.welcome.import_button.click()
    assert Photo.select().count() == 3
    assert empty_window.stack.currentWidget() is empty_window.main_split
    assert empty_window.model.rowCount() == 3
    summary = empty_window.importer.last_summary
    assert summary is not None
    assert (summary.imported, summary.duplicates, summary.without_position) == (3, 0, 1)
    assert summary.failed == []
    assert empty_window.settings.last_import_dir == str(tmp_path / "walk")
    # The same files again: nothing new, and the summary says they were already there.
    empty_window.action_set.import_files.trigger()
    assert Photo.select().count() == 3
    assert empty_window.importer.last_summary.duplicates == 3


def test_a_failed_file_is_shown_in_the_summary(empty_window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    make_walk(folder, 2)
    (folder / "broken.jpg").write_bytes(b"this is not a photo")
    empty_window.importer.pick_folder = lambda: str(folder)
    empty_window.action_set.import_folder.trigger()
    summary = empty_window.importer.last_summary
    assert summary.imported == 2
    assert len(summary.failed) == 1
    text = summary.details.toPlainText()
    assert "broken.jpg" in text and summary.failed[0][1] in text and summary.failed[0][1]
    assert summary.details.isVisibleTo(summary)
    summary.copy_button.click()
    assert "broken.jpg" in QGuiApplication.clipboard().text()


def test_drop_a_folder_onto_the_window(empty_window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "dropped"
    make_walk(folder, 2)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    empty_window.drops.eventFilter(empty_window, event)  # no real drag to drop from
    assert event.isAccepted()
    assert sorted(p.original_name for p in Photo.select()) == ["IMG_0000.jpg", "IMG_0001.jpg"]
    assert empty_window.model.rowCount() == 2


def test_import_runs_on_a_worker_thread(
    qtbot, workspace: Workspace, settings: Settings, tmp_path: Path, monkeypatch
) -> None:
    from surveyor.ui.background import Task

    monkeypatch.setattr(Task, "synchronous", False)  # the real threads, end to end
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.show()
    paths = make_walk(tmp_path / "real", 6)
    seen: list[tuple[int, int]] = []
    window.importer.progressed.connect(lambda done, total: seen.append((done, total)))
    window.importer.show_summary = lambda report: None  # no dialog left open
    with qtbot.waitSignal(window.importer.finished, timeout=60_000) as blocker:
        assert window.import_paths([str(tmp_path / "real")])
        assert window.importer.is_running()
        assert window.importer.dialog is not None and window.importer.dialog.isVisible()
    report = blocker.args[0]
    assert len(report.imported) == len(paths)
    assert seen and seen[-1] == (6, 6)
    assert window.importer.wait(10_000)
    qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=10_000)
    assert [p.id for p in window.selected_photos()] == [report.imported[0]]


def test_cancel_stops_the_import(empty_window: MainWindow, tmp_path: Path) -> None:
    paths = make_walk(tmp_path / "many", 5)
    calls = []

    def fake_import(workspace, paths, walk_name=None, progress=None, cancel=None, workers=None):
        from surveyor.core.photos.importer import ImportProgress, ImportReport

        report = ImportReport(total=len(paths))
        for i, path in enumerate(paths, start=1):
            if cancel.is_set():
                report.cancelled = True
                break
            calls.append(path)
            progress(ImportProgress(i, len(paths), str(path), "imported"))
            if i == 2:
                empty_window.importer.dialog.buttons.rejected.emit()  # the volunteer cancels
        return report

    empty_window.importer.import_function = fake_import
    empty_window.import_paths([str(p) for p in paths])
    assert len(calls) == 2
    summary = empty_window.importer.last_summary
    assert "cancelled" in summary.summary.text()


def test_an_import_that_stops_says_why(empty_window: MainWindow, tmp_path: Path) -> None:
    def broken(*_args, **_kwargs):
        raise OSError("the card was removed")

    shown: list[str] = []
    empty_window.importer.import_function = broken
    empty_window.importer.show_error = lambda title, text: shown.append(text)
    assert empty_window.import_paths([str(tmp_path)])
    assert shown and "the card was removed" in shown[0]
    assert not empty_window.importer.is_running()
    # Another import may start at once.
    empty_window.importer.import_function = None
    make_walk(tmp_path / "again", 1)
    assert empty_window.import_paths([str(tmp_path / "again")])
    assert Photo.select().count() == 1


def test_new_photos_are_searched_for_faces_right_after_import(
    empty_window: MainWindow, tmp_path: Path
) -> None:
    """So that an export later only blurs: the search is what takes seconds a photo."""
    from surveyor.store.models import PhotoRedaction, RedactionBox
    from tests.fixtures.faces import face_photo

    empty_window.settings.search_after_import = True
    path = face_photo(tmp_path / "walk" / "face.jpg")
    empty_window.importer.show_summary = lambda report: None
    assert empty_window.import_paths([str(path)])
    (status,) = PhotoRedaction.select()
    assert status.status == "done"
    assert RedactionBox.select().where(RedactionBox.kind == "face").count() >= 1
    assert "Found faces: 1" in empty_window.redaction_bar.status.text()

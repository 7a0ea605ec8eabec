"""The window's reads and writes go to the workspace it shows, whatever else is open.

The demo-workspace race: File ▸ Open demo workspace… builds the demo on a worker thread. When
opening a workspace rebound every model process-wide, the window's queries returned the demo's
walks while it still showed the volunteer's workspace, and an edit made then landed in the demo.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

import surveyor.ui.main_window as main_window_module
from surveyor.core.demo import build_demo_workspace
from surveyor.core.workspace import Workspace
from surveyor.store.models import Walk
from surveyor.ui.background import Task, run_task
from surveyor.ui.main_window import MainWindow
from surveyor.ui.settings import Settings


def _walks_in(catalogue: Path) -> dict[str, str]:
    """Walk names and notes as stored in the file, read past the app's models."""
    with sqlite3.connect(catalogue) as db:
        return dict(db.execute("select name, notes from walk"))


def _window(qtbot, workspace: Workspace, settings: Settings) -> MainWindow:
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.demo_workers = 0
    return window


def test_demo_opened_from_the_workbench_takes_no_edit_meant_for_the_shown_workspace(
    qtbot, monkeypatch: pytest.MonkeyPatch, filled_workspace: Workspace, settings: Settings
) -> None:
    monkeypatch.setattr(Task, "synchronous", False)  # the real threads, as the user runs them
    window = _window(qtbot, filled_workspace, settings)
    mine = filled_workspace.catalogue_path
    demo_built, release = threading.Event(), threading.Event()

    def slow_demo(root: Path, workers: int | None = None) -> Workspace:
        demo = build_demo_workspace(root, workers=workers)  # open, on the worker thread
        demo_built.set()
        release.wait(30)  # the window goes on working meanwhile
        return demo

    monkeypatch.setattr(main_window_module, "build_demo_workspace", slow_demo)

    # Background work for the shown workspace, still running when the demo opens.
    def write_in_flight() -> str:
        demo_built.wait(30)
        return str(Walk.create(name="written in flight").name)

    in_flight = run_task(write_in_flight)
    window.action_set.open_demo.trigger()
    qtbot.waitUntil(demo_built.is_set, timeout=60_000)
    assert in_flight.wait(10_000)

    # The demo's catalogue is open in this process; the window still shows the volunteer's.
    assert window.workspace is filled_workspace
    names = sorted(w.name for w in Walk.select())
    assert names == ["Centre", "written in flight"]  # never the demo's walks
    window.model.reload()
    assert window.model.rowCount() == 4
    Walk.update(notes="edited while the demo was built").where(Walk.name == "Centre").execute()

    release.set()
    qtbot.waitUntil(lambda: window.workspace.root.name == "demo-workspace", timeout=30_000)
    demo = window.workspace.catalogue_path
    assert _walks_in(mine) == {
        "Centre": "edited while the demo was built",
        "written in flight": "",
    }
    assert "Centre" not in _walks_in(demo) and "written in flight" not in _walks_in(demo)

    # After the switch, reads and writes go to the demo the window now shows.
    assert sorted(w.name for w in Walk.select()) == sorted(_walks_in(demo))
    first = Walk.select().order_by(Walk.id).first()
    Walk.update(notes="edited in the demo").where(Walk.id == first.id).execute()
    assert _walks_in(demo)[first.name] == "edited in the demo"
    assert _walks_in(mine)["Centre"] == "edited while the demo was built"
    window.close()
    window.workspace.close()


def test_open_workspace_switches_reads_and_writes_to_it(
    qtbot, filled_workspace: Workspace, settings: Settings, tmp_path: Path
) -> None:
    window = _window(qtbot, filled_workspace, settings)
    other_root = tmp_path / "other"
    with Workspace.open(other_root, current=False) as other:
        assert other.db is not None
        other.db.execute_sql("insert into walk (name, notes, created_at) values ('Park', '', 0)")
    assert [w.name for w in Walk.select()] == ["Centre"]  # opening it changed nothing here

    assert window.open_workspace(other_root)
    assert window.workspace.root == other_root
    assert filled_workspace.db is None  # the old one is closed
    assert [w.name for w in Walk.select()] == ["Park"]
    assert window.model.rowCount() == 0
    Walk.create(name="Square")
    assert set(_walks_in(other_root / "catalogue.sqlite")) == {"Park", "Square"}
    assert set(_walks_in(filled_workspace.catalogue_path)) == {"Centre"}
    assert settings.last_workspace == str(other_root)
    window.workspace.close()


@pytest.mark.parametrize("what", ["a file", "an unreadable catalogue"])
def test_a_folder_that_cannot_be_opened_says_why_and_keeps_the_current_one(
    qtbot, filled_workspace: Workspace, settings: Settings, tmp_path: Path, what: str
) -> None:
    window = _window(qtbot, filled_workspace, settings)
    errors: list[tuple[str, str]] = []
    window.show_error = lambda title, text: errors.append((title, text))  # type: ignore[method-assign]
    if what == "a file":
        target = tmp_path / "notes.txt"
        target.write_text("not a workspace")
    else:
        target = tmp_path / "broken"
        target.mkdir()
        (target / "catalogue.sqlite").write_bytes(b"this is no SQLite database" * 100)

    assert not window.open_workspace(target)
    assert len(errors) == 1
    title, text = errors[0]
    assert title == "Open workspace"
    assert str(target) in text and "Could not open" in text
    if what == "a file":
        assert "is a file, not a workspace folder" in text
    else:
        assert "catalogue.sqlite is not a catalogue Surveyor can read" in text
    # The workspace shown stays open, and edits still go to it.
    assert window.workspace is filled_workspace and filled_workspace.db is not None
    assert window.model.rowCount() == 4
    Walk.update(notes="still here").execute()
    assert _walks_in(filled_workspace.catalogue_path) == {"Centre": "still here"}

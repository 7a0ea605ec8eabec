"""The one way to run background work: on a real worker thread, outcome on the UI thread."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from surveyor.core.workspace import Workspace
from surveyor.store.connection import current_database
from surveyor.store.models import Walk
from surveyor.ui import background
from surveyor.ui.background import Cancelled, Task, run_task, wait_for_all


@pytest.fixture(autouse=True)
def _threaded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Task, "synchronous", False)  # these tests are about the real threads


def test_result_arrives_on_the_ui_thread_from_a_worker(qtbot) -> None:
    ran_on: list[int] = []
    got: list[tuple[object, int]] = []

    def work() -> int:
        ran_on.append(threading.get_ident())
        return 42

    task = run_task(work, lambda result: got.append((result, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(got))
    assert got == [(42, threading.get_ident())]
    assert ran_on and ran_on[0] != threading.get_ident()
    assert not task.is_running()


def test_a_failure_comes_back_as_a_message(qtbot) -> None:
    def work() -> None:
        raise ValueError("the file is not a photo")

    task = Task()
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start(work)
    assert blocker.args == ["ValueError: the file is not a photo"]


def test_progress_is_thinned_out_but_the_last_update_arrives(qtbot) -> None:
    task = Task(interval=10.0)
    seen: list[tuple[int, int, str]] = []
    task.progress.connect(lambda d, t, w: seen.append((d, t, w)))

    def work() -> str:
        for i in range(1, 101):
            task.report(i, 100, f"photo {i}")
        return "done"

    with qtbot.waitSignal(task.succeeded, timeout=5000):
        task.start(work)
    assert seen[-1] == (100, 100, "photo 100")
    assert len(seen) <= 2  # the first, and the last one (which always goes through)


def test_cancel_stops_work_that_checks_and_reports_cancelled(qtbot) -> None:
    task = Task()
    started = threading.Event()
    outcome: list[str] = []
    task.succeeded.connect(lambda _r: outcome.append("succeeded"))
    task.cancelled.connect(lambda: outcome.append("cancelled"))

    def work() -> None:
        started.set()
        while not task.is_cancelled():
            threading.Event().wait(0.01)
        raise Cancelled

    task.start(work)
    assert started.wait(5)
    assert task.is_running()
    task.cancel()
    assert task.wait(5000)
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == ["cancelled"]


def test_work_carries_the_callers_catalogue_and_its_connection_is_closed(
    qtbot, tmp_path: Path
) -> None:
    first = Workspace.open(tmp_path / "first")
    Walk.create(name="in first")
    seen: dict[str, object] = {}

    def work() -> list[str]:
        seen["database"] = current_database()
        names = [w.name for w in Walk.select()]
        seen["connected"] = not first.db.is_closed()  # this worker's connection, open here
        seen["thread"] = threading.get_ident()
        return names

    task = Task()
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        task.start(work)
        # Another workspace opened here meanwhile changes nothing for the task above.
        second = Workspace.open(tmp_path / "second", current=False)
    assert blocker.args == [["in first"]]
    assert seen["database"] is first.db and seen["connected"] is True
    assert current_database() is first.db  # opening "second" did not switch this thread

    # The worker closed its own connection (peewee keeps them per thread); the UI's stays.
    assert not first.db.is_closed()
    second.close()
    first.close()


def test_the_worker_connection_is_closed_when_the_work_ends(qtbot, tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "ws")
    state: dict[str, object] = {}

    def work() -> None:
        Walk.select().count()
        state["connection"] = ws.db.connection()  # this thread's own sqlite3 connection

    task = Task()
    with qtbot.waitSignal(task.ended, timeout=5000):
        task.start(work)
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        state["connection"].execute("select 1")  # closed by the module, not by the work
    assert Walk.select().count() == 0  # the UI thread's own connection is still open
    ws.close()


def test_wait_for_all_waits_for_every_running_task(qtbot) -> None:
    gate = threading.Event()
    tasks = [run_task(lambda: gate.wait(5)) for _ in range(3)]
    assert background.running_tasks() == 3
    assert not wait_for_all(50)
    gate.set()
    assert wait_for_all(5000)
    assert not any(task.is_running() for task in tasks)


def test_synchronous_switch_runs_in_the_calling_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Task, "synchronous", True)
    got: list[int] = []
    run_task(threading.get_ident, got.append)
    assert got == [threading.get_ident()]


def test_an_outcome_for_a_destroyed_owner_is_dropped(qtbot) -> None:
    from PySide6.QtCore import QObject

    owner = QObject()
    gate = threading.Event()
    got: list[object] = []
    task = run_task(lambda: gate.wait(5), got.append, owner=owner)
    owner.deleteLater()  # e.g. the dialog that asked was closed
    qtbot.waitUntil(lambda: not task._owner_alive, timeout=5000)
    gate.set()
    with qtbot.waitSignal(task.ended, timeout=5000):
        pass
    assert got == []  # the work ran to its end, its result went nowhere

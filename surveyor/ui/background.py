"""Background work: the one way the app runs something off the UI thread.

``run_task(work, on_success, on_failure)`` runs ``work()`` on a worker thread of one pool and
brings its result (or the failure, as a message) back to the UI thread as a queued signal.
For progress and cancelling, make the ``Task`` first and let the work use it::

    task = Task(owner)
    task.progress.connect(dialog.update_progress)
    task.succeeded.connect(show_report)
    task.start(lambda: export(progress=task.report, cancelled=task.is_cancelled))

The work runs in a copy of the caller's ``contextvars`` context, so the models use the
catalogue its caller used (see ``surveyor.store.models``) even if the window shows another
workspace meanwhile, and the worker thread's own database connection is closed when the work
ends. ``wait_for_all`` blocks until every task has ended (closing the window, switching
workspaces). ``Task.synchronous = True`` (the tests' one switch) runs work at once in the
calling thread. Tasks are started from the UI thread (their outcome is delivered through its
event loop).

Why not a ``QThread`` per call: threads are costly to start and easy to destroy while running
(a closed dialog took its thread along); one pool with a priority order serves quick reads,
thumbnails and minute-long imports alike, and one task counter lets the window wait for all.
"""

from __future__ import annotations

import contextvars
import logging
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal

from surveyor.store.connection import close_thread_connection, current_database

log = logging.getLogger(__name__)

T = TypeVar("T")  # what a task's work returns, handed to its on_success

# QThreadPool runs higher numbers first. Thumbnails take 0 … PRIORITY_NORMAL - 1 (the newest
# row highest), so they yield to everything else the volunteer is waiting for.
PRIORITY_NORMAL = 1_000_000


class Cancelled(Exception):
    """Raised by work that stopped because ``Task.cancel()`` was called."""


class Refused(Exception):
    """Raised by work that failed for a reason the volunteer can act on (a wrong passphrase,
    a full disk): ``failed`` carries its message as it is, and no traceback is logged."""


class Task(QObject):
    """One piece of background work and the signals that bring its outcome to the UI thread.

    Exactly one of ``succeeded(result)``, ``failed(message)`` or ``cancelled()`` follows
    ``start``, then ``ended()``; ``progress(done, total, what)`` comes before, at most every
    ``interval`` seconds (the last update always goes through). ``cancel()`` may be called
    from any thread. ``owner``: when that object is destroyed (a closed dialog), the outcome is
    dropped; the task itself never belongs to a widget, so closing one cannot destroy running
    work.
    """

    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progress = Signal(int, int, str)
    ended = Signal()  # after any of the three outcomes

    # From the worker to this object, queued to the UI thread.
    _outcome = Signal(str, object)
    _progressed = Signal(int, int, str)

    synchronous = False  # the tests' one switch: run every task at once in the calling thread

    def __init__(
        self,
        owner: QObject | None = None,
        *,
        interval: float = 0.05,
        priority: int = PRIORITY_NORMAL,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__()
        self.interval = interval
        self.priority = priority
        self._chosen_pool = pool  # tests give a pool of their own; the app uses one
        self._runnable: _Runnable | None = None
        self._stop = threading.Event()
        self._done = threading.Event()
        self._started = False
        self._owner_alive = True
        self._last_report = 0.0
        self._report_lock = threading.Lock()
        self._outcome.connect(self._deliver)
        self._progressed.connect(self._deliver_progress)
        if owner is not None:
            owner.destroyed.connect(self._owner_gone)

    # Used by the work, from its thread ------------------------------------------------------
    def report(self, done: int, total: int, what: str = "") -> None:
        """Progress from the work; thinned out so that a fast loop cannot flood the UI."""
        now = time.monotonic()
        with self._report_lock:  # the work may report from several threads
            if done < total and now - self._last_report < self.interval:
                return
            self._last_report = now
        self._progressed.emit(done, total, what)

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    # Used by the UI ----------------------------------------------------------------------------
    def cancel(self) -> bool:
        """Ask the work to stop; work still queued is taken back and never begins (then
        returns True, and ``cancelled()`` follows)."""
        self._stop.set()
        runnable = self._runnable
        if runnable is not None and self._pool().tryTake(runnable):
            self._done.set()
            self._outcome.emit("cancelled", None)
            return True
        return False

    def is_running(self) -> bool:
        return self._started and not self._done.is_set()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the work has ended (its outcome is still delivered by the event loop)."""
        if not self._started:
            return True
        return self._done.wait(msecs / 1000)

    def start(self, work: Callable[[], object]) -> Task:
        if self._started:
            raise RuntimeError("a Task runs once")
        self._started = True
        _running.add(self)
        context = contextvars.copy_context()
        if self.synchronous or Task.synchronous:
            self._execute(work, context, on_worker=False)
        else:
            self._runnable = _Runnable(self, work, context)
            self._pool().start(self._runnable, self.priority)
        return self

    def _pool(self) -> QThreadPool:
        return self._chosen_pool if self._chosen_pool is not None else _shared_pool()

    # Internals ---------------------------------------------------------------------------------
    def _execute(
        self, work: Callable[[], object], context: contextvars.Context, *, on_worker: bool
    ) -> None:
        caller_database = context.run(current_database)
        try:
            if self._stop.is_set():
                raise Cancelled
            result = context.run(work)
        except Cancelled:
            outcome: tuple[str, object] = ("cancelled", None)
        except Refused as exc:
            outcome = ("failed", str(exc))
        except Exception as exc:  # reported to the volunteer, never a silent failure
            log.exception("background work failed")
            outcome = ("failed", f"{type(exc).__name__}: {exc}")
        else:
            outcome = ("succeeded", result)
        finally:
            if on_worker:
                # peewee keeps one connection per thread: a pool thread must not keep one,
                # neither to its caller's catalogue nor to one the work opened (the demo's).
                close_thread_connection(caller_database)
                context.run(close_thread_connection)
        self._done.set()
        self._outcome.emit(*outcome)

    def _deliver(self, kind: str, payload: object) -> None:
        _running.discard(self)
        self._runnable = None
        if self._owner_alive:
            if kind == "succeeded":
                self.succeeded.emit(payload)
            elif kind == "failed":
                self.failed.emit(payload)
            else:
                self.cancelled.emit()
        self.ended.emit()

    def _deliver_progress(self, done: int, total: int, what: str) -> None:
        if self._owner_alive:
            self.progress.emit(done, total, what)

    def _owner_gone(self) -> None:
        self._owner_alive = False


class _Runnable(QRunnable):
    def __init__(
        self, task: Task, work: Callable[[], object], context: contextvars.Context
    ) -> None:
        super().__init__()
        self.task, self.work, self.context = task, work, context
        self.setAutoDelete(False)  # the task holds it: cancel() may take it back from the queue

    def run(self) -> None:
        self.task._execute(self.work, self.context, on_worker=True)


# Python must keep a task (and its signals) alive until its outcome has been delivered.
_running: set[Task] = set()
_the_pool: QThreadPool | None = None


def _shared_pool() -> QThreadPool:
    global _the_pool
    if _the_pool is None:
        _the_pool = QThreadPool()
        # Imports and exports may run for minutes: leave threads for the quick reads.
        _the_pool.setMaxThreadCount(max(4, QThread.idealThreadCount()))
        app = QCoreApplication.instance()
        if app is not None:
            # Quitting mid-task: let the work end while Python still runs, before the pool
            # is torn down with the interpreter.
            app.aboutToQuit.connect(lambda: wait_for_all(30_000))
    return _the_pool


def run_task(
    work: Callable[[], T],
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[str], None] | None = None,
    owner: QObject | None = None,
    *,
    priority: int = PRIORITY_NORMAL,
    pool: QThreadPool | None = None,
) -> Task:
    """Run ``work()`` off the UI thread; its result or failure comes back on the UI thread
    (unless ``owner`` was destroyed meanwhile)."""
    task = Task(owner, priority=priority, pool=pool)
    if on_success is not None:
        task.succeeded.connect(on_success)
    if on_failure is not None:
        task.failed.connect(on_failure)
    return task.start(work)


def wait_for(task: Task | None, msecs: int = 30_000) -> bool:
    """Block until ``task`` (if any) has ended."""
    return True if task is None else task.wait(msecs)


def wait_for_all(msecs: int = 60_000) -> bool:
    """Block until every running task has ended (closing the window, switching workspaces)."""
    deadline = time.monotonic() + msecs / 1000
    for task in list(_running):
        if not task.wait(max(0, int((deadline - time.monotonic()) * 1000))):
            return False
    return True


def running_tasks() -> int:
    """Tasks whose work has not ended yet."""
    return sum(1 for task in list(_running) if task.is_running())

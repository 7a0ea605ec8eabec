"""A tiny task API: run a function on a worker thread, get its result back on the UI thread.

``Task.synchronous = True`` (a test seam) runs the function at once in the calling thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

log = logging.getLogger(__name__)


class Task(QThread):
    succeeded = Signal(object)
    failed = Signal(str)

    synchronous = False

    def __init__(self, function: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.function = function
        self.finished.connect(self.deleteLater)

    def run(self) -> None:
        try:
            result = self.function()
        except Exception as exc:  # reported to the volunteer, never a silent failure
            log.exception("background work failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result)

    def begin(self) -> None:
        if self.synchronous or Task.synchronous:
            self.run()
        else:
            self.start()


def run_task(
    function: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
    parent: QObject | None = None,
) -> Task:
    task = Task(function, parent)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    task.begin()
    return task


def wait_for(task: Any, msecs: int = 30_000) -> None:
    """Block until ``task`` (a Task, possibly finished and deleted already) has ended."""
    if task is None:
        return
    try:
        if task.isRunning():
            task.wait(msecs)
    except RuntimeError:  # the Qt object is gone: it finished long ago
        pass


def on_worker_thread() -> bool:
    return threading.current_thread() is not threading.main_thread()

"""ImportPhotos: the core import as a background task, its progress turned into Qt signals.

The import is started through ``surveyor.ui.background`` like all background work; the task
itself mostly waits, because the CPU work runs in a child process with its own pool
(``import_process``). The core reports through a plain callback; the task forwards at most one
update every ``interval`` seconds (and always the last), so a fast import cannot flood the
event loop.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from surveyor.core.workspace import Workspace
from surveyor.ui.background import Task
from surveyor.ui.import_process import import_in_child_process

ImportFunction = Callable[..., object]  # import_paths, or a test's stand-in

log = logging.getLogger(__name__)


def core_import() -> ImportFunction:
    from surveyor.core.photos.importer import import_paths  # the foundation's import pipeline

    return import_paths


def lower_thread_priority(niceness: int = 10) -> bool:
    """Run this thread (and the processes it starts, which inherit it) below the UI.

    On a 2-core laptop the import would otherwise take the CPU the window needs to answer
    within 100 ms. Linux sets nice values per thread; elsewhere this does nothing. The pool
    thread keeps it afterwards (raising it back needs a privilege), so later background work
    on that thread also yields to the window, as background work should.
    """
    native_id = getattr(threading, "get_native_id", None)
    if native_id is None or not hasattr(os, "setpriority") or sys.platform != "linux":
        return False
    try:
        os.setpriority(os.PRIO_PROCESS, native_id(), niceness)
    except OSError:
        return False
    return True


class ImportPhotos(QObject):
    """One import run. ``start()``, then ``progress(done, total, path)`` and
    ``finished(report)`` or ``failed(message)`` on the UI thread. ``cancel()`` may be called
    from any thread; the report then says what was imported before it."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        paths: Sequence[Path | str],
        walk_name: str | None = None,
        import_function: ImportFunction | None = None,
        interval: float = 0.05,
        workers: int | None = None,
        in_child_process: bool = False,
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.paths = [Path(p) for p in paths]
        self.walk_name = walk_name
        self.import_function = import_function
        self.workers = workers
        # The window's imports run in a child process (see import_process); tests may not.
        self.in_child_process = in_child_process
        self.cancelled = threading.Event()
        self.task = Task(self, interval=interval)
        self.task.progress.connect(self.progress)
        self.task.succeeded.connect(self.finished)
        self.task.failed.connect(self.failed)

    def start(self) -> None:
        self.task.start(self._run)

    def cancel(self) -> None:
        self.cancelled.set()  # the import stops between photos and reports what it kept

    def wait(self, msecs: int = 60_000) -> bool:
        return self.task.wait(msecs)

    def _run(self) -> object:
        if threading.current_thread() is not threading.main_thread():
            lower_thread_priority()
        if self.in_child_process and self.import_function is None:
            return import_in_child_process(
                self.workspace.root,
                self.paths,
                self.walk_name,
                self.workers,
                self._on_progress,
                self.cancelled,
                self.workspace.subkeys,
            )
        function = self.import_function or core_import()
        return function(
            self.workspace,
            self.paths,
            walk_name=self.walk_name,
            progress=self._on_progress,
            cancel=self.cancelled,
            workers=self.workers,
        )

    def _on_progress(self, update: object) -> None:
        self.task.report(
            int(getattr(update, "done", 0)),
            int(getattr(update, "total", 0)),
            str(getattr(update, "path", "")),
        )

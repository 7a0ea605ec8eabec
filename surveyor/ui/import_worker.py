"""ImportPhotos: the core import on a worker thread, its progress turned into Qt signals.

The core reports through a plain callback from its own thread; this object forwards at most
one update every ``interval`` seconds (and always the last), so a fast import cannot flood
the event loop.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from surveyor.core.workspace import Workspace
from surveyor.ui.import_process import import_in_child_process

ImportFunction = Callable[..., Any]

log = logging.getLogger(__name__)


def core_import() -> ImportFunction:
    from surveyor.core.photos.importer import import_paths  # the foundation's import pipeline

    return import_paths


def lower_thread_priority(niceness: int = 10) -> bool:
    """Run this thread (and the processes it starts, which inherit it) below the UI.

    On a 2-core laptop the import would otherwise take the CPU the window needs to answer
    within 100 ms. Linux sets nice values per thread; elsewhere this does nothing.
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
    """One import run. ``progress(done, total, path)``, then ``finished(report)`` or
    ``failed(message)``. ``cancel()`` may be called from any thread."""

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
        self.interval = interval
        self.workers = workers
        # The window's imports run in a child process (see import_process); tests may not.
        self.in_child_process = in_child_process
        self.cancelled = threading.Event()
        self._last_emit = 0.0
        self._lock = threading.Lock()

    def cancel(self) -> None:
        self.cancelled.set()

    @Slot()
    def run(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            lower_thread_priority()
        try:
            if self.in_child_process and self.import_function is None:
                report = import_in_child_process(
                    self.workspace.root,
                    self.paths,
                    self.walk_name,
                    self.workers,
                    self._on_progress,
                    self.cancelled,
                    self.workspace.subkeys,
                )
            else:
                function = self.import_function or core_import()
                report = function(
                    self.workspace,
                    self.paths,
                    walk_name=self.walk_name,
                    progress=self._on_progress,
                    cancel=self.cancelled,
                    workers=self.workers,
                )
        except Exception as exc:  # shown to the volunteer; the catalogue stays consistent
            log.exception("the import stopped")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(report)
        finally:
            self._close_thread_connection()

    def _on_progress(self, update: Any) -> None:
        done = int(getattr(update, "done", 0))
        total = int(getattr(update, "total", 0))
        now = time.monotonic()
        with self._lock:  # the core may call from several threads
            if done < total and now - self._last_emit < self.interval:
                return
            self._last_emit = now
        self.progress.emit(done, total, str(getattr(update, "path", "")))

    def _close_thread_connection(self) -> None:
        # peewee keeps one connection per thread; a finished worker must not leak its own.
        db = self.workspace.db
        if db is not None and threading.current_thread() is not threading.main_thread():
            db.close()


class ImportThread(QThread):
    """Runs an ``ImportPhotos`` in its own thread (the object lives in the caller's thread,
    so its signals arrive queued in the UI thread)."""

    def __init__(self, job: ImportPhotos, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job

    def run(self) -> None:
        self.job.run()

"""Search photos for faces and plates on a worker thread, with progress and Stop.

``DetectionJob`` wraps ``surveyor.core.redaction.scan.detect_photos``: its progress callback
becomes a throttled Qt signal, ``stop()`` may be called from any thread, and the worker's own
database connection is closed when it ends.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Sequence

from PySide6.QtCore import QThread, Signal

from surveyor.core.redaction.scan import ScanCancelled, ScanSummary, detect_photos
from surveyor.core.workspace import Workspace

# Running searches, so that a closed window never destroys a QThread that is still running.
_RUNNING: set[DetectionJob] = set()


class DetectionJob(QThread):
    """``progress(done, total, name)``, then ``done(ScanSummary)``, ``failed(str)`` or
    ``stopped()``. ``synchronous`` (a test seam) runs it in the calling thread."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)
    stopped = Signal()

    synchronous = False

    def __init__(self, workspace: Workspace, photo_ids: Sequence[int]) -> None:
        super().__init__()  # no parent: kept alive by _RUNNING until it has ended
        self.workspace = workspace
        self.photo_ids = list(photo_ids)
        self._stop = threading.Event()
        self._last = 0.0

    def stop(self) -> None:
        self._stop.set()

    def begin(self) -> None:
        if self.synchronous or DetectionJob.synchronous:
            self.run()
        else:
            _RUNNING.add(self)
            self.finished.connect(self._ended)
            self.start()

    def _ended(self) -> None:
        _RUNNING.discard(self)

    def _report(self, done: int, total: int, name: str) -> None:
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return  # never flood the event loop
        self._last = now
        self.progress.emit(done, total, name)

    def run(self) -> None:
        try:
            summary: ScanSummary = detect_photos(
                self.workspace, self.photo_ids, progress=self._report, cancelled=self._stop.is_set
            )
        except ScanCancelled:
            self.stopped.emit()
        except Exception as exc:  # shown to the volunteer, never swallowed
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.done.emit(summary)
        finally:
            db = self.workspace.db
            if db is not None and threading.current_thread() is not threading.main_thread():
                db.close()  # peewee: this worker thread's own connection only

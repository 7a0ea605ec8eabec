"""Search photos for faces and plates in the background, with progress and Stop.

``DetectionJob`` runs ``surveyor.core.redaction.scan.detect_photos`` as a background task
(``surveyor.ui.background``): its progress callback becomes a thinned-out Qt signal, ``stop()``
may be called from any thread, and the worker's database connection is closed for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from surveyor.core.redaction.scan import ScanCancelled, ScanSummary, detect_photos
from surveyor.core.workspace import Workspace
from surveyor.ui.background import Cancelled, Task


class DetectionJob(QObject):
    """``begin()``, then ``progress(done, total, name)`` and ``done(ScanSummary)``,
    ``failed(str)`` or ``stopped()`` on the UI thread."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, workspace: Workspace, photo_ids: Sequence[int]) -> None:
        super().__init__()
        self.workspace = workspace
        self.photo_ids = list(photo_ids)
        self.task = Task(self, interval=0.1)
        self.task.progress.connect(self.progress)
        self.task.succeeded.connect(self.done)
        self.task.failed.connect(self.failed)
        self.task.cancelled.connect(self.stopped)

    def stop(self) -> None:
        self.task.cancel()

    def begin(self) -> None:
        self.task.start(self._search)

    def wait(self, msecs: int = 60_000) -> bool:
        return self.task.wait(msecs)

    def _search(self) -> ScanSummary:
        try:
            return detect_photos(
                self.workspace,
                self.photo_ids,
                progress=self.task.report,
                cancelled=self.task.is_cancelled,
            )
        except ScanCancelled:
            raise Cancelled from None

"""The window's import flow: pick or drop files, show progress, then a summary.

Seams for tests: ``pick_files`` / ``pick_folder`` (file dialogs), ``import_function``
(replace the core import), and ``show_summary`` (the final dialog; the last one stays in
``last_summary``). The import runs as a background task (``surveyor.ui.background``), in a
child process for its CPU work; when tasks run in the calling thread (``Task.synchronous``,
the tests' switch) there is no window to keep responsive and the import stays in-process.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from surveyor.core.workspace import Workspace
from surveyor.ui.background import Task
from surveyor.ui.import_progress import ImportProgressDialog
from surveyor.ui.import_summary import ImportSummaryDialog
from surveyor.ui.import_worker import ImportFunction, ImportPhotos
from surveyor.ui.settings import Settings

PHOTO_FILTER = "*.jpg *.jpeg *.JPG *.JPEG *.png *.PNG *.heic *.HEIC *.heif *.HEIF *.webp *.WEBP"


class ImportController(QObject):
    started = Signal()
    finished = Signal(object)  # the core's ImportReport (also after a cancel)
    progressed = Signal(int, int)

    def __init__(
        self,
        window: QWidget,
        workspace_getter: Callable[[], Workspace],
        settings: Settings,
        ask_walk_name: Callable[[Sequence[Path]], str | None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        # Which walk the photos are (None: the volunteer cancelled); None here: named by day.
        self.ask_walk_name = ask_walk_name
        self.workspace_getter = workspace_getter
        self.settings = settings
        self.import_function: ImportFunction | None = None
        self.workers: int | None = None  # processes for the core import (None: one per core)
        self.job: ImportPhotos | None = None
        self._jobs: list[ImportPhotos] = []  # every import whose work may not have ended
        self.dialog: ImportProgressDialog | None = None
        self.last_summary: ImportSummaryDialog | None = None
        self.last_report: object = None  # an ImportReport, or a test's stand-in
        self.last_error = ""

    # Seams -----------------------------------------------------------------------------------
    def pick_files(self) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import photos"),
            self.settings.last_import_dir,
            self.tr("Photos ({patterns});;All files (*)").format(patterns=PHOTO_FILTER),
        )
        return list(files)

    def pick_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self.window, self.tr("Import a folder of photos"), self.settings.last_import_dir
        )

    def show_summary(self, report: object) -> ImportSummaryDialog:
        dialog = ImportSummaryDialog(report, self.window)
        self.last_summary = dialog
        dialog.open()
        return dialog

    def show_error(self, title: str, text: str) -> None:
        self.last_error = text
        QMessageBox.warning(self.window, title, text)

    # Entry points ----------------------------------------------------------------------------
    def import_files(self) -> bool:
        files = self.pick_files()
        return self.start(files) if files else False

    def import_folder(self) -> bool:
        folder = self.pick_folder()
        return self.start([folder]) if folder else False

    def is_running(self) -> bool:
        return self.job is not None

    def start(self, paths: Sequence[str | Path], walk_name: str | None = None) -> bool:
        if self.job is not None:
            self.show_error(self.tr("Import"), self.tr("An import is already running."))
            return False
        chosen = [Path(p) for p in paths]
        if not chosen:
            return False
        if walk_name is None and self.ask_walk_name is not None:
            walk_name = self.ask_walk_name(chosen)
            if walk_name is None:
                return False
        first = chosen[0]
        self.settings.last_import_dir = str(first if first.is_dir() else first.parent)
        job = ImportPhotos(
            self.workspace_getter(),
            chosen,
            walk_name,
            import_function=self.import_function,
            workers=self.workers,
            in_child_process=not Task.synchronous,
        )
        self.job = job
        self.dialog = ImportProgressDialog(self.window)
        self.dialog.cancelRequested.connect(job.cancel)
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        self.started.emit()
        self._jobs = [j for j in self._jobs if j.task.is_running()] + [job]
        self.dialog.open()
        job.start()
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the import's work has ended (closing the window, tests)."""
        return all(job.wait(msecs) for job in list(self._jobs))

    # Results ---------------------------------------------------------------------------------
    def _on_progress(self, done: int, total: int, path: str) -> None:
        if self.dialog is not None:
            self.dialog.update_progress(done, total, path)
        self.progressed.emit(done, total)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _on_finished(self, report: object) -> None:
        self._close_dialog()
        self.job = None
        self.last_report = report
        self.finished.emit(report)
        self.show_summary(report)

    def _on_failed(self, message: str) -> None:
        self._close_dialog()
        self.job = None
        self.show_error(
            self.tr("Import stopped"),
            self.tr("The import stopped: {reason}\nPhotos imported before this are kept.").format(
                reason=message
            ),
        )
        self.finished.emit(None)

"""An unexpected error: log it, then show the volunteer a report they can copy and send.

``install`` replaces ``sys.excepthook`` (which PySide6 calls for an exception escaping a slot)
and ``threading.excepthook``. The report is redacted like the log (no positions, no keys), and
names the log file so a helper can ask for it. The window stays open: whatever was saved is.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from surveyor.core import logs

log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Surveyor ran into an error"))
        self.resize(720, 420)
        self.report = report
        intro = QLabel(
            self.tr(
                "Something went wrong that Surveyor did not expect. Your saved work is safe. "
                "Please copy the report below and send it to whoever helps your group; it "
                "holds no photo positions and no keys."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.log_label = QLabel(
            self.tr("The log file is {path}").format(path=logs.log_file()), self
        )
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setWordWrap(True)
        self.text = QPlainTextEdit(report, self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(
            self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.log_label)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.report}\n\nlog file: {logs.log_file()}")


class _Relay(QObject):
    """Brings an error raised on a worker thread to the UI thread, where dialogs live."""

    raised = Signal(str)


class CrashHandler:
    """Installed once per app; ``show`` is the seam a test replaces (default: a modal dialog)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.showing = False
        self.relay = _Relay()
        self.relay.raised.connect(self._show_on_ui_thread, Qt.ConnectionType.QueuedConnection)
        self.show: Callable[[str], None] = self._exec_dialog

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        report = logs.crash_report(exc_type, exc, tb)
        if threading.current_thread() is threading.main_thread():
            self._show_on_ui_thread(report)
        else:
            self.relay.raised.emit(report)

    def _show_on_ui_thread(self, report: str) -> None:
        if self.showing:  # an error while the dialog is up: it is in the log, one dialog is enough
            return
        self.showing = True
        try:
            self.show(report)
        finally:
            self.showing = False

    def _exec_dialog(self, report: str) -> None:
        CrashDialog(report, self.parent or QApplication.activeWindow()).exec()

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook


def install(parent: QWidget | None = None) -> CrashHandler:
    handler = CrashHandler(parent)
    handler.install()
    return handler

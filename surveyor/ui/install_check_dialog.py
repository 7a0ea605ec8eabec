"""Help ▸ Check installation: the lines of ``surveyor self-test``, as they come.

The checks run in a separate process (this same program's ``self-test`` command): they open a
demo workspace and a second window offscreen, which must never touch the volunteer's open
workspace, and the window stays responsive while they run.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess, QProcessEnvironment
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


def self_test_command() -> tuple[str, list[str]]:
    """How to run this installation's ``surveyor self-test`` (frozen or from source)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["self-test"]
    return sys.executable, ["-m", "surveyor", "self-test"]


class InstallCheckDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check installation"))
        self.resize(760, 360)
        self.status = QLabel(self.tr("Checking… (this takes a few seconds)"), self)
        self.output = QPlainTextEdit(self)
        self.output.setReadOnly(True)
        self.output.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(
            self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.output, 1)
        layout.addWidget(buttons)
        self.passed: bool | None = None
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._failed_to_start)

    def start(self) -> None:
        program, arguments = self_test_command()
        env = QProcessEnvironment.systemEnvironment()
        env.insert("QT_QPA_PLATFORM", "offscreen")
        self.process.setProcessEnvironment(env)
        self.process.start(program, arguments)

    def _read(self) -> None:
        text = bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")
        # Only our own lines: Chromium's console chatter (GPU, D-Bus) is not the volunteer's.
        for line in text.splitlines():
            if line.startswith(("ok ", "FAIL", "all checks", "surveyor")) or "failed" in line:
                self.output.appendPlainText(line)

    def _finished(self, code: int, _status: object) -> None:
        self._read()
        self.passed = code == 0
        self.status.setText(
            self.tr("Everything needed is installed.")
            if self.passed
            else self.tr("Some checks failed: copy the lines below and send them to your helper.")
        )

    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.passed = False
            self.status.setText(
                self.tr("The check could not start: {reason}").format(
                    reason=self.process.errorString()
                )
            )

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.output.toPlainText())

    def done(self, result: int) -> None:
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.kill()
            self.process.waitForFinished(3000)
        super().done(result)


def open_install_check(parent: QWidget) -> InstallCheckDialog:
    dialog = InstallCheckDialog(parent)
    dialog.start()
    dialog.show()
    return dialog

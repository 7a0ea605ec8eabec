"""What an import did: counts, and every failed file with its reason (copyable)."""

from __future__ import annotations

from collections.abc import Sized
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def count(value: Any) -> int:
    """Reports carry lists (of ids or paths) or plain numbers; both count."""
    if value is None:
        return 0
    if isinstance(value, Sized):
        return len(value)
    return int(value)


def failures(report: Any) -> list[tuple[str, str]]:
    result = []
    for item in getattr(report, "failed", []) or []:
        if isinstance(item, dict):
            result.append((str(item.get("path", "")), str(item.get("reason", ""))))
        else:
            path, reason = item[0], item[1]
            result.append((str(path), str(reason)))
    return result


class ImportSummaryDialog(QDialog):
    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        self.failed = failures(report)
        self.imported = count(getattr(report, "imported", 0))
        self.duplicates = count(getattr(report, "duplicates", 0))
        self.without_position = count(getattr(report, "without_position", 0))
        cancelled = bool(getattr(report, "cancelled", False))
        lines = [
            self.tr("Import cancelled: the files done so far are kept.") if cancelled else "",
            self.tr("Imported: {n}").format(n=self.imported),
            self.tr("Already in the workspace: {n}").format(n=self.duplicates),
            self.tr("Without position (place them on the map): {n}").format(
                n=self.without_position
            ),
            self.tr("Failed: {n}").format(n=len(self.failed)),
        ]
        self.summary = QLabel("\n".join(line for line in lines if line), self)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlainText(self.failure_text())
        self.details.setVisible(bool(self.failed))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.copy_button = QPushButton(self.tr("Copy the list of failed files"), self)
        self.copy_button.setVisible(bool(self.failed))
        self.copy_button.clicked.connect(self.copy_failures)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if self.failed:
            layout.addWidget(QLabel(self.tr("These files were not imported:"), self))
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(620, 420 if self.failed else 180)

    def failure_text(self) -> str:
        return "\n".join(f"{path}\t{reason}" for path, reason in self.failed)

    def copy_failures(self) -> None:
        QGuiApplication.clipboard().setText(self.failure_text())

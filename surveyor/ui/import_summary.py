"""What an import did: counts, and every failed file with its reason (copyable)."""

from __future__ import annotations

from collections.abc import Sized

from PySide6.QtCore import Qt
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


def count(value: Sized | int | None) -> int:
    """Reports carry lists (of ids or paths) or plain numbers; both count."""
    if value is None:
        return 0
    if isinstance(value, Sized):
        return len(value)
    return int(value)


def failures(report: object, attribute: str = "failed") -> list[tuple[str, str]]:
    """(path, reason) pairs from ``report.failed`` (or ``report.warnings``)."""
    result = []
    for item in getattr(report, attribute, []) or []:
        if isinstance(item, dict):
            result.append((str(item.get("path", "")), str(item.get("reason", ""))))
        else:
            path, reason = item[0], item[1]
            result.append((str(path), str(reason)))
    return result


class ImportSummaryDialog(QDialog):
    def __init__(self, report: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        self.failed = failures(report)
        self.warned = failures(report, "warnings")  # imported, but something could not be read
        self.imported = count(getattr(report, "imported", 0))
        self.duplicates = count(getattr(report, "duplicates", 0))
        listed = getattr(report, "duplicates", None)
        self.duplicate_paths = [str(p) for p in listed] if isinstance(listed, list) else []
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
            self.tr("Imported with a warning: {n}").format(n=len(self.warned))
            if self.warned
            else "",
        ]
        self.summary = QLabel("\n".join(line for line in lines if line), self)
        # At the top even when there is no list below to fill the dialog.
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlainText(self.details_text())
        self.details.setVisible(bool(self.failed or self.warned or self.duplicate_paths))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.copy_button = QPushButton(self.tr("Copy the list of failed files"), self)
        self.copy_button.clicked.connect(self.copy_failures)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        # After addButton, which shows the button: with nothing failed there is nothing to copy.
        self.copy_button.setVisible(bool(self.failed))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        listed_any = self.failed or self.warned or self.duplicate_paths
        self.resize(620, 420 if listed_any else 180)

    def details_text(self) -> str:
        """One file per line, then its reason: a tab lines nothing up in a proportional font."""
        sections = []
        if self.failed:
            lines = [f"{path} — {reason}" for path, reason in self.failed]
            sections.append("\n".join([self.tr("These files were not imported:"), *lines]))
        if self.warned:
            lines = [f"{path} — {reason}" for path, reason in self.warned]
            sections.append("\n".join([self.tr("Imported, with a warning:"), *lines]))
        if self.duplicate_paths:
            sections.append(
                "\n".join(
                    [
                        self.tr("Already in the workspace, not imported again:"),
                        *self.duplicate_paths,
                    ]
                )
            )
        return "\n\n".join(sections)

    def failure_text(self) -> str:
        """Tab-separated, for pasting into a spreadsheet or a message."""
        return "\n".join(f"{path}\t{reason}" for path, reason in self.failed)

    def copy_failures(self) -> None:
        QGuiApplication.clipboard().setText(self.failure_text())

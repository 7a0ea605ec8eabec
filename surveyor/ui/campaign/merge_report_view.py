"""The merge report: after each merge a window says, per bundle, who sent it, what happened,
why in plain words and what to do. Every report of the session stays in the *Merges* tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.campaign.merge_report import MergeReport


def tr(text: str) -> str:
    return QCoreApplication.translate("MergeReport", text)


def columns() -> tuple[str, ...]:
    """The table's titles (literal calls: the extractor collects only those)."""
    return (tr("File"), tr("Sent by"), tr("Outcome"), tr("Why"), tr("What to do"))


def fill_report_table(table: QTableWidget, report: MergeReport) -> None:
    table.setRowCount(len(report.lines))
    for row, line in enumerate(report.lines):
        cells = (line.file, line.sender, tr(line.outcome), tr(line.reason), tr(line.todo))
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(line.detail or text)
            table.setItem(row, col, item)


def report_table() -> QTableWidget:
    titles = columns()
    table = QTableWidget(0, len(titles))
    table.setHorizontalHeaderLabels(list(titles))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for col, width in enumerate((170, 170, 120, 260)):
        table.setColumnWidth(col, width)
    return table


class MergeReportDialog(QDialog):
    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(tr("Merge report — {when}").format(when=report.when.strftime("%H:%M")))
        self.summary = QLabel(report.summary() or tr("No bundles."))
        self.summary.setWordWrap(True)
        self.table = report_table()
        fill_report_table(self.table, report)
        self.table.resizeRowsToContents()
        notes = QLabel(
            tr("Point at a row to see the technical reason.")
            if report.receipts_signed
            else tr(
                "Receipts were not signed (no signing key, or its passphrase was not given): "
                "Campaign ▸ Re-issue receipt… writes them later."
            )
        )
        notes.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(notes)
        layout.addWidget(buttons)
        self.resize(1000, 360)


class MergesView(QWidget):
    """Every merge of this session, newest first; opening one shows its report again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports: list[MergeReport] = []
        self.list = QListWidget()
        self.table = report_table()
        self.open_button = QPushButton(tr("Open report"))
        self.open_button.setEnabled(False)
        hint = QLabel(tr("Merges made in this window. Drop bundle files on the window to merge."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.list.currentRowChanged.connect(self._chosen)
        self.list.itemActivated.connect(lambda _i: self.open_current())
        self.open_button.clicked.connect(self.open_current)

    def add(self, report: MergeReport) -> None:
        self.reports.insert(0, report)
        item = QListWidgetItem(
            tr("{when}: {summary}").format(
                when=report.when.strftime("%Y-%m-%d %H:%M"), summary=report.summary()
            )
        )
        self.list.insertItem(0, item)
        self.list.setCurrentRow(0)

    def _chosen(self, row: int) -> None:
        self.open_button.setEnabled(row >= 0)
        if 0 <= row < len(self.reports):
            fill_report_table(self.table, self.reports[row])
            self.table.resizeRowsToContents()
        else:
            self.table.setRowCount(0)

    def open_current(self) -> MergeReportDialog | None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.reports):
            return None
        dialog = MergeReportDialog(self.reports[row], self)
        dialog.show()
        return dialog

"""The Export dialog's "What leaves this machine": in words, on a map, as written, and the photos.

``LeavingPanel`` shows an ``ExportPreview`` (or why there is none); the dialog puts it in a
scroll area between the choices above and Export below.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.bundle.export_preview import ExportPreview
from surveyor.core.bundle.writer import ExportResult
from surveyor.core.kit.joined import JoinedCampaign
from surveyor.core.workspace import Workspace
from surveyor.ui.export_map import ExportMap
from surveyor.ui.export_words import camera_in_words, fields_in_words
from surveyor.ui.redaction_export import RedactionPanel


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportBundleDialog", text)  # the dialog's context


def summary_text(
    shown: ExportPreview, recipient: str | None, campaign: JoinedCampaign | None
) -> str:
    """What the bundle holds and what it never does, in words."""
    lines = [
        tr(
            "{cameras} cameras, {photos} photos rebuilt from their pixels. Cameras you "
            "placed on the map: exactly there; the others: shifted (see below)."
        ).format(cameras=shown.cameras, photos=shown.photos)
    ]
    if shown.skipped_no_position:
        lines.append(
            tr("{n} cameras without a position are left out.").format(n=shown.skipped_no_position)
        )
    lines.append(tr("Each camera carries: {fields}.").format(fields=fields_in_words(shown.fields)))
    lines.append(
        tr("Observation dates: rounded to the day.")
        if shown.round_dates
        else tr("Observation dates: exact photo times.")
    )
    if recipient and campaign is not None and recipient == campaign.age_recipient:
        lines.append(
            tr("Encrypted for campaign “{name}”: only its coordinator can open the bundle.").format(
                name=campaign.name
            )
        )
    elif recipient:
        lines.append(tr("Encrypted to {recipient}.").format(recipient=recipient))
    else:
        lines.append(tr("Not encrypted: anyone who gets the file can read it."))
    lines.append(
        tr(
            "Never included: where you stood, your compass bearings, your tracks, file "
            "names and folders, walk names, the time of the export, and photo metadata "
            "(camera make and serials, GPS, maker notes, XMP, IPTC, colour profiles, "
            "comments, embedded thumbnails)."
        )
    )
    return "\n".join(lines)


def sent_text(result: ExportResult) -> str:
    return tr(
        "Sent: {cameras} cameras and {photos} photos, in {file}. No other camera is waiting "
        "to be sent."
    ).format(cameras=result.cameras, photos=result.photos, file=Path(result.path).name)


class LeavingPanel(QWidget):
    """``reviewRequested``: the volunteer wants to place the suggested cameras on the map."""

    reviewRequested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        self.suggested_note = QLabel("", self)
        self.suggested_note.setWordWrap(True)
        self.review_button = QPushButton(tr("Review them on the map"), self)
        self.review_button.clicked.connect(self.reviewRequested)
        self.map = ExportMap(self)
        self.sample_words = QLabel("", self)
        self.sample_words.setWordWrap(True)
        # The raw GeoJSON of the first camera, for those who want to check the keys themselves.
        self.details_button = QToolButton(self)
        self.details_button.setText(tr("Details: the first camera as it is written"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.sample = QPlainTextEdit(self)
        self.sample.setReadOnly(True)
        self.sample.setMinimumHeight(160)
        self.sample.setVisible(False)
        self.details_button.toggled.connect(self._show_details)
        self.redaction = RedactionPanel(workspace, self)

        heading = QLabel(tr("<b>What leaves this machine</b>"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        review_row = QHBoxLayout()
        review_row.addWidget(self.suggested_note, 1)
        review_row.addWidget(self.review_button)
        layout.addLayout(review_row)
        layout.addWidget(self.map)
        layout.addWidget(self.sample_words)
        layout.addWidget(self.details_button)
        layout.addWidget(self.sample)
        layout.addWidget(self.redaction)

    def show_problem(self, text: str) -> None:
        """No preview (nothing to export, a broken selection…): say why."""
        self.summary.setText(str(text))  # str(): a core message in the user's language
        self.sample.setPlainText("")
        self.sample_words.setText("")
        self.map.set_positions([])
        self._after_text(0)

    def show_preview(self, shown: ExportPreview, summary: str) -> None:
        self.map.set_positions(shown.positions)
        self.summary.setText(summary)
        sample = json.dumps(shown.sample, ensure_ascii=False, indent=2) if shown.sample else ""
        self.sample.setPlainText(sample)
        self.sample_words.setText(
            tr("For example, the first camera: {camera}.").format(
                camera=camera_in_words(shown.sample)
            )
            if shown.sample
            else ""
        )
        self._after_text(shown.suggested)

    def _after_text(self, suggested: int) -> None:
        self.details_button.setVisible(bool(self.sample.toPlainText()))
        self.suggested_note.setVisible(suggested > 0)
        self.review_button.setVisible(suggested > 0)
        if suggested:
            self.suggested_note.setText(
                tr(
                    "Still at a suggested spot: {n} of these cameras. They are sent shifted "
                    "by up to about 45 m, so they cannot lead back to where you stood. Drag "
                    "each to where it really is on the map to send its exact position."
                ).format(n=suggested)
            )

    def fit_text(self, min_width: int) -> None:
        # Wrapped labels get their one-line height from a top-level layout: reserve the
        # height their text needs at the dialog's width, so no line is cut off.
        width = max(self.summary.width(), min_width)
        for label in (self.summary, self.suggested_note):
            label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)

    def _show_details(self, shown: bool) -> None:
        self.sample.setVisible(shown)
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

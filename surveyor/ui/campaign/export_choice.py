"""The campaign's Export dialog: a format in plain words, a file beside the campaign by
default, and a warning while review items are still open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from surveyor.core.campaign import review

KNOWN_CAMERAS = "known-cameras"
EXTENSIONS = {"geojson": "geojson", "csv": "csv", "kml": "kml", "osm": "osm",
              KNOWN_CAMERAS: "geojson"}  # fmt: skip


def tr(text: str) -> str:
    return QCoreApplication.translate("CampaignExport", text)


def format_names() -> dict[str, str]:
    return {
        "geojson": tr("Map data for GIS and web maps (GeoJSON)"),
        "csv": tr("Spreadsheet (CSV)"),
        "kml": tr("Google Earth (KML)"),
        "osm": tr("OpenStreetMap editor file (JOSM .osm)"),
        KNOWN_CAMERAS: tr("Known cameras for the volunteers' map, signed by you"),
    }


def default_path(campaign: Path, fmt: str) -> Path:
    """Beside the campaign folder, named after it."""
    stem = "known-cameras" if fmt == KNOWN_CAMERAS else f"{campaign.name}-cameras"
    return campaign.parent / f"{stem}.{EXTENSIONS[fmt]}"


class ExportChoiceDialog(QDialog):
    def __init__(self, campaign: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.campaign = campaign
        self.setWindowTitle(tr("Export cameras"))
        self.format = QComboBox()
        for code, name in format_names().items():
            self.format.addItem(name, code)
        self.path = QLineEdit()
        browse = QPushButton(tr("Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        open_items = len(review.open_items())
        still_open = QCoreApplication.translate(
            "CampaignExport", "%n review item(s) still open:", None, open_items
        )
        self.warning = QLabel(
            still_open
            + " "
            + tr("those cameras go out as the volunteers' votes stand. Finish the review first?")
        )
        self.warning.setWordWrap(True)
        self.warning.setVisible(open_items > 0)
        self.warning.setStyleSheet("color: #8a4b00;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(tr("Format:"), self.format)
        form.addRow(tr("Save as:"), where)
        form.addRow(self.warning)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(lambda _i: self._format_changed())
        self._format_changed()
        # As tall as the wrapped warning needs at this width (a window's height does not
        # follow its labels' wrapping by itself).
        self.resize(620, form.totalHeightForWidth(620))

    def _format_changed(self) -> None:
        self.path.setText(str(default_path(self.campaign, self.format.currentData())))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export cameras"), self.path.text())
        if path:
            self.path.setText(path)

    def choice(self) -> tuple[str, str] | None:
        text = self.path.text().strip()
        return (self.format.currentData(), text) if text else None

"""Settings ▸ Basemaps: add, order and remove basemap files (MBTiles, PMTiles; raster or vector)
with what each holds; the suggestion distance; the online layer.

Works on a copy of the settings; the caller applies ``result_settings()`` on accept.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.map.basemaps import MapSettings
from surveyor.core.map.page import attribution
from surveyor.core.map.tilesets import BasemapError, TilesetInfo

ID_ROLE = Qt.ItemDataRole.UserRole
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 1
SCHEMA_NAMES = {"openmaptiles": "OpenMapTiles", "protomaps": "Protomaps"}


def tr(text: str) -> str:
    return QCoreApplication.translate("MapSettingsDialog", text)


class MapSettingsDialog(QDialog):
    """Basemap list (top of the list is drawn on top), projection distance, online layer."""

    def __init__(self, settings: MapSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Basemaps and map settings"))
        self._settings = copy.deepcopy(settings)
        self.list = QListWidget(self)
        self.add_button = QPushButton(tr("Add basemap…"), self)
        self.remove_button = QPushButton(tr("Remove"), self)
        self.up_button = QPushButton(tr("Up"), self)
        self.down_button = QPushButton(tr("Down"), self)
        self.projection = QDoubleSpinBox(self)
        self.projection.setRange(0.0, 100.0)
        self.projection.setSuffix(tr(" m in front of the photographer"))
        self.projection.setToolTip(
            tr("Where a new camera is first placed, along the direction the photo looks")
        )
        self.projection.setValue(self._settings.projection_m)
        self.online = QCheckBox(tr("Use an online map and keep viewed tiles for offline use"), self)
        self.online.setChecked(self._settings.online_enabled)
        self.online_url = QLineEdit(self._settings.online_url, self)
        self.online_url.setPlaceholderText("https://tile.example.org/{z}/{x}/{y}.png")

        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        form = QFormLayout()
        # Some styles keep fields at their hint: the URL field would show a sliver.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A short label: a long one takes the width the tile URL needs.
        form.addRow(tr("New cameras"), self.projection)
        form.addRow(self.online)
        form.addRow(tr("Tile URL"), self.online_url)
        note = QLabel(
            tr(
                "Only tiles you look at are downloaded; nothing is fetched in bulk. Check the"
                " tile server's usage policy first."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Basemaps (MBTiles and PMTiles files, shared by all workspaces)"), self)
        )
        layout.addWidget(self.list)
        # What the highlighted file holds: bounds, zoom range, credit, vector layers.
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.empty_note = QLabel(
            tr(
                "No basemap yet: the map shows a plain grid. Add an .mbtiles or .pmtiles file to"
                " see the streets."
            ),
            self,
        )
        self.empty_note.setWordWrap(True)
        layout.addWidget(self.empty_note)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(box)

        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.online.toggled.connect(self.online_url.setEnabled)
        self.online_url.setEnabled(self.online.isChecked())
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self._fill()
        self.resize(620, 460)  # basemap entries carry their file's full path

    # Seams a test replaces ----------------------------------------------------------------------
    def choose_files(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Add basemap"),
            "",
            tr("Basemaps (*.mbtiles *.pmtiles);;All files (*)"),
        )
        return list(paths)

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, tr("Basemaps"), text)

    # Actions ------------------------------------------------------------------------------------
    def add_files(self, paths: list[str]) -> list[str]:
        """Add files; returns the error messages (each names its file) for those refused."""
        errors = []
        for path in paths:
            try:
                self._settings.add_basemap(path)
            except BasemapError as exc:
                errors.append(str(exc))
        self._fill()
        return errors

    def result_settings(self) -> MapSettings:
        self._settings.projection_m = float(self.projection.value())
        self._settings.online_url = self.online_url.text().strip()
        self._settings.online_enabled = self.online.isChecked() and bool(self._settings.online_url)
        return copy.deepcopy(self._settings)

    def _fill(self, select: str | None = None) -> None:
        self.list.clear()
        # Shown top-down as drawn: the last basemap in the settings is drawn on top.
        for basemap in reversed(self._settings.basemaps):
            try:
                info = basemap.info()
                text = tr("{name} — zoom {lo}–{hi} — {kind} — {path}").format(
                    name=info.name,
                    lo=info.minzoom,
                    hi=info.maxzoom,
                    kind=_kind_text(info),
                    path=basemap.path,
                )
                details = _details_text(info)
            except BasemapError as exc:
                text = details = tr("Unreadable: {reason}").format(reason=str(exc))
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, basemap.id)
            item.setData(DETAILS_ROLE, details)
            item.setToolTip(details)
            self.list.addItem(item)
            if basemap.id == select:
                self.list.setCurrentItem(item)
        self.empty_note.setVisible(self.list.count() == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Remove, Up and Down act on the highlighted basemap: greyed out without one."""
        row = self.list.currentRow()
        item = self.list.currentItem()
        self.details.setText("" if item is None else str(item.data(DETAILS_ROLE)))
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def _on_add(self) -> None:
        errors = self.add_files(self.choose_files())
        if errors:
            self.show_error("\n".join(errors))

    def _on_remove(self) -> None:
        basemap_id = self._current_id()
        if basemap_id:
            self._settings.remove_basemap(basemap_id)
            self._fill()

    def _move(self, up: int) -> None:
        basemap_id = self._current_id()
        if basemap_id:
            # The list shows the settings reversed: "up" on screen is later in the settings.
            self._settings.move_basemap(basemap_id, -up)
            self._fill(select=basemap_id)


def _kind_text(info: TilesetInfo) -> str:
    if info.kind == "vector":
        return tr("vector {container}, {schema} schema").format(
            container=info.container, schema=SCHEMA_NAMES.get(info.schema, info.schema)
        )
    return tr("raster {container} ({format})").format(container=info.container, format=info.format)


def _details_text(info: TilesetInfo) -> str:
    """Everything the file says about itself, for the line under the list."""
    west, south, east, north = info.bounds
    lines = [
        tr("{kind}; zoom {lo}–{hi} (closer in, the last level is enlarged)").format(
            kind=_kind_text(info), lo=info.minzoom, hi=info.maxzoom
        ),
        tr("Area: {w:.4f}, {s:.4f} – {e:.4f}, {n:.4f} (west, south – east, north)").format(
            w=west, s=south, e=east, n=north
        ),
        tr("Credit: {text}").format(text=attribution(info) or tr("none given")),
    ]
    if info.vector_layers:
        lines.append(tr("Layers: {names}").format(names=", ".join(info.vector_layers)))
    return "\n".join(lines)

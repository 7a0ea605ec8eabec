"""Place photos from a GPX track: import tracks into a walk, correct the camera clock (typed,
or solved from photos dropped where they were taken: ``surveyor.ui.geotag_sync``), preview on
the map where every photo would land, and apply as one step on the window's undo stack.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.geotag import placement as geotag
from surveyor.core.geotag.clock import (
    ClockCorrection,
    ClockError,
    format_offset,
    parse_offset,
    parse_tz,
)
from surveyor.core.geotag.gpx import GpxError, read_gpx
from surveyor.core.geotag.match import Timeline
from surveyor.core.geotag.placement import GeotagPlan, GeotagSettings, PhotoState
from surveyor.core.geotag.tracks import remove_track, store_track, track_fixes, walk_tracks
from surveyor.core.workspace import Workspace
from surveyor.store.models import Walk
from surveyor.ui.events import CatalogueEvents
from surveyor.ui.geotag_preview import ApplyGeotag, GeotagPreviewModel
from surveyor.ui.geotag_sync import ClockSyncBox
from surveyor.ui.locale_format import time_text, utc_date_time, utc_moment
from surveyor.ui.map_slot import MapView
from surveyor.ui.settings import Settings

MAX_TRACK_POINTS_DRAWN = 5000


def tr(text: str) -> str:
    return QCoreApplication.translate("GeotagDialog", text)


class GeotagDialog(QDialog):
    """Modeless: the map stays usable (for placing photos) while the dialog is open."""

    applied = Signal(int)  # photos changed

    def __init__(
        self,
        workspace: Workspace,
        walk_id: int | None,
        undo_stack: QUndoStack,
        map_panel: MapView | None = None,
        events: CatalogueEvents | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.app_settings = settings  # remembered zone and gap (settings() is the typed form)
        self.setWindowTitle(tr("Place photos from GPX track"))
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.map_panel = map_panel
        self.events = events
        self.walk_id: int | None = None
        self.photos: list[PhotoState] = []
        self.timeline = Timeline([])
        self.plan: GeotagPlan | None = None
        self._drift_ref: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.recompute)
        self._build()
        self._connect()
        self._load_walks(walk_id)

    # Seams a test replaces -------------------------------------------------------------------
    def choose_gpx_files(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Add GPX tracks"), "", tr("GPX tracks (*.gpx);;All files (*)")
        )
        return list(paths)

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, tr("Place photos from GPX track"), text)

    # Building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.walk_combo = QComboBox(self)
        self.tracks_list = QListWidget(self)
        self.tracks_list.setMaximumHeight(90)
        self.add_button = QPushButton(tr("Add GPX…"), self)
        self.remove_button = QPushButton(tr("Remove track"), self)
        tracks_box = QGroupBox(tr("Tracks of this walk (stay on this computer)"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        tracks_layout = QVBoxLayout(tracks_box)
        tracks_layout.addWidget(self.tracks_list)
        tracks_layout.addLayout(buttons)

        self.offset_edit = QLineEdit("+00:00:00", self)
        self.offset_edit.setToolTip(
            tr("Added to the camera's time: a camera 2 min slow is +00:02:00")
        )
        self.drift_spin = QDoubleSpinBox(self)
        self.drift_spin.setRange(-3600.0, 3600.0)
        self.drift_spin.setDecimals(1)
        self.drift_spin.setSuffix(tr(" s/day"))
        self.tz_edit = QLineEdit(self)
        self.tz_edit.setPlaceholderText(tr("this computer's zone"))
        self.tz_edit.setToolTip(tr("For photos that do not record their time zone, e.g. +02:00"))
        self.gap_spin = QSpinBox(self)
        self.gap_spin.setRange(1, 24 * 60)
        remembered = self.app_settings
        self.gap_spin.setValue(remembered.geotag_max_gap_min if remembered else 30)
        if remembered is not None:
            self.tz_edit.setText(remembered.geotag_time_zone)
        self.gap_spin.setSuffix(tr(" min"))
        self.overwrite_manual = QCheckBox(tr("Also move photos I placed by hand"), self)
        self.overwrite_exif = QCheckBox(tr("Also replace the photos' own GPS positions"), self)
        self.settings_error = QLabel(self)
        self.settings_error.setStyleSheet("color: #b00020")
        self.settings_error.setWordWrap(True)
        clock_box = QGroupBox(tr("Camera clock"), self)
        form = QFormLayout(clock_box)
        form.addRow(tr("Offset (±hh:mm:ss)"), self.offset_edit)
        form.addRow(tr("Drift"), self.drift_spin)
        form.addRow(tr("Camera time zone"), self.tz_edit)
        form.addRow(tr("Longest gap to bridge"), self.gap_spin)
        form.addRow(self.overwrite_manual)
        form.addRow(self.overwrite_exif)
        form.addRow(self.settings_error)

        self.sync = ClockSyncBox(self.settings, self)

        self.model = GeotagPreviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Name and time as wide as they are (in any language's date format); the result
        # takes the rest and wraps.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.apply_button = QPushButton(tr("Apply"), self)
        self.apply_button.setDefault(True)
        self.close_button = QPushButton(tr("Close"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.apply_button)
        bottom.addWidget(self.close_button)

        left = QVBoxLayout()
        walk_row = QFormLayout()
        walk_row.addRow(tr("Walk"), self.walk_combo)
        left.addLayout(walk_row)
        left.addWidget(tracks_box)
        left.addWidget(clock_box)
        left.addWidget(self.sync)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(bottom)
        self.resize(1000, 640)

    def _remember_settings(self) -> None:
        """The zone and gap limit are settings: kept for the next walk (a valid zone only)."""
        if self.app_settings is None:
            return
        self.app_settings.geotag_max_gap_min = self.gap_spin.value()
        zone = self.tz_edit.text().strip()
        try:
            if zone:
                parse_tz(zone)
        except ClockError:
            return
        self.app_settings.geotag_time_zone = zone

    def _connect(self) -> None:
        self.walk_combo.currentIndexChanged.connect(self._on_walk_changed)
        self.add_button.clicked.connect(self.add_tracks)
        self.remove_button.clicked.connect(self.remove_selected_track)
        for edit in (self.offset_edit, self.tz_edit):
            edit.textChanged.connect(self._schedule)
        self.drift_spin.valueChanged.connect(self._schedule)
        self.gap_spin.valueChanged.connect(self._schedule)
        self.tz_edit.editingFinished.connect(self._remember_settings)
        self.gap_spin.valueChanged.connect(self._remember_settings)
        self.overwrite_manual.toggled.connect(self._schedule)
        self.overwrite_exif.toggled.connect(self._schedule)
        self.sync.solved.connect(self.use_correction)
        self.sync.error.connect(lambda text: self.show_error(text))
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        self.table.doubleClicked.connect(self._on_row_activated)
        # A photo placed on the map (an undoable edit) may be a new sync point.
        self.undo_stack.indexChanged.connect(self._on_undo_index)

    def _on_undo_index(self, _index: int) -> None:
        self.reload_photos()

    # Loading -----------------------------------------------------------------------------------
    def _load_walks(self, walk_id: int | None) -> None:
        self.walk_combo.blockSignals(True)
        self.walk_combo.clear()
        for walk in Walk.select().order_by(Walk.date.desc(), Walk.name):
            self.walk_combo.addItem(walk.name, walk.id)
        index = self.walk_combo.findData(walk_id) if walk_id is not None else 0
        self.walk_combo.setCurrentIndex(max(index, 0))
        self.walk_combo.blockSignals(False)
        self._on_walk_changed()

    def _on_walk_changed(self, *_args: object) -> None:
        data = self.walk_combo.currentData()
        self.walk_id = int(data) if data is not None else None
        self.sync.set_walk()
        self.reload_tracks()
        self.reload_photos()

    def reload_tracks(self) -> None:
        self.tracks_list.clear()
        tracks = walk_tracks(self.walk_id) if self.walk_id is not None else []
        for track in tracks:
            start, end = utc_moment(track.start_utc), utc_moment(track.end_utc)
            points = track.point_count  # a plain name: lupdate's plural count
            text = QCoreApplication.translate(
                "GeotagDialog", "{name}: {start}–{end} UTC, %n point(s)", None, points
            ).format(
                name=track.name,
                start=utc_date_time(track.start_utc),
                end=time_text(end) if end.date() == start.date() else utc_date_time(track.end_utc),
            )
            item = QListWidgetItem(text)
            item.setToolTip(track.file_name)
            item.setData(Qt.ItemDataRole.UserRole, track.id)
            self.tracks_list.addItem(item)
        self.remove_button.setEnabled(bool(tracks))
        self.timeline = Timeline(track_fixes(t.id for t in tracks))
        self.sync.set_timeline(self.timeline)
        if self.map_panel is not None:
            fixes = self.timeline.fixes
            step = max(1, math.ceil(len(fixes) / MAX_TRACK_POINTS_DRAWN))
            self.map_panel.show_track([(f.lat, f.lon) for f in fixes[::step]])
        self._schedule()

    def reload_photos(self) -> None:
        self.photos = geotag.walk_photos(self.walk_id) if self.walk_id is not None else []
        self.sync.set_photos(self.photos)
        self._schedule()

    # Tracks ------------------------------------------------------------------------------------
    def add_tracks(self) -> None:
        if self.walk_id is None:
            self.show_error(tr("Import photos into a walk first."))
            return
        problems = []
        for path in self.choose_gpx_files():
            try:
                store_track(self.walk_id, read_gpx(path))
            except GpxError as exc:
                problems.append(str(exc))
        self.reload_tracks()
        if problems:
            self.show_error(tr("Some files could not be used:") + "\n" + "\n".join(problems))

    def remove_selected_track(self) -> None:
        item = self.tracks_list.currentItem()
        if item is None:
            return
        remove_track(int(item.data(Qt.ItemDataRole.UserRole)))
        self.reload_tracks()

    # Settings and the preview ------------------------------------------------------------------
    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def correction(self) -> ClockCorrection:
        offset = parse_offset(self.offset_edit.text() or "0")
        drift = self.drift_spin.value()
        ref = self._drift_ref
        if ref is None:
            ref = self.timeline.fixes[0].time if self.timeline.fixes else 0.0
        return ClockCorrection(offset_s=offset, drift_s_per_day=drift, ref=ref)

    def settings(self) -> GeotagSettings:
        """The settings as typed; raises :class:`ClockError` with a message to show."""
        tz_text = self.tz_edit.text().strip()
        return GeotagSettings(
            correction=self.correction(),
            camera_tz=parse_tz(tz_text) if tz_text else None,
            max_gap_s=self.gap_spin.value() * 60.0,
            overwrite_manual=self.overwrite_manual.isChecked(),
            overwrite_exif=self.overwrite_exif.isChecked(),
        )

    def recompute(self) -> None:
        """Match every photo with the current settings and show the result (writes nothing)."""
        self._timer.stop()
        try:
            settings = self.settings()
        except ClockError as exc:
            self.settings_error.setText(str(exc))
            self.plan = None
        else:
            self.settings_error.clear()
            walk_id = self.walk_id if self.walk_id is not None else 0
            self.plan = geotag.plan_photos(walk_id, self.photos, self.timeline, settings)
        self.model.set_plan(self.plan)
        self._show_summary()
        self._show_preview_on_map()

    def _show_summary(self) -> None:
        plan = self.plan
        if plan is None:
            self.summary.setText(tr("Correct the settings to see where photos land."))
            self.apply_button.setEnabled(False)
            return
        if not self.timeline.fixes:
            self.summary.setText(tr("Add a GPX track of this walk."))
        else:
            text = tr("{placed} will be placed, {unplaced} cannot be placed, {kept} kept.").format(
                placed=plan.count("placed"),
                unplaced=plan.count("unplaced"),
                kept=plan.count("kept"),
            )
            guessed = sum(1 for o in plan.outcomes if o.zone_source == "computer")
            if guessed:
                # A wrong zone moves photos by whole hours: say when it was only assumed.
                text += " " + QCoreApplication.translate(
                    "GeotagDialog",
                    "%n photo(s) record no time zone: this computer's is assumed "
                    "(set the camera time zone if it differs).",
                    None,
                    guessed,
                )
            outside = sum(1 for o in plan.outcomes if o.kind in ("before_track", "after_track"))
            if not plan.count("placed") and outside:
                text += " " + tr(
                    "No photo falls within the track's time: check the camera time zone and "
                    "the clock offset."
                )
            self.summary.setText(text)
        self.apply_button.setEnabled(will_move_photos(plan))

    def preview_rows(self) -> list[tuple[int, float, float]]:
        """(photo id, lat, lon) of every photo the plan places."""
        if self.plan is None:
            return []
        return [
            (o.photo.id, o.located.lat, o.located.lon)
            for o in self.plan.outcomes
            if o.status == "placed" and o.located is not None
        ]

    def _show_preview_on_map(self) -> None:
        if self.map_panel is None:
            return
        rows = self.preview_rows()
        if rows:
            self.map_panel.show_preview(rows)
        else:
            self.map_panel.clear_preview()

    def _on_row_activated(self, index: QModelIndex) -> None:
        if self.map_panel is not None:
            self.map_panel.select_photo(self.model.outcome(index.row()).photo.id)

    def use_correction(self, correction: ClockCorrection) -> None:
        """Put a solved clock correction into the fields and preview it."""
        self._drift_ref = correction.ref
        self.offset_edit.setText(format_offset(correction.offset_s))
        self.drift_spin.setValue(round(correction.drift_s_per_day, 1))
        self.recompute()

    # Apply ---------------------------------------------------------------------------------------
    def apply(self) -> None:
        """Write the preview as one undoable step on the window's undo stack."""
        self.recompute()
        if self.plan is None or not self.plan.changes:
            return
        command = ApplyGeotag(self.plan, tr("Place photos from GPX track"), _after_edit(self))
        self.undo_stack.push(command)
        changed = len(command.changes) if command.changes is not None else 0
        self.applied.emit(changed)
        self.accept()

    def done(self, result: int) -> None:
        if self.map_panel is not None:
            self.map_panel.clear_preview()
            self.map_panel.show_track([])
        super().done(result)


def _after_edit(dialog: GeotagDialog) -> Callable[[Iterable[int]], None]:
    """Refresh the views after apply/undo without keeping the dialog alive."""
    events, panel = dialog.events, dialog.map_panel

    def after(photo_ids: Iterable[int]) -> None:
        ids = list(photo_ids)
        if events is not None:
            events.notify(ids)
        elif panel is not None:
            panel.refresh()

    return after


def will_move_photos(plan: geotag.GeotagPlan) -> bool:
    """Apply only when it places a photo or takes back a stale track position, not for notes."""
    return any(o.status == "placed" or o.photo.source == geotag.SOURCE_GPX for o in plan.changes)

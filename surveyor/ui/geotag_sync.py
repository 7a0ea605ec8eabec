""" "Drop one photo where it was taken": photos whose true place is known set the camera clock.

Two ways to say where a photo was taken: place it from the map's "no position" tray with a
click (the map records a manual position, and this box lists it at once), or choose the photo
here and type or paste the point ("44.81234, 20.46120"). One photo gives the clock offset; two
or more give the offset and the clock's drift (least squares).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.geotag import placement as geotag
from surveyor.core.geotag.clock import ClockCorrection, ClockError, format_offset, residuals
from surveyor.core.geotag.match import Timeline
from surveyor.core.geotag.placement import GeotagSettings, PhotoState, SyncPoint
from surveyor.ui.locale_format import number, short_date_time

FAR_FROM_TRACK_M = 100.0  # a placed photo farther than this is probably on another walk


def tr(text: str) -> str:
    return QCoreApplication.translate("GeotagDialog", text)


# Photo id, its time, the place it was dropped at, the camera's zone.
_CacheKey = tuple[int, str | None, float, float, dt.tzinfo | None]


class ClockSyncBox(QGroupBox):
    """Lists the photos whose place is known; "Compute offset" emits the solved correction."""

    solved = Signal(object)  # ClockCorrection
    error = Signal(str)

    def __init__(
        self, settings: Callable[[], GeotagSettings], parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("Drop one photo where it was taken"), parent)
        self._settings = settings
        self.photos: Sequence[PhotoState] = ()
        self.timeline = Timeline([])
        self.points: list[SyncPoint] = []
        self._chosen: dict[int, tuple[float, float]] = {}  # photo id -> point typed here
        # Finding the nearest track point scans the whole track (~0.2 s for a 1 Hz day):
        # remember each answer until the track changes.
        self._cache: dict[_CacheKey, SyncPoint] = {}

        hint = QLabel(
            tr(
                'Place a photo from the map\'s "no position" tray with a click, or choose a '
                "photo and the point here. One photo gives the offset; two or more, the drift."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(90)
        self.photo_combo = QComboBox(self)
        self.point_edit = QLineEdit(self)
        self.point_edit.setPlaceholderText(tr("latitude, longitude"))
        # Wide enough for the placeholder (in any language) and a typed point, however long
        # the photo names.
        metrics = self.point_edit.fontMetrics()
        self.point_edit.setMinimumWidth(
            max(
                metrics.horizontalAdvance(t)
                for t in (tr("latitude, longitude"), "44.812345, 20.461234")
            )
            + 16
        )
        self.photo_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # A usual name and its date and time ("IMG_0201.jpg (16. 5. 2026. 08:40)") in full.
        self.photo_combo.setMinimumContentsLength(32)
        self.add_button = QPushButton(tr("Add"), self)
        self.compute_button = QPushButton(tr("Compute offset"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        chooser = QHBoxLayout()
        chooser.addWidget(self.photo_combo, 2)
        chooser.addWidget(self.point_edit, 2)
        chooser.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addLayout(chooser)
        layout.addWidget(self.compute_button)
        layout.addWidget(self.status)

        self.add_button.clicked.connect(self.add_chosen_point)
        self.compute_button.clicked.connect(self.compute)
        self.list.itemChanged.connect(lambda _item: self._update_button())
        self._update_button()

    def set_walk(self) -> None:
        """Another walk: forget the points typed for the last one."""
        self._chosen.clear()

    def set_timeline(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self._cache.clear()
        self.refresh()

    def set_photos(self, photos: Sequence[PhotoState]) -> None:
        self.photos = photos
        current = self.photo_combo.currentData()
        self.photo_combo.clear()
        for photo in photos:
            if photo.taken_at:
                self.photo_combo.addItem(
                    f"{photo.name} ({short_date_time(photo.taken_at)})", photo.id
                )
        if current is not None:
            self.photo_combo.setCurrentIndex(max(0, self.photo_combo.findData(current)))
        self.refresh()

    def _candidates(self) -> list[tuple[PhotoState, float, float, str]]:
        found = []
        for photo in self.photos:
            if not photo.taken_at:
                continue
            if photo.id in self._chosen:
                lat, lon = self._chosen[photo.id]
                found.append((photo, lat, lon, tr("chosen here")))
            elif photo.source == geotag.SOURCE_MANUAL:
                here = photo.position
                assert here.latitude is not None and here.longitude is not None
                found.append((photo, here.latitude, here.longitude, tr("placed on the map")))
        return found

    def refresh(self) -> None:
        """List every photo whose true place is known (checked unless unchecked before)."""
        unchecked = {
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() != Qt.CheckState.Checked
        }
        try:
            settings = self._settings()
        except ClockError:
            settings = GeotagSettings()
        self.list.blockSignals(True)
        self.list.clear()
        self.points = []
        for photo, lat, lon, how in self._candidates():
            key = (photo.id, photo.taken_at, lat, lon, settings.camera_tz)
            point = self._cache.get(key)
            if point is None:
                try:
                    point = geotag.sync_point(photo, lat, lon, self.timeline, settings)
                except ClockError:
                    continue  # no track yet: listed once there is one
                self._cache[key] = point
            self.points.append(point)
            text = tr("{name} ({how}): {distance} m from the track").format(
                name=photo.name, how=how, distance=number(point.track.distance_m)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = photo.id not in unchecked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._update_button()

    def _update_button(self) -> None:
        self.compute_button.setEnabled(bool(self.checked_points()))

    def checked_points(self) -> list[SyncPoint]:
        checked = {
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        }
        return [p for p in self.points if p.photo.id in checked]

    def add_chosen_point(self) -> None:
        """The photo chosen in the list was taken at the point typed beside it."""
        photo_id = self.photo_combo.currentData()
        parts = self.point_edit.text().replace(";", ",").split(",")
        try:
            lat, lon = (float(p) for p in parts)
        except ValueError:
            self.error.emit(tr("Type the point as: latitude, longitude (e.g. 44.81234, 20.46120)"))
            return
        if photo_id is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            self.error.emit(tr("Choose a photo and a point on the globe."))
            return
        self._chosen[int(photo_id)] = (lat, lon)
        self.point_edit.clear()
        self.refresh()

    def compute(self) -> None:
        """Solve the clock from the checked photos, say how well it fits, emit ``solved``."""
        points = self.checked_points()
        if not points:
            return
        correction: ClockCorrection = geotag.solve_from_placed(points)
        worst = max(abs(r) for r in residuals(correction, [p.sample for p in points]))
        count = len(points)  # a plain name: lupdate reads no expression as the plural count
        text = QCoreApplication.translate(
            "GeotagDialog", "Offset {offset} from %n photo(s).", None, count
        ).format(offset=format_offset(correction.offset_s))
        if len(points) > 1:
            drift = correction.drift_s_per_day
            text += " " + tr("Drift {drift} s/day; largest mismatch {worst} s.").format(
                drift=("+" if drift >= 0 else "") + number(drift, 1), worst=number(worst)
            )
        far = [p.photo.name for p in points if p.track.distance_m > FAR_FROM_TRACK_M]
        if far:
            text += " " + tr("Far from the track (another walk?): {names}").format(
                names=", ".join(far)
            )
        self.status.setText(text)
        self.solved.emit(correction)

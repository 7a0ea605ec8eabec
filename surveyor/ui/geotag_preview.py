"""What the GPX dialog shows and does: the per-photo preview table, and the undoable Apply."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QUndoCommand

from surveyor.core.geotag import placement as geotag
from surveyor.core.geotag.placement import GeotagChanges, GeotagPlan, PhotoOutcome
from surveyor.ui.locale_format import number, utc_date_time

PHOTO_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("GeotagDialog", text)


def kind_label(kind: str) -> str:
    """A short, translated label per outcome kind (the detail stays in the tooltip)."""
    labels = {
        "placed": tr("Placed"),
        "kept_manual": tr("Kept: placed by hand"),
        "kept_exif": tr("Kept: its own GPS position"),
        "before_track": tr("Before the track"),
        "after_track": tr("After the track"),
        "in_gap": tr("In a gap of the track"),
        "no_time": tr("No capture time"),
        "bad_time": tr("Unreadable capture time"),
        "no_track": tr("No track yet"),
    }
    return labels.get(kind, kind)


class GeotagPreviewModel(QAbstractTableModel):
    """One row per photo of the walk: name, corrected time (UTC), where it lands or why not."""

    COLUMNS = ("photo", "time", "result")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PhotoOutcome] = []

    def set_plan(self, plan: GeotagPlan | None) -> None:
        self.beginResetModel()
        self._rows = list(plan.outcomes) if plan is not None else []
        self.endResetModel()

    def outcome(self, row: int) -> PhotoOutcome:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (tr("Photo"), tr("True time (UTC)"), tr("Where it lands"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        outcome = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == PHOTO_ID_ROLE:
            return outcome.photo.id
        if role == STATUS_ROLE:
            return outcome.status
        if role == KIND_ROLE:
            return outcome.kind
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(outcome.reason) or None  # str(): the core's reason, translated
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "photo":
            return outcome.photo.name
        if column == "time":
            if outcome.time_utc is None:
                return "—"
            # The header says UTC; seconds, because a clock correction is counted in them.
            return utc_date_time(outcome.time_utc, seconds=True)
        if outcome.status == "placed" and outcome.located is not None:
            text = f"{outcome.located.lat:.6f}, {outcome.located.lon:.6f}"
            heading = outcome.located.travel_bearing
            if heading is not None and outcome.photo.bearing is None:
                # The direction hint: where the volunteer was walking.
                text += tr(" · walking {degrees}°").format(degrees=number(heading))
            return text
        return kind_label(outcome.kind)


class ApplyGeotag(QUndoCommand):
    """Write a plan (one transaction) on redo; put every photo back on undo.

    ``after(photo_ids)`` runs after each, to refresh views; it must not hold the dialog,
    which may be closed long before the volunteer presses Undo.
    """

    def __init__(self, plan: GeotagPlan, text: str, after: Callable[[Iterable[int]], None]) -> None:
        super().__init__(text)
        self.plan = plan
        self.changes: GeotagChanges | None = None
        self._after = after

    def redo(self) -> None:
        if self.changes is None:
            self.changes = geotag.apply(self.plan)
            if not self.changes.changes:
                self.setObsolete(True)  # nothing changed (e.g. all placed by hand since)
                return
        else:
            geotag.reapply(self.changes)
        self._after(c.photo_id for c in self.changes.changes)

    def undo(self) -> None:
        assert self.changes is not None
        geotag.revert(self.changes)
        self._after(c.photo_id for c in self.changes.changes)

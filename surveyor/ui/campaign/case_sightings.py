"""The sightings of a review case, one row per volunteer, under what the campaign publishes
for the camera (votes and the values the coordinator set)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.campaign.review_case import ReviewCase
from surveyor.store.campaign_models import VolunteerKey
from surveyor.ui.campaign.review_labels import SHOWN, attribute_label, value_label


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPanel", text)


class CaseSightings(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.published = QLabel()
        self.published.setWordWrap(True)
        self.published.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 1 + len(SHOWN))
        self.table.setHorizontalHeaderLabels(
            [tr("Volunteer")] + [attribute_label(n) for n in SHOWN]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.published)
        layout.addWidget(self.table, 1)

    def show_case(self, case: ReviewCase | None) -> None:
        self.table.setRowCount(0)
        self.published.setText("")
        if case is None:
            return
        self.table.setRowCount(len(case.sightings))
        self._show_decided(case.camera_id)
        revoked = {k.key_id for k in VolunteerKey.select().where(VolunteerKey.status == "revoked")}
        for n, s in enumerate(case.sightings):
            mark = tr(" (revoked key)") if s.key_id in revoked else ""
            who = QTableWidgetItem(s.volunteer + mark + (" ★" if s.subject else ""))
            who.setData(Qt.ItemDataRole.UserRole, s.sighting_id)
            who.setToolTip(tr("this camera") if s.role == "camera" else tr("the other camera"))
            self.table.setItem(n, 0, who)
            for c, name in enumerate(SHOWN, start=1):
                self.table.setItem(
                    n, c, QTableWidgetItem(value_label(name, s.attributes.get(name)))
                )

    def _show_decided(self, camera_id: int | None) -> None:
        """What the campaign publishes for this camera, above the volunteers' sightings, so
        a decision shows at once."""
        found = load_consensus([camera_id]) if camera_id is not None else []
        if not found:
            self.published.setText("")
            return
        parts = []
        for name in SHOWN:
            attr = found[0].attributes.get(name)
            text = value_label(name, attr.value if attr is not None else None)
            if attr is not None and attr.label == "set":
                text = tr("{value} (set by you)").format(value=text)
            parts.append(f"{attribute_label(name)}: {text}")
        self.published.setText(tr("Published: {values}").format(values=" · ".join(parts)))

    def select_sighting(self, sighting_id: int) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == sighting_id:
                self.table.selectRow(row)
                self.table.scrollToItem(item)
                return

    def selected(self) -> list[int]:
        """The sighting ids of the selected rows."""
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        items = [self.table.item(r, 0) for r in rows]
        return [
            int(i.data(Qt.ItemDataRole.UserRole))
            for i in items
            if i is not None and i.data(Qt.ItemDataRole.UserRole) is not None
        ]

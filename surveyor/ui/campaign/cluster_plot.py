"""A to-scale sketch of a review item's sightings around the camera (north up, metres).

Rings at 5 m (merged automatically) and 25 m (asked about); each sighting a dot coloured by
the camera it belongs to, with a tick in the direction its volunteer gave.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from surveyor.core.campaign.cluster import AUTO_RADIUS_M, REVIEW_RADIUS_M
from surveyor.core.campaign.review_case import ReviewCase

COLOURS = {"camera": QColor("#1f77b4"), "other": QColor("#d62728")}


def tr(text: str) -> str:
    return QCoreApplication.translate("ClusterPlot", text)


class ClusterPlot(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: ReviewCase | None = None
        self.setMinimumSize(220, 220)
        self.setToolTip(tr("Sightings around the camera, north up; rings at 5 m and 25 m"))

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def set_case(self, case: ReviewCase | None) -> None:
        self.case = case
        self.update()

    def scale(self) -> float:
        """Pixels per metre: the 25 m ring (or the farthest sighting) fits with a margin."""
        reach = REVIEW_RADIUS_M
        if self.case:
            for s in self.case.sightings:
                reach = max(reach, math.hypot(s.east_m, s.north_m))
        return (min(self.width(), self.height()) / 2 - 12) / reach

    def point(self, east_m: float, north_m: float) -> QPointF:
        k = self.scale()
        return QPointF(self.width() / 2 + east_m * k, self.height() / 2 - north_m * k)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#fafafa"))
        centre = self.point(0, 0)
        k = self.scale()
        painter.setPen(QPen(QColor("#999999"), 1, Qt.PenStyle.DashLine))
        for radius in (AUTO_RADIUS_M, REVIEW_RADIUS_M):
            painter.drawEllipse(centre, radius * k, radius * k)
            corner = radius * k * 0.7071  # label the ring at its lower right, inside the widget
            painter.drawText(
                centre + QPointF(corner + 2, corner + 12), tr("{m:g} m").format(m=radius)
            )
        painter.drawText(QPointF(self.width() / 2 - 4, 12), tr("N"))
        if self.case is None:
            return
        for s in self.case.sightings:
            colour = COLOURS[s.role]
            at = self.point(s.east_m, s.north_m)
            direction = s.attributes.get("direction")
            if isinstance(direction, int | float):
                rad = math.radians(float(direction))
                painter.setPen(QPen(colour, 2))
                painter.drawLine(at, at + QPointF(math.sin(rad) * 18, -math.cos(rad) * 18))
            painter.setPen(QPen(Qt.GlobalColor.black, 2 if s.subject else 1))
            painter.setBrush(colour)
            painter.drawEllipse(at, 6 if s.subject else 4, 6 if s.subject else 4)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.end()

"""The Export dialog's small map: where each camera will appear in the bundle.

Drawn with QPainter on a plain background (no basemap, no page to load): a dot per camera,
green where you placed it by hand (sent exactly), orange where it is sent shifted, with a
ring as wide as the accuracy the bundle states. A scale bar gives the distances.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from surveyor.core.bundle.published_position import PublishedPosition
from surveyor.core.geometry import EARTH_RADIUS_M
from surveyor.ui.map.page_texts import control_texts

EXACT = QColor("#2e9e4f")
SHIFTED = QColor("#f0a020")
MARGIN = 14
NICE_METRES = (5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000)


class ExportMap(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.positions: list[PublishedPosition] = []
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setToolTip(
            self.tr(
                "Where the bundle shows each camera: green, exactly where you placed it; "
                "orange, shifted, within the ring."
            )
        )

    def set_positions(self, positions: Sequence[PublishedPosition]) -> None:
        self.positions = list(positions)
        self.setVisible(bool(self.positions))
        self.update()

    def metres_per_pixel(self) -> float:
        """The scale that fits every camera (and its ring) in the widget."""
        if not self.positions:
            return 1.0
        lat0 = sum(p.latitude for p in self.positions) / len(self.positions)
        points = [self._metres(p, lat0) for p in self.positions]
        xs = [x for x, _ in points]
        ys = [y for _, y in points]
        ring = max((p.accuracy_m or 0) for p in self.positions)
        span_x = max(xs) - min(xs) + 2 * ring + 20
        span_y = max(ys) - min(ys) + 2 * ring + 20
        width = max(self.width() - 2 * MARGIN, 1)
        height = max(self.height() - 2 * MARGIN, 1)
        return max(span_x / width, span_y / height)

    @staticmethod
    def _metres(p: PublishedPosition, lat0: float) -> tuple[float, float]:
        """East and north of the equator/meridian, in metres (fine over a city)."""
        x = math.radians(p.longitude) * EARTH_RADIUS_M * math.cos(math.radians(lat0))
        y = math.radians(p.latitude) * EARTH_RADIUS_M
        return x, y

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f2efe9"))
        painter.setPen(QPen(QColor("#c8c3b8"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if not self.positions:
            return
        lat0 = sum(p.latitude for p in self.positions) / len(self.positions)
        points = [self._metres(p, lat0) for p in self.positions]
        cx = (max(x for x, _ in points) + min(x for x, _ in points)) / 2
        cy = (max(y for _, y in points) + min(y for _, y in points)) / 2
        scale = self.metres_per_pixel()
        centre = QPointF(self.width() / 2, self.height() / 2)
        for p, (x, y) in zip(self.positions, points, strict=True):
            at = centre + QPointF((x - cx) / scale, -(y - cy) / scale)
            colour = EXACT if p.exact else SHIFTED
            if p.accuracy_m:
                r = p.accuracy_m / scale
                ring = QColor(colour)
                ring.setAlpha(50)
                painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
                painter.setBrush(ring)
                painter.drawEllipse(at, r, r)
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(colour)
            painter.drawEllipse(at, 5, 5)
        self._draw_scale(painter, scale)

    def _draw_scale(self, painter: QPainter, scale: float) -> None:
        wanted = 80 * scale  # about 80 px
        metres = next((m for m in NICE_METRES if m >= wanted), NICE_METRES[-1])
        length = metres / scale
        x0, y0 = 10.0, self.height() - 12.0
        painter.setPen(QPen(QColor("#333"), 2))
        painter.drawLine(QPointF(x0, y0), QPointF(x0 + length, y0))
        units = control_texts()  # the same unit symbols as the map's scale
        text = (
            f"{metres // 1000} {units['kilometre']}"
            if metres >= 1000
            else f"{metres} {units['metre']}"
        )
        painter.drawText(QRectF(x0, y0 - 18, 120, 16), text)

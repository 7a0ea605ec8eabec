"""A plain horizontal bar chart drawn with QPainter (no chart library needed)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

ROW = 20
MAX_BARS = 12


class BarChart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, int]] = []

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        """(label, count) pairs, largest first; the tail beyond 12 is summed as one bar."""
        bars = sorted(bars, key=lambda b: -b[1])
        if len(bars) > MAX_BARS:
            rest = sum(n for _, n in bars[MAX_BARS - 1 :])
            bars = [*bars[: MAX_BARS - 1], ("…", rest)]
        self.bars = bars
        self.setMinimumHeight(ROW * (len(bars) + 1) + 8)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, ROW * (len(self.bars) + 1) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        painter.drawText(QRectF(0, 0, self.width(), ROW), Qt.AlignmentFlag.AlignLeft, self.title)
        if not self.bars:
            return
        label_w = min(
            max(metrics.horizontalAdvance(b[0]) for b in self.bars) + 8, self.width() // 2
        )
        count_w = metrics.horizontalAdvance(str(max(n for _, n in self.bars))) + 8
        span = max(self.width() - label_w - count_w, 10)
        top = max(n for _, n in self.bars) or 1
        for i, (label, count) in enumerate(self.bars):
            y = ROW * (i + 1)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, y, label_w - 6, ROW),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 6),
            )
            width = span * count / top
            painter.fillRect(QRectF(label_w, y + 3, width, ROW - 6), QColor("#4c78a8"))
            painter.drawText(
                QRectF(label_w + width + 4, y, count_w, ROW),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(count),
            )
        painter.end()

"""Paints a grid cell: the thumbnail, the file name and a badge for the photo's state."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from surveyor.core.photos.rows import STATE_CAMERAS, STATE_NO_CAMERA, STATE_REVIEW, PhotoRow
from surveyor.ui.photo_model import PhotoRole

CELL = QSize(150, 140)
THUMB_BOX = QSize(138, 104)

# Built once: combining flags at paint time costs more than the painting itself.
CENTRED = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
ELIDE = Qt.TextElideMode.ElideMiddle
WHITE = QColor("white")
TODO_FILL = QColor(0, 0, 0, 90)
PIN_RED = QColor("#c62828")
RING_PEN = QPen(WHITE, 2)
BADGE_PEN = QPen(WHITE, 1.5)
PIN_PEN = QPen(WHITE, 1)
BADGE_TEXT = {STATE_NO_CAMERA: "–", STATE_REVIEW: "!"}

BADGE_COLOURS = {
    STATE_CAMERAS: QColor("#2e7d32"),
    STATE_NO_CAMERA: QColor("#757575"),
    STATE_REVIEW: QColor("#ef6c00"),
}


class PhotoDelegate(QStyledItemDelegate):
    """Cheap painting only: no file access here (thumbnails come from the model's cache)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return CELL

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: PhotoRow | None = index.data(PhotoRole.Row)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(3, 3, -3, -3)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(rect, 6, 6)

        thumb_rect = QRect(
            rect.left() + (rect.width() - THUMB_BOX.width()) // 2,
            rect.top() + 3,
            THUMB_BOX.width(),
            THUMB_BOX.height(),
        )
        pixmap = index.data(PhotoRole.Thumbnail)
        if pixmap is not None and not pixmap.isNull():
            scaled = pixmap.size().scaled(thumb_rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, scaled.width(), scaled.height())
            target.moveCenter(thumb_rect.center())
            painter.drawPixmap(target, pixmap)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRect(thumb_rect)

        text_rect = QRect(rect.left() + 4, thumb_rect.bottom() + 4, rect.width() - 8, 20)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        name = option.fontMetrics.elidedText(row.name, ELIDE, text_rect.width())
        painter.drawText(text_rect, CENTRED, name)

        self._paint_badge(painter, row, thumb_rect)
        if not row.has_position:
            self._paint_no_position(painter, thumb_rect)
        painter.restore()

    @staticmethod
    def _paint_badge(painter: QPainter, row: PhotoRow, thumb: QRect) -> None:
        colour = BADGE_COLOURS.get(row.state)
        if colour is None:  # still to do: a hollow ring says "waiting for you"
            painter.setPen(RING_PEN)
            painter.setBrush(TODO_FILL)
            painter.drawEllipse(QRectF(thumb.right() - 22, thumb.top() + 4, 18, 18))
            return
        badge = QRectF(thumb.right() - 26, thumb.top() + 4, 22, 22)
        painter.setPen(BADGE_PEN)
        painter.setBrush(colour)
        painter.drawEllipse(badge)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(12)
        painter.setFont(font)
        painter.setPen(WHITE)
        text = str(row.camera_count) if row.state == STATE_CAMERAS else BADGE_TEXT[row.state]
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    @staticmethod
    def _paint_no_position(painter: QPainter, thumb: QRect) -> None:
        # A small crossed-out pin in the lower-left corner.
        x, y = thumb.left() + 6, thumb.bottom() - 22
        pin = QPainterPath()
        pin.addEllipse(QRectF(x, y, 12, 12))
        pin.moveTo(QPointF(x + 2, y + 9))
        pin.lineTo(QPointF(x + 6, y + 17))
        pin.lineTo(QPointF(x + 10, y + 9))
        painter.setPen(PIN_PEN)
        painter.setBrush(PIN_RED)
        painter.drawPath(pin)
        painter.setPen(RING_PEN)
        painter.drawLine(QPointF(x - 1, y + 17), QPointF(x + 13, y - 1))

"""Redaction boxes drawn over the photo preview, and drawing a new one with the mouse.

Boxes are kept in pixels of the full upright photo; the preview shows a smaller copy, so each
box is scaled by (shown width / photo width) when drawn and back when a new one is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsView

from surveyor.core.redaction.boxes import CAMERA, FACE, HAND, PLATE, Box
from surveyor.ui.preview import PreviewView

COLOURS = {
    FACE: QColor(255, 200, 0),
    PLATE: QColor(0, 200, 255),
    HAND: QColor(255, 60, 200),
    CAMERA: QColor(60, 220, 90),
}
BOX_ID = 0  # QGraphicsItem data key: the box's id in the catalogue


@dataclass(frozen=True)
class ShownBox:
    box_id: int
    kind: str
    box: Box
    score: float | None


class RedactionOverlay(QObject):
    """Owns the box items on a ``PreviewView``; emits ``boxDrawn(Box, kind)`` after a drag."""

    boxDrawn = Signal(object, str)
    selectionChanged = Signal()

    def __init__(self, view: PreviewView) -> None:
        super().__init__(view)
        self.view = view
        self.frame: tuple[int, int] | None = None  # full upright photo size
        self.boxes: list[ShownBox] = []
        self.items: list[QGraphicsRectItem] = []
        self.drawing: str | None = None  # the kind being drawn, or None
        self._start: QPointF | None = None
        self._rubber: QGraphicsRectItem | None = None
        view.pixmapChanged.connect(self._layout)
        view.scene().selectionChanged.connect(self.selectionChanged)
        view.viewport().installEventFilter(self)

    # What to show ----------------------------------------------------------------------------
    def show_boxes(self, frame: tuple[int, int] | None, boxes: list[ShownBox]) -> None:
        self.frame = frame
        self.boxes = boxes
        self._layout()

    def factor(self) -> float | None:
        pixmap = self.view.image_item.pixmap()
        if self.frame is None or pixmap.isNull() or self.frame[0] <= 0:
            return None
        return pixmap.width() / self.frame[0]

    def _layout(self) -> None:
        selected = self.selected_box_id()
        for item in self.items:
            self.view.scene().removeItem(item)
        self.items = []
        factor = self.factor()
        if factor is None:
            return
        for shown in self.boxes:
            b = shown.box.scaled(factor)
            item = QGraphicsRectItem(QRectF(b.x, b.y, b.w, b.h), self.view.image_item)
            colour = COLOURS.get(shown.kind, COLOURS[HAND])
            pen = QPen(colour, 2)
            pen.setCosmetic(True)  # the same width at every zoom
            if shown.kind == CAMERA:
                pen.setStyle(Qt.PenStyle.DashLine)
            item.setPen(pen)
            fill = QColor(colour)
            fill.setAlpha(0 if shown.kind == CAMERA else 60)
            item.setBrush(QBrush(fill))
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
            item.setData(BOX_ID, shown.box_id)
            score = f" ({shown.score:.0%})" if shown.score is not None else ""
            item.setToolTip(f"{_kind_label(shown.kind)}{score}")
            if shown.box_id == selected:
                item.setSelected(True)
            self.items.append(item)

    def selected_box_id(self) -> int | None:
        for item in self.items:
            if item.isSelected():
                return int(item.data(BOX_ID))
        return None

    def select_box(self, box_id: int | None) -> None:
        for item in self.items:
            item.setSelected(box_id is not None and int(item.data(BOX_ID)) == box_id)

    # Drawing ---------------------------------------------------------------------------------
    def start_drawing(self, kind: str) -> None:
        self.drawing = kind
        self.view.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.view.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def stop_drawing(self) -> None:
        self.drawing = None
        self._start = None
        if self._rubber is not None:
            self.view.scene().removeItem(self._rubber)
            self._rubber = None
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.viewport().unsetCursor()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.drawing is None or not isinstance(event, QMouseEvent):
            return False
        if event.button() == Qt.MouseButton.RightButton:
            self.stop_drawing()  # a right click gives up drawing
            return True
        point = self._to_image(event)
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self._start = point
            self._rubber = QGraphicsRectItem(QRectF(point, point), self.view.image_item)
            pen = QPen(COLOURS.get(self.drawing, COLOURS[HAND]), 2, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self._rubber.setPen(pen)
            return True
        if kind == QEvent.Type.MouseMove and self._start is not None and self._rubber:
            self._rubber.setRect(QRectF(self._start, point).normalized())
            return True
        if kind == QEvent.Type.MouseButtonRelease and self._start is not None:
            self._finish(QRectF(self._start, point).normalized())
            return True
        return False

    def _to_image(self, event: QMouseEvent) -> QPointF:
        scene = self.view.mapToScene(event.position().toPoint())
        return self.view.image_item.mapFromScene(scene)

    def _finish(self, rect: QRectF) -> None:
        kind = self.drawing or HAND
        factor = self.factor()
        self.stop_drawing()
        if factor is None or rect.width() < 3 or rect.height() < 3:
            return  # a click, not a box
        box = Box(
            round(rect.x() / factor),
            round(rect.y() / factor),
            max(1, round(rect.width() / factor)),
            max(1, round(rect.height() / factor)),
        )
        self.boxDrawn.emit(box, kind)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RedactionOverlay", text)


def _kind_label(kind: str) -> str:
    labels = {
        FACE: _tr("Face found by the detector: blurred"),
        PLATE: _tr("Number plate found by the detector: blurred"),
        HAND: _tr("Drawn by you: blurred"),
        CAMERA: _tr("The camera (not blurred)"),
    }
    return labels.get(kind, kind)

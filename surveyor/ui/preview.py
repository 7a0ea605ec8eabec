"""The large preview: wheel or +/- to zoom, drag to pan, "fit" to see the whole photo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

from surveyor.ui.thumbnails import ThumbnailLoader

PREVIEW_SIZE = 1600
MIN_ZOOM, MAX_ZOOM = 0.05, 8.0


class PreviewView(QGraphicsView):
    """Shows one photo; the image is decoded off the UI thread by a ``ThumbnailLoader``.

    ``pixmapChanged`` tells overlays (redaction boxes) that the picture under them changed;
    ``deleteRequested`` is the Delete key.
    """

    pixmapChanged = Signal()
    deleteRequested = Signal()

    def __init__(
        self, loader: ThumbnailLoader | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.loader = loader or ThumbnailLoader(PREVIEW_SIZE, capacity=12, parent=self)
        self.loader.ready.connect(self._on_ready)
        self._scene = QGraphicsScene(self)
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._item)
        self.setScene(self._scene)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(Qt.GlobalColor.black)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._key: str | None = None
        self._fit = True
        self.setAccessibleName(self.tr("Photo preview"))

    # What to show ----------------------------------------------------------------------------
    def show_photo(self, key: str | None, candidates: list[Path] | None = None) -> None:
        """Show the photo ``key`` (its SHA-256) from the first readable candidate file."""
        self._key = key
        self._fit = True
        if key is None:
            self._set_pixmap(QPixmap())
            return
        cached = self.loader.pixmap(key)
        if cached is not None:
            self._set_pixmap(cached)
        else:
            self._set_pixmap(QPixmap())
            self.loader.request(key, candidates or [])

    def has_image(self) -> bool:
        return not self._item.pixmap().isNull()

    @property
    def image_item(self) -> QGraphicsPixmapItem:
        return self._item

    def _on_ready(self, key: object) -> None:
        if key == self._key:
            pixmap = self.loader.pixmap(str(key))
            self._set_pixmap(pixmap if pixmap is not None else QPixmap())

    def _set_pixmap(self, pixmap: QPixmap) -> None:
        self._item.setPixmap(pixmap)
        self._scene.setSceneRect(self._item.boundingRect())
        if self._fit:
            self.fit()
        self.pixmapChanged.emit()

    # Zoom ------------------------------------------------------------------------------------
    def zoom_factor(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        current = self.zoom_factor()
        target = max(MIN_ZOOM, min(MAX_ZOOM, current * factor))
        if current > 0 and target != current:
            self._fit = False
            self.scale(target / current, target / current)

    def zoom_in(self) -> None:
        self.zoom_by(1.25)

    def zoom_out(self) -> None:
        self.zoom_by(0.8)

    def fit(self) -> None:
        self._fit = True
        if not self._item.pixmap().isNull():
            self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)

    # Events ----------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deleteRequested.emit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self._fit:
            self.fit()

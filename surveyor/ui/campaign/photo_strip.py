"""The photos of a review item's sightings side by side, labelled by volunteer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.campaign.review_case import ReviewCase

PhotoLoader = Callable[[int, str], bytes | None]  # (sighting id, sha256) -> JPEG bytes
THUMB = 130  # two photos side by side in the strip beside the map; more below, scrolling
COLUMNS = 2
LARGE = 1000  # double-click: the photo at this size


def tr(text: str) -> str:
    return QCoreApplication.translate("PhotoStrip", text)


def redaction_caption(redaction: dict[str, int] | None, sha: str) -> str:
    """What the bundle says was blurred in this photo (nobody can check it from the pixels)."""
    if redaction is None or sha not in redaction:
        return tr("redaction not stated")
    return tr("boxes blurred: {n}").format(n=redaction[sha])


class PhotoStrip(QScrollArea):
    """The sighting the item is about comes first; double-click a photo to see it large."""

    def __init__(self, loader: PhotoLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader  # seam: tests may give their own
        self.setWidgetResizable(True)
        self.setMinimumHeight(THUMB + 40)
        self.tiles: list[QLabel] = []
        self.shown: list[tuple[int, str]] = []  # (sighting id, sha256) of each tile, in order
        self.large: QDialog | None = None  # the last photo opened large (tests look at it)
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setContentsMargins(4, 4, 4, 4)
        self._grid.setSpacing(6)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setWidget(self._inner)

    def set_case(self, case: ReviewCase | None) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop; never show stale photos
                widget.deleteLater()
        self.tiles, self.shown = [], []
        self.verticalScrollBar().setValue(0)  # a new case starts at its first photo
        self.horizontalScrollBar().setValue(0)
        if case is None:
            return
        ordered = sorted(case.sightings, key=lambda s: not getattr(s, "subject", False))
        for s in ordered:
            for sha in s.photos[:2]:
                n = len(self.tiles)
                tile = self._tile(s.sighting_id, sha, s)
                self._grid.addWidget(tile, n // COLUMNS, n % COLUMNS)

    def _tile(self, sighting_id: int, sha: str, s: object) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(2, 2, 2, 2)
        image = QLabel()
        image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        data = self.loader(sighting_id, sha)
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            image.setPixmap(
                pixmap.scaled(
                    THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )  # fmt: skip
            image.setToolTip(tr("Double-click to see the photo large"))
            image.setProperty("photo_index", len(self.tiles))
            image.installEventFilter(self)
        else:
            image.setText(tr("photo unavailable"))
        role = getattr(s, "role", "")
        caption = QLabel(
            tr("{who} ({role})").format(
                who=getattr(s, "volunteer", ""),
                role=tr("this camera") if role == "camera" else tr("the other"),
            )
            + (("\n" + tr("the sighting in question")) if getattr(s, "subject", False) else "")
            + "\n"
            + redaction_caption(getattr(s, "redaction", None), sha)
        )
        caption.setWordWrap(True)
        caption.setMaximumWidth(THUMB + 20)
        layout.addWidget(image)
        layout.addWidget(caption)
        layout.addStretch(1)  # the caption under its photo, not at the bottom of the strip
        self.tiles.append(image)
        self.shown.append((sighting_id, sha))
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonDblClick and isinstance(watched, QLabel):
            index = watched.property("photo_index")
            if isinstance(index, int):
                self.open_large(index)
                return True
        return super().eventFilter(watched, event)

    def open_large(self, index: int) -> None:
        """The photo at ``index`` in a window of its own, as large as the screen allows."""
        sighting_id, sha = self.shown[index]
        pixmap = QPixmap()
        data = self.loader(sighting_id, sha)
        if not data or not pixmap.loadFromData(data):
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Photo"))
        label = QLabel(dialog)
        label.setPixmap(
            pixmap.scaled(
                LARGE, LARGE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            if max(pixmap.width(), pixmap.height()) > LARGE
            else pixmap
        )  # fmt: skip
        QVBoxLayout(dialog).addWidget(label)
        self.large = dialog
        dialog.show()

"""The photos of a review item's sightings side by side, labelled by volunteer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from surveyor.core.campaign.review_case import ReviewCase

PhotoLoader = Callable[[int, str], bytes | None]  # (sighting id, sha256) -> JPEG bytes
THUMB = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("PhotoStrip", text)


def redaction_caption(redaction: dict[str, int] | None, sha: str) -> str:
    """What the bundle says was blurred in this photo (nobody can check it from the pixels)."""
    if redaction is None or sha not in redaction:
        return tr("redaction not stated")
    return tr("boxes blurred: {n}").format(n=redaction[sha])


class PhotoStrip(QScrollArea):
    def __init__(self, loader: PhotoLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader  # seam: tests may give their own
        self.setWidgetResizable(True)
        self.setMinimumHeight(THUMB + 40)
        self.tiles: list[QLabel] = []
        self._inner = QWidget()
        self._row = QHBoxLayout(self._inner)
        self._row.addStretch(1)
        self.setWidget(self._inner)

    def set_case(self, case: ReviewCase | None) -> None:
        while self._row.count() > 1:
            item = self._row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop; never show stale photos
                widget.deleteLater()
        self.tiles = []
        if case is None:
            return
        for s in case.sightings:
            for sha in s.photos[:2]:
                self._row.insertWidget(self._row.count() - 1, self._tile(s.sighting_id, sha, s))

    def _tile(self, sighting_id: int, sha: str, s: object) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
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
        else:
            image.setText(tr("photo unavailable"))
        caption = QLabel(
            tr("{who} ({role})").format(
                who=getattr(s, "volunteer", ""),
                role=tr("this camera") if getattr(s, "role", "") == "camera" else tr("the other"),
            )
            + "\n"
            + redaction_caption(getattr(s, "redaction", None), sha)
        )
        layout.addWidget(image)
        layout.addWidget(caption)
        layout.addStretch(1)  # the caption under its photo, not at the bottom of the strip
        self.tiles.append(image)
        return box

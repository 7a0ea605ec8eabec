"""The map's warning list: possible duplicates and cameras far from their photos.

Each row names a camera (clicking it selects the camera) and carries the answer that
dismisses it: "these are two cameras" for a duplicate, "it is there" for a far camera.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from surveyor.core.map.page import DUPLICATE_M, FAR_FROM_PHOTOS_M
from surveyor.ui.map.json_types import WarningJson

WARNING_CAMERA_ROLE = Qt.ItemDataRole.UserRole
WARNING_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, camera id, other camera id or None)

Answer = tuple[str, int, int | None]


def tr(text: str) -> str:
    return QCoreApplication.translate("MapPanel", text)


class WarningList(QListWidget):
    """The warnings of the latest refresh; ``cameraActivated`` when a row is clicked."""

    cameraActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemActivated.connect(self._on_activated)
        self.itemClicked.connect(self._on_activated)

    def set_warnings(self, warnings: list[WarningJson]) -> None:
        """Show ``map_data``'s warnings (kind, camera, other, m), replacing the list."""
        self.setUpdatesEnabled(False)  # one repaint for the whole list
        self.clear()
        for w in warnings:
            if w["kind"] == "duplicate":
                text = tr(
                    "Camera #{a} is {d} m from camera #{b}: the same camera? Link the photos"
                    " to one of them instead."
                ).format(a=w["camera"], b=w["other"], d=w["m"])
            else:
                text = tr("Camera #{a} is {d} m from the photos that show it.").format(
                    a=w["camera"], d=w["m"]
                )
            item = QListWidgetItem(text)
            item.setData(WARNING_CAMERA_ROLE, w["camera"])
            item.setData(WARNING_ROLE, (w["kind"], w["camera"], w.get("other")))
            self.addItem(item)
        self.setUpdatesEnabled(True)

    def summary(self) -> str:
        """The line above the list."""
        count = self.count()
        if not count:
            return tr("No warnings")
        return tr(
            "Warnings: {n} (duplicates within {dup:.0f} m, cameras over {far:.0f} m away)"
        ).format(n=count, dup=DUPLICATE_M, far=FAR_FROM_PHOTOS_M)

    def current_answer(self) -> Answer | None:
        """(kind, camera id, other id) of the selected warning, or None."""
        item = self.currentItem()
        answer = item.data(WARNING_ROLE) if item is not None else None
        return None if answer is None else (answer[0], answer[1], answer[2])

    def _on_activated(self, item: QListWidgetItem) -> None:
        camera_id = item.data(WARNING_CAMERA_ROLE)
        if camera_id is not None:
            self.cameraActivated.emit(int(camera_id))


def dismiss_label(answer: Answer) -> str:
    """What the dismiss button says for this warning."""
    return tr("These are two cameras") if answer[0] == "duplicate" else tr("It is there")


def dismiss_command_text(answer: Answer) -> str:
    """The undo-stack text of dismissing this warning."""
    kind, camera_id, other_id = answer
    if kind == "duplicate":
        return tr("Camera #{a} and #{b} are two cameras").format(a=camera_id, b=other_id)
    return tr("Camera #{a} is where it is").format(a=camera_id)

"""The column beside the map: the "no position" tray and the warning list with its answer.

It shows what the latest refresh found; placing, selecting and dismissing are the panel's
business (it listens to ``tray``, ``warnings`` and ``dismissRequested``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from surveyor.core.map.page import C_LAT
from surveyor.ui.map.json_types import CameraRow, WarningJson
from surveyor.ui.map.tray import PositionTray
from surveyor.ui.map.warning_list import Answer, WarningList, dismiss_label


def tr(text: str) -> str:
    return QCoreApplication.translate("MapPanel", text)


class MapSidebar(QWidget):
    """Tray above, warnings below; ``dismissRequested`` carries the selected warning."""

    dismissRequested = Signal(tuple)  # (kind, camera id, other camera id or None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tray = PositionTray(self)
        self.warnings = WarningList(self)
        self.tray_label = QLabel(tr("No position yet: select, then click on the map"), self)
        self.warnings_label = QLabel(self)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setVisible(False)
        for label in (self.tray_label, self.warnings_label):
            label.setWordWrap(True)
        for listing in (self.tray, self.warnings):
            listing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tray_label)
        layout.addWidget(self.tray, 2)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.warnings, 1)
        layout.addWidget(self.dismiss_button)
        self.setMaximumWidth(260)  # the map gets the room; long lines wrap instead
        self.warnings.currentItemChanged.connect(self._update_dismiss_button)
        self.dismiss_button.clicked.connect(self._on_dismiss_clicked)

    def show_update(
        self,
        unplaced_photos: list[tuple[int, str, str]],
        camera_rows: dict[int, CameraRow],
        warnings: list[WarningJson],
    ) -> None:
        """Photos and cameras that wait for a position, and the warnings, as of a refresh."""
        entries = [
            # str(): a stored core message in the interface's language (Qt would take its English).
            ("photo", pid, tr("Photo: {name}").format(name=name), str(note))
            for pid, name, note in unplaced_photos
        ]
        for cam_id, row in camera_rows.items():
            if row[C_LAT] is None:
                entries.append(("camera", cam_id, tr("Camera #{id}").format(id=cam_id), ""))
        self.tray.set_entries(entries)
        self.warnings.set_warnings(warnings)
        self.warnings_label.setText(self.warnings.summary())
        self._update_dismiss_button()

    def show_failure(self) -> None:
        self.tray_label.setText(tr("The map could not be shown; see the log for details."))

    def current_answer(self) -> Answer | None:
        return self.warnings.current_answer()

    def _update_dismiss_button(self, *_args: object) -> None:
        answer = self.warnings.current_answer()
        self.dismiss_button.setVisible(answer is not None)
        if answer is not None:
            self.dismiss_button.setText(dismiss_label(answer))
            self.dismiss_button.setToolTip(
                tr("Stop warning about this: Edit ▸ Undo brings the warning back.")
            )

    def _on_dismiss_clicked(self) -> None:
        answer = self.warnings.current_answer()
        if answer is not None:
            self.dismissRequested.emit(answer)

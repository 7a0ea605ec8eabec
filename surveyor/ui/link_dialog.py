"""Choose the camera that a photo also shows: nearby cameras first, with their distance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.photos.rows import LinkCandidate
from surveyor.core.vocabulary import load_vocabulary
from surveyor.ui.vocab_combo import vocab_label


def candidate_text(candidate: LinkCandidate) -> str:
    camera = candidate.camera
    vocab = load_vocabulary()
    make = camera.manufacturer or (
        vocab_label(vocab.unknown_make_label) if camera.make_unknown else ""
    )
    kind = vocab.field("camera_type").label_for(camera.camera_type)
    mount = vocab.field("camera_mount").label_for(camera.camera_mount)
    parts = [
        p
        for p in (
            make,
            camera.model,
            vocab_label(kind) if kind else "",
            vocab_label(mount) if mount else "",
        )
        if p
    ]
    where = (
        QCoreApplication.translate("LinkCameraDialog", "{distance:.0f} m away").format(
            distance=candidate.distance_m
        )
        if candidate.distance_m is not None
        else ""
    )
    title = QCoreApplication.translate("LinkCameraDialog", "Camera #{id}").format(id=camera.id)
    return " · ".join(p for p in (title, where, ", ".join(parts)) if p)


class LinkCameraDialog(QDialog):
    """A list of candidates; Enter (or double-click) picks the highlighted one."""

    def __init__(self, candidates: list[LinkCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to an existing camera"))
        self.list = QListWidget(self)
        for candidate in candidates:
            item = QListWidgetItem(candidate_text(candidate))
            item.setData(Qt.ItemDataRole.UserRole, int(candidate.camera.id))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        near = sum(1 for c in candidates if c.distance_m is not None)
        if not candidates:
            text = self.tr("No camera has been recorded yet: use “New camera” instead.")
        elif near:
            text = self.tr("Cameras within 30 m of this photo come first, nearest first: {n}.")
            text = text.format(n=near)
        else:
            text = self.tr("No recorded camera is within 30 m of this photo; all are listed.")
        info = self.info = QLabel(text, self)
        info.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        link = buttons.button(QDialogButtonBox.StandardButton.Ok)
        link.setText(self.tr("Link"))  # says what happens, unlike "OK"
        link.setEnabled(bool(candidates))
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def chosen_camera(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))


def choose_camera(candidates: list[LinkCandidate], parent: QWidget | None) -> int | None:
    """Ask the volunteer; None when cancelled. Tests replace the window's seam, not this."""
    dialog = LinkCameraDialog(candidates, parent)
    return dialog.chosen_camera() if dialog.exec() == QDialog.DialogCode.Accepted else None

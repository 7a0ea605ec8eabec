"""The bar above the photo preview: see, remove and draw the boxes blurred before export.

Every edit is an undoable command on the window's ``QUndoStack``, saved at once. "Find faces
and plates" searches the walk's photos on a worker thread, with progress and Stop; export
searches whatever is still left.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.redaction import catalogue
from surveyor.core.redaction.boxes import CAMERA, FACE, HAND, PLATE, Box
from surveyor.core.redaction.catalogue import DONE, FAILED, RedactionError
from surveyor.core.redaction.scan import ScanSummary
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo, PhotoRedaction
from surveyor.ui.events import CatalogueEvents
from surveyor.ui.preview import PreviewView
from surveyor.ui.redaction_overlay import RedactionOverlay, ShownBox
from surveyor.ui.redaction_scan import DetectionJob
from surveyor.ui.redaction_undo import AddBox, RemoveBox, SetChecked, SetCropOnly


class RedactionBar(QWidget):
    def __init__(
        self,
        view: PreviewView,
        workspace: Callable[[], Workspace],
        undo_stack: QUndoStack,
        events: CatalogueEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("redactionBar")
        self.view = view
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.events = events
        self.photo_id: int | None = None
        self.job: DetectionJob | None = None
        self.message: Callable[[str], None] = lambda text: None  # the window's status bar
        self.overlay = RedactionOverlay(view)

        self.blur_button = QPushButton(self.tr("Blur a region"), self)
        self.blur_button.setToolTip(
            self.tr("Drag a box over a face, number plate, house number or anything else to blur")
        )
        self.camera_button = QPushButton(self.tr("Mark the camera"), self)
        self.camera_button.setToolTip(
            self.tr("Drag a box around the camera: kept as data, and the crop sent if you choose")
        )
        self.remove_button = QPushButton(self.tr("Remove box"), self)
        self.remove_button.setToolTip(
            self.tr("Remove the selected box (Delete): it is not blurred")
        )
        self.checked = QCheckBox(self.tr("Checked: every bystander is covered"), self)
        self.crop_only = QCheckBox(self.tr("Send only the camera"), self)
        self.find_button = QPushButton(self.tr("Find faces and plates in this walk"), self)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(160)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)

        # Buttons on one row, the two ticks on the next: one row held them all in English only,
        # and in Serbian it pushed the window wider than the screen.
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.blur_button, self.camera_button, self.remove_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.progress)
        row.addWidget(self.find_button)
        ticks = QHBoxLayout()
        ticks.setContentsMargins(0, 0, 0, 0)
        ticks.addWidget(self.checked)
        ticks.addWidget(self.crop_only)
        ticks.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(row)
        layout.addLayout(ticks)
        layout.addWidget(self.status)

        self.blur_button.clicked.connect(lambda: self.overlay.start_drawing(HAND))
        self.camera_button.clicked.connect(lambda: self.overlay.start_drawing(CAMERA))
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.deleteRequested.connect(self.remove_selected)
        self.checked.clicked.connect(self._on_checked)
        self.crop_only.clicked.connect(self._on_crop)
        self.find_button.clicked.connect(self.toggle_search)
        self.overlay.boxDrawn.connect(self.add_box)
        self.overlay.selectionChanged.connect(self._update_buttons)
        self.events.changed.connect(self._on_changed)
        self.show_photo(None)

    # What to show ----------------------------------------------------------------------------
    def show_photo(self, photo_id: int | None) -> None:
        self.overlay.stop_drawing()
        self.photo_id = photo_id
        self.refresh()

    def refresh(self) -> None:
        if self.photo_id is None:
            self.overlay.show_boxes(None, [])
            self.status.setText("")
            self._update_buttons()
            return
        photo = Photo.get_or_none(Photo.id == self.photo_id)
        if photo is None:
            self.photo_id = None
            self.refresh()
            return
        try:
            frame: tuple[int, int] | None = catalogue.frame_of(self.workspace(), photo)
        except RedactionError:
            frame = None
        rows = catalogue.boxes_of(photo.id)
        shown = [ShownBox(r.id, r.kind, catalogue.as_box(r), r.score) for r in rows]
        self.overlay.show_boxes(frame, shown)
        state = catalogue.status_of(photo.id)
        for box, value in (
            (self.checked, bool(state and state.checked)),
            (self.crop_only, bool(state and state.crop_only)),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.status.setText(self.describe(state, shown))
        self._update_buttons()

    def describe(self, state: object, shown: list[ShownBox]) -> str:
        faces = sum(1 for s in shown if s.kind == FACE)
        plates = sum(1 for s in shown if s.kind == PLATE)
        hand = sum(1 for s in shown if s.kind == HAND)
        status = getattr(state, "status", None)
        if status == DONE:
            text = self.tr("Searched. Found faces: {faces}, number plates: {plates}").format(
                faces=faces, plates=plates
            )
        elif status == FAILED:
            text = self.tr(
                "Detection could not run ({reason}). Cover every face and plate yourself, "
                "then tick Checked: the photo is not sent before."
            ).format(
                reason=catalogue.failure_reason(state) if isinstance(state, PhotoRedaction) else ""
            )
        else:
            text = self.tr("Not searched yet: export searches it, or press Find")
        if hand:
            text += self.tr("; drawn by you: {n}").format(n=hand)
        if status != FAILED:
            text += self.tr(". Detectors miss things: look at the whole photo.")
        return text

    def _update_buttons(self) -> None:
        has_photo = self.photo_id is not None
        for widget in (self.blur_button, self.camera_button, self.checked, self.crop_only):
            widget.setEnabled(has_photo)
        self.remove_button.setEnabled(has_photo and self.overlay.selected_box_id() is not None)
        self.find_button.setEnabled(has_photo or self.job is not None)

    def _on_changed(self, photo_ids: set[int], _camera_ids: set[int]) -> None:
        if self.photo_id is not None and (not photo_ids or self.photo_id in photo_ids):
            self.refresh()

    # Edits -----------------------------------------------------------------------------------
    def _push(self, command: AddBox | RemoveBox | SetChecked | SetCropOnly) -> None:
        self.undo_stack.push(command)
        if command.error:
            self.message(command.error)
            self.refresh()  # a refused change leaves the check boxes as they were

    def add_box(self, box: Box, kind: str) -> None:
        if self.photo_id is None:
            return
        text = self.tr("Mark the camera") if kind == CAMERA else self.tr("Blur a region")
        self._push(AddBox(self.events, self.workspace(), self.photo_id, box, kind, text))

    def remove_selected(self) -> None:
        box_id = self.overlay.selected_box_id()
        if self.photo_id is None or box_id is None:
            return
        self._push(RemoveBox(self.events, self.photo_id, box_id, self.tr("Remove box")))

    def _on_checked(self, checked: bool) -> None:
        if self.photo_id is not None:
            text = self.tr("Checked the photo") if checked else self.tr("Not checked")
            self._push(SetChecked(self.events, self.photo_id, checked, text))

    def _on_crop(self, crop: bool) -> None:
        if self.photo_id is not None:
            text = self.tr("Send only the camera") if crop else self.tr("Send the whole photo")
            self._push(SetCropOnly(self.events, self.photo_id, crop, text))

    # Searching -------------------------------------------------------------------------------
    def toggle_search(self) -> None:
        if self.job is not None:
            self.job.stop()
            self.status.setText(self.tr("Stopping…"))
            return
        if self.photo_id is None:
            return
        walk = Photo.get_by_id(self.photo_id).walk
        self.search([p.id for p in Photo.select(Photo.id).where(Photo.walk == walk)])

    def search_after_import(self, photo_ids: list[int]) -> None:
        """New photos are searched at once, in the background, so that exporting them later
        only blurs (the search is what costs: about 2 s a photo on two cores)."""
        if self.job is None and photo_ids:
            self.search(photo_ids)

    def search(self, ids: list[int]) -> None:
        job = DetectionJob(self.workspace(), ids)
        job.progress.connect(self._on_progress)
        job.done.connect(self._on_done)
        job.failed.connect(self._on_failed)
        job.stopped.connect(self._on_stopped)
        self.job = job
        self.find_button.setText(self.tr("Stop"))
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        job.begin()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Searching {done} of {total}: {name}").format(done=done, total=total, name=name)
        )

    def _on_done(self, summary: ScanSummary) -> None:
        text = self.tr("Searched {n} photos: {boxes} faces or plates found.").format(
            n=summary.searched, boxes=summary.boxes
        )
        if summary.failed:
            text += " " + self.tr("{n} could not be searched: check them by hand.").format(
                n=len(summary.failed)
            )
        self._finish(text)

    def _on_failed(self, reason: str) -> None:
        self._finish(self.tr("Search failed: ") + reason)

    def _on_stopped(self) -> None:
        self._finish(self.tr("Search stopped; found boxes are kept."))

    def _finish(self, text: str) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.wait()
        self.find_button.setText(self.tr("Find faces and plates in this walk"))
        self.progress.setVisible(False)
        self.events.notify()  # boxes changed on many photos
        self.message(text)
        self.refresh()

    def wait(self) -> None:
        """Stop a running search and wait for it (closing the window or the workspace)."""
        if self.job is not None:
            self.job.stop()
            self.job.wait()

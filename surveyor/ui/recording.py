"""Recording cameras from the selection: each action becomes one undoable command."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from surveyor.core.map.basemaps import load_settings
from surveyor.core.photos.rows import PhotoRow, cameras_for_photos
from surveyor.store.models import Camera
from surveyor.ui.camera_undo import (
    CameraChanges,
    DeleteCamera,
    LinkPhotos,
    NewCamera,
    SetPhotoMark,
    UpdateCameras,
)
from surveyor.ui.change_text import change_text
from surveyor.ui.events import CatalogueEvents


class Recorder(QObject):
    """Thin layer between the window's actions and the undo stack.

    ``message(text)`` reports what happened (or why nothing did) for the status bar.
    """

    message = Signal(str)

    def __init__(
        self,
        undo_stack: QUndoStack,
        events: CatalogueEvents,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.stack = undo_stack
        self.events = events

    @staticmethod
    def projection_m() -> float:
        """How far along the photo bearing a new camera is suggested, in metres.

        One setting for the whole app: the map's (``[map]`` in ``settings.ini``, shared by all
        workspaces, edited in the map's Basemaps dialog), read afresh so a change applies at
        once.
        """
        return load_settings().projection_m

    def new_camera(self, photos: list[PhotoRow]) -> int | None:
        if not photos:
            self.message.emit(self.tr("Select the photo that shows the camera first."))
            return None
        ids = [p.id for p in photos]
        marked = [p.id for p in photos if p.mark == "no_camera"]
        text = self.tr("New camera")
        command = NewCamera(self.events, ids, text, projection_m=self.projection_m())
        self.stack.beginMacro(text)
        self.stack.push(command)
        if marked and command.error is None:
            # The photo does show a camera after all.
            self.stack.push(SetPhotoMark(self.events, marked, None, text))
        self.stack.endMacro()
        if command.error is not None:
            self.message.emit(
                self.tr("Could not record the camera: {reason}").format(reason=command.error)
            )
            return None
        self.message.emit(self.tr("Camera recorded; set its attributes with the keys shown."))
        return command.camera_id

    def link(self, camera_id: int, photos: list[PhotoRow]) -> bool:
        ids = [p.id for p in photos]
        marked = [p.id for p in photos if p.mark == "no_camera"]
        text = self.tr("Link to camera #{id}").format(id=camera_id)
        command = LinkPhotos(self.events, camera_id, ids, text)
        self.stack.beginMacro(text)
        self.stack.push(command)
        if marked and command.error is None:
            self.stack.push(SetPhotoMark(self.events, marked, None, text))
        self.stack.endMacro()
        if command.error is not None:
            self.message.emit(self.tr("Could not link: {reason}").format(reason=command.error))
            return False
        self.message.emit(self.tr("Photos linked to the camera: {n}").format(n=len(ids)))
        return True

    def toggle_no_camera(self, photos: list[PhotoRow]) -> None:
        with_cameras = [p for p in photos if p.camera_count]
        if with_cameras:
            self.message.emit(
                self.tr("“{name}” already shows a camera: delete or unlink it first.").format(
                    name=with_cameras[0].name
                )
            )
            return
        self._toggle_mark(photos, "no_camera", self.tr("No camera in this photo"))

    def toggle_needs_review(self, photos: list[PhotoRow]) -> None:
        """Q: mark the photos, and the cameras they show, for review (or clear both)."""
        cameras = self.cameras_of(photos)
        if not cameras:
            self._toggle_mark(photos, "needs_review", self.tr("Needs review"))
            return
        flag = not all(bool(c.needs_review) for c in cameras)
        text = self.tr("Mark for review") if flag else self.tr("Clear review flag")
        self.stack.beginMacro(text)
        self.stack.push(
            UpdateCameras(self.events, [int(c.id) for c in cameras], {"needs_review": flag}, text)
        )
        self.stack.push(
            SetPhotoMark(
                self.events, [p.id for p in photos], "needs_review" if flag else None, text
            )
        )
        self.stack.endMacro()
        self.message.emit(
            self.tr("Marked for review: the camera shows red on the map until you clear it (Q).")
            if flag
            else self.tr("Review flag cleared.")
        )

    def _toggle_mark(self, photos: list[PhotoRow], mark: str, text: str) -> None:
        if not photos:
            return
        # All already marked: the key takes the mark off again.
        new = None if all(p.mark == mark for p in photos) else mark
        self.stack.push(SetPhotoMark(self.events, [p.id for p in photos], new, text))

    def apply(self, camera_ids: list[int], changes: CameraChanges) -> bool:
        if not camera_ids:
            self.message.emit(self.tr("No camera here yet: press N to record one."))
            return False
        text = change_text(changes)
        command = UpdateCameras(self.events, camera_ids, changes, text)
        self.stack.push(command)
        if command.error is not None:
            self.message.emit(self.tr("Not saved: {reason}").format(reason=command.error))
            return False
        return True

    def delete_camera(self, camera_id: int) -> None:
        self.stack.push(DeleteCamera(self.events, camera_id, self.tr("Delete camera")))

    @staticmethod
    def cameras_of(photos: list[PhotoRow]) -> list[Camera]:
        return cameras_for_photos([p.id for p in photos])

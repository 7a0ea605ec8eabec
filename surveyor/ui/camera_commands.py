"""The Record menu's commands on what the volunteer has in view: the selected photos and the
camera shown in the panel. Each becomes one undoable edit through the ``Recorder``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from surveyor.core.photos.rows import LinkCandidate, link_candidates
from surveyor.ui.camera_panel import CameraPanel
from surveyor.ui.photo_selection import PhotoSelection
from surveyor.ui.recording import Recorder


class CameraCommands(QObject):
    """``cameraChosen(id)``: a command made this camera the one shown (new or linked)."""

    cameraChosen = Signal(int)

    def __init__(
        self,
        recorder: Recorder,
        panel: CameraPanel,
        selection: PhotoSelection,
        choose_camera: Callable[[list[LinkCandidate]], int | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.recorder, self.panel, self.selection = recorder, panel, selection
        self.choose_camera = choose_camera

    def new_camera(self) -> None:
        self.panel.commit_pending()
        camera_id = self.recorder.new_camera(self.selection.photos())
        if camera_id is not None:
            self.cameraChosen.emit(camera_id)

    def link_camera(self) -> None:
        photos = self.selection.photos()
        if not photos:
            return
        camera_id = self.choose_camera(link_candidates([p.id for p in photos]))
        if camera_id is not None and self.recorder.link(camera_id, photos):
            self.cameraChosen.emit(camera_id)

    def toggle_no_camera(self) -> None:
        self.recorder.toggle_no_camera(self.selection.photos())

    def toggle_needs_review(self) -> None:
        self.recorder.toggle_needs_review(self.selection.photos())

    def delete_camera(self) -> None:
        camera = self.panel.current_camera_id()
        if camera is not None:
            self.recorder.delete_camera(camera)

    def set_value(self, field: str, value: str) -> None:
        """A value key (U, D, P…): on the camera in the panel, or all of a multi-selection."""
        self.apply_changes(self.panel.targets(), {field: value})

    def accept_facing_hint(self) -> None:
        """A: the camera faces the photographer, so it looks opposite the photo's bearing."""
        hint = self.panel.facing_hint
        if hint is None or not self.panel.facing_action.isEnabled():
            return
        self.panel.commit_pending()
        self.apply_changes(self.panel.targets(), {"direction": hint})

    def apply_changes(self, camera_ids: list[int], changes: dict[str, object]) -> None:
        self.recorder.apply(camera_ids, changes)

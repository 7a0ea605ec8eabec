"""Undoable edits: each command writes through ``surveyor.core.camera_records`` at once.

Commands hold ids, never model objects, so the history survives switching photos and
reloading the grid. A command whose first ``redo`` fails marks itself obsolete (so the stack
drops it) and keeps the reason in ``error`` for the window to show.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from surveyor.core import camera_records as cameras
from surveyor.ui.events import CatalogueEvents
from surveyor.ui.undo_base import EditCommand


class _Command(EditCommand):
    expected = (cameras.CameraError,)

    def __init__(self, events: CatalogueEvents, text: str) -> None:
        super().__init__(text)
        self.events = events


class NewCamera(_Command):
    """Record a camera seen in the given photos (position and direction suggested by core)."""

    def __init__(
        self,
        events: CatalogueEvents,
        photo_ids: Iterable[int],
        text: str,
        projection_m: float = cameras.DEFAULT_PROJECTION_M,
        **attributes: Any,
    ) -> None:
        super().__init__(events, text)
        self.photo_ids = list(photo_ids)
        self.attributes = attributes
        self.projection_m = projection_m
        self.camera_id: int | None = None
        self._snapshot: cameras.CameraSnapshot | None = None

    def _redo(self) -> None:
        if self._snapshot is None:
            camera = cameras.create_camera(
                self.photo_ids, projection_m=self.projection_m, **self.attributes
            )
            self.camera_id = int(camera.id)
        else:
            cameras.restore_camera(self._snapshot)

    def _undo(self) -> None:
        assert self.camera_id is not None
        self._snapshot = cameras.delete_camera(self.camera_id)

    def _notify(self) -> None:
        self.events.notify(self.photo_ids, [] if self.camera_id is None else [self.camera_id])


class DeleteCamera(_Command):
    """Remove a camera (its photos stay); undo brings it back with the same id and links."""

    def __init__(self, events: CatalogueEvents, camera_id: int, text: str) -> None:
        super().__init__(events, text)
        self.camera_id = camera_id
        self._snapshot: cameras.CameraSnapshot | None = None

    def _redo(self) -> None:
        self._snapshot = cameras.delete_camera(self.camera_id)

    def _undo(self) -> None:
        assert self._snapshot is not None
        cameras.restore_camera(self._snapshot)

    def _notify(self) -> None:
        photos = self._snapshot.photo_ids if self._snapshot else ()
        self.events.notify(photos, [self.camera_id])


class LinkPhotos(_Command):
    """Say that more photos show an existing camera."""

    def __init__(
        self, events: CatalogueEvents, camera_id: int, photo_ids: Iterable[int], text: str
    ) -> None:
        super().__init__(events, text)
        self.camera_id = camera_id
        self.photo_ids = list(photo_ids)
        self._added: list[int] = []

    def _redo(self) -> None:
        self._added = cameras.link_photos(self.camera_id, self.photo_ids)

    def _undo(self) -> None:
        for photo_id in self._added:
            cameras.unlink_photo(self.camera_id, photo_id)

    def _notify(self) -> None:
        self.events.notify(self.photo_ids, [self.camera_id])


class UpdateCameras(_Command):
    """Set the same attributes on one or more cameras (a multi-selection applies at once)."""

    def __init__(
        self,
        events: CatalogueEvents,
        camera_ids: Iterable[int],
        changes: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(events, text)
        self.camera_ids = list(dict.fromkeys(camera_ids))
        self.changes = dict(changes)
        self._previous: dict[int, dict[str, Any]] = {}

    def _redo(self) -> None:
        previous: dict[int, dict[str, Any]] = {}
        try:
            for camera_id in self.camera_ids:
                previous[camera_id] = cameras.update_camera(camera_id, **self.changes)
        except cameras.CameraError:
            for camera_id, values in previous.items():  # all or nothing
                cameras.update_camera(camera_id, **values)
            raise
        self._previous = previous

    def _undo(self) -> None:
        for camera_id, values in self._previous.items():
            cameras.update_camera(camera_id, **values)

    def _notify(self) -> None:
        photos: list[int] = []
        for camera_id in self.camera_ids:
            photos.extend(cameras.camera_photo_ids(camera_id))
        self.events.notify(photos, self.camera_ids)


class SetPhotoMark(_Command):
    """Mark photos "no camera here" or "needs review" (None clears the mark)."""

    def __init__(
        self, events: CatalogueEvents, photo_ids: Iterable[int], mark: str | None, text: str
    ) -> None:
        super().__init__(events, text)
        self.photo_ids = list(photo_ids)
        self.mark = mark
        self._previous: dict[int, str | None] = {}

    def _redo(self) -> None:
        self._previous = cameras.set_photo_mark(self.photo_ids, self.mark)

    def _undo(self) -> None:
        cameras.restore_photo_marks(self._previous)

    def _notify(self) -> None:
        self.events.notify(self.photo_ids, [])

"""Undoable map edits: move a camera, place a photo, confirm a suggested position.

Each command writes at once through ``surveyor.core`` and calls ``after`` (the panel's
refresh) on redo and undo. Commands hold ids only, so they survive any reload of the map.
"""

from __future__ import annotations

from collections.abc import Callable

from surveyor.core import camera_records as cameras
from surveyor.core.map import edits as map_edits
from surveyor.ui.undo_base import EditCommand

AfterEdit = Callable[[], None]


class _MapCommand(EditCommand):
    expected = (cameras.CameraError, map_edits.PhotoPositionError)

    def __init__(self, text: str, after: AfterEdit) -> None:
        super().__init__(text)
        self._after = after

    def _notify(self) -> None:
        self._after()


class MoveCamera(_MapCommand):
    """Put a camera where the volunteer dropped it: source manual, confirmed."""

    def __init__(self, camera_id: int, lat: float, lon: float, text: str, after: AfterEdit):
        super().__init__(text, after)
        self.camera_id = camera_id
        self.lat, self.lon = lat, lon
        self._previous: dict[str, object] = {}

    def _redo(self) -> None:
        self._previous = cameras.update_camera(
            self.camera_id,
            latitude=self.lat,
            longitude=self.lon,
            position_source="manual",
            confirmed=True,
        )

    def _undo(self) -> None:
        cameras.update_camera(self.camera_id, **self._previous)


class ConfirmPosition(_MapCommand):
    """Accept a camera's position as it is; a camera with no position takes its suggestion."""

    def __init__(
        self,
        camera_id: int,
        suggestion: tuple[float, float] | None,
        text: str,
        after: AfterEdit,
    ):
        super().__init__(text, after)
        self.camera_id = camera_id
        self.suggestion = suggestion
        self._previous: dict[str, object] = {}

    def _redo(self) -> None:
        changes: dict[str, object] = {"confirmed": True}
        if self.suggestion is not None:
            changes.update(
                latitude=self.suggestion[0],
                longitude=self.suggestion[1],
                position_source="projected",
            )
        self._previous = cameras.update_camera(self.camera_id, **changes)

    def _undo(self) -> None:
        cameras.update_camera(self.camera_id, **self._previous)


class PlacePhoto(_MapCommand):
    """Say where a photo without a position was taken (source manual)."""

    def __init__(self, photo_id: int, lat: float, lon: float, text: str, after: AfterEdit):
        super().__init__(text, after)
        self.photo_id = photo_id
        self.lat, self.lon = lat, lon
        self._previous: dict[str, object] = {}

    def _redo(self) -> None:
        self._previous = map_edits.set_photo_position(self.photo_id, self.lat, self.lon)

    def _undo(self) -> None:
        map_edits.restore_photo_position(self.photo_id, self._previous)


class DismissWarning(_MapCommand):
    """The volunteer answers a warning ("these are two cameras"): it is no longer listed."""

    def __init__(
        self, kind: str, camera_id: int, other_id: int | None, text: str, after: AfterEdit
    ):
        super().__init__(text, after)
        self.kind, self.camera_id, self.other_id = kind, camera_id, other_id

    def _redo(self) -> None:
        map_edits.dismiss_warning(self.kind, self.camera_id, self.other_id)

    def _undo(self) -> None:
        map_edits.restore_warning(self.kind, self.camera_id, self.other_id)

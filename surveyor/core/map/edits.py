"""Edits made on the map that are not camera attributes: placing a photo without a position.

Camera moves and confirmations go through ``surveyor.core.camera_records.update_camera``; a photo's
position (where the volunteer stood) is set here. Each call returns the previous values so
the map's undo commands can put them back.
"""

from __future__ import annotations

from typing import Any

from surveyor.core import geometry
from surveyor.core.message_json import from_json
from surveyor.core.messages import Message
from surveyor.store.models import DismissedWarning, Photo, db_proxy

PHOTO_POSITION_FIELDS = ("latitude", "longitude", "position_source")


class PhotoPositionError(ValueError):
    """A photo placement that cannot be stored (unknown photo, position off the globe)."""


def set_photo_position(
    photo_id: int, lat: float | None, lon: float | None, source: str | None = "manual"
) -> dict[str, Any]:
    """Store where a photo was taken; return the previous latitude, longitude and source."""
    photo = Photo.get_or_none(Photo.id == photo_id)
    if photo is None:
        raise PhotoPositionError(Message("no photo with id {photo_id}", photo_id=photo_id))
    if (lat is None) != (lon is None):
        raise PhotoPositionError(
            Message("latitude and longitude must both be set or both be empty")
        )
    if lat is not None and not geometry.valid_position(lat, lon):
        raise PhotoPositionError(
            Message("position {lat}, {lon} is not on the globe", lat=lat, lon=lon)
        )
    previous = {name: getattr(photo, name) for name in PHOTO_POSITION_FIELDS}
    with db_proxy.atomic():
        Photo.update(latitude=lat, longitude=lon, position_source=source).where(
            Photo.id == photo_id
        ).execute()
    return previous


def restore_photo_position(photo_id: int, previous: dict[str, Any]) -> None:
    """Undo ``set_photo_position`` with the dict it returned."""
    with db_proxy.atomic():
        Photo.update(**{k: previous[k] for k in PHOTO_POSITION_FIELDS}).where(
            Photo.id == photo_id
        ).execute()


def photos_without_position() -> list[tuple[int, str, str]]:
    """(id, original file name, why it has no position) of photos waiting in the tray.

    The reason is what the last GPX matching said (before the track, in a gap...), else the
    import's warning (GPS position unusable...), or "". It is a ``Message`` when it was stored
    as one: the tray shows it in the interface's language.
    """
    query = (
        Photo.select(
            Photo.id,
            Photo.original_name,
            Photo.geotag_note,
            Photo.geotag_note_message,
            Photo.import_reason,
            Photo.import_reason_message,
        )
        .where(Photo.latitude.is_null() | Photo.longitude.is_null())
        .order_by(Photo.id)
    )
    return [
        (int(pid), str(name), from_json(note_json, note) or from_json(warn_json, warning) or "")
        for pid, name, note, note_json, warning, warn_json in query.tuples().iterator()
    ]


def dismiss_warning(kind: str, camera_id: int, other_id: int | None) -> None:
    """The volunteer says a warning is wrong ("these are two cameras"): stop showing it."""
    if not dismissed(kind, camera_id, other_id):
        DismissedWarning.create(kind=kind, camera=camera_id, other=other_id)


def restore_warning(kind: str, camera_id: int, other_id: int | None) -> None:
    """Undo ``dismiss_warning``."""
    DismissedWarning.delete().where(_matches(kind, camera_id, other_id)).execute()


def dismissed(kind: str, camera_id: int, other_id: int | None) -> bool:
    return bool(DismissedWarning.select().where(_matches(kind, camera_id, other_id)).exists())


def dismissed_warnings() -> set[tuple[str, int, int | None]]:
    """Every answered warning as (kind, camera id, other camera id or None)."""
    query: Any = DismissedWarning.select(
        DismissedWarning.kind, DismissedWarning.camera, DismissedWarning.other
    ).tuples()
    rows: list[tuple[Any, Any, Any]] = list(query)
    return {(str(kind), int(camera), other) for kind, camera, other in rows}


def _matches(kind: str, camera_id: int, other_id: int | None) -> Any:
    other = (
        DismissedWarning.other.is_null(True)
        if other_id is None
        else DismissedWarning.other == other_id
    )
    return (DismissedWarning.kind == kind) & (DismissedWarning.camera == camera_id) & other

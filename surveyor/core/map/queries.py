"""The map panel's own questions to the catalogue (everything it draws comes from ``page``)."""

from __future__ import annotations

from surveyor.store.models import Camera, Photo


def walk_track(walk_id: int) -> list[tuple[float, float]]:
    """A walk's photos with a position, as (lat, lon) in the order they were taken."""
    query = (
        Photo.select(Photo.latitude, Photo.longitude)
        .where(
            Photo.walk == walk_id,
            Photo.latitude.is_null(False),
            Photo.longitude.is_null(False),
        )
        .order_by(Photo.taken_at, Photo.id)
        .tuples()
    )
    return [(lat, lon) for lat, lon in query.iterator()]


def camera_is_confirmed(camera_id: int) -> bool:
    camera = Camera.get_or_none(Camera.id == camera_id)
    return camera is not None and bool(camera.confirmed)


def camera_has_no_position(camera_id: int) -> bool:
    """The camera exists and has no position yet (the map's rows may be a moment old)."""
    camera = Camera.get_or_none(Camera.id == camera_id)
    return camera is not None and (camera.latitude is None or camera.longitude is None)

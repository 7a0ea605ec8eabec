"""One camera as the bundle shows it: a GeoJSON Point at its published position, with its tags.

The position is exact only when placed by hand (``published_position`` shifts the rest), and
the day it was observed leaves without a time of day unless the volunteer asks.
"""

from __future__ import annotations

from typing import Any

from surveyor.core.bundle.export_errors import ExportError
from surveyor.core.bundle.published_position import (
    PublishedPosition,
    UnpublishablePosition,
    published_position,
)
from surveyor.core.messages import Message, reason_of
from surveyor.core.tags import osm_tags
from surveyor.store.models import Camera, Photo


def observed(camera: Camera, photos: list[Photo], round_dates: bool) -> str:
    """When the camera was seen: the earliest photo time, else the walk's date, else creation."""
    times = sorted(p.taken_at for p in photos if p.taken_at)
    if times:
        return times[0][:10] if round_dates else str(times[0])
    walk = camera.walk
    if walk is not None and walk.date is not None:
        return str(walk.date.isoformat())
    return str(camera.created_at.date().isoformat())


def published(camera: Camera, photos: list[Photo]) -> PublishedPosition:
    """Where the bundle shows the camera (ExportError when it cannot be shown safely)."""
    if not camera.has_position:
        raise ExportError(Message("camera {uuid} has no position", uuid=camera.uuid))
    try:
        return published_position(camera, photos)
    except UnpublishablePosition as exc:
        raise ExportError(reason_of(exc)) from exc


def camera_feature(
    camera: Camera, photo_paths: list[str], observed_at: str, where: PublishedPosition
) -> dict[str, Any]:
    """One RFC 7946 Point feature at the camera's published position ([lon, lat])."""
    properties: dict[str, Any] = dict(osm_tags(camera))
    properties.update(
        {
            "surveyor:uuid": camera.uuid,
            "surveyor:observed": observed_at,
            "surveyor:position_source": camera.position_source,
        }
    )
    if where.accuracy_m is not None:
        properties["surveyor:position_accuracy"] = where.accuracy_m
    properties.update(
        {
            "surveyor:confirmed": bool(camera.confirmed),
            "surveyor:needs_review": bool(camera.needs_review),
            "surveyor:make_unknown": bool(camera.make_unknown),
            "surveyor:photos": photo_paths,
        }
    )
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [where.longitude, where.latitude]},
        "properties": properties,
    }

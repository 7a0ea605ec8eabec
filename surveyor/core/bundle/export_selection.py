"""Which cameras an export sends: those of one walk, or every camera not yet exported."""

from __future__ import annotations

from dataclasses import dataclass

from surveyor.core.bundle.export_errors import SelectionError
from surveyor.core.messages import Message
from surveyor.store.models import Camera, CameraPhoto, Photo, Walk


@dataclass(frozen=True)
class Selection:
    """Which cameras to export: those of one walk, or every camera not yet exported."""

    walk: str | None = None
    all_unexported: bool = False

    def describe(self) -> str:
        if self.walk:
            return Message("walk {walk!r}", walk=self.walk)
        return Message("all cameras not yet exported")


def select_cameras(selection: Selection) -> tuple[list[Camera], int]:
    """Cameras to export (those with a position) and how many were skipped for lacking one."""
    query = Camera.select().order_by(Camera.id)
    if selection.walk:
        walk = Walk.get_or_none(Walk.name == selection.walk)
        if walk is None:
            raise SelectionError(Message("no walk named {walk!r}", walk=selection.walk))
        query = query.where(Camera.walk == walk)
    elif selection.all_unexported:
        query = query.where(Camera.exported_at.is_null())
    else:
        raise SelectionError(Message("choose a walk or all cameras not yet exported"))
    cameras = list(query)
    placed = [c for c in cameras if c.has_position]
    return placed, len(cameras) - len(placed)


def photos_of(camera: Camera) -> list[Photo]:
    """The camera's photos, oldest first."""
    query = (
        Photo.select()
        .join(CameraPhoto)
        .where(CameraPhoto.camera == camera)
        .order_by(Photo.taken_at, Photo.id)
    )
    return list(query)

"""Recording cameras: the operations the workbench and the command line share.

Each write runs in one transaction. Operations that change something return what an undo
needs (previous values, newly made links, a snapshot of a deleted camera), so the UI can keep
its undo stack without knowing the tables.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from surveyor.core import geometry
from surveyor.core.messages import Message
from surveyor.core.value_rules import clean_typed_text, text_problem
from surveyor.core.vocabulary import load_vocabulary
from surveyor.store.models import Camera, CameraPhoto, Photo, db_proxy

DEFAULT_PROJECTION_M = 8.0

# Attributes a volunteer may set on a camera (the Camera model's editable columns).
EDITABLE = frozenset(
    {
        "latitude",
        "longitude",
        "position_source",
        "confirmed",
        "needs_review",
        "surveillance_type",
        "surveillance",
        "camera_type",
        "camera_mount",
        "zone",
        "manufacturer",
        "make_unknown",
        "model",
        "direction",
        "angle",
        "height",
        "operator",
        "notes",
    }
)
VOCABULARY_FIELDS = ("surveillance_type", "surveillance", "camera_type", "camera_mount", "zone")
# Where a position came from: exif or gpx (the photo's own), photo (a photo the volunteer
# placed by hand), projected (a photo's position moved along its bearing), manual (the camera
# itself placed by hand: the only source published exactly, see core.published_position).
POSITION_SOURCES = frozenset({"exif", "gpx", "photo", "projected", "manual"})
PHOTO_MARKS = frozenset({"no_camera", "needs_review"})


class CameraError(ValueError):
    """A camera operation was asked something impossible; the message says what."""


class NotFound(CameraError, LookupError):
    """A camera or photo id that is not in the catalogue."""


@dataclass(frozen=True)
class SuggestedPosition:
    latitude: float
    longitude: float
    source: str  # "projected" when moved along the bearing, else where the photo's came from


@dataclass(frozen=True)
class CameraSnapshot:
    """Everything needed to bring a deleted camera back exactly (same id and UUID)."""

    values: dict[str, Any]
    photo_ids: tuple[int, ...] = field(default=())


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _float(name: str, value: Any, low: float, high: float) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise CameraError(
            Message("{name}: {value!r} is not a number", name=name, value=value)
        ) from None
    if not math.isfinite(number) or not low <= number <= high:
        raise CameraError(
            Message(
                "{name}: {number:g} is outside {low:g}..{high:g}",
                name=name,
                number=number,
                low=low,
                high=high,
            )
        )
    return number


def _validate(name: str, value: Any) -> Any:
    """The value as it will be stored, or CameraError naming the attribute and the value."""
    if name not in EDITABLE:
        raise CameraError(Message("unknown camera attribute {name!r}", name=name))
    if name in VOCABULARY_FIELDS:
        if value is None or value == "":
            if name == "surveillance_type":
                raise CameraError(Message("surveillance_type cannot be empty"))
            return None
        allowed = load_vocabulary().field(name).values()
        if value not in allowed:
            raise CameraError(
                Message(
                    "{name}: {value!r} is not one of {allowed}",
                    name=name,
                    value=value,
                    allowed=", ".join(allowed),
                )
            )
        return str(value)
    if name == "latitude":
        return _float(name, value, -90.0, 90.0)
    if name == "longitude":
        return _float(name, value, -180.0, 180.0)
    if name == "direction":
        number = _float(name, value, -360.0, 720.0)
        return None if number is None else geometry.normalize_bearing(number)
    if name == "angle":
        return _float(name, value, -90.0, 90.0)
    if name == "height":
        return _float(name, value, 0.0, 500.0)
    if name == "position_source":
        if value is not None and value not in POSITION_SOURCES:
            raise CameraError(
                Message(
                    "position_source: {value!r} is not one of {POSITION_SOURCES}",
                    value=value,
                    POSITION_SOURCES=", ".join(sorted(POSITION_SOURCES)),
                )
            )
        return value
    if name in ("confirmed", "needs_review", "make_unknown"):
        if not isinstance(value, bool):
            raise CameraError(
                Message("{name}: expected true or false, got {value!r}", name=name, value=value)
            )
        return value
    if name == "notes":
        notes = "" if value is None else clean_typed_text(str(value), notes=True)
        if why := text_problem(notes, notes=True):
            raise CameraError(Message("notes: {why}", why=why))
        return notes
    # Free text: manufacturer, model, operator — one clean line within OSM's 255 characters.
    text = None if value is None else clean_typed_text(str(value))
    if text and (why := text_problem(text)):
        raise CameraError(Message("{field}: {why}", field=name, why=why))
    return text or None


def _normalize(changes: dict[str, Any]) -> dict[str, Any]:
    clean = {name: _validate(name, value) for name, value in changes.items()}
    # "Make unknown" and a named make exclude each other; the explicit one wins.
    if clean.get("make_unknown") is True:
        clean["manufacturer"] = None
    elif clean.get("manufacturer"):
        clean["make_unknown"] = False
    if ("latitude" in clean) != ("longitude" in clean):
        raise CameraError(Message("latitude and longitude must be changed together"))
    if "latitude" in clean and (clean["latitude"] is None) != (clean["longitude"] is None):
        raise CameraError(Message("latitude and longitude must both be set or both be empty"))
    return clean


def _get_camera(camera_id: int) -> Camera:
    camera = Camera.get_or_none(Camera.id == camera_id)
    if camera is None:
        raise NotFound(Message("no camera with id {id}", id=camera_id))
    return camera


def _get_photos(photo_ids: Iterable[int]) -> list[Photo]:
    ids = list(dict.fromkeys(int(i) for i in photo_ids))
    found = {p.id: p for p in Photo.select().where(Photo.id.in_(ids))} if ids else {}
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound(Message("no photo with id {ids}", ids=", ".join(map(str, missing))))
    return [found[i] for i in ids]


def suggested_position(
    photo: Photo, projection_m: float = DEFAULT_PROJECTION_M
) -> SuggestedPosition | None:
    """Where a camera seen in ``photo`` probably stands, or None when the photo has no position.

    The photographer faced the camera, so with a bearing the camera is moved ``projection_m``
    metres along it. A magnetic bearing is used as is: declination (a few degrees in Europe)
    moves the guess by well under a metre at this distance.
    """
    lat, lon = photo.latitude, photo.longitude
    if lat is None or lon is None or not geometry.valid_position(lat, lon):
        return None
    if photo.bearing is not None and projection_m > 0:
        lat, lon = geometry.destination_point(lat, lon, float(photo.bearing), projection_m)
        return SuggestedPosition(lat, lon, "projected")
    # A photo placed by hand says where the volunteer stood, not where the camera is.
    source = photo.position_source or "exif"
    return SuggestedPosition(lat, lon, "photo" if source == "manual" else source)


def facing_direction(bearing: float | None) -> float | None:
    """The direction of a camera that looks at the volunteer: the photo's bearing turned
    around. Only ever offered as a hint; the phone measured where the *volunteer* looked."""
    return None if bearing is None else geometry.normalize_bearing(float(bearing) + 180.0)


def create_camera(
    photo_ids: Sequence[int],
    *,
    lat: float | None = None,
    lon: float | None = None,
    projection_m: float = DEFAULT_PROJECTION_M,
    **attributes: Any,
) -> Camera:
    """Record a camera seen in ``photo_ids`` (at least one) and link it to them.

    Without ``lat``/``lon`` the position is suggested from the first photo (see
    ``suggested_position``); with them it is "manual" unless ``position_source`` says
    otherwise. The walk is the first photo's. ``direction`` is only what the caller sets:
    the photo's bearing is where the volunteer looked, not where the camera looks.
    """
    photos = _get_photos(photo_ids)
    if not photos:
        raise CameraError(Message("a camera needs at least one photo"))
    first = photos[0]
    values: dict[str, Any] = {}
    if (lat is None) != (lon is None):
        raise CameraError(Message("give both latitude and longitude, or neither"))
    if lat is not None and lon is not None:
        values.update(latitude=lat, longitude=lon, position_source="manual")
    else:
        guess = suggested_position(first, projection_m)
        if guess is not None:
            values.update(
                latitude=guess.latitude, longitude=guess.longitude, position_source=guess.source
            )
    values.update(attributes)
    clean = _normalize(values)
    with db_proxy.atomic():
        camera = Camera.create(walk=first.__data__["walk"], **clean)
        CameraPhoto.insert_many([{"camera": camera.id, "photo": p.id} for p in photos]).execute()
    return camera


def update_camera(camera_id: int, **changes: Any) -> dict[str, Any]:
    """Change attributes; return their previous values (pass them back to undo)."""
    camera = _get_camera(camera_id)
    clean = _normalize(changes)
    previous = {name: getattr(camera, name) for name in clean}
    if not clean:
        return previous
    with db_proxy.atomic():
        Camera.update(**clean, updated_at=_now()).where(Camera.id == camera_id).execute()
    return previous


def link_photos(camera_id: int, photo_ids: Iterable[int]) -> list[int]:
    """Say that these photos show the camera; return the ids that were not linked before."""
    camera = _get_camera(camera_id)
    photos = _get_photos(photo_ids)
    with db_proxy.atomic():
        already = set(camera_photo_ids(camera.id))
        new = [p.id for p in photos if p.id not in already]
        if new:
            CameraPhoto.insert_many([{"camera": camera.id, "photo": i} for i in new]).execute()
            Camera.update(updated_at=_now()).where(Camera.id == camera.id).execute()
    return new


def unlink_photo(camera_id: int, photo_id: int) -> bool:
    """The photo does not show this camera after all; True when a link was removed."""
    camera = _get_camera(camera_id)
    with db_proxy.atomic():
        removed = (
            CameraPhoto.delete()
            .where((CameraPhoto.camera == camera.id) & (CameraPhoto.photo == photo_id))
            .execute()
        )
        if removed:
            Camera.update(updated_at=_now()).where(Camera.id == camera.id).execute()
    return bool(removed)


def snapshot_camera(camera_id: int) -> CameraSnapshot:
    camera = _get_camera(camera_id)
    return CameraSnapshot(dict(camera.__data__), tuple(camera_photo_ids(camera.id)))


def delete_camera(camera_id: int) -> CameraSnapshot:
    """Remove a camera (its photos stay); return a snapshot that ``restore_camera`` undoes."""
    snapshot = snapshot_camera(camera_id)
    with db_proxy.atomic():
        Camera.delete().where(Camera.id == camera_id).execute()  # links cascade
    return snapshot


def restore_camera(snapshot: CameraSnapshot) -> Camera:
    """Undo ``delete_camera``: same id, same UUID, same links (photos deleted since are skipped)."""
    with db_proxy.atomic():
        Camera.insert(**snapshot.values).execute()
        existing = {
            p.id for p in Photo.select(Photo.id).where(Photo.id.in_(list(snapshot.photo_ids)))
        }
        rows = [
            {"camera": snapshot.values["id"], "photo": i}
            for i in snapshot.photo_ids
            if i in existing
        ]
        if rows:
            CameraPhoto.insert_many(rows).execute()
    return _get_camera(int(snapshot.values["id"]))


def set_photo_mark(photo_ids: Iterable[int], mark: str | None) -> dict[int, str | None]:
    """Mark photos "no_camera" or "needs_review" (None clears); return previous marks by id."""
    if mark is not None and mark not in PHOTO_MARKS:
        raise CameraError(
            Message(
                "photo mark {mark!r} is not one of {PHOTO_MARKS}",
                mark=mark,
                PHOTO_MARKS=", ".join(sorted(PHOTO_MARKS)),
            )
        )
    photos = _get_photos(photo_ids)
    previous = {p.id: p.mark for p in photos}
    with db_proxy.atomic():
        Photo.update(mark=mark).where(Photo.id.in_(list(previous))).execute()
    return previous


def restore_photo_marks(previous: dict[int, str | None]) -> None:
    """Undo ``set_photo_mark`` with the dict it returned."""
    with db_proxy.atomic():
        for photo_id, mark in previous.items():
            Photo.update(mark=mark).where(Photo.id == photo_id).execute()


def cameras_near(
    lat: float, lon: float, radius_m: float, *, exclude_id: int | None = None
) -> list[tuple[Camera, float]]:
    """Cameras within ``radius_m`` of a point as (camera, distance in metres), nearest first."""
    min_lat, max_lat, min_lon, max_lon = geometry.bounding_box(lat, lon, radius_m)
    query = Camera.select().where(
        Camera.latitude.is_null(False),
        Camera.longitude.is_null(False),
        Camera.latitude.between(min_lat, max_lat),
    )
    if min_lon >= -180.0 and max_lon <= 180.0:  # no antimeridian wrap: filter longitudes too
        query = query.where(Camera.longitude.between(min_lon, max_lon))
    if exclude_id is not None:
        query = query.where(Camera.id != exclude_id)
    found = []
    for camera in query:
        clat, clon = camera.latitude, camera.longitude
        if clat is None or clon is None:  # excluded by the query; keeps the types honest
            continue
        d = geometry.distance_m(lat, lon, clat, clon)
        if d <= radius_m:
            found.append((camera, d))
    found.sort(key=lambda pair: pair[1])
    return found


def camera_photo_ids(camera_id: int) -> list[int]:
    """Ids of the photos that show the camera, in the order they were linked."""
    return [
        int(link.__data__["photo"])
        for link in CameraPhoto.select(CameraPhoto.photo)
        .where(CameraPhoto.camera == camera_id)
        .order_by(CameraPhoto.id)
    ]

"""What the workbench grid and sidebar show about photos and walks, in one query each.

Qt-free so that the figures (to do, has cameras, ...) mean the same in the window, the
command line and the tests. A photo is *to do* until it shows a camera or carries a mark.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from peewee import fn

from surveyor.core.camera_records import cameras_near
from surveyor.store.models import Camera, CameraPhoto, Photo, db_proxy

STATE_TODO = "todo"
STATE_CAMERAS = "cameras"
STATE_NO_CAMERA = "no_camera"
STATE_REVIEW = "needs_review"


class PhotoRow(NamedTuple):
    """One photo as the grid shows it (no pixels: thumbnails load separately).

    A tuple, not a dataclass: the grid builds 20,000 of these on every reload.
    """

    id: int
    walk_id: int
    name: str
    sha256: str
    extension: str
    taken_at: str | None
    has_position: bool
    bearing: float | None
    mark: str | None
    camera_count: int
    camera_needs_review: bool
    search_text: str  # lower-case makes, models, operators and notes of its cameras

    @property
    def state(self) -> str:
        if self.mark == "needs_review" or self.camera_needs_review:
            return STATE_REVIEW
        if self.camera_count:
            return STATE_CAMERAS
        if self.mark == "no_camera":
            return STATE_NO_CAMERA
        return STATE_TODO

    @property
    def is_todo(self) -> bool:
        return self.state == STATE_TODO


@dataclass(frozen=True)
class WalkSummary:
    """A walk with its counts for the sidebar."""

    id: int
    name: str
    photos: int
    cameras: int
    todo: int


_PHOTO_SQL = """
SELECT p.id, p.walk_id, p.original_name, p.sha256, p.extension, p.taken_at,
       (p.latitude IS NOT NULL AND p.longitude IS NOT NULL), p.bearing, p.mark
FROM photo p {where}
ORDER BY p.walk_id, COALESCE(p.taken_at, ''), p.original_name, p.id
"""

# Per photo that shows cameras: how many, whether one needs review, and their text.
_CAMERA_SQL = """
SELECT cp.photo_id, COUNT(*), MAX(c.needs_review),
       LOWER(GROUP_CONCAT(
           COALESCE(c.manufacturer, '') || ' ' || COALESCE(c.model, '') || ' '
           || COALESCE(c.operator, '') || ' ' || c.notes
           || CASE WHEN c.make_unknown THEN ' unknown' ELSE '' END, ' '))
FROM camera_photo cp JOIN camera c ON c.id = cp.camera_id {where}
GROUP BY cp.photo_id
"""

_NO_CAMERAS = (0, False, "")


def _rows(photo_where: str, camera_where: str, params: list[int]) -> list[PhotoRow]:
    cameras = {
        int(pid): (int(count), bool(review), str(text or "").casefold())
        for pid, count, review, text in db_proxy.execute_sql(
            _CAMERA_SQL.format(where=camera_where), params
        ).fetchall()
    }
    make = PhotoRow._make
    return [
        make((*values[:6], bool(values[6]), *values[7:], *cameras.get(values[0], _NO_CAMERAS)))
        for values in db_proxy.execute_sql(_PHOTO_SQL.format(where=photo_where), params)
    ]


def photo_rows(ids: Iterable[int] | None = None) -> list[PhotoRow]:
    """All photos (or only ``ids``), ordered by walk, time taken and name."""
    if ids is None:
        return _rows("", "", [])
    wanted = sorted({int(i) for i in ids})
    rows: list[PhotoRow] = []
    for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows.extend(_rows(f"WHERE p.id IN ({marks})", f"WHERE cp.photo_id IN ({marks})", chunk))
    return rows


def walk_summaries() -> list[WalkSummary]:
    """Every walk with its photo, camera and still-to-do counts, in creation order."""
    sql = """
    SELECT w.id, w.name,
           (SELECT COUNT(*) FROM photo p WHERE p.walk_id = w.id),
           (SELECT COUNT(DISTINCT cp.camera_id) FROM camera_photo cp
              JOIN photo p ON p.id = cp.photo_id WHERE p.walk_id = w.id),
           (SELECT COUNT(*) FROM photo p WHERE p.walk_id = w.id AND p.mark IS NULL
              AND NOT EXISTS (SELECT 1 FROM camera_photo cp WHERE cp.photo_id = p.id))
    FROM walk w ORDER BY w.created_at, w.id
    """
    return [
        WalkSummary(int(i), str(n), int(p), int(c), int(t))
        for i, n, p, c, t in db_proxy.execute_sql(sql).fetchall()
    ]


def camera_count() -> int:
    return int(db_proxy.execute_sql("SELECT COUNT(*) FROM camera").fetchone()[0])


def cameras_for_photos(photo_ids: Iterable[int]) -> list[Any]:
    """Cameras shown in any of these photos (store rows), in the order they were linked."""
    ids = sorted({int(i) for i in photo_ids})
    if not ids:
        return []
    query = (
        Camera.select(Camera, fn.MIN(CameraPhoto.id).alias("first_link"))
        .join(CameraPhoto)
        .where(CameraPhoto.photo.in_(ids))
        .group_by(Camera.id)
        .order_by(fn.MIN(CameraPhoto.id))
    )
    return list(query)


def photo(photo_id: int) -> Any:
    """One photo row (store model) or None."""
    return Photo.get_or_none(Photo.id == photo_id)


@dataclass(frozen=True)
class LinkCandidate:
    """A camera the photo might show: nearby ones carry their distance in metres."""

    camera: Any
    distance_m: float | None


def link_candidates(
    photo_ids: Iterable[int], radius_m: float = 30.0, limit: int = 300
) -> list[LinkCandidate]:
    """Cameras to offer for "Link to an existing camera".

    Cameras within ``radius_m`` of the first photo with a position come first (nearest first),
    then the rest, most recently recorded first. Cameras the photos already show are left out.
    """
    ids = [int(i) for i in photo_ids]
    linked = {c.id for c in cameras_for_photos(ids)}
    result: list[LinkCandidate] = []
    seen: set[int] = set(linked)
    for photo_id in ids:
        row = Photo.get_or_none(Photo.id == photo_id)
        if row is not None and row.latitude is not None and row.longitude is not None:
            for camera, distance in cameras_near(row.latitude, row.longitude, radius_m):
                if camera.id not in seen:
                    seen.add(camera.id)
                    result.append(LinkCandidate(camera, distance))
            break
    rest = Camera.select().order_by(Camera.created_at.desc(), Camera.id.desc()).limit(limit)
    for camera in rest:
        if camera.id not in seen:
            seen.add(camera.id)
            result.append(LinkCandidate(camera, None))
    return result[:limit]

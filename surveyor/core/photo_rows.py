"""What the workbench grid and sidebar show about photos and walks, in one query each.

Qt-free so that the figures (to do, has cameras, ...) mean the same in the window, the
command line and the tests. A photo is *to do* until it shows a camera or carries a mark.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from peewee import fn

from surveyor.core.cameras import cameras_near
from surveyor.store.models import Camera, CameraPhoto, Photo, db_proxy

STATE_TODO = "todo"
STATE_CAMERAS = "cameras"
STATE_NO_CAMERA = "no_camera"
STATE_REVIEW = "needs_review"


@dataclass(frozen=True)
class PhotoRow:
    """One photo as the grid shows it (no pixels: thumbnails load separately)."""

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
    search_text: str  # lower-case makes, models and notes of the cameras it shows

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
       (p.latitude IS NOT NULL AND p.longitude IS NOT NULL), p.bearing, p.mark,
       COUNT(c.id), COALESCE(MAX(c.needs_review), 0),
       COALESCE(GROUP_CONCAT(
           COALESCE(c.manufacturer, '') || ' ' || COALESCE(c.model, '') || ' '
           || COALESCE(c.operator, '') || ' ' || c.notes
           || CASE WHEN c.make_unknown THEN ' unknown' ELSE '' END, ' '), '')
FROM photo p
LEFT JOIN camera_photo cp ON cp.photo_id = p.id
LEFT JOIN camera c ON c.id = cp.camera_id
{where}
GROUP BY p.id
ORDER BY p.walk_id, COALESCE(p.taken_at, ''), p.original_name, p.id
"""


def _row(values: tuple[object, ...]) -> PhotoRow:
    (pid, walk_id, name, sha, ext, taken, has_pos, bearing, mark, count, review, text) = values
    return PhotoRow(
        id=int(pid),  # type: ignore[call-overload]
        walk_id=int(walk_id),  # type: ignore[call-overload]
        name=str(name),
        sha256=str(sha),
        extension=str(ext),
        taken_at=None if taken is None else str(taken),
        has_position=bool(has_pos),
        bearing=None if bearing is None else float(bearing),  # type: ignore[arg-type]
        mark=None if mark is None else str(mark),
        camera_count=int(count),  # type: ignore[call-overload]
        camera_needs_review=bool(review),
        search_text=str(text).casefold(),
    )


def photo_rows(ids: Iterable[int] | None = None) -> list[PhotoRow]:
    """All photos (or only ``ids``), ordered by walk, time taken and name."""
    if ids is None:
        cursor = db_proxy.execute_sql(_PHOTO_SQL.format(where=""))
        return [_row(r) for r in cursor.fetchall()]
    wanted = sorted({int(i) for i in ids})
    rows: list[PhotoRow] = []
    for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = _PHOTO_SQL.format(where=f"WHERE p.id IN ({marks})")
        rows.extend(_row(r) for r in db_proxy.execute_sql(sql, chunk).fetchall())
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

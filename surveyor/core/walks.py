"""Walks as a volunteer manages them: named after their day, renamed, merged, split, removed.

Every change returns a record of what it did, so the window can undo it exactly (same ids,
same links). Removing photos never deletes their files at once: an undo may need them.
``purge_unreferenced_media`` deletes the files that no photo refers to any more.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from peewee import Model

from surveyor.core.messages import Message
from surveyor.core.photos import media
from surveyor.core.photos.exif import read_exif_file
from surveyor.core.vault.storage import Blob, Storage
from surveyor.core.workspace import THUMB_SIZES, Workspace
from surveyor.store.models import Camera, CameraPhoto, Photo, Track, TrackPoint, Walk, db_proxy

# Enough photos to find the walk's day without reading a whole memory card.
_DAY_SAMPLE = 40


class WalkError(ValueError):
    """A walk change that cannot be made (the message says why, for the volunteer)."""


def photo_day(taken_at: str | None) -> dt.date | None:
    """The day of an ISO capture time (as the camera's clock wrote it)."""
    if not taken_at:
        return None
    try:
        return dt.date.fromisoformat(taken_at[:10])
    except ValueError:
        return None


def day_label(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"  # "16 May 2026": no leading zero


class _Day(dt.date):
    """A walk's day in its name: "16 May 2026" in English, the locale's long date in the app."""

    def __format__(self, spec: str) -> str:
        return day_label(self) if not spec else super().__format__(spec)


def unique_walk_name(base: str) -> str:
    """``base``, or ``base (2)``, ``base (3)``… whichever no walk has yet."""
    name, number = base, 1
    while Walk.select().where(Walk.name == name).exists():
        number += 1
        name = f"{base} ({number})"
    return name


def day_of_files(paths: Sequence[str]) -> dt.date | None:
    """The day most of (a sample of) the photos were taken, from their EXIF."""
    days = Counter(
        day
        for path in paths[:_DAY_SAMPLE]
        if (day := photo_day(read_exif_file(path).taken_at)) is not None
    )
    return days.most_common(1)[0][0] if days else None


def suggest_walk_name(paths: Sequence[str], today: dt.date | None = None) -> str:
    """A new walk's name from the photos' day: "Walk, 16 May 2026", made unique.

    The name is data, written once in the interface's language (str() of the message)."""
    day = day_of_files(paths) or today or dt.date.today()
    name = Message("Walk, {day}", day=_Day(day.year, day.month, day.day))
    return unique_walk_name(str(name))


def rename_walk(walk_id: int, name: str) -> str:
    """Give the walk a new name; returns the old one (for undo)."""
    name = name.strip()
    if not name:
        raise WalkError(Message("a walk needs a name"))
    walk = Walk.get_or_none(Walk.id == walk_id)
    if walk is None:
        raise WalkError(Message("no walk with id {walk}", walk=walk_id))
    if name != walk.name and Walk.select().where(Walk.name == name).exists():
        raise WalkError(Message("there is already a walk called “{name}”", name=name))
    old = str(walk.name)
    Walk.update(name=name).where(Walk.id == walk_id).execute()
    return old


# Snapshots: rows taken out of the catalogue and put back with the same ids ------------------


@dataclass
class Snapshot:
    """Rows removed from the catalogue, by table, in the order they must be put back."""

    rows: list[tuple[type[Model], list[dict[str, Any]]]] = field(default_factory=list)
    moved_photos: dict[int, int] = field(default_factory=dict)  # photo id -> old walk id
    moved_cameras: dict[int, int | None] = field(default_factory=dict)  # camera -> old walk
    moved_tracks: dict[int, int] = field(default_factory=dict)  # track id -> old walk id
    created_walks: list[int] = field(default_factory=list)  # made by a split: undone last
    sha256s: set[str] = field(default_factory=set)  # media that may now be unreferenced

    def take(self, model: type[Model], query: Any) -> None:
        rows = list(query.dicts())
        if rows:
            self.rows.append((model, rows))


def restore(snapshot: Snapshot) -> None:
    """Undo a removal, merge or split: put rows back and move photos and cameras home."""
    with db_proxy.atomic():
        for model, rows in snapshot.rows:
            for start in range(0, len(rows), 200):
                model.insert_many(rows[start : start + 200]).execute()
        for photo_id, walk_id in snapshot.moved_photos.items():
            Photo.update(walk=walk_id).where(Photo.id == photo_id).execute()
        for camera_id, camera_walk in snapshot.moved_cameras.items():
            Camera.update(walk=camera_walk).where(Camera.id == camera_id).execute()
        for track_id, walk_id in snapshot.moved_tracks.items():
            Track.update(walk=walk_id).where(Track.id == track_id).execute()
        # A split made walks of its own: once their photos are home they go again.
        if snapshot.created_walks:
            Walk.delete().where(Walk.id.in_(snapshot.created_walks)).execute()


def _take_walks(snapshot: Snapshot, walk_ids: Sequence[int]) -> None:
    snapshot.take(Walk, Walk.select().where(Walk.id.in_(walk_ids)))
    tracks = Track.select().where(Track.walk.in_(walk_ids))
    snapshot.take(Track, tracks)
    snapshot.take(TrackPoint, TrackPoint.select().where(TrackPoint.track.in_(tracks)))


def remove_photos(photo_ids: Iterable[int]) -> Snapshot:
    """Take photos out of the catalogue (their camera links go too; the cameras stay)."""
    ids = sorted({int(i) for i in photo_ids})
    snapshot = Snapshot()
    with db_proxy.atomic():
        photos = Photo.select().where(Photo.id.in_(ids))
        snapshot.sha256s = {str(p.sha256) for p in photos}
        snapshot.take(Photo, photos)
        snapshot.take(CameraPhoto, CameraPhoto.select().where(CameraPhoto.photo.in_(ids)))
        Photo.delete().where(Photo.id.in_(ids)).execute()
    return snapshot


def remove_walk(walk_id: int) -> Snapshot:
    """Take a walk out: its photos, its tracks, and the cameras seen only in its photos."""
    photo_ids = [p.id for p in Photo.select(Photo.id).where(Photo.walk == walk_id)]
    elsewhere = CameraPhoto.select(CameraPhoto.camera).join(Photo).where(Photo.walk != walk_id)
    only_here = Camera.select().where((Camera.walk == walk_id) & Camera.id.not_in(elsewhere))
    snapshot = Snapshot()
    with db_proxy.atomic():
        _take_walks(snapshot, [walk_id])
        photos = Photo.select().where(Photo.id.in_(photo_ids))
        snapshot.sha256s = {str(p.sha256) for p in photos}
        snapshot.take(Photo, photos)
        snapshot.take(Camera, only_here)
        links = CameraPhoto.select().where(CameraPhoto.photo.in_(photo_ids))
        snapshot.take(CameraPhoto, links)
        others = Camera.select(Camera.id).where((Camera.walk == walk_id) & Camera.id.in_(elsewhere))
        snapshot.moved_cameras = {int(c.id): walk_id for c in others}
        doomed = [int(c.id) for c in only_here]
        Camera.delete().where(Camera.id.in_(doomed)).execute()
        Walk.delete().where(Walk.id == walk_id).execute()  # cascades: photos, links, tracks
    return snapshot


def merge_walks(target_id: int, source_ids: Sequence[int]) -> Snapshot:
    """Move the photos, cameras and tracks of ``source_ids`` into the target walk."""
    sources = [int(s) for s in source_ids if int(s) != int(target_id)]
    if not sources:
        raise WalkError(Message("choose another walk to merge with"))
    if Walk.get_or_none(Walk.id == target_id) is None:
        raise WalkError(Message("no walk with id {walk}", walk=target_id))
    snapshot = Snapshot()
    with db_proxy.atomic():
        snapshot.take(Walk, Walk.select().where(Walk.id.in_(sources)))
        snapshot.moved_photos = _walk_ids(
            Photo.select(Photo.id, Photo.walk).where(Photo.walk.in_(sources))
        )
        snapshot.moved_cameras = dict(
            _walk_ids(Camera.select(Camera.id, Camera.walk).where(Camera.walk.in_(sources)))
        )
        # The same GPX file in both walks: the target's copy is enough (one per walk).
        target_files = Track.select(Track.sha256).where(Track.walk == target_id)
        twins = Track.select().where(Track.walk.in_(sources) & Track.sha256.in_(target_files))
        twin_ids = [int(t.id) for t in twins]
        snapshot.take(Track, Track.select().where(Track.id.in_(twin_ids)))
        snapshot.take(TrackPoint, TrackPoint.select().where(TrackPoint.track.in_(twin_ids)))
        Track.delete().where(Track.id.in_(twin_ids)).execute()
        snapshot.moved_tracks = _walk_ids(
            Track.select(Track.id, Track.walk).where(Track.walk.in_(sources))
        )
        Photo.update(walk=target_id).where(Photo.walk.in_(sources)).execute()
        Camera.update(walk=target_id).where(Camera.walk.in_(sources)).execute()
        Track.update(walk=target_id).where(Track.walk.in_(sources)).execute()  # keep GPX logs
        Walk.delete().where(Walk.id.in_(sources)).execute()
    return snapshot


def _walk_ids(query: Any) -> dict[int, int]:
    """Row id -> walk id, without loading each walk."""
    return {int(row["id"]): int(row["walk"]) for row in query.dicts()}


@dataclass
class SplitPart:
    name: str
    photo_ids: list[int]


def split_plan(walk_id: int, gap_minutes: float) -> list[SplitPart]:
    """Where a walk would split: a new part after every pause longer than ``gap_minutes``.

    Photos without a capture time stay in the first part.
    """
    walk = Walk.get_by_id(walk_id)
    photos = list(
        Photo.select(Photo.id, Photo.taken_at).where(Photo.walk == walk_id).order_by(Photo.id)
    )
    timed = sorted(
        ((t, int(p.id)) for p in photos if (t := _moment(p.taken_at)) is not None),
    )
    parts: list[list[int]] = [[int(p.id) for p in photos if _moment(p.taken_at) is None]]
    previous: dt.datetime | None = None
    for moment, photo_id in timed:
        if previous is not None and (moment - previous).total_seconds() > gap_minutes * 60:
            parts.append([])
        parts[-1].append(photo_id)
        previous = moment
    parts = [p for p in parts if p] or [[]]
    names = [str(walk.name)]
    for number in range(2, len(parts) + 1):
        names.append(unique_walk_name(f"{walk.name} ({number})"))
    return [SplitPart(n, ids) for n, ids in zip(names, parts, strict=True)]


def _moment(taken_at: str | None) -> dt.datetime | None:
    if not taken_at:
        return None
    try:
        moment = dt.datetime.fromisoformat(taken_at)
    except ValueError:
        return None
    # Compare the camera's wall clock: one volunteer, one camera, one walk.
    return moment.replace(tzinfo=None)


def split_walk(walk_id: int, gap_minutes: float) -> Snapshot:
    """Split a walk at its pauses (see ``split_plan``); the first part keeps the walk."""
    parts = split_plan(walk_id, gap_minutes)
    if len(parts) < 2:
        raise WalkError(
            Message("no pause longer than {gap:g} minutes in this walk", gap=float(gap_minutes))
        )
    snapshot = Snapshot()
    created: list[int] = []
    walk = Walk.get_by_id(walk_id)
    with db_proxy.atomic():
        for part in parts[1:]:
            day = _first_day(part.photo_ids) or walk.date
            new = Walk.create(name=part.name, date=day)
            created.append(int(new.id))
            for photo_id in part.photo_ids:
                snapshot.moved_photos[photo_id] = walk_id
            Photo.update(walk=new.id).where(Photo.id.in_(part.photo_ids)).execute()
            # A camera goes with the part its first photo is in.
            cameras = (
                Camera.select(Camera.id)
                .join(CameraPhoto)
                .where((Camera.walk == walk_id) & CameraPhoto.photo.in_(part.photo_ids))
                .distinct()
            )
            for camera in cameras:
                first = (
                    CameraPhoto.select(CameraPhoto.photo)
                    .where(CameraPhoto.camera == camera.id)
                    .order_by(CameraPhoto.id)
                    .first()
                )
                if first is not None and int(first.photo_id) in part.photo_ids:
                    snapshot.moved_cameras[int(camera.id)] = walk_id
                    Camera.update(walk=new.id).where(Camera.id == camera.id).execute()
    snapshot.created_walks = created
    return snapshot


def _first_day(photo_ids: Sequence[int]) -> dt.date | None:
    for photo in Photo.select(Photo.taken_at).where(Photo.id.in_(list(photo_ids))):
        day = photo_day(photo.taken_at)
        if day is not None:
            return day
    return None


def purge_unreferenced_media(workspace: Workspace, sha256s: Iterable[str]) -> int:
    """Delete the files (and thumbnails) of these photos once no photo row refers to them."""
    wanted = set(sha256s)
    if not wanted:
        return 0
    still = {str(p.sha256) for p in Photo.select(Photo.sha256).where(Photo.sha256.in_(wanted))}
    removed = 0
    for sha256 in sorted(wanted - still):
        remove_photo_files(workspace.storage, sha256)
        removed += 1
    return removed


def remove_photo_files(storage: Storage, sha256: str) -> int:
    """Delete a photo's original and thumbnails (a sealed file's key first); how many were."""
    blobs = [Blob.original(sha256, kind.extension) for kind in media.STORED_KINDS]
    blobs += [Blob.thumbnail(sha256, size) for size in THUMB_SIZES]
    return sum(storage.delete(blob) for blob in blobs)

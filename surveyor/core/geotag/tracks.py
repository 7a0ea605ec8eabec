"""A walk's GPX tracks in the catalogue: store, list, remove, and load as one timeline.

Tracks are private (see ``surveyor.store.models.Track``): nothing here exports them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from surveyor.core.geotag.gpx import GpxTrack, TrackFix
from surveyor.store.models import Track, TrackPoint, db_proxy


@dataclass(frozen=True)
class StoredTrack:
    """A track as the UI and the command line list it."""

    id: int
    name: str
    file_name: str
    point_count: int
    start_utc: float
    end_utc: float
    created: bool = False  # True when this call added it (False: the walk already had it)


def _stored(track: Track, created: bool = False) -> StoredTrack:
    return StoredTrack(
        id=track.id,
        name=track.name,
        file_name=track.file_name,
        point_count=track.point_count,
        start_utc=track.start_utc,
        end_utc=track.end_utc,
        created=created,
    )


def store_track(walk_id: int, gpx: GpxTrack) -> StoredTrack:
    """Add a parsed GPX file to a walk in one transaction; the same file twice adds nothing."""
    existing = Track.get_or_none((Track.walk == walk_id) & (Track.sha256 == gpx.sha256))
    if existing is not None:
        return _stored(existing)
    with db_proxy.atomic():
        track = Track.create(
            walk=walk_id,
            name=gpx.name,
            file_name=gpx.path.name,
            sha256=gpx.sha256,
            point_count=len(gpx.fixes),
            start_utc=gpx.start,
            end_utc=gpx.end,
        )
        rows = [
            (track.id, seq, fix.time, fix.lat, fix.lon, fix.ele)
            for seq, fix in enumerate(gpx.fixes)
        ]
        # executemany on the same connection (inside this transaction): a 1 Hz day is 30k rows.
        db_proxy.cursor().executemany(
            'INSERT INTO "track_point" ("track_id", "seq", "time_utc", "lat", "lon", "ele")'
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    return _stored(track, created=True)


def walk_tracks(walk_id: int) -> list[StoredTrack]:
    query = Track.select().where(Track.walk == walk_id).order_by(Track.start_utc, Track.id)
    return [_stored(t) for t in query]


def remove_track(track_id: int) -> None:
    with db_proxy.atomic():
        Track.delete().where(Track.id == track_id).execute()  # points go by ON DELETE CASCADE


def track_fixes(track_ids: Iterable[int]) -> list[TrackFix]:
    """The fixes of the given tracks, merged in time order."""
    ids = list(track_ids)
    if not ids:
        return []
    query = (
        TrackPoint.select(TrackPoint.time_utc, TrackPoint.lat, TrackPoint.lon, TrackPoint.ele)
        .where(TrackPoint.track.in_(ids))
        .order_by(TrackPoint.time_utc, TrackPoint.track, TrackPoint.seq)
        .tuples()
    )
    rows = cast(Iterable[tuple[float, float, float, float | None]], query)
    return [TrackFix(t, lat, lon, ele) for t, lat, lon, ele in rows]


def walk_fixes(walk_id: int, extra: Sequence[GpxTrack] = ()) -> list[TrackFix]:
    """Every fix of a walk's stored tracks, plus those of ``extra`` files not stored (dry run)."""
    fixes = track_fixes(t.id for t in walk_tracks(walk_id))
    stored_hashes = {t.sha256 for t in Track.select(Track.sha256).where(Track.walk == walk_id)}
    for gpx in extra:
        if gpx.sha256 not in stored_hashes:
            fixes.extend(gpx.fixes)
    fixes.sort(key=lambda f: f.time)
    return fixes

"""Place a walk's photos from its GPX tracks: ``plan`` (pure, writes nothing), ``apply``
(one transaction, returns what undo needs), ``revert`` / ``reapply`` (undo / redo).

Which positions a track may change:

- none yet, or ``gpx`` (an earlier run: re-running with a better offset must move them; a
  photo that the new settings cannot place loses its old ``gpx`` position and goes back to the
  "no position" tray with the reason);
- ``manual`` (dropped on the map by the volunteer) only with ``overwrite_manual=True``;
- ``exif`` (the phone's own GPS at the shutter) only with ``overwrite_exif=True``: a fix taken
  by the camera itself at that instant beats one interpolated from another device's log. A
  position with no recorded source counts as ``exif``.

The reason a photo could not be placed is stored in ``Photo.geotag_note`` (shown by the "no
position" tray; ``import_reason`` is about the file, not about tracks). The direction of travel
goes to ``Photo.travel_bearing`` as a hint when the photo has no ``GPSImgDirection``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from surveyor.core.geotag.clock import (
    ClockCorrection,
    ClockError,
    SyncSample,
    camera_time_utc,
    solve_correction,
)
from surveyor.core.geotag.match import DEFAULT_MAX_GAP_S, Located, Timeline, TrackTime
from surveyor.core.message_json import from_json, to_json
from surveyor.core.messages import Message, reason_of
from surveyor.store.models import Photo, db_proxy

SOURCE_GPX = "gpx"
SOURCE_MANUAL = "manual"
SOURCE_EXIF = "exif"


@dataclass(frozen=True)
class GeotagSettings:
    """How camera times become track times, and what a track may overwrite."""

    correction: ClockCorrection = field(default_factory=ClockCorrection)
    camera_tz: dt.tzinfo | None = None  # for photos without OffsetTimeOriginal; None: computer's
    max_gap_s: float = DEFAULT_MAX_GAP_S
    overwrite_manual: bool = False
    overwrite_exif: bool = False


@dataclass(frozen=True)
class PositionState:
    """The photo columns a geotag run writes (and an undo restores)."""

    latitude: float | None = None
    longitude: float | None = None
    altitude: float | None = None
    accuracy_m: float | None = None
    position_source: str | None = None
    geotag_note: str | None = None
    travel_bearing: float | None = None


_STATE_FIELDS = tuple(PositionState.__dataclass_fields__)


@dataclass(frozen=True)
class PhotoState:
    """What matching needs to know about one photo (a snapshot, so previews need no DB)."""

    id: int
    name: str
    taken_at: str | None
    position: PositionState
    bearing: float | None = None  # GPSImgDirection, when the photo has one

    @classmethod
    def of(cls, photo: Photo) -> PhotoState:
        return cls(
            id=photo.id,
            name=photo.original_name,
            taken_at=photo.taken_at,
            position=_position_of(photo),
            bearing=photo.bearing,
        )

    @property
    def has_position(self) -> bool:
        return self.position.latitude is not None and self.position.longitude is not None

    @property
    def source(self) -> str | None:
        if not self.has_position:
            return None
        return self.position.position_source or SOURCE_EXIF


def _position_of(photo: Photo) -> PositionState:
    state = PositionState(**{name: getattr(photo, name) for name in _STATE_FIELDS})
    # The note as a message, so that an undo writes it back translatable too.
    return replace(state, geotag_note=from_json(photo.geotag_note_message, state.geotag_note))


@dataclass(frozen=True)
class PhotoOutcome:
    """What a run would do with one photo.

    ``status``: ``placed`` (gets a track position), ``kept`` (the track could place it but its
    manual/EXIF position stays), ``unplaced`` (``reason`` says why). ``kind`` is a stable code
    for the reason (placed, kept_manual, kept_exif, before_track, after_track, in_gap, no_time,
    bad_time, no_track). ``after`` is what ``apply`` writes, None when nothing changes.
    ``located`` is the track position, even when it is not written (kept photos).
    """

    photo: PhotoState
    status: str
    kind: str
    reason: str = ""
    time_utc: float | None = None
    zone_source: str | None = None
    located: Located | None = None
    after: PositionState | None = None

    @property
    def final(self) -> PositionState:
        """The photo's position columns once the plan is applied."""
        return self.after if self.after is not None else self.photo.position


@dataclass(frozen=True)
class GeotagPlan:
    walk_id: int
    settings: GeotagSettings
    outcomes: tuple[PhotoOutcome, ...]

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def changes(self) -> list[PhotoOutcome]:
        return [o for o in self.outcomes if o.after is not None]


@dataclass(frozen=True)
class PhotoChange:
    photo_id: int
    before: PositionState
    after: PositionState


@dataclass(frozen=True)
class GeotagChanges:
    """What ``apply`` did, enough to undo (``revert``) and redo (``reapply``) it."""

    walk_id: int
    changes: tuple[PhotoChange, ...]

    def __len__(self) -> int:
        return len(self.changes)


def _unplaced(
    photo: PhotoState,
    kind: str,
    reason: str,
    time_utc: float | None = None,
    zone_source: str | None = None,
) -> PhotoOutcome:
    """A photo the track cannot place: note why; drop a stale position from an older run."""
    after: PositionState | None = None
    if kind == "no_track":
        pass  # nothing to say about the photo until the walk has a track
    elif photo.source == SOURCE_GPX:
        after = PositionState(geotag_note=reason)
    elif not photo.has_position and photo.position.geotag_note != reason:
        after = replace(photo.position, geotag_note=reason)
    return PhotoOutcome(photo, "unplaced", kind, reason, time_utc, zone_source, after=after)


def _kept(
    photo: PhotoState,
    settings: GeotagSettings,
    time_utc: float | None = None,
    zone_source: str | None = None,
    located: Located | None = None,
) -> PhotoOutcome | None:
    """A photo that keeps its own position (by hand, or its GPS) whatever the track says."""
    if not photo.has_position:
        return None
    source = photo.source
    if source == SOURCE_MANUAL and not settings.overwrite_manual:
        reason = Message("placed by hand: kept")
        return PhotoOutcome(photo, "kept", "kept_manual", reason, time_utc, zone_source, located)
    if source == SOURCE_EXIF and not settings.overwrite_exif:
        reason = Message("has its own GPS position: kept")
        return PhotoOutcome(photo, "kept", "kept_exif", reason, time_utc, zone_source, located)
    return None


def outcome_for(photo: PhotoState, timeline: Timeline, settings: GeotagSettings) -> PhotoOutcome:
    """Decide one photo (pure)."""
    if not photo.taken_at:
        return _kept(photo, settings) or _unplaced(
            photo, "no_time", Message("no capture time in the photo")
        )
    try:
        camera = camera_time_utc(photo.taken_at, settings.camera_tz)
    except ClockError as exc:
        return _kept(photo, settings) or _unplaced(photo, "bad_time", reason_of(exc))
    t = settings.correction.true_time(camera.utc)
    zone = camera.zone_source
    where = timeline.locate(t, settings.max_gap_s)
    if not isinstance(where, Located):
        # A photo with its own position keeps it: it is not one the track "cannot place".
        return _kept(photo, settings, t, zone) or _unplaced(
            photo, where.kind, where.reason, time_utc=t, zone_source=zone
        )
    kept = _kept(photo, settings, t, zone, where)
    if kept is not None:
        return kept
    after = PositionState(
        latitude=where.lat,
        longitude=where.lon,
        altitude=where.ele,
        accuracy_m=None,  # unknown: the log's accuracy is not the photo's
        position_source=SOURCE_GPX,
        geotag_note=None,
        travel_bearing=where.travel_bearing if photo.bearing is None else None,
    )
    unchanged = after == photo.position
    return PhotoOutcome(photo, "placed", "placed", "", t, zone, where, None if unchanged else after)


def plan_photos(
    walk_id: int,
    photos: Iterable[PhotoState],
    timeline: Timeline,
    settings: GeotagSettings,
) -> GeotagPlan:
    """Decide every photo without touching the catalogue."""
    outcomes = tuple(outcome_for(p, timeline, settings) for p in photos)
    return GeotagPlan(walk_id, settings, outcomes)


def walk_photos(walk_id: int) -> list[PhotoState]:
    query = Photo.select().where(Photo.walk == walk_id).order_by(Photo.taken_at, Photo.id)
    return [PhotoState.of(p) for p in query]


def plan(walk_id: int, timeline: Timeline, settings: GeotagSettings) -> GeotagPlan:
    """Read the walk's photos and decide each (writes nothing)."""
    return plan_photos(walk_id, walk_photos(walk_id), timeline, settings)


_UPDATE = (
    'UPDATE "photo" SET '
    + ", ".join(f'"{name}" = ?' for name in (*_STATE_FIELDS, "geotag_note_message"))
    + ' WHERE "id" = ?'
)
_CHUNK = 500  # ids per SELECT ... IN (...): well under SQLite's variable limit


def _write_all(states: Iterable[tuple[int, PositionState]]) -> None:
    rows = [
        (*(getattr(state, name) for name in _STATE_FIELDS), to_json(state.geotag_note), photo_id)
        for photo_id, state in states
    ]
    db_proxy.cursor().executemany(_UPDATE, rows)


def _current(photo_ids: Sequence[int]) -> dict[int, PositionState]:
    found: dict[int, PositionState] = {}
    for start in range(0, len(photo_ids), _CHUNK):
        chunk = photo_ids[start : start + _CHUNK]
        for photo in Photo.select().where(Photo.id.in_(chunk)):
            found[photo.id] = _position_of(photo)
    return found


def apply(geotag_plan: GeotagPlan) -> GeotagChanges:
    """Write a plan in one transaction and return what undo needs.

    Each photo is re-read inside the transaction: one the volunteer placed by hand since the
    plan was made is still protected (unless the plan allows overwriting manual positions),
    and one deleted since is skipped.
    """
    done: list[PhotoChange] = []
    allow_manual = geotag_plan.settings.overwrite_manual
    with db_proxy.atomic():
        wanted = geotag_plan.changes
        current = _current([o.photo.id for o in wanted])
        for outcome in wanted:
            before = current.get(outcome.photo.id)
            if before is None or outcome.after is None or before == outcome.after:
                continue
            if before.position_source == SOURCE_MANUAL and not allow_manual:
                continue
            done.append(PhotoChange(outcome.photo.id, before, outcome.after))
        _write_all((c.photo_id, c.after) for c in done)
    return GeotagChanges(geotag_plan.walk_id, tuple(done))


def revert(changes: GeotagChanges) -> None:
    """Undo: put back every photo as it was before ``apply`` (one transaction)."""
    with db_proxy.atomic():
        _write_all((c.photo_id, c.before) for c in changes.changes)


def reapply(changes: GeotagChanges) -> None:
    """Redo after an undo: write the same positions again (one transaction)."""
    with db_proxy.atomic():
        _write_all((c.photo_id, c.after) for c in changes.changes)


@dataclass(frozen=True)
class SyncPoint:
    """A photo the volunteer put where it was taken, and how that maps onto the track."""

    photo: PhotoState
    lat: float
    lon: float
    camera_utc: float
    track: TrackTime

    @property
    def sample(self) -> SyncSample:
        return SyncSample(self.camera_utc, self.track.time)


def sync_point(
    photo: PhotoState, lat: float, lon: float, timeline: Timeline, settings: GeotagSettings
) -> SyncPoint:
    """Map a hand-placed photo to the time the track passed nearest that place.

    Raises :class:`ClockError` when the photo has no capture time or the walk has no track.
    """
    if not photo.taken_at:
        raise ClockError(
            Message("{name}: no capture time, so it cannot set the clock", name=photo.name)
        )
    camera = camera_time_utc(photo.taken_at, settings.camera_tz)
    guess = settings.correction.true_time(camera.utc)
    found = timeline.time_at(lat, lon, near_time=guess, max_gap_s=settings.max_gap_s)
    if found is None:
        raise ClockError(Message("import a GPX track first: there is no track to compare with"))
    return SyncPoint(photo, lat, lon, camera.utc, found)


def solve_from_placed(points: Sequence[SyncPoint]) -> ClockCorrection:
    """Offset from one placed photo, offset + linear drift from two or more (least squares)."""
    return solve_correction([p.sample for p in points])

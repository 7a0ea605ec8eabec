"""Reading a GPX file (gpxpy) into a validated, time-ordered track.

Only ``<trk>`` points count: waypoints and routes carry no walking history. Times in GPX are UTC
(a time without a zone is read as UTC, as the GPX schema says). Every refusal is a
:class:`GpxError` whose message starts with the file name and says what is wrong, and where.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from dataclasses import dataclass
from pathlib import Path

import gpxpy
import gpxpy.gpx

from surveyor.core.messages import Message

MAX_GPX_BYTES = 200 * 1024 * 1024  # a day of 1 Hz logging is ~15 MB; refuse absurd files


class GpxError(Exception):
    """A GPX file that cannot be used, with the file and the reason in the message."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(Message("{file}: {reason}", file=path.name, reason=reason))
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class TrackFix:
    """One recorded position: ``time`` is POSIX seconds (UTC), ``ele`` metres or None."""

    time: float
    lat: float
    lon: float
    ele: float | None = None


@dataclass(frozen=True)
class GpxTrack:
    """The usable content of one GPX file: its fixes in time order, and where it came from."""

    path: Path
    name: str
    sha256: str
    fixes: tuple[TrackFix, ...]
    segments: int
    skipped_without_time: int = 0

    @property
    def start(self) -> float:
        return self.fixes[0].time

    @property
    def end(self) -> float:
        return self.fixes[-1].time


def utc_iso(seconds: float) -> str:
    """POSIX seconds as ISO 8601 UTC with a ``Z`` (whole seconds unless there is a fraction)."""
    moment = dt.datetime.fromtimestamp(seconds, dt.UTC)
    spec = "seconds" if moment.microsecond == 0 else "milliseconds"
    return moment.isoformat(timespec=spec).replace("+00:00", "Z")


def _as_utc_seconds(moment: dt.datetime) -> float:
    if moment.tzinfo is None:  # the GPX schema says UTC
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.timestamp()


def _parse(path: Path, data: bytes) -> gpxpy.gpx.GPX:
    try:
        return gpxpy.parse(data)
    except gpxpy.gpx.GPXXMLSyntaxException as exc:
        raise GpxError(path, Message("not valid XML ({exc})", exc=exc.__cause__ or exc)) from None
    except UnicodeDecodeError:
        raise GpxError(
            path, Message("not valid XML (the file is not text: is it really a GPX file?)")
        ) from None
    except Exception as exc:  # gpxpy raises ValueError, GPXException, ... for bad values
        raise GpxError(path, Message("not a readable GPX file ({exc})", exc=exc)) from None


def read_gpx(path: Path | str) -> GpxTrack:
    """Parse and validate one GPX file. Raises :class:`GpxError` naming the file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_GPX_BYTES:
            raise GpxError(
                path, Message("file is too large for a track ({size} MB)", size=size // 2**20)
            )
        data = path.read_bytes()
    except OSError as exc:
        raise GpxError(path, Message("cannot be read ({exc})", exc=exc.strerror or exc)) from None
    if not data.strip():
        raise GpxError(path, Message("the file is empty"))
    gpx = _parse(path, data)

    fixes: list[TrackFix] = []
    segments = 0
    without_time = 0
    for t_no, track in enumerate(gpx.tracks, start=1):
        for s_no, segment in enumerate(track.segments, start=1):
            if segment.points:
                segments += 1
            previous: TrackFix | None = None
            for p_no, point in enumerate(segment.points, start=1):
                where = Message(
                    "track {track}, segment {segment}, point {point}",
                    track=t_no,
                    segment=s_no,
                    point=p_no,
                )
                lat, lon = point.latitude, point.longitude
                if not (math.isfinite(lat) and math.isfinite(lon)) or not (
                    -90 <= lat <= 90 and -180 <= lon <= 180
                ):
                    raise GpxError(
                        path,
                        Message(
                            "{where} has an impossible position ({lat}, {lon})",
                            where=where,
                            lat=lat,
                            lon=lon,
                        ),
                    )
                if point.time is None:
                    without_time += 1
                    continue
                ele = point.elevation if point.elevation is not None else None
                fix = TrackFix(_as_utc_seconds(point.time), lat, lon, ele)
                if previous is not None and fix.time < previous.time:
                    raise GpxError(
                        path,
                        Message(
                            "points out of order: {where} ({time}) is earlier than "
                            "the point before it ({before})",
                            where=where,
                            time=utc_iso(fix.time),
                            before=utc_iso(previous.time),
                        ),
                    )
                previous = fix
                fixes.append(fix)

    if not fixes:
        if without_time:
            raise GpxError(
                path,
                Message(
                    "no timestamps: none of its {count} track points has a time, so "
                    "photos cannot be matched to it (was it saved as a route or a plain line?)",
                    count=without_time,
                ),
            )
        if gpx.waypoints or gpx.routes:
            raise GpxError(
                path,
                Message(
                    "empty track: no track points (it has only waypoints or routes, "
                    "which record no walk)"
                ),
            )
        raise GpxError(path, Message("empty track: no track points"))

    # Several tracks or segments in one file may follow each other in any order.
    fixes.sort(key=lambda f: f.time)
    name = gpx.name or next((t.name for t in gpx.tracks if t.name), None) or path.stem
    return GpxTrack(
        path=path,
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        fixes=tuple(fixes),
        segments=segments,
        skipped_without_time=without_time,
    )

"""Where was the volunteer at a given time? And when were they at a given place?

``Timeline.locate`` interpolates linearly in latitude/longitude between the two fixes around a
time, exactly as ``exiftool -geotag`` does, and refuses when those fixes are more than
``max_gap_s`` apart (exiftool's ``GeoMaxIntSecs``, default 1800 s). Unlike exiftool (whose
``GeoMaxExtSecs`` takes the end fix up to 30 min outside the track), a time outside the track
is always refused: where the volunteer went after the logger stopped is unknown, and a wrong
position is worse than none (the photo waits in the "no position" tray, with the reason).

``Timeline.time_at`` answers the reverse question for clock sync: the track time at the point
of the track nearest to where the volunteer dropped a photo.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

from surveyor.core.geometry import EARTH_RADIUS_M, bearing_deg, distance_m
from surveyor.core.geotag.gpx import TrackFix
from surveyor.core.messages import Message

DEFAULT_MAX_GAP_S = 1800.0
MIN_TRAVEL_M = 3.0  # less movement than this gives no meaningful direction of travel
SYNC_TOLERANCE_M = 15.0  # a hand-dropped photo is this uncertain; see Timeline.time_at


@dataclass(frozen=True)
class Located:
    """A position on the track, with the direction of travel there (None when standing)."""

    time: float
    lat: float
    lon: float
    ele: float | None
    travel_bearing: float | None


@dataclass(frozen=True)
class Refused:
    """Why a time has no position. ``kind``: before_track, after_track or in_gap."""

    kind: str
    seconds: float  # how far before/after the track, or how long the gap
    reason: str


@dataclass(frozen=True)
class TrackTime:
    """The answer to "when was I here?": track time and how far the place is from the track."""

    time: float
    distance_m: float
    lat: float
    lon: float


def describe_duration(seconds: float) -> str:
    seconds = abs(seconds)
    if seconds < 60:
        return Message("{seconds:.0f} s", seconds=seconds)
    minutes = round(seconds / 60)
    if minutes < 90:
        return Message("{minutes} min", minutes=minutes)
    if minutes < 48 * 60:
        return Message("{hours} h {minutes:02d} min", hours=minutes // 60, minutes=minutes % 60)
    return Message("{days:.1f} days", days=minutes / 1440)


def _clock(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%H:%M:%S")


class Timeline:
    """All fixes of a walk, in time order."""

    def __init__(self, fixes: Iterable[TrackFix]) -> None:
        self.fixes: list[TrackFix] = sorted(fixes, key=lambda f: f.time)
        self.times: list[float] = [f.time for f in self.fixes]

    def __len__(self) -> int:
        return len(self.fixes)

    def locate(self, t: float, max_gap_s: float = DEFAULT_MAX_GAP_S) -> Located | Refused:
        times = self.times
        if not times:
            return Refused("no_track", 0.0, Message("the walk has no GPX track"))
        if t < times[0]:
            ahead = times[0] - t
            return Refused(
                "before_track",
                ahead,
                Message(
                    "before the track: taken {duration} before it starts",
                    duration=describe_duration(ahead),
                ),
            )
        if t > times[-1]:
            late = t - times[-1]
            return Refused(
                "after_track",
                late,
                Message(
                    "after the track: taken {duration} after it ends",
                    duration=describe_duration(late),
                ),
            )
        i1 = bisect.bisect_left(times, t)
        if times[i1] == t:
            fix = self.fixes[i1]
            return Located(t, fix.lat, fix.lon, fix.ele, self._travel(i1, i1, max_gap_s))
        i0 = i1 - 1
        t0, t1 = times[i0], times[i1]
        if t1 - t0 > max_gap_s:
            return Refused(
                "in_gap",
                t1 - t0,
                Message(
                    "in a gap of {duration} in the track (no fix between {start} and {end} UTC)",
                    duration=describe_duration(t1 - t0),
                    start=_clock(t0),
                    end=_clock(t1),
                ),
            )
        p0, p1 = self.fixes[i0], self.fixes[i1]
        f = (t - t0) / (t1 - t0)
        lon1 = p1.lon
        if abs(lon1 - p0.lon) > 180:  # across the antimeridian: take the short way
            lon1 += 360 if lon1 < p0.lon else -360
        lon = p0.lon + (lon1 - p0.lon) * f
        lon = (lon + 540.0) % 360.0 - 180.0
        ele = None
        if p0.ele is not None and p1.ele is not None:
            ele = p0.ele + (p1.ele - p0.ele) * f
        lat = p0.lat + (p1.lat - p0.lat) * f
        return Located(t, lat, lon, ele, self._travel(i0, i1, max_gap_s))

    def _travel(self, lo: int, hi: int, max_gap_s: float) -> float | None:
        """Bearing of travel from the fixes around a time, widened until the walker moved."""
        fixes, times = self.fixes, self.times
        centre = (times[lo] + times[hi]) / 2
        for _ in range(60):
            a, b = fixes[lo], fixes[hi]
            if distance_m(a.lat, a.lon, b.lat, b.lon) >= MIN_TRAVEL_M:
                return round(bearing_deg(a.lat, a.lon, b.lat, b.lon), 1)
            can_lo = lo > 0 and centre - times[lo - 1] <= max_gap_s / 2
            can_hi = hi < len(fixes) - 1 and times[hi + 1] - centre <= max_gap_s / 2
            if not (can_lo or can_hi):
                return None
            if can_lo:
                lo -= 1
            if can_hi:
                hi += 1
        return None

    def time_at(
        self,
        lat: float,
        lon: float,
        near_time: float | None = None,
        max_gap_s: float = DEFAULT_MAX_GAP_S,
        tolerance_m: float = SYNC_TOLERANCE_M,
    ) -> TrackTime | None:
        """Track time at the track point nearest to (lat, lon); None for an empty track.

        A walk often passes the same place twice (out and back). Each pass that comes within
        ``tolerance_m`` of the nearest one is a candidate (its own closest point); ``near_time``
        (the photo's time with the current correction) picks the pass closest in time.
        Stretches across a gap longer than ``max_gap_s`` are not where anyone walked, so only
        their ends count.
        """
        if not self.fixes:
            return None
        # Local flat projection around the dropped point: exact enough within a few km.
        k_lat = math.radians(1.0) * EARTH_RADIUS_M
        k_lon = k_lat * math.cos(math.radians(lat))

        def xy(fix: TrackFix) -> tuple[float, float]:
            dlon = (fix.lon - lon + 540.0) % 360.0 - 180.0
            return dlon * k_lon, (fix.lat - lat) * k_lat

        # Closest point of each stretch (fix i to fix i+1), in track order.
        closest: list[tuple[float, float, float, float]] = []  # (dist, time, lat, lon)
        points = [xy(f) for f in self.fixes]
        for i, fix in enumerate(self.fixes):
            x0, y0 = points[i]
            best_here = (math.hypot(x0, y0), fix.time, fix.lat, fix.lon)
            if i + 1 < len(self.fixes) and self.fixes[i + 1].time - fix.time <= max_gap_s:
                nxt = self.fixes[i + 1]
                x1, y1 = points[i + 1]
                dx, dy = x1 - x0, y1 - y0
                seg2 = dx * dx + dy * dy
                u = 0.0 if seg2 == 0 else max(0.0, min(1.0, -(x0 * dx + y0 * dy) / seg2))
                best_here = (
                    math.hypot(x0 + u * dx, y0 + u * dy),
                    fix.time + u * (nxt.time - fix.time),
                    fix.lat + u * (nxt.lat - fix.lat),
                    fix.lon + u * (nxt.lon - fix.lon),
                )
            closest.append(best_here)
        limit = min(c[0] for c in closest) + tolerance_m
        # Each run of consecutive stretches within the limit is one pass by the place.
        passes: list[tuple[float, float, float, float]] = []
        run: list[tuple[float, float, float, float]] = []
        for item in [*closest, (math.inf, 0.0, 0.0, 0.0)]:
            if item[0] <= limit:
                run.append(item)
            elif run:
                passes.append(min(run, key=lambda c: c[0]))
                run = []
        if near_time is None:
            chosen = min(passes, key=lambda c: c[0])
        else:
            chosen = min(passes, key=lambda c: (abs(c[1] - near_time), c[0]))
        dist, t, c_lat, c_lon = chosen
        return TrackTime(time=t, distance_m=dist, lat=c_lat, lon=c_lon)

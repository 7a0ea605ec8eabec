"""Camera time → true UTC: time zone, clock offset and linear drift.

Conventions (the same as ``exiftool -geosync``): the *offset* is what must be **added** to the
camera's time to get the true time. A camera whose clock shows 10:00:00 when it is really
10:02:30 has an offset of ``+00:02:30``. Drift is how much that offset grows per day of camera
time (seconds per day), measured from ``ref`` (a camera time in POSIX seconds).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from surveyor.core.messages import Message

_OFFSET_RE = re.compile(r"^\s*([+-])?\s*(\d{1,3}):([0-5]?\d):([0-5]?\d(?:\.\d+)?)\s*$")
_SECONDS_RE = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?)\s*s?\s*$")
_TZ_RE = re.compile(r"^\s*([+-])(\d{1,2}):?(\d{2})\s*$")
DAY_S = 86_400.0


class ClockError(ValueError):
    """An offset, time zone or capture time that cannot be understood."""


@dataclass(frozen=True)
class ClockCorrection:
    """true_time = camera_time + offset_s + drift_s_per_day * (camera_time - ref) / 1 day."""

    offset_s: float = 0.0
    drift_s_per_day: float = 0.0
    ref: float = 0.0

    def true_time(self, camera_utc: float) -> float:
        return camera_utc + self.offset_s + self.drift_s_per_day * (camera_utc - self.ref) / DAY_S

    def offset_at(self, camera_utc: float) -> float:
        return self.true_time(camera_utc) - camera_utc

    def describe(self) -> str:
        text = format_offset(self.offset_s)
        if self.drift_s_per_day:
            return Message(
                "{offset}, drift {drift:+.1f} s/day", offset=text, drift=self.drift_s_per_day
            )
        return text


def parse_offset(text: str) -> float:
    """``±hh:mm:ss`` (or plain seconds, ``-75``) → seconds. Raises :class:`ClockError`."""
    match = _OFFSET_RE.match(text)
    if match:
        sign, hours, minutes, seconds = match.groups()
        value = int(hours) * 3600 + int(minutes) * 60 + float(seconds)
        return -value if sign == "-" else value
    match = _SECONDS_RE.match(text)
    if match:
        return float(match.group(1))
    raise ClockError(
        Message("camera clock offset {text!r} is not ±hh:mm:ss (for example +00:02:30)", text=text)
    )


def format_offset(seconds: float) -> str:
    sign = "-" if seconds < 0 else "+"
    total = round(abs(seconds))
    return f"{sign}{total // 3600:02d}:{total // 60 % 60:02d}:{total % 60:02d}"


def parse_tz(text: str) -> dt.timezone:
    """``±HH:MM`` (or ``Z``/``UTC``) → a fixed time zone. Raises :class:`ClockError`."""
    if text.strip().upper() in {"Z", "UTC", "GMT"}:
        return dt.UTC
    match = _TZ_RE.match(text)
    if not match:
        raise ClockError(
            Message("time zone {text!r} is not ±HH:MM (for example +02:00)", text=text)
        )
    sign, hours, minutes = match.groups()
    delta = dt.timedelta(hours=int(hours), minutes=int(minutes))
    if delta > dt.timedelta(hours=14) or int(minutes) >= 60:
        raise ClockError(Message("time zone {text!r} is outside -14:00..+14:00", text=text))
    return dt.timezone(-delta if sign == "-" else delta)


def format_tz(zone: dt.tzinfo | None) -> str:
    if zone is None:
        return "computer"
    delta = zone.utcoffset(None) or dt.timedelta(0)
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


@dataclass(frozen=True)
class CameraTime:
    """A capture time in UTC, and where its time zone came from ("photo", "setting", ...)."""

    utc: float
    zone_source: str


def camera_time_utc(taken_at: str, camera_tz: dt.tzinfo | None) -> CameraTime:
    """Read ``Photo.taken_at`` (ISO 8601) as UTC seconds, still on the camera's clock.

    The photo's own offset (``OffsetTimeOriginal``) wins; otherwise ``camera_tz``; with no
    setting, the computer's local zone for that date (what exiftool and gpscorrelate assume).
    """
    try:
        moment = dt.datetime.fromisoformat(taken_at.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ClockError(
            Message("capture time {taken_at!r} is not ISO 8601", taken_at=taken_at)
        ) from None
    if moment.tzinfo is not None:
        return CameraTime(moment.timestamp(), "photo")
    if camera_tz is not None:
        return CameraTime(moment.replace(tzinfo=camera_tz).timestamp(), "setting")
    return CameraTime(moment.astimezone().timestamp(), "computer")


@dataclass(frozen=True)
class SyncSample:
    """One photo whose true capture time is known (from where it was placed on the track)."""

    camera_utc: float
    true_utc: float


def solve_correction(samples: Sequence[SyncSample]) -> ClockCorrection:
    """Offset from one sample; offset + linear drift (least squares) from two or more.

    Samples taken at (nearly) the same camera time say nothing about drift: then the offset is
    their mean and the drift zero.
    """
    if not samples:
        raise ClockError(
            Message("place at least one photo on the track to compute the clock offset")
        )
    n = len(samples)
    xs = [s.camera_utc for s in samples]
    ys = [s.true_utc - s.camera_utc for s in samples]
    x_mean = sum(xs) / n
    y_mean = sum(ys) / n
    sxx = sum((x - x_mean) ** 2 for x in xs)
    if n == 1 or sxx < 60.0**2:  # spread under a minute: drift is not measurable
        return ClockCorrection(offset_s=y_mean, drift_s_per_day=0.0, ref=x_mean)
    sxy = sum((x - x_mean) * (y - y_mean) for x, y in zip(xs, ys, strict=True))
    slope = sxy / sxx  # seconds of offset per second of camera time
    return ClockCorrection(offset_s=y_mean, drift_s_per_day=slope * DAY_S, ref=x_mean)


def residuals(correction: ClockCorrection, samples: Sequence[SyncSample]) -> list[float]:
    """How far (seconds) each sample's corrected time lands from its known true time."""
    return [correction.true_time(s.camera_utc) - s.true_utc for s in samples]

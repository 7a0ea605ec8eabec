"""Where a camera is shown in a bundle: never a point that leads back to where the volunteer stood.

A camera the volunteer placed on the map by hand (``position_source`` "manual") is published
exactly where they put it. Every other position was worked out from the volunteer's own: the
photo's GPS, a GPX track, a photo placed by hand, or "a few metres along the compass bearing".
Published as is, such a point gives the standing point back (0 m away, or a fixed distance
along an angle). So it is published shifted instead:

- by a distance and a direction drawn once per camera and kept only in the catalogue
  (``Camera.shift_m``, 16-24 m, and ``Camera.shift_turn``), so every bundle shows the same
  point and comparing bundles gains nothing;
- measured from the photo's position (the anchor), into the half the camera is in when the
  photo has a bearing, but never within 30° of the bearing's line;
- checked against every photo of the camera: at least 16 m from each, never sharing 4-decimal
  coordinates with one, and no line through the point along the camera's published direction
  (either way) passes within 5 m of one. If the drawn direction fails, the nearest one that
  passes is used; the distance grows only when none does.

``surveyor:position_accuracy`` tells the coordinator how far the camera may be from the point.
docs/PRIVACY.md explains the threat this answers.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from surveyor.core import geometry
from surveyor.core.messages import Message
from surveyor.store.models import SHIFT_MAX_M, SHIFT_MIN_M, Camera, Photo

FAN_NEAR_DEG = 30.0  # never closer than this to the line of the photo's bearing
FAN_FAR_DEG = 75.0
LINE_CLEARANCE_M = 5.0
# One and a half cells of 4-decimal coordinates (plus rounding room): the published latitude
# or longitude differs from every standing point's by at least this much.
CELL_DEG = 0.00016
SIGHTING_M = 20.0  # how far a camera may be from where its photo was taken
ACCURACY_STEP_M = 5
ANGLE_STEP_DEG = 5.0
EXTRA_DISTANCES_M = (0.0, 8.0, 16.0, 32.0, 64.0)
# Sources whose stored position is itself a standing point (the photo's own position).
AT_STANDING_POINT = frozenset({"exif", "gpx", "photo"})


class UnpublishablePosition(ValueError):
    """No shifted point satisfies the rules (photos all around): place the camera by hand."""


@dataclass(frozen=True)
class PublishedPosition:
    latitude: float
    longitude: float
    exact: bool  # placed by hand: published as it is
    accuracy_m: int | None  # shifted: the camera is within about this many metres


@dataclass(frozen=True)
class _Point:
    lat: float
    lon: float
    bearing: float | None = None


def published_position(camera: Camera, photos: Sequence[Photo]) -> PublishedPosition:
    """The point a bundle shows for ``camera`` (which must have a position); ``photos`` are
    the photos that show it (their positions are where the volunteer stood)."""
    lat, lon = camera.latitude, camera.longitude
    if lat is None or lon is None:
        raise ValueError(Message("camera {uuid} has no position", uuid=camera.uuid))
    if camera.placed_by_hand:
        return PublishedPosition(round(float(lat), 7), round(float(lon), 7), True, None)
    points = [
        _Point(p.latitude, p.longitude, p.bearing)
        for p in photos
        if p.latitude is not None
        and p.longitude is not None
        and geometry.valid_position(p.latitude, p.longitude)
    ]
    if camera.position_source in AT_STANDING_POINT or not points:
        points.append(_Point(float(lat), float(lon)))
    anchor = min(points, key=lambda p: geometry.distance_m(lat, lon, p.lat, p.lon))
    angles = [] if camera.direction is None else [float(camera.direction)]
    shift_m = float(camera.shift_m if camera.shift_m is not None else SHIFT_MIN_M)
    turn = float(camera.shift_turn if camera.shift_turn is not None else 0.0)
    preferred = _preferred_angle(turn, anchor.bearing)
    for angle, distance in _candidates(preferred, shift_m):
        if anchor.bearing is not None and _near_line(angle, anchor.bearing, FAN_NEAR_DEG):
            continue
        plat, plon = geometry.destination_point(anchor.lat, anchor.lon, angle, distance)
        plat, plon = round(plat, 6), round(plon, 6)
        if _clear_of(plat, plon, points, angles):
            accuracy = max(distance, SHIFT_MAX_M) + SIGHTING_M
            step = ACCURACY_STEP_M
            return PublishedPosition(plat, plon, False, int(math.ceil(accuracy / step) * step))
    raise UnpublishablePosition(
        Message(
            "camera {uuid}: no shifted position keeps your photo positions private; "
            "place it on the map by hand",
            uuid=camera.uuid,
        )
    )


def _preferred_angle(turn: float, bearing: float | None) -> float:
    """The drawn direction: anywhere without a bearing, else one of the two fans beside it."""
    if bearing is None:
        return 360.0 * turn
    span = FAN_FAR_DEG - FAN_NEAR_DEG
    if turn < 0.5:
        return geometry.normalize_bearing(bearing + FAN_NEAR_DEG + span * turn * 2)
    return geometry.normalize_bearing(bearing - FAN_NEAR_DEG - span * (turn - 0.5) * 2)


def _candidates(preferred: float, shift_m: float) -> Iterator[tuple[float, float]]:
    """Directions nearest the drawn one first; farther distances only when all fail."""
    steps = int(180 / ANGLE_STEP_DEG)
    for extra in EXTRA_DISTANCES_M:
        yield preferred, shift_m + extra
        for k in range(1, steps + 1):
            yield geometry.normalize_bearing(preferred + k * ANGLE_STEP_DEG), shift_m + extra
            if k < steps:
                yield geometry.normalize_bearing(preferred - k * ANGLE_STEP_DEG), shift_m + extra


def _near_line(angle: float, line: float, tolerance: float) -> bool:
    """True when ``angle`` is within ``tolerance`` degrees of ``line`` taken either way."""
    diff = abs((angle - line) % 180.0)
    return min(diff, 180.0 - diff) < tolerance


def _clear_of(lat: float, lon: float, points: list[_Point], angles: list[float]) -> bool:
    for p in points:
        if geometry.distance_m(lat, lon, p.lat, p.lon) < SHIFT_MIN_M:
            return False
        if abs(lat - p.lat) < CELL_DEG and abs(lon - p.lon) < CELL_DEG:
            return False
        for angle in angles:
            if line_distance_m(lat, lon, angle, p.lat, p.lon) < LINE_CLEARANCE_M:
                return False
    return True


def line_distance_m(lat: float, lon: float, angle: float, plat: float, plon: float) -> float:
    """How close the line through (lat, lon) along ``angle`` (both ways) passes to a point.

    A local flat approximation: exact enough for the tens of metres involved.
    """
    d = geometry.distance_m(lat, lon, plat, plon)
    if d == 0.0:
        return 0.0
    towards = geometry.bearing_deg(lat, lon, plat, plon)
    return abs(d * math.sin(math.radians(towards - angle)))

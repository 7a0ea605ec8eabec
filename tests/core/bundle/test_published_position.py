"""A published camera position cannot be inverted to where the volunteer stood.

Each check is the attack itself: step back from the published point along every angle a
bundle carries (and along the phone's bearing, which "facing you" turns around), at every
distance, and see whether it reaches a photo's position.
"""

from __future__ import annotations

import random

import pytest

from surveyor.core import geometry
from surveyor.core.bundle.published_position import (
    LINE_CLEARANCE_M,
    published_position,
)
from surveyor.core.camera_records import DEFAULT_PROJECTION_M, facing_direction
from surveyor.store.models import SHIFT_MAX_M, SHIFT_MIN_M, Camera, Photo

STEP_M = 0.25


def closest_step_back(
    lat: float, lon: float, angle: float, plat: float, plon: float, reach_m: float = 80.0
) -> float:
    """The nearest that walking from (lat, lon) along ``angle`` or its opposite comes to a
    point, trying every distance up to ``reach_m`` in quarter-metre steps."""
    best = geometry.distance_m(lat, lon, plat, plon)
    for way in (angle, angle + 180.0):
        for i in range(1, int(reach_m / STEP_M) + 1):
            slat, slon = geometry.destination_point(lat, lon, way, i * STEP_M)
            best = min(best, geometry.distance_m(slat, slon, plat, plon))
    return best


def assert_not_invertible(camera: Camera, photos: list[Photo], angles: list[float]) -> None:
    where = published_position(camera, photos)
    assert not where.exact and where.accuracy_m is not None
    for photo in photos:
        d = geometry.distance_m(where.latitude, where.longitude, photo.latitude, photo.longitude)
        assert d >= SHIFT_MIN_M - 0.2, (camera.uuid, d)
        # The coordinates never spell the photo's, whatever the rounding, to 4 decimals.
        assert (
            abs(where.latitude - photo.latitude) >= 0.00015
            or abs(where.longitude - photo.longitude) >= 0.00015
        )
        for angle in angles:
            near = closest_step_back(
                where.latitude, where.longitude, angle, photo.latitude, photo.longitude
            )
            assert near >= LINE_CLEARANCE_M - 0.1, (angle, near)


def _photo(lat: float, lon: float, bearing: float | None, source: str = "exif") -> Photo:
    return Photo(latitude=lat, longitude=lon, bearing=bearing, position_source=source)


def _camera(photo: Photo, rng: random.Random, direction: float | None) -> Camera:
    lat, lon = photo.latitude, photo.longitude
    source = "photo" if photo.position_source == "manual" else photo.position_source
    if photo.bearing is not None:
        lat, lon = geometry.destination_point(lat, lon, photo.bearing, DEFAULT_PROJECTION_M)
        source = "projected"
    return Camera(
        uuid=f"cam-{rng.random()}",
        latitude=lat,
        longitude=lon,
        position_source=source,
        direction=direction,
        shift_m=rng.uniform(SHIFT_MIN_M, SHIFT_MAX_M),
        shift_turn=rng.random(),
    )


@pytest.mark.parametrize("origin", [(44.8125, 20.4612), (-0.2, -78.5), (64.14, -21.94)])
def test_many_drawn_cameras_cannot_be_inverted(origin: tuple[float, float]) -> None:
    rng = random.Random(20261202)
    for _ in range(150):
        lat = origin[0] + rng.uniform(-0.01, 0.01)
        lon = origin[1] + rng.uniform(-0.01, 0.01)
        bearing = rng.choice([None, rng.uniform(0, 360)])
        photo = _photo(lat, lon, bearing, rng.choice(["exif", "gpx", "manual"]))
        hint = facing_direction(bearing)
        direction = rng.choice([None, hint, rng.uniform(0, 360)])
        camera = _camera(photo, rng, direction)
        angles = [a for a in (direction, bearing) if a is not None]
        assert_not_invertible(camera, [photo], angles)


def test_a_camera_seen_from_several_spots_is_clear_of_each() -> None:
    rng = random.Random(7)
    for _ in range(60):
        base = _photo(44.81, 20.46, rng.uniform(0, 360))
        others = []
        for _ in range(3):
            lat, lon = geometry.destination_point(
                base.latitude, base.longitude, rng.uniform(0, 360), rng.uniform(2, 30)
            )
            others.append(_photo(lat, lon, rng.choice([None, rng.uniform(0, 360)])))
        direction = facing_direction(base.bearing)
        camera = _camera(base, rng, direction)
        assert_not_invertible(camera, [base, *others], [direction])


def test_the_same_camera_is_published_at_the_same_point_every_time() -> None:
    # Drawn once and kept: nothing to average over many bundles.
    rng = random.Random(3)
    photo = _photo(44.8125, 20.4612, 109.0)
    camera = _camera(photo, rng, None)
    first = published_position(camera, [photo])
    assert all(published_position(camera, [photo]) == first for _ in range(5))


def test_a_shifted_camera_stays_near_the_camera() -> None:
    rng = random.Random(11)
    photo = _photo(44.8125, 20.4612, 90.0)
    for _ in range(50):
        camera = _camera(photo, rng, None)
        where = published_position(camera, [photo])
        off = geometry.distance_m(
            where.latitude, where.longitude, camera.latitude, camera.longitude
        )
        assert off <= where.accuracy_m
        # In the half the photo looked into: the camera is that way.
        ahead = geometry.bearing_deg(
            photo.latitude, photo.longitude, where.latitude, where.longitude
        )
        assert abs((ahead - 90.0 + 180.0) % 360.0 - 180.0) < 90.0


def test_a_camera_placed_by_hand_is_published_exactly() -> None:
    photo = _photo(44.8125, 20.4612, 109.0)
    camera = Camera(uuid="x", latitude=44.81301234, longitude=20.46251234, position_source="manual")
    where = published_position(camera, [photo])
    assert where.exact and where.accuracy_m is None
    assert (where.latitude, where.longitude) == (44.8130123, 20.4625123)

from __future__ import annotations

import math

import pytest

from surveyor.core import geometry


def test_distance_known_value_paris_london() -> None:
    # Paris (Notre-Dame) to London (Big Ben): about 341 km on the sphere.
    d = geometry.distance_m(48.8530, 2.3499, 51.5007, -0.1246)
    assert d == pytest.approx(341_500, rel=0.005)


def test_distance_one_degree_latitude_and_zero() -> None:
    assert geometry.distance_m(0, 0, 1, 0) == pytest.approx(111_195, rel=1e-4)
    assert geometry.distance_m(44.8, 20.4, 44.8, 20.4) == 0.0


def test_distance_short_is_precise() -> None:
    # 1 metre north of a Belgrade point.
    lat2, lon2 = geometry.destination_point(44.8176, 20.4569, 0, 1.0)
    assert geometry.distance_m(44.8176, 20.4569, lat2, lon2) == pytest.approx(1.0, abs=1e-6)


@pytest.mark.parametrize("bearing", [0, 45, 90, 135, 180, 270, 359.5])
def test_destination_then_bearing_round_trip(bearing: float) -> None:
    lat, lon = -33.8688, 151.2093  # southern and eastern hemisphere
    lat2, lon2 = geometry.destination_point(lat, lon, bearing, 25.0)
    assert geometry.distance_m(lat, lon, lat2, lon2) == pytest.approx(25.0, rel=1e-9)
    back = geometry.bearing_deg(lat, lon, lat2, lon2)
    assert math.isclose(back, bearing, abs_tol=1e-6) or math.isclose(
        abs(back - bearing), 360, abs_tol=1e-6
    )


def test_destination_directions() -> None:
    lat, lon = geometry.destination_point(10, 10, 90, 1000)
    assert lat == pytest.approx(10, abs=1e-4) and lon > 10
    lat, lon = geometry.destination_point(10, 10, 180, 1000)
    assert lat < 10 and lon == pytest.approx(10, abs=1e-9)


def test_destination_wraps_antimeridian() -> None:
    lat, lon = geometry.destination_point(0, 179.9999, 90, 1000)
    assert lat == pytest.approx(0, abs=1e-6)
    assert -180 <= lon < -179.99


def test_bearing_cardinal() -> None:
    assert geometry.bearing_deg(0, 0, 1, 0) == pytest.approx(0)
    assert geometry.bearing_deg(0, 0, 0, 1) == pytest.approx(90)
    assert geometry.bearing_deg(0, 0, -1, 0) == pytest.approx(180)
    assert geometry.bearing_deg(0, 0, 0, -1) == pytest.approx(270)


def test_normalize_bearing() -> None:
    assert geometry.normalize_bearing(370) == 10
    assert geometry.normalize_bearing(-90) == 270
    assert 0 <= geometry.normalize_bearing(-1e-15) < 360


def test_bounding_box_contains_circle() -> None:
    lat, lon, r = 44.8, 20.4, 50.0
    min_lat, max_lat, min_lon, max_lon = geometry.bounding_box(lat, lon, r)
    for bearing in range(0, 360, 15):
        plat, plon = geometry.destination_point(lat, lon, bearing, r * 0.999)
        assert min_lat <= plat <= max_lat and min_lon <= plon <= max_lon
    assert geometry.bounding_box(89.9999, 0, 1000)[2:] == (-180.0, 180.0)


def test_valid_position() -> None:
    assert geometry.valid_position(44.8, 20.4)
    assert not geometry.valid_position(None, 20.4)
    assert not geometry.valid_position(91, 0)
    assert not geometry.valid_position(0, -181)
    assert not geometry.valid_position(float("nan"), 0)

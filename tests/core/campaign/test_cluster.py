"""Sightings become cameras: the 5 m / 25 m rules, two cameras on one pole, same volunteer."""

from __future__ import annotations

import random

from surveyor.core.campaign.grid_index import GridIndex
from surveyor.core.campaign.placement import Placer
from surveyor.core.geometry import distance_m
from surveyor.store.campaign_models import CampaignCamera, ReviewItem, Sighting
from tests.core.campaign.factory import offset, place, sighting


def test_grid_query_finds_everything_within_25_m_and_nothing_is_missed() -> None:
    rng = random.Random(7)
    index = GridIndex(25.0)
    points = {}
    for n in range(2000):
        lat, lon = offset(rng.uniform(-300, 300), rng.uniform(-300, 300))
        points[n] = (lat, lon)
        index.insert(n, lat, lon)
    for _ in range(200):
        qlat, qlon = offset(rng.uniform(-300, 300), rng.uniform(-300, 300))
        truth = {n for n, (a, b) in points.items() if distance_m(qlat, qlon, a, b) <= 25.0}
        assert truth <= set(index.near(qlat, qlon))


def test_grid_covers_high_latitudes_too() -> None:
    index = GridIndex(25.0)
    index.insert(1, 69.6496, 18.9560)  # Tromsø
    lat, lon = 69.6496, 18.9560 + 24.0 / (111_195 * 0.3476)  # ~24 m east
    assert distance_m(69.6496, 18.9560, lat, lon) < 25
    assert 1 in set(index.near(lat, lon))


def test_sightings_within_5_m_with_compatible_attributes_become_one_camera(campaign) -> None:
    a = sighting("AAAA", 0, 0, camera_type="dome", camera_mount="pole", manufacturer="Huawei")
    b = sighting("BBBB", 3, 1, camera_type="dome", camera_mount="pole", make_unknown=True)
    assert place(a, b) == ["new", "confirmed"]
    assert Sighting.get_by_id(a.id).camera_id == Sighting.get_by_id(b.id).camera_id
    assert ReviewItem.select().count() == 0
    camera = CampaignCamera.get()
    lat, lon = offset(1.5, 0.5)
    assert distance_m(camera.latitude, camera.longitude, lat, lon) < 0.05


def test_a_12_m_match_joins_provisionally_and_asks_for_review(campaign) -> None:
    a = sighting("AAAA", 0, 0, camera_type="fixed")
    b = sighting("BBBB", 12, 0, camera_type="fixed")
    assert place(a, b) == ["new", "confirmed"]
    item = ReviewItem.get()
    assert item.kind == "far_match"
    assert item.sighting_id == b.id
    assert 11.5 < item.distance_m < 12.5
    assert CampaignCamera.select().count() == 1


def test_conflicting_mount_at_2_m_is_kept_apart_with_a_review_item(campaign) -> None:
    a = sighting("AAAA", 0, 0, camera_mount="pole")
    b = sighting("BBBB", 2, 0, camera_mount="wall")
    assert place(a, b) == ["new", "conflict"]
    item = ReviewItem.get()
    assert item.kind == "possible_duplicate"
    assert "a different mount" in item.reason
    assert item.other_camera_id == Sighting.get_by_id(a.id).camera_id
    assert CampaignCamera.select().count() == 2


def test_two_cameras_on_one_pole_facing_apart_are_never_merged(campaign) -> None:
    a = sighting("AAAA", 0, 0, camera_mount="pole", direction=90)
    b = sighting("BBBB", 1, 0, camera_mount="pole", direction=270)
    c = sighting("CCCC", 0.5, 0.5, camera_mount="pole", direction=100)
    assert place(a, b, c) == ["new", "new", "confirmed"]
    cams = {Sighting.get_by_id(s.id).camera_id for s in (a, b, c)}
    assert len(cams) == 2
    assert Sighting.get_by_id(a.id).camera_id == Sighting.get_by_id(c.id).camera_id


def test_two_sightings_by_one_volunteer_are_two_cameras(campaign) -> None:
    a = sighting("AAAA", 0, 0, camera_type="dome")
    b = sighting("AAAA", 1, 0, camera_type="dome")
    assert place(a, b) == ["new", "new"]
    assert CampaignCamera.select().count() == 2
    assert ReviewItem.select().count() == 0


def test_beyond_25_m_is_a_new_camera_without_review(campaign) -> None:
    a = sighting("AAAA", 0, 0)
    b = sighting("BBBB", 30, 0)
    assert place(a, b) == ["new", "new"]
    assert ReviewItem.select().count() == 0


def test_two_equally_plausible_cameras_in_the_band_go_to_a_person(campaign) -> None:
    a = sighting("AAAA", 0, -14, camera_type="dome")
    b = sighting("BBBB", 0, 14, camera_type="dome")
    c = sighting("CCCC", 0, 0, camera_type="dome")
    assert place(a, b, c) == ["new", "new", "conflict"]
    assert ReviewItem.get().kind == "possible_duplicate"


def test_index_persists_between_merge_runs(campaign) -> None:
    a = sighting("AAAA", 0, 0)
    place(a, placer=Placer())
    b = sighting("BBBB", 2, 0)
    assert place(b, placer=Placer()) == ["confirmed"]

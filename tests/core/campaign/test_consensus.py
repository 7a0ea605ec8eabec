"""Consensus per attribute: labels, confidence, independent volunteers, position, agreement."""

from __future__ import annotations

import pytest

from surveyor.core.campaign.consensus import Vote, camera_consensus, volunteer_agreement
from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.geometry import distance_m
from tests.core.campaign.factory import offset, place, sighting


def vote(n: int, key: str, north: float = 0.0, **values: object) -> Vote:
    lat, lon = offset(north, 0)
    return Vote(sighting_id=n, key_id=key, lat=lat, lon=lon, values=values, order=n)


def test_unanimous_majority_disagree_and_single() -> None:
    votes = [
        vote(1, "A", camera_type="dome", camera_mount="pole", zone="town", model="X"),
        vote(2, "B", camera_type="dome", camera_mount="pole", zone="traffic"),
        vote(3, "C", camera_type="dome", camera_mount="wall", zone="parking"),
    ]
    cam = camera_consensus(1, "u", votes)
    t = cam.attributes["camera_type"]
    assert (t.value, t.label, t.agree, t.voters, t.confidence) == ("dome", "unanimous", 3, 3, 0.8)
    m = cam.attributes["camera_mount"]
    assert (m.value, m.label, m.text) == ("pole", "majority", "majority (2 of 3)")
    assert m.confidence == 0.6
    z = cam.attributes["zone"]
    assert (z.value, z.label, z.text) == (None, "disagree", "disagree (1 of 3)")
    assert cam.attributes["model"].label == "single"
    assert cam.attributes["operator"].label == "none"
    assert cam.agreement == "disagree"


def test_a_tie_between_two_volunteers_publishes_no_value() -> None:
    cam = camera_consensus(
        1, "u", [vote(1, "A", camera_type="dome"), vote(2, "B", camera_type="fixed")]
    )
    assert cam.attributes["camera_type"].value is None
    assert cam.attributes["camera_type"].label == "disagree"


def test_one_vote_per_volunteer_their_latest() -> None:
    votes = [
        vote(1, "A", camera_type="fixed"),
        vote(2, "A", camera_type="dome"),
        vote(3, "B", camera_type="dome"),
    ]
    cam = camera_consensus(1, "u", votes)
    assert cam.volunteers == ("A", "B")
    assert cam.attributes["camera_type"].label == "unanimous"
    assert cam.sightings == 3


def test_position_is_the_mean_of_agreeing_sightings() -> None:
    votes = [
        vote(1, "A", 0, camera_mount="pole"),
        vote(2, "B", 2, camera_mount="pole"),
        vote(3, "C", 20, camera_mount="wall"),  # the dissenter does not pull the position
    ]
    cam = camera_consensus(1, "u", votes)
    lat, lon = offset(1, 0)
    assert distance_m(cam.lat, cam.lon, lat, lon) < 0.05


def test_directions_agree_within_45_degrees_across_north() -> None:
    cam = camera_consensus(
        1,
        "u",
        [vote(1, "A", direction=350), vote(2, "B", direction=10), vote(3, "C", direction=180)],
    )
    d = cam.attributes["direction"]
    assert d.label == "majority" and d.agree == 2
    assert d.value == pytest.approx(0.0, abs=0.1) or d.value == pytest.approx(360.0, abs=0.1)


def test_height_agrees_within_a_metre() -> None:
    cam = camera_consensus(
        1, "u", [vote(1, "A", height=4.0), vote(2, "B", height=4.5), vote(3, "C", height=9.0)]
    )
    h = cam.attributes["height"]
    assert (h.value, h.label) == (4.2, "majority")


def test_override_wins_and_is_labelled_set() -> None:
    cam = camera_consensus(
        1,
        "u",
        [vote(1, "A", camera_type="dome"), vote(2, "B", camera_type="fixed")],
        {"camera_type": "fixed"},
    )
    assert cam.attributes["camera_type"].value == "fixed"
    assert cam.attributes["camera_type"].label == "set"


def test_volunteer_agreement_rate() -> None:
    cams = [
        camera_consensus(
            1,
            "u1",
            [
                vote(1, "A", camera_type="dome"),
                vote(2, "B", camera_type="dome"),
                vote(3, "C", camera_type="fixed"),
            ],
        ),
        camera_consensus(
            2, "u2", [vote(4, "A", camera_type="fixed"), vote(5, "C", camera_type="fixed")]
        ),
        camera_consensus(3, "u3", [vote(6, "C", camera_type="fixed")]),  # single: not counted
    ]
    rates = volunteer_agreement(cams)
    assert rates["A"] == (2, 2)
    assert rates["C"] == (1, 2)


def test_make_unknown_abstains_instead_of_disagreeing(campaign) -> None:
    a = sighting("AAAA", 0, 0, manufacturer="Huawei", model="IPC6625-Z30")
    b = sighting("BBBB", 1, 0, make_unknown=True, manufacturer=None)
    c = sighting("CCCC", 1, 1, manufacturer="huawei")
    place(a, b, c)
    (cam,) = load_consensus()
    m = cam.attributes["manufacturer"]
    assert (m.value, m.label, m.voters) == ("Huawei", "unanimous", 2)
    assert len(cam.volunteers) == 3

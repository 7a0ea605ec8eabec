"""A merge a coordinator can finish: confident cases settled and explained, real doubts asked."""

from __future__ import annotations

import pytest

from surveyor.core.campaign import history, review
from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.geometry import distance_m
from surveyor.store.campaign_models import CampaignCamera, PlacementNote, ReviewItem, Sighting
from tests.core.campaign.factory import place, sighting
from tests.core.campaign.street_survey import across_seeds, survey, survey_figures, survey_seeds

FIXED = {"camera_type": "fixed", "camera_mount": "pole", "manufacturer": "Huawei"}
SURVEY_SEEDS = (1, 2, 3, 4, 5, 16)  # as bench/merge_bench.py reports them
DOME = {"camera_type": "dome", "camera_mount": "pole", "manufacturer": "Huawei"}


def camera_of(row: Sighting) -> int | None:
    return Sighting.get_by_id(row.id).camera_id


def note_of(row: Sighting) -> str:
    return PlacementNote.get(PlacementNote.sighting == row.id).text


def test_one_dome_seen_twice_is_one_camera_whatever_directions_were_guessed(campaign) -> None:
    a = sighting("AAAA", 0, 0, direction=10, **DOME)
    b = sighting("BBBB", 1.4, 0, direction=200, **DOME)
    assert place(a, b) == ["new", "confirmed"]
    assert camera_of(a) == camera_of(b)
    assert ReviewItem.select().count() == 0
    assert note_of(b).startswith("joined: 1.4 m, same type, mount and make")


def test_a_pole_pair_facing_opposite_ways_stays_two_cameras_and_says_why(campaign) -> None:
    a = sighting("AAAA", 0, 0, direction=90, **FIXED)
    b = sighting("BBBB", 0, 1.0, direction=270, **FIXED)
    c = sighting("CCCC", 0.5, 0.2, direction=80, **FIXED)
    d = sighting("DDDD", 0.3, 1.1, direction=260, **FIXED)
    assert place(a, b, c, d) == ["new", "new", "confirmed", "confirmed"]
    assert camera_of(a) == camera_of(c) != camera_of(b) == camera_of(d)
    assert ReviewItem.select().count() == 0
    assert "faces 180° another way" in note_of(b)


def test_strong_evidence_joins_at_gps_distance_and_explains_it(campaign) -> None:
    rows = [sighting(k, n, 0, direction=45, **FIXED) for k, n in (("A", 0), ("B", 9), ("C", 14))]
    assert place(*rows) == ["new", "confirmed", "confirmed"]
    assert len({camera_of(r) for r in rows}) == 1
    assert ReviewItem.select().count() == 0
    text = note_of(rows[2])
    assert "same type, mount and make, faces the same way, 3 volunteers agree" in text


def test_a_mount_slip_joins_and_a_tied_vote_opens_an_item_a_later_answer_settles(
    campaign,
) -> None:
    a = sighting("A", 0, 0, direction=45, **FIXED)
    b = sighting("B", 2, 0, direction=50, **{**FIXED, "camera_mount": "wall"})
    assert place(a, b) == ["new", "confirmed"]
    assert camera_of(a) == camera_of(b)
    (item,) = review.open_items()
    assert (item.kind, item.attribute) == ("vote_split", "camera_mount")
    assert item.reason == "mount: 1 says pole, 1 says wall"
    assert "says mount wall where others said pole (the vote decides)" in note_of(b)
    place(sighting("C", 1, 1, direction=40, **FIXED))
    assert review.open_items() == []
    assert ReviewItem.get_by_id(item.id).resolution == "settled"
    (cam,) = load_consensus()
    assert cam.value("camera_mount") == "pole"


def test_a_close_pair_the_rules_cannot_settle_opens_an_item(campaign) -> None:
    a = sighting("A", 0, 0, direction=0, camera_type="fixed")
    b = sighting("B", 1, 0, direction=52, camera_type="fixed")  # neither the same nor apart
    assert place(a, b) == ["new", "conflict"]
    (item,) = review.open_items()
    assert item.kind == "possible_duplicate" and "facing 52° another way" in item.reason


def test_a_different_make_far_off_is_settled_apart_without_an_item(campaign) -> None:
    a = sighting("A", 0, 0, **FIXED)
    b = sighting("B", 12, 0, **{**FIXED, "manufacturer": "Dahua"})
    assert place(a, b) == ["new", "new"]
    assert review.open_items() == []
    assert "has a different make" in note_of(b)


def test_merge_any_two_cameras_and_undo(campaign) -> None:
    a = sighting("A", 0, 0, **FIXED)
    b = sighting("B", 80, 0, **{**FIXED, "camera_mount": "wall"})
    place(a, b)
    source = CampaignCamera.get_by_id(camera_of(b))
    target = CampaignCamera.get_by_id(camera_of(a))
    decision = review.merge_cameras(source.uuid, str(target.id), "coord")
    assert camera_of(a) == camera_of(b) == target.id
    (item,) = review.open_items()  # one says pole, one says wall: a person decides
    assert item.kind == "vote_split"
    review.undo(decision)
    assert camera_of(b) == source.id
    assert review.open_items() == []
    with pytest.raises(review.ReviewError, match="no camera nope"):
        review.merge_cameras("nope", target.uuid, "coord")


def test_automatic_decisions_are_in_the_history_and_can_be_undone(campaign) -> None:
    a = sighting("A", 0, 0, direction=90, **FIXED)
    b = sighting("B", 8, 0, direction=95, **FIXED)
    c = sighting("C", 0, 1, direction=270, **FIXED)
    place(a, b, c)
    entries = history.camera_history(camera_of(a))
    assert [e.action for e in entries] == ["new", "joined"]
    joined = entries[1]
    assert joined.undoable and joined.text.startswith("joined: 8.0 m")
    decision = history.undo_automatic(joined.note_id, "coord")
    assert camera_of(a) != camera_of(b)
    review.undo(decision)
    assert camera_of(a) == camera_of(b)

    (apart,) = history.camera_history(camera_of(c))
    assert apart.action == "apart" and apart.undoable
    history.undo_automatic(apart.note_id, "coord")
    assert camera_of(c) == camera_of(a)


def test_items_that_matter_most_come_first_and_a_class_is_settled_in_one_step(
    campaign,
) -> None:
    place(sighting("A", 0, 0), sighting("B", 6, 0))  # a weak 6 m far match
    place(sighting("C", 300, 0), sighting("D", 311, 0))  # a weak 11 m far match
    place(
        sighting("E", 600, 0, direction=10, **FIXED),
        sighting("F", 601, 0, direction=12, **{**FIXED, "manufacturer": "Dahua"}),
    )
    a, b = (CampaignCamera.get_by_id(camera_of(r)) for r in Sighting.select().where(
        Sighting.key_id.in_(["E", "F"])))  # fmt: skip
    review.merge(b.id, a.id, "coord")  # the coordinator merged them: the make is in dispute
    kinds = [(i.kind, i.attribute) for i in review.open_items()]
    assert kinds[0] == ("vote_split", "manufacturer")
    assert [k for k, _ in kinds[1:]] == ["far_match", "far_match"]
    assert [round(i.distance_m) for i in review.open_items()[1:]] == [11, 6]
    decision = review.accept_class("far_match", "", "coord")
    assert [i.kind for i in review.open_items()] == ["vote_split"]
    review.undo(decision)
    assert len(review.open_items()) == 3


def test_a_small_realistic_survey_publishes_each_camera_once() -> None:
    """The issue's street survey over the benchmark's seeds (never picked to pass)."""
    results = survey_seeds(SURVEY_SEEDS)
    spread = across_seeds(results)
    print("street survey:", results)
    # Before #16 (seed 16): 155 cameras for 140, 13 with no camera within 6 m, 179 open items.
    assert spread["items_share"].mean < 0.05  # nearly all 1-vs-1 mount ties, asked honestly
    assert spread["extra_share"].mean <= 0.03
    # A camera seen by two or more is published within 6 m unless the mean of its fixes is
    # farther off (GPS); the merge never puts its sightings in the wrong camera.
    assert spread["missed_misclustered"].high == 0
    assert spread["missed_more"].mean <= 1


def test_a_survey_sent_as_bundles_publish_positions_is_merged_by_stated_accuracy(
    campaign,
) -> None:
    """A third placed by hand, the rest shifted 16–24 m for privacy (stated: ~45 m)."""
    figures = survey_figures(survey(16, shifted=True))
    print("shifted street survey:", figures)
    # Weighing positions by accuracy: 212 cameras for 138 and 117 open items without it.
    assert figures["extra_share"] <= 0.03
    assert figures["missed_by_hand"] <= 1  # a camera placed by hand is published within 6 m
    assert figures["missed_shifted"] == 0  # the others within the 45 m their bundles state
    assert figures["shifted_median_m"] <= 15
    assert figures["items_share"] <= 0.10


def test_a_camera_placed_by_hand_anchors_positions_shifted_for_privacy(campaign) -> None:
    shifted = [
        sighting(k, n, e, position_source="exif", position_accuracy=45, direction=90, **FIXED)
        for k, n, e in (("AAAA", 20, 0), ("BBBB", -5, 22))
    ]
    by_hand = sighting(
        "CCCC", 0.5, 0, position_source="manual", direction=95, **{**FIXED, "camera_mount": "wall"}
    )
    assert place(*shifted, by_hand) == ["new", "confirmed", "confirmed"]
    assert len({camera_of(r) for r in (*shifted, by_hand)}) == 1
    assert "its position shifted for privacy (good to 45 m)" in note_of(shifted[1])
    (camera,) = load_consensus()
    # Within a metre of the hand placement, though its volunteer misjudged the mount.
    here = Sighting.get_by_id(by_hand.id)
    assert distance_m(camera.lat, camera.lon, here.latitude, here.longitude) < 1.0


def test_two_domes_on_one_pole_that_volunteers_agree_face_two_ways_are_split(campaign) -> None:
    rows = [
        sighting(k, n, 0, direction=way, **DOME)
        for k, n, way in (("A", 0, 100), ("B", 0.8, 250), ("C", 0.3, 108), ("D", 0.6, 242))
    ]
    place(*rows)
    a, b, c, d = (camera_of(r) for r in rows)
    assert a == c != b == d
    (entry,) = [e for e in history.camera_history(b) if e.action == "apart"][:1]
    assert entry.text.startswith("split off: 2 volunteers see it face 246°")
    history.undo_automatic(entry.note_id, "coord")
    assert len({camera_of(r) for r in rows}) == 1


def test_a_dome_with_scattered_guesses_stays_one_camera(campaign) -> None:
    rows = [
        sighting(k, n, 0, direction=way, **DOME)
        for k, n, way in (("A", 0, 10), ("B", 0.8, 200), ("C", 0.3, 95), ("D", 0.6, 300))
    ]
    place(*rows)
    assert len({camera_of(r) for r in rows}) == 1


def test_splitting_off_the_odd_answer_settles_the_split_vote_and_undo_reopens_it(
    campaign,
) -> None:
    a = sighting("A", 0, 0, direction=45, **FIXED)
    b = sighting("B", 2, 0, direction=50, **{**FIXED, "camera_mount": "wall"})
    place(a, b)
    (item,) = review.open_items()
    decision = review.split([b.id], "coord")
    assert review.open_items() == []
    assert ReviewItem.get_by_id(item.id).resolution == "settled"
    review.undo(decision)
    assert [i.id for i in review.open_items()] == [item.id]


def test_a_pole_and_a_street_lamp_agree_the_lamp_is_settled_and_undo_asks_a_person(
    campaign,
) -> None:
    a = sighting("A", 0, 0, direction=45, **FIXED)
    b = sighting("B", 2, 0, direction=50, **{**FIXED, "camera_mount": "street_lamp"})
    assert place(a, b) == ["new", "confirmed"]
    assert "mount street lamp is a kind of pole" in note_of(b)
    assert review.open_items() == []  # both are right: no tie to ask about
    (cam,) = load_consensus()
    assert cam.value("camera_mount") == "street_lamp"
    assert cam.attributes["camera_mount"].label == "unanimous"
    (settled,) = [e for e in history.camera_history(camera_of(a)) if e.action == "settled"]
    assert settled.text == "mount: street lamp (street lamp is a kind of pole: both agree)"
    assert settled.undoable
    assert [e.note_id for e in history.automatic_decisions("nested")] == [settled.note_id]
    decision = history.undo_automatic(settled.note_id, "coord")
    (item,) = review.open_items()
    assert (item.kind, item.attribute) == ("vote_split", "camera_mount")
    assert item.reason == "mount: 1 says pole, 1 says street lamp"
    assert not history.camera_history(camera_of(a))[-1].undoable  # asked: nothing to undo
    place(sighting("C", 1, 1, direction=40, **FIXED))  # nesting answers no asked question
    assert [i.id for i in review.open_items()] == [item.id]
    review.undo(decision)
    assert review.open_items() == []


def test_a_wall_and_a_building_agree_but_a_pole_and_a_wall_still_ask(campaign) -> None:
    wall = {**FIXED, "camera_mount": "wall"}
    place(sighting("A", 0, 0, direction=45, **wall))
    place(sighting("B", 1, 0, direction=45, **{**FIXED, "camera_mount": "building"}))
    place(sighting("C", 300, 0, direction=45, **wall), sighting("D", 301, 0, direction=45, **FIXED))
    (item,) = review.open_items()
    assert item.reason == "mount: 1 says wall, 1 says pole"
    values = sorted(c.value("camera_mount") or "-" for c in load_consensus())
    assert values == ["-", "wall"]


def test_two_kinds_of_pole_still_disagree(campaign) -> None:
    place(
        sighting("A", 0, 0, direction=45, **{**FIXED, "camera_mount": "street_lamp"}),
        sighting("B", 1, 0, direction=45, **{**FIXED, "camera_mount": "traffic_signals"}),
    )
    (item,) = review.open_items()
    assert item.attribute == "camera_mount"

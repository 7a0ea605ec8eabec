"""Review decisions: accept, merge, split, set value; each undoable and recorded with its author."""

from __future__ import annotations

import pytest

from surveyor.core.campaign import review
from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.store.campaign_models import ReviewDecision, ReviewItem, Sighting
from tests.core.campaign.factory import place, sighting


def camera_of(row: Sighting) -> int | None:
    return Sighting.get_by_id(row.id).camera_id


def test_accept_closes_the_item_and_undo_reopens_it(campaign) -> None:
    a, b = sighting("A", 0, 0), sighting("B", 12, 0)
    place(a, b)
    (item,) = review.open_items()
    decision = review.accept(item.id, "coord")
    assert review.open_items() == []
    assert ReviewItem.get_by_id(item.id).resolved_by == "coord"
    review.undo(decision)
    assert [i.id for i in review.open_items()] == [item.id]
    assert ReviewDecision.get_by_id(decision).undone


def test_merge_a_possible_duplicate_then_undo(campaign) -> None:
    a, b = sighting("A", 0, 0, camera_mount="pole"), sighting("B", 2, 0, camera_mount="wall")
    place(a, b)
    (item,) = review.open_items()
    decision = review.merge_item(item.id, "coord")
    assert camera_of(a) == camera_of(b)
    (cam,) = load_consensus()
    assert cam.attributes["camera_mount"].label == "disagree"
    row = ReviewDecision.get_by_id(decision)
    assert (row.action, row.author) == ("merge", "coord")
    review.undo(decision)
    assert camera_of(a) != camera_of(b)
    assert len(load_consensus()) == 2
    assert review.open_items()[0].id == item.id


def test_split_a_far_match_then_undo(campaign) -> None:
    a, b = sighting("A", 0, 0), sighting("B", 15, 0)
    place(a, b)
    (item,) = review.open_items()
    decision = review.split_item(item.id, "coord")
    assert camera_of(a) != camera_of(b)
    assert len(load_consensus()) == 2
    review.undo(decision)
    assert camera_of(a) == camera_of(b)
    assert len(load_consensus()) == 1


def test_split_refuses_to_empty_a_camera(campaign) -> None:
    a = sighting("A", 0, 0)
    place(a)
    with pytest.raises(review.ReviewError, match="nothing to split"):
        review.split([a.id], "coord")


def test_set_value_overrides_the_vote_and_undo_restores_it(campaign) -> None:
    a, b = sighting("A", 0, 0, zone="town"), sighting("B", 1, 0, zone="traffic")
    place(a, b)
    (cam,) = load_consensus()
    first = review.set_value(cam.camera_id, "zone", "town", "coord")
    second = review.set_value(cam.camera_id, "zone", "traffic", "lead")
    assert load_consensus()[0].attributes["zone"].value == "traffic"
    review.undo(second)
    assert load_consensus()[0].attributes["zone"].value == "town"
    review.undo(first)
    assert load_consensus()[0].attributes["zone"].label == "disagree"
    with pytest.raises(review.ReviewError):
        review.undo(first)


def test_bad_decisions_are_refused_with_a_reason(campaign) -> None:
    a = sighting("A", 0, 0)
    place(a)
    with pytest.raises(review.ReviewError, match="unknown attribute"):
        review.set_value(camera_of(a) or 0, "colour", "red", "coord")
    with pytest.raises(review.ReviewError, match="must be a number"):
        review.set_value(camera_of(a) or 0, "height", "tall", "coord")
    with pytest.raises(review.ReviewError, match="no review item"):
        review.accept(999, "coord")


def test_accept_many_is_one_decision_and_one_undo(campaign) -> None:
    rows = [sighting("A", 0, 0), sighting("B", 12, 0), sighting("C", 100, 0), sighting("D", 110, 0)]
    place(*rows)
    items = review.open_items()
    assert len(items) == 2
    decision = review.accept_many([i.id for i in items], "coord")
    assert review.open_items() == []
    review.undo(decision)
    assert len(review.open_items()) == 2


def test_items_about_a_merged_camera_follow_it_and_undo_restores_them(campaign) -> None:
    a = sighting("A", 0, 0, camera_mount="pole")
    b = sighting("B", 2, 0, camera_mount="wall")
    c = sighting("C", 3, 0, camera_mount="ceiling")
    place(a, b, c)
    items = {i.sighting_id: i for i in review.open_items()}
    assert set(items) == {b.id, c.id}
    assert items[c.id].other_camera_id == camera_of(b)  # c was compared with b, the nearest
    decision = review.merge_item(items[b.id].id, "coord")  # b's camera folds into a's
    (vote, left) = review.open_items()  # the merged camera's mount is now a 1–1 vote, first
    assert left.sighting_id == c.id and left.other_camera_id == camera_of(a)
    assert (vote.kind, vote.attribute) == ("vote_split", "camera_mount")
    review.undo(decision)
    assert {i.sighting_id for i in review.open_items()} == {b.id, c.id}
    assert ReviewItem.get_by_id(items[c.id].id).other_camera_id == camera_of(b)

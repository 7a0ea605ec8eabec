"""A vote the volunteers cannot settle opens a review item instead of silently dropping a tag.

Consensus publishes no value when the volunteers' answers tie (one says pole, one says wall).
For the attributes that tell cameras apart (kind of device, camera type, mount, make) a person
must then decide: ``VoteWatch`` opens one ``vote_split`` item per camera and attribute, and
closes it by itself once a later volunteer's answer settles the vote. A value the coordinator
set, or an item about it they already resolved, is never asked again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from surveyor.core.campaign.cluster import KEY_ATTRIBUTES, Member
from surveyor.core.campaign.consensus import DISAGREE, categorical_consensus
from surveyor.core.campaign.decision_words import LABELS
from surveyor.core.campaign.nested_values import is_kind_of
from surveyor.core.campaign.stored_words import Term, listed, stored
from surveyor.core.messages import Message
from surveyor.store.campaign_models import AttributeOverride, PlacementNote, ReviewItem, Sighting
from surveyor.store.models import _now, db_proxy

VOTE_SPLIT = "vote_split"
OPEN = "open"
SETTLED = "settled"
SETTLED_NOTE = "settled"  # a history note: a vote the nesting of answers decided


def split_reason(name: str, values: Sequence[Any]) -> Message:
    """``mount: 1 says pole, 1 says wall``."""
    told = [
        Message("{count} says {value}", count=n, value=Term(name, v))
        if n == 1
        else Message("{count} say {value}", count=n, value=Term(name, v))
        for v, n in Counter(str(v) for v in values).most_common()
    ]
    return Message("{attribute}: {told}", attribute=LABELS.get(name, name), told=listed(told))


def _answers(ballots: Iterable[Mapping[str, Any]], name: str) -> list[Any]:
    return [b[name] for b in ballots if b.get(name) not in (None, "")]


def split_attributes(ballots: Iterable[Mapping[str, Any]]) -> dict[str, Message]:
    """Key attributes whose vote is split (no majority), with the reason a person reads.

    ``ballots``: one mapping per volunteer (their latest sighting of the camera).
    """
    ballots = list(ballots)
    found: dict[str, Message] = {}
    for name in KEY_ATTRIBUTES:
        values = _answers(ballots, name)
        if len({str(v).casefold() for v in values}) < 2:
            continue  # everyone who answered agrees (the common case: no counting needed)
        if categorical_consensus(name, values).label == DISAGREE:
            found[name] = split_reason(name, values)
    return found


def _outright(name: str, values: Sequence[Any]) -> bool:
    """The vote has a winner, the same whether or not answers that nest count together."""
    plain = categorical_consensus(name, values, nested=False).value
    nested = categorical_consensus(name, values).value
    return plain is not None and str(plain).casefold() == str(nested).casefold()


@dataclass(frozen=True)
class NestedSettlement:
    """A vote decided only because answers nest ("pole" and "street lamp": street lamp)."""

    attribute: str
    value: str  # the specific answer, now the camera's
    broader: tuple[str, ...]  # the answers it is a kind of
    agree: int
    voters: int


def nested_settlements(ballots: Iterable[Mapping[str, Any]]) -> list[NestedSettlement]:
    """Key attributes whose vote the nesting of answers decides differently from a plain
    count (a 1–1 tie of pole and street lamp, or two poles and one street lamp)."""
    ballots = list(ballots)
    found = []
    for name in KEY_ATTRIBUTES:
        values = _answers(ballots, name)
        if len({str(v).casefold() for v in values}) < 2:
            continue
        decided = categorical_consensus(name, values)
        plain = categorical_consensus(name, values, nested=False)
        if decided.value is None or str(decided.value).casefold() == str(plain.value).casefold():
            continue
        specific = str(decided.value).casefold()
        broader = {str(v).casefold() for v in values if is_kind_of(name, specific, str(v))} - {
            specific
        }
        found.append(
            NestedSettlement(name, str(decided.value), tuple(sorted(broader)),
                             decided.agree, decided.voters)
        )  # fmt: skip
    return found


def ballots_of(members: Iterable[Member]) -> list[dict[str, Any]]:
    """One ballot per volunteer: their latest sighting's key attributes."""
    latest: dict[str, Member] = {}
    for m in members:
        kept = latest.get(m.key_id)
        if kept is None or m.sighting_id > kept.sighting_id:
            latest[m.key_id] = m
    return [{name: getattr(m, name) for name in KEY_ATTRIBUTES} for m in latest.values()]


@dataclass
class VoteChanges:
    opened: list[tuple[int, str, Message]]  # (camera id, attribute, reason) to insert
    settled: list[int]  # open item ids the votes now settle
    nested: list[NestedSettlement] = field(default_factory=list)  # to note in the history


class VoteWatch:
    """Which split votes already have an item, and which values the coordinator set."""

    def __init__(self) -> None:
        self.items: dict[tuple[int, str], tuple[int, str]] = {}  # -> (item id, status)
        self.overridden: set[tuple[int, str]] = set()
        self.nested_noted: set[tuple[int, str]] = set()  # settled by nesting, in the history

    @classmethod
    def load(cls) -> VoteWatch:
        watch = cls()
        fields = (ReviewItem.id, ReviewItem.camera, ReviewItem.attribute, ReviewItem.status)
        items = ReviewItem.select(*fields).where(ReviewItem.kind == VOTE_SPLIT)
        for item in items:
            watch.items[(int(item.camera_id or 0), str(item.attribute))] = (item.id, item.status)
        overrides = AttributeOverride.select(AttributeOverride.camera, AttributeOverride.attribute)
        watch.overridden = {(o.camera_id, str(o.attribute)) for o in overrides}
        notes = PlacementNote.select(PlacementNote.camera, PlacementNote.attribute)
        watch.nested_noted = {
            (int(n.camera_id or 0), str(n.attribute))
            for n in notes.where(PlacementNote.action == SETTLED_NOTE)
        }
        return watch

    def check(self, camera_id: int, ballots: Iterable[Mapping[str, Any]]) -> VoteChanges:
        ballots = list(ballots)
        split = split_attributes(ballots)
        changes = VoteChanges([], [])
        for name in KEY_ATTRIBUTES:
            known = self.items.get((camera_id, name))
            if name in split:
                if known is None and (camera_id, name) not in self.overridden:
                    changes.opened.append((camera_id, name, split[name]))
            # A question a person was asked closes by itself only once the answers agree
            # outright: nesting answers none (its undo is what asked it, maybe).
            elif (
                known is not None and known[1] == OPEN and _outright(name, _answers(ballots, name))
            ):
                changes.settled.append(known[0])
        for settlement in nested_settlements(ballots):
            key = (camera_id, settlement.attribute)
            if (
                key not in self.items
                and key not in self.overridden
                and key not in self.nested_noted
            ):
                changes.nested.append(settlement)
        return changes

    def noted(self, camera_id: int, attribute: str, item_id: int, status: str) -> None:
        self.items[(camera_id, attribute)] = (item_id, status)


def _camera_ballots(camera_id: int) -> list[dict[str, Any]]:
    rows = Sighting.select().where(Sighting.camera == camera_id)
    members = [
        Member(
            r.id, r.key_id, r.latitude, r.longitude, r.surveillance_type, r.camera_type,
            r.camera_mount, None if r.make_unknown else r.manufacturer,
        )
        for r in rows
    ]  # fmt: skip
    return ballots_of(members)


def can_ask(camera_id: int | None, attribute: str) -> bool:
    """A vote the merge settled that a person may still be asked about: nobody set the value
    and no item was opened about it since."""
    where = (ReviewItem.camera == camera_id) & (ReviewItem.attribute == attribute)
    overridden = (AttributeOverride.camera == camera_id) & (
        AttributeOverride.attribute == attribute
    )
    return (
        camera_id is not None
        and not ReviewItem.select().where(where & (ReviewItem.kind == VOTE_SPLIT)).exists()
        and not AttributeOverride.select().where(overridden).exists()
    )


def ask(camera_id: int, attribute: str) -> int:
    """Open a vote item about an attribute the nesting of answers settled (its undo)."""
    values = _answers(_camera_ballots(camera_id), attribute)
    reason, words = stored(split_reason(attribute, values))
    item = ReviewItem.create(
        kind=VOTE_SPLIT, camera=camera_id, attribute=attribute, reason=reason, words=words
    )
    return int(item.id)


def sync_cameras(camera_ids: Iterable[int]) -> tuple[list[int], list[int]]:
    """Open and settle vote items for cameras a person just changed (merge, split).

    Returns the ids of the items opened and of those settled, so the decision can undo both.
    """
    watch = VoteWatch.load()
    opened: list[int] = []
    settled: list[int] = []
    with db_proxy.atomic():
        for camera_id in camera_ids:
            changes = watch.check(camera_id, _camera_ballots(camera_id))
            for cam, attribute, reason in changes.opened:
                text, words = stored(reason)
                item = ReviewItem.create(
                    kind=VOTE_SPLIT, camera=cam, attribute=attribute, reason=text, words=words
                )
                watch.noted(cam, attribute, item.id, OPEN)
                opened.append(item.id)
            if changes.settled:
                settle(changes.settled)
                settled += changes.settled
    return opened, settled


def unsync(opened: Sequence[int], settled: Sequence[int]) -> None:
    """Take back what ``sync_cameras`` did (a merge or split being undone)."""
    ReviewItem.delete().where(ReviewItem.id.in_(list(opened))).execute()
    ReviewItem.update(status=OPEN, resolution="", resolved_by="", resolved_at=None).where(
        ReviewItem.id.in_(list(settled))
    ).execute()


def settle(item_ids: Sequence[int]) -> None:
    ReviewItem.update(
        status="resolved", resolution=SETTLED, resolved_by="votes", resolved_at=_now()
    ).where(ReviewItem.id.in_(list(item_ids))).execute()

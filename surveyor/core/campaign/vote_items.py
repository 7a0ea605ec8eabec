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
from dataclasses import dataclass
from typing import Any

from surveyor.core.campaign.cluster import KEY_ATTRIBUTES, Member
from surveyor.core.campaign.consensus import DISAGREE, categorical_consensus
from surveyor.store.campaign_models import AttributeOverride, ReviewItem, Sighting
from surveyor.store.models import _now, db_proxy

VOTE_SPLIT = "vote_split"
OPEN = "open"
SETTLED = "settled"

_LABELS = {
    "surveillance_type": "kind of device",
    "camera_type": "camera type",
    "camera_mount": "mount",
    "manufacturer": "make",
}


def split_reason(name: str, values: Sequence[Any]) -> str:
    """``mount: 1 says pole, 1 says wall``."""
    counts = Counter(str(v).replace("_", " ") for v in values).most_common()
    told = ", ".join(f"{n} {'says' if n == 1 else 'say'} {v}" for v, n in counts)
    return f"{_LABELS.get(name, name)}: {told}"


def split_attributes(ballots: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Key attributes whose vote is split (no majority), with the reason a person reads.

    ``ballots``: one mapping per volunteer (their latest sighting of the camera).
    """
    ballots = list(ballots)
    found: dict[str, str] = {}
    for name in KEY_ATTRIBUTES:
        values = [b[name] for b in ballots if b.get(name) not in (None, "")]
        if len({str(v).casefold() for v in values}) < 2:
            continue  # everyone who answered agrees (the common case: no counting needed)
        if categorical_consensus(name, values).label == DISAGREE:
            found[name] = split_reason(name, values)
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
    opened: list[tuple[int, str, str]]  # (camera id, attribute, reason) to insert
    settled: list[int]  # open item ids the votes now settle


class VoteWatch:
    """Which split votes already have an item, and which values the coordinator set."""

    def __init__(self) -> None:
        self.items: dict[tuple[int, str], tuple[int, str]] = {}  # -> (item id, status)
        self.overridden: set[tuple[int, str]] = set()

    @classmethod
    def load(cls) -> VoteWatch:
        watch = cls()
        fields = (ReviewItem.id, ReviewItem.camera, ReviewItem.attribute, ReviewItem.status)
        items = ReviewItem.select(*fields).where(ReviewItem.kind == VOTE_SPLIT)
        for item in items:
            watch.items[(int(item.camera_id or 0), str(item.attribute))] = (item.id, item.status)
        overrides = AttributeOverride.select(AttributeOverride.camera, AttributeOverride.attribute)
        watch.overridden = {(o.camera_id, str(o.attribute)) for o in overrides}
        return watch

    def check(self, camera_id: int, ballots: Iterable[Mapping[str, Any]]) -> VoteChanges:
        split = split_attributes(ballots)
        changes = VoteChanges([], [])
        for name in KEY_ATTRIBUTES:
            known = self.items.get((camera_id, name))
            if name in split:
                if known is None and (camera_id, name) not in self.overridden:
                    changes.opened.append((camera_id, name, split[name]))
            elif known is not None and known[1] == OPEN:
                changes.settled.append(known[0])
        return changes

    def noted(self, camera_id: int, attribute: str, item_id: int, status: str) -> None:
        self.items[(camera_id, attribute)] = (item_id, status)


def sync_cameras(camera_ids: Iterable[int]) -> tuple[list[int], list[int]]:
    """Open and settle vote items for cameras a person just changed (merge, split).

    Returns the ids of the items opened and of those settled, so the decision can undo both.
    """
    watch = VoteWatch.load()
    opened: list[int] = []
    settled: list[int] = []
    with db_proxy.atomic():
        for camera_id in camera_ids:
            rows = Sighting.select().where(Sighting.camera == camera_id)
            members = [
                Member(
                    r.id, r.key_id, r.latitude, r.longitude, r.surveillance_type, r.camera_type,
                    r.camera_mount, None if r.make_unknown else r.manufacturer,
                )
                for r in rows
            ]  # fmt: skip
            changes = watch.check(camera_id, ballots_of(members))
            for cam, attribute, reason in changes.opened:
                item = ReviewItem.create(
                    kind=VOTE_SPLIT, camera=cam, attribute=attribute, reason=reason
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

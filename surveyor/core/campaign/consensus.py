"""The consensus per camera and attribute, with an agreement label a reader can trust.

Each independent volunteer has one vote per attribute (their latest sighting of the camera).
Labels follow Amnesty's Decode Surveillance practice: ``unanimous`` (everyone who answered
agrees, at least two did), ``majority`` (k of n, more than half), ``disagree`` (no majority:
no value is published), ``single`` (one volunteer only), ``none`` (nobody answered) and
``set`` (the coordinator decided). The confidence is the Laplace-smoothed share of agreeing
votes, (k + 1) / (n + 2): one voice is 0.67, three agreeing 0.8, a 2–1 split 0.6.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from surveyor.core.campaign.cluster import DIRECTION_TOLERANCE_DEG, KEY_ATTRIBUTES, angle_between
from surveyor.core.campaign.nested_values import is_kind_of, support

CATEGORICAL = (
    "surveillance_type",
    "surveillance",
    "camera_type",
    "camera_mount",
    "zone",
    "manufacturer",
    "model",
    "operator",
)
NUMERIC = ("direction", "height")
ATTRIBUTES = CATEGORICAL + NUMERIC
HEIGHT_TOLERANCE_M = 1.0

UNANIMOUS, MAJORITY, DISAGREE, SINGLE, NONE, SET = (
    "unanimous",
    "majority",
    "disagree",
    "single",
    "none",
    "set",
)


@dataclass(frozen=True)
class Vote:
    """One sighting as consensus sees it."""

    sighting_id: int
    key_id: str
    lat: float
    lon: float
    values: Mapping[str, Any]
    observed: str = ""
    order: int = 0  # later sightings of the same volunteer win
    photos: tuple[str, ...] = ()
    weight: float = 1.0  # of its position in the camera's mean (1 / error², see cluster)

    def value(self, name: str) -> Any:
        value = self.values.get(name)
        return None if value == "" else value


@dataclass(frozen=True)
class AttributeConsensus:
    attribute: str
    value: Any
    label: str
    agree: int
    voters: int
    confidence: float

    @property
    def text(self) -> str:
        """``majority (2 of 3)``: the label as a reader sees it."""
        if self.label in (MAJORITY, DISAGREE):
            return f"{self.label} ({self.agree} of {self.voters})"
        return self.label


@dataclass
class CameraConsensus:
    """One camera as published: position, per-attribute consensus, who saw it."""

    camera_id: int
    uuid: str
    lat: float
    lon: float
    attributes: dict[str, AttributeConsensus]
    volunteers: tuple[str, ...]
    sightings: int
    observed: str = ""
    photos: tuple[str, ...] = ()
    votes: tuple[Vote, ...] = field(default=(), repr=False)

    @property
    def agreement(self) -> str:
        """The weakest label among the attributes someone answered."""
        labels = {a.label for a in self.attributes.values() if a.label not in (NONE, SET)}
        for label in (DISAGREE, MAJORITY, SINGLE):
            if label in labels:
                return label
        return UNANIMOUS if labels else SINGLE

    def value(self, name: str) -> Any:
        return self.attributes[name].value

    @property
    def make_unknown(self) -> bool:
        return self.attributes["manufacturer"].value is None


def _confidence(agree: int, voters: int) -> float:
    return round((agree + 1) / (voters + 2), 3)


def _label(agree: int, voters: int) -> str:
    if voters == 0:
        return NONE
    if voters == 1:
        return SINGLE
    if agree == voters:
        return UNANIMOUS
    if agree * 2 > voters:
        return MAJORITY
    return DISAGREE


def _categorical(name: str, values: Sequence[Any], nested: bool = True) -> AttributeConsensus:
    if not values:
        return AttributeConsensus(name, None, NONE, 0, 0, 0.0)
    # Manufacturers are case-sensitive names, but "huawei" and "Huawei" are one vote.
    folded = Counter(str(v).casefold() for v in values)
    # An answer agrees with its own value and with every value that is a kind of it (a
    # street lamp is a pole): "pole" and "street lamp" are two votes for "street lamp".
    scored = [(n, v) for v, n in folded.items()]
    if nested and len(scored) > 1:
        scored = [(support(name, v, folded.elements()), v) for v in folded]
    scored.sort(key=lambda pair: -pair[0])  # stable: the first given wins a tie's order
    (agree, top), *rest = scored
    tie = bool(rest) and rest[0][0] == agree
    label = DISAGREE if tie else _label(agree, len(values))
    spelled = Counter(str(v) for v in values if str(v).casefold() == top).most_common(1)[0][0]
    value = None if label == DISAGREE else spelled
    return AttributeConsensus(
        name, value, label, agree, len(values), _confidence(agree, len(values))
    )


def categorical_consensus(
    name: str, values: Sequence[Any], nested: bool = True
) -> AttributeConsensus:
    """The vote on one categorical attribute, from the volunteers' values (one each);
    ``nested=False`` counts "pole" and "street lamp" as two different answers."""
    return _categorical(name, values, nested)


def _direction(values: Sequence[float]) -> AttributeConsensus:
    if not values:
        return AttributeConsensus("direction", None, NONE, 0, 0, 0.0)
    # The largest group of directions all within the tolerance of one of them.
    best: list[float] = []
    for pivot in values:
        group = [v for v in values if angle_between(v, pivot) <= DIRECTION_TOLERANCE_DEG]
        if len(group) > len(best):
            best = group
    agree, voters = len(best), len(values)
    label = _label(agree, voters)
    value = None if label == DISAGREE else _circular_mean(best)
    return AttributeConsensus("direction", value, label, agree, voters, _confidence(agree, voters))


def _circular_mean(values: Sequence[float]) -> float:
    x = sum(math.cos(math.radians(v)) for v in values)
    y = sum(math.sin(math.radians(v)) for v in values)
    return round(math.degrees(math.atan2(y, x)) % 360.0, 1)


def _height(values: Sequence[float]) -> AttributeConsensus:
    if not values:
        return AttributeConsensus("height", None, NONE, 0, 0, 0.0)
    ordered = sorted(values)
    median = ordered[len(ordered) // 2]
    group = [v for v in values if abs(v - median) <= HEIGHT_TOLERANCE_M]
    agree, voters = len(group), len(values)
    label = _label(agree, voters)
    value = None if label == DISAGREE else round(sum(group) / agree, 1)
    return AttributeConsensus("height", value, label, agree, voters, _confidence(agree, voters))


def independent_votes(votes: Iterable[Vote]) -> list[Vote]:
    """One vote per volunteer: their latest sighting of this camera."""
    latest: dict[str, Vote] = {}
    for vote in votes:
        kept = latest.get(vote.key_id)
        if kept is None or (vote.order, vote.sighting_id) > (kept.order, kept.sighting_id):
            latest[vote.key_id] = vote
    return sorted(latest.values(), key=lambda v: v.sighting_id)


def attribute_consensus(name: str, votes: Sequence[Vote]) -> AttributeConsensus:
    values = [v.value(name) for v in votes if v.value(name) is not None]
    if name == "direction":
        return _direction([float(v) for v in values])
    if name == "height":
        return _height([float(v) for v in values])
    return _categorical(name, values)


def _agrees(vote: Vote, attributes: Mapping[str, AttributeConsensus]) -> bool:
    """A sighting agrees when it contradicts none of the decided key attributes."""
    for name in KEY_ATTRIBUTES:
        decided = attributes[name].value
        mine = vote.value(name)
        if mine is None or decided is None:
            continue
        if not is_kind_of(name, str(decided), str(mine)):  # "pole" agrees with "street lamp"
            return False
    return True


def camera_consensus(
    camera_id: int,
    uuid: str,
    votes: Sequence[Vote],
    overrides: Mapping[str, Any] | None = None,
) -> CameraConsensus:
    """Consensus of one camera's sightings; ``overrides`` are the coordinator's set values."""
    independent = independent_votes(votes)
    attributes = {name: attribute_consensus(name, independent) for name in ATTRIBUTES}
    for name, value in (overrides or {}).items():
        if name in attributes:
            prior = attributes[name]
            attributes[name] = AttributeConsensus(name, value, SET, prior.agree, prior.voters, 1.0)
    agreeing = [v for v in independent if _agrees(v, attributes)] or independent
    if max(v.weight for v in independent) > max(v.weight for v in agreeing):
        # A slip on the mount says nothing about where the camera stands: the most accurate
        # position (placed by hand among positions shifted for privacy) counts all the same.
        agreeing = independent
    # Weighted by accuracy: a camera placed by hand outweighs positions shifted for privacy.
    total = sum(v.weight for v in agreeing)
    lat = sum(v.lat * v.weight for v in agreeing) / total
    lon = sum(v.lon * v.weight for v in agreeing) / total
    photos: list[str] = []
    for vote in independent:
        photos.extend(p for p in vote.photos if p not in photos)
    return CameraConsensus(
        camera_id=camera_id,
        uuid=uuid,
        lat=lat,
        lon=lon,
        attributes=attributes,
        volunteers=tuple(v.key_id for v in independent),
        sightings=len(votes),
        observed=max((v.observed for v in independent), default=""),
        photos=tuple(photos),
        votes=tuple(votes),
    )


def volunteer_agreement(cameras: Iterable[CameraConsensus]) -> dict[str, tuple[int, int]]:
    """Per volunteer key id: (votes agreeing with the consensus, votes that could be checked).

    Only cameras seen by at least two volunteers count, and only attributes with a published
    value (a ``disagree`` attribute has no consensus to agree with).
    """
    tally: dict[str, list[int]] = {}
    for camera in cameras:
        independent = independent_votes(camera.votes)
        if len(independent) < 2:
            continue
        for vote in independent:
            counts = tally.setdefault(vote.key_id, [0, 0])
            for name, decided in camera.attributes.items():
                mine = vote.value(name)
                if decided.value is None or mine is None:
                    continue
                counts[1] += 1
                if _same(name, mine, decided.value):
                    counts[0] += 1
    return {key: (c[0], c[1]) for key, c in tally.items()}


def _same(name: str, mine: Any, decided: Any) -> bool:
    if name == "direction":
        return angle_between(float(mine), float(decided)) <= DIRECTION_TOLERANCE_DEG
    if name == "height":
        return abs(float(mine) - float(decided)) <= HEIGHT_TOLERANCE_M
    return is_kind_of(name, str(decided), str(mine))  # "pole" agrees with "street lamp"

"""A camera as the matcher sees it: its sightings (``Member``) and the accuracy-weighted mean
of their positions (``Cluster``), with the thresholds the "same camera?" rules use.

The rules themselves are in ``clusterer``; how a sighting compares with a camera in
``matching``; the words of the history in ``decision_words``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence, Set
from dataclasses import dataclass, field

AUTO_RADIUS_M = 5.0
REVIEW_RADIUS_M = 25.0
# Two readings of one camera's direction by volunteers differ by up to ~30°; cameras sharing a
# pole face ways at least ~90° apart. Between the two the rules cannot tell.
DIRECTION_TOLERANCE_DEG = 45.0
DISTINCT_DIRECTION_DEG = 60.0
# In the band beyond 5 m the nearest fitting camera wins only if the runner-up is this much
# farther away; otherwise a person decides.
CLEAR_WINNER_RATIO = 0.6
# How far a position may be from where the camera stands: a phone's GPS (photo, track or a
# projection along its bearing) versus a camera placed by hand on the map.
GPS_ERROR_M = 10.0
HAND_PLACED_ERROR_M = 3.0
# Sightings that disagree on type or mount join only this close (and with strong evidence).
SOFT_JOIN_RADIUS_M = 12.0

KEY_ATTRIBUTES = ("surveillance_type", "camera_type", "camera_mount", "manufacturer")
# A different value of these means a different device; type and mount are often misjudged.
HARD_ATTRIBUTES = ("surveillance_type", "manufacturer")
SOFT_ATTRIBUTES = ("camera_type", "camera_mount")
# What counts as evidence that two sightings are one camera ("camera" as device says nothing).
EVIDENCE_ATTRIBUTES = ("camera_type", "camera_mount", "manufacturer")
STRONG_EVIDENCE = 2
# Camera types without a direction a volunteer can read (a dome can look anywhere).
DIRECTIONLESS_TYPES = frozenset({"dome", "panorama"})

_NO_VALUES: frozenset[str] = frozenset()


def shown_m(distance: float) -> float:
    """A distance as the review table shows it (stored to 2 decimals, shown to 1), so the
    Why text and the Distance column never disagree (7.65 is 7.7 in both). A number, not
    text, so the window writes it with the locale's decimal mark."""
    return round(round(distance, 2), 1)


def angle_between(a: float, b: float) -> float:
    """Smallest angle between two bearings, 0–180 degrees."""
    diff = abs(a - b) % 360.0
    return 360.0 - diff if diff > 180.0 else diff


@dataclass(frozen=True)
class Member:
    """What matching needs to know about one sighting."""

    sighting_id: int
    key_id: str
    lat: float
    lon: float
    surveillance_type: str | None = None
    camera_type: str | None = None
    camera_mount: str | None = None
    manufacturer: str | None = None  # None when the make is unknown
    direction: float | None = None  # only ever set by the volunteer
    position_source: str | None = None  # "manual" when placed by hand
    accuracy_m: float | None = None  # as the bundle stated it (a shifted position: ~45 m)

    def key_value(self, name: str) -> str | None:
        # Matching compares these many times per sighting: fold them once (kept beside the
        # frozen fields; functools.cached_property takes a lock on every first read).
        folded: dict[str, str | None] | None = self.__dict__.get("_folded")
        if folded is None:
            folded = self.__dict__["_folded"] = {
                n: None if (v := getattr(self, n)) is None or v == "" else str(v).casefold()
                for n in KEY_ATTRIBUTES
            }
        return folded[name]

    @property
    def error_m(self) -> float:
        """How far the camera may be from this position: placed by hand, as the bundle
        stated (a position shifted for privacy), or a phone's GPS."""
        if self.position_source == "manual":
            return HAND_PLACED_ERROR_M
        if self.accuracy_m is not None and self.accuracy_m > 0:
            return max(float(self.accuracy_m), HAND_PLACED_ERROR_M)
        return GPS_ERROR_M

    @property
    def weight(self) -> float:
        """The position's weight in its camera's mean (1 / error²): a camera placed by hand
        counts ~250 times a position shifted by 45 m, so the mean stays where it was put."""
        return 1.0 / (self.error_m * self.error_m)


@dataclass
class Cluster:
    """A camera in the index: its sightings and the mean of their positions."""

    camera_id: int
    members: list[Member] = field(default_factory=list)
    lat: float = 0.0
    lon: float = 0.0
    weight: float = 0.0  # sum of the members' weights (their mean is weighted by accuracy)

    # What matching reads of the members, rebuilt by recentre() whenever they change.
    _keys: set[str] = field(default_factory=set, repr=False, compare=False)
    _values: dict[str, set[str]] = field(default_factory=dict, repr=False, compare=False)
    _directions: list[float] = field(default_factory=list, repr=False, compare=False)
    unanimous: bool = field(default=True, repr=False, compare=False)  # no attribute disputed

    def recentre(self) -> None:
        """Move to the mean of the members' positions (call after every change of members)."""
        if self.members:
            self.lat, self.lon, self.weight = weighted_mean(self.members)
        self._keys = {m.key_id for m in self.members}
        self._values = {
            name: {v for m in self.members if (v := m.key_value(name)) is not None}
            for name in KEY_ATTRIBUTES
        }
        self._directions = [m.direction for m in self.members if m.direction is not None]
        self.unanimous = all(len(v) <= 1 for v in self._values.values())

    def add_member(self, member: Member) -> None:
        """Add a sighting and update the position and what matching reads, in O(1)."""
        if not self.members:  # a new camera: its one sighting is all there is
            self.members.append(member)
            self.lat, self.lon, self.weight = member.lat, member.lon, member.weight
            self._keys = {member.key_id}
            self._values = {
                n: {v} for n in KEY_ATTRIBUTES if (v := member.key_value(n)) is not None
            }
            self._directions = [] if member.direction is None else [member.direction]
            self.unanimous = True
            return
        self.members.append(member)
        w = member.weight
        self.weight += w
        self.lat += (member.lat - self.lat) * w / self.weight
        self.lon += (member.lon - self.lon) * w / self.weight
        self._keys.add(member.key_id)
        for name in KEY_ATTRIBUTES:
            value = member.key_value(name)
            if value is not None:
                values = self._values.setdefault(name, set())
                if value not in values:
                    values.add(value)
                    self.unanimous = self.unanimous and len(values) == 1
        if member.direction is not None:
            self._directions.append(member.direction)

    def key_ids(self) -> set[str]:
        return self._keys

    @property
    def error_m(self) -> float:
        """How far the camera may be from its weighted mean position."""
        return 1.0 / math.sqrt(self.weight) if self.weight > 0 else GPS_ERROR_M

    def values(self, name: str) -> Set[str]:
        """The folded values the members gave for a key attribute."""
        return self._values.get(name, _NO_VALUES)

    def directions(self) -> list[float]:
        return self._directions

    def directional(self) -> bool:
        """False when a volunteer called it a dome: its direction says nothing then."""
        return self.values("camera_type").isdisjoint(DIRECTIONLESS_TYPES)


def weighted_mean(members: Sequence[Member]) -> tuple[float, float, float]:
    """(lat, lon, total weight) of the members' positions weighted by their accuracy."""
    total = sum(m.weight for m in members)
    lat = sum(m.lat * m.weight for m in members) / total
    lon = sum(m.lon * m.weight for m in members) / total
    return lat, lon, total

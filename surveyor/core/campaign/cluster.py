"""Sightings become cameras: a spatial grid index and the "same camera?" decision.

Rules (from the coordinators' practice, see DOMAIN.md and the README's coordinator section):

- never the same camera: two sightings by the same volunteer (their own UUIDs say they saw
  two cameras); a different make or kind of device; two directions more than
  ``DISTINCT_DIRECTION_DEG`` apart when the camera type has a direction (two cameras on one
  pole). A dome has no direction a volunteer can read, so its directions are never compared.
- within ``AUTO_RADIUS_M`` (5 m) of a camera with compatible attributes: the same camera;
- up to the two positions' GPS error (``join_limit``: 20 m for two phone positions) with
  compatible attributes: the same camera when the evidence is strong (at least two of type,
  mount, make and direction agree) and no other camera fits as well; weaker evidence joins
  provisionally with a ``far_match`` review item, up to ``REVIEW_RADIUS_M`` (25 m);
- one disagreeing camera type or mount (volunteers misjudge these) with strong agreement on the
  rest: the same camera, and the vote settles the attribute (a tie opens an item);
- what the rules cannot settle (two cameras fit equally; a close camera that differs only in
  type or mount without other evidence; directions between ``DIRECTION_TOLERANCE_DEG`` and
  ``DISTINCT_DIRECTION_DEG`` apart close by) opens a ``possible_duplicate`` item.

Every decision carries a ``note`` in plain words ("joined: 4.2 m, same type, mount and make,
3 volunteers agree") kept in the camera's history.

The index is an in-memory grid of cells about 25 m wide (no all-pairs comparison): a query
looks at the 3×3 cells around a point.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, field

from surveyor.core.geometry import distance_m

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

# A little under the true ~111 km per degree, so cells are never narrower than asked.
_M_PER_DEG_LAT = 110_000.0


def shown_m(distance: float) -> str:
    """A distance as the review table shows it (stored to 2 decimals, shown to 1), so the
    Why text and the Distance column never disagree (7.65 is "7.7" in both)."""
    return f"{round(distance, 2):.1f}"


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


def search_radius(member: Member, widest_error_m: float = GPS_ERROR_M) -> float:
    """How far to look for this sighting's camera: the review radius, or as far as the join
    limit reaches when positions are only good to tens of metres (shifted for privacy);
    ``widest_error_m`` is the largest error of any position in the campaign."""
    return max(REVIEW_RADIUS_M, member.error_m + widest_error_m)


class GridIndex:
    """Cameras bucketed in cells of about ``cell_m`` metres; queries look at 3×3 cells.

    Latitude bands have a fixed height; each band's longitude step is computed at its
    poleward edge so a cell is never narrower than ``cell_m`` anywhere inside it.
    """

    def __init__(self, cell_m: float = REVIEW_RADIUS_M) -> None:
        self._lat_step = cell_m / _M_PER_DEG_LAT
        self._cell_m = cell_m
        self._cells: dict[tuple[int, int], set[int]] = defaultdict(set)
        self._where: dict[int, tuple[int, int]] = {}
        self._lon_steps: dict[int, float] = {}

    def _lon_step(self, band: int) -> float:
        step = self._lon_steps.get(band)
        if step is None:
            step = self._lon_steps[band] = self._compute_lon_step(band)
        return step

    def _compute_lon_step(self, band: int) -> float:
        edge = max(abs(band * self._lat_step), abs((band + 1) * self._lat_step))
        cos = max(math.cos(math.radians(min(edge, 89.9))), 1e-6)
        return self._cell_m / (_M_PER_DEG_LAT * cos)

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        band = math.floor(lat / self._lat_step)
        return band, math.floor(lon / self._lon_step(band))

    def insert(self, item: int, lat: float, lon: float) -> None:
        self.remove(item)
        cell = self._cell(lat, lon)
        self._cells[cell].add(item)
        self._where[item] = cell

    def remove(self, item: int) -> None:
        cell = self._where.pop(item, None)
        if cell is not None:
            bucket = self._cells[cell]
            bucket.discard(item)
            if not bucket:
                del self._cells[cell]

    def near(self, lat: float, lon: float, radius_m: float = 0.0) -> Iterable[int]:
        """Items in the cells around the point: a superset of those within ``cell_m`` (3×3
        cells), or within ``radius_m`` when that is larger."""
        rings = max(1, math.ceil(radius_m / self._cell_m))
        band = math.floor(lat / self._lat_step)
        for b in range(band - rings, band + rings + 1):
            step = self._lon_step(b)
            col = math.floor(lon / step)
            for c in range(col - rings, col + rings + 1):
                bucket = self._cells.get((b, c))
                if bucket:
                    yield from bucket

    def __len__(self) -> int:
        return len(self._where)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A camera near a sighting, and how the two compare."""

    cluster: Cluster
    distance: float
    conflicts: tuple[str, ...]  # key attributes the sighting contradicts
    agreements: tuple[str, ...]  # evidence attributes it shares ("direction": faces the same way)
    direction_gap: float | None  # degrees, when the two directions may be compared
    any_gap: float | None = None  # the directions' gap even when the type has none

    def voters(self, member: Member) -> int:
        """Volunteers of the camera who contradict none of the sighting's key attributes."""
        cluster = self.cluster
        if not self.conflicts and cluster.unanimous:
            return len(cluster.key_ids())  # nobody contradicts anybody: everyone agrees
        mine = [(n, v) for n in KEY_ATTRIBUTES if (v := member.key_value(n)) is not None]
        return len(
            {
                m.key_id
                for m in self.cluster.members
                if all((theirs := m.key_value(n)) is None or theirs == v for n, v in mine)
            }
        )

    @property
    def faces_away(self) -> bool:
        return self.direction_gap is not None and self.direction_gap > DISTINCT_DIRECTION_DEG

    @property
    def direction_unsure(self) -> bool:
        gap = self.direction_gap
        return gap is not None and DIRECTION_TOLERANCE_DEG < gap <= DISTINCT_DIRECTION_DEG

    @property
    def direction_differs(self) -> bool:
        """Both gave a direction and they disagree, whether or not the type has one: with
        the type in dispute too, that is no longer one slip but two."""
        return self.any_gap is not None and self.any_gap > DIRECTION_TOLERANCE_DEG

    @property
    def hard_conflicts(self) -> tuple[str, ...]:
        return tuple(n for n in self.conflicts if n in HARD_ATTRIBUTES)

    @property
    def compatible(self) -> bool:
        return not self.conflicts and not self.faces_away and not self.direction_unsure

    @property
    def strong(self) -> bool:
        return len(self.agreements) >= STRONG_EVIDENCE


@dataclass(frozen=True)
class Decision:
    """Where a sighting goes: ``join`` a camera, or ``new`` camera; what to review; and why.

    ``note`` explains an automatic decision in the camera's history; ``apart_from`` is the
    camera a new one was kept apart from (undoing that decision merges the two).
    """

    action: str  # "join" | "new"
    camera_id: int | None
    distance: float = 0.0
    review_kind: str | None = None  # "far_match" | "possible_duplicate"
    review_camera_id: int | None = None
    reason: str = ""
    attribute: str = ""  # the attribute an item is about, when one is
    note: str = ""
    apart_from: int | None = None


def conflicts(member: Member, cluster: Cluster) -> tuple[str, ...]:
    """Key attributes on which ``member`` disagrees with every member that has a value."""
    found = []
    for name in KEY_ATTRIBUTES:
        mine = member.key_value(name)
        if mine is None:
            continue
        theirs = cluster.values(name)
        if theirs and mine not in theirs:
            found.append(name)
    return tuple(found)


def agreements(member: Member, cluster: Cluster) -> tuple[str, ...]:
    """Evidence attributes ``member`` shares with a member of the cluster."""
    found = []
    for name in EVIDENCE_ATTRIBUTES:
        mine = member.key_value(name)
        if mine is not None and mine in cluster.values(name):
            found.append(name)
    return tuple(found)


def direction_gap(member: Member, cluster: Cluster) -> float | None:
    """Smallest angle between the sighting's direction and the camera's, or None when either
    has none."""
    if member.direction is None:
        return None
    others = cluster.directions()
    if not others:
        return None
    return min(angle_between(member.direction, d) for d in others)


def directions_differ(member: Member, cluster: Cluster) -> bool:
    """True when both sides give directions, the camera has one, and none is close."""
    gap = direction_gap(member, cluster)
    directional = member.key_value("camera_type") not in DIRECTIONLESS_TYPES
    return (
        gap is not None and directional and cluster.directional() and gap > DISTINCT_DIRECTION_DEG
    )


def join_limit(member: Member, cluster: Cluster) -> float:
    """How far apart two positions of one camera may be: both positions' errors."""
    return member.error_m + min((m.error_m for m in cluster.members), default=GPS_ERROR_M)


def soft_limit(member: Member, cluster: Cluster) -> float:
    """How far a sighting that disagrees on type or mount may join: ``SOFT_JOIN_RADIUS_M``
    for phone positions, within 60 % of the join limit for positions shifted for privacy."""
    limit = join_limit(member, cluster)
    return max(min(SOFT_JOIN_RADIUS_M, limit), CLEAR_WINNER_RATIO * limit)


def two_facing_groups(members: Sequence[Member]) -> tuple[list[Member], list[Member]] | None:
    """Split a camera whose volunteers read two directions: (kept, split off), or None.

    A dome's direction never keeps a sighting apart on its own (one volunteer's guess says
    little). But when at least two volunteers agree it faces one way, at least two others agree
    it faces a way more than ``DISTINCT_DIRECTION_DEG`` from that, and nobody's direction lies
    outside those two groups, the volunteers saw two cameras (two domes on one pole). The group
    holding the camera's first sighting keeps it; sightings without a direction stay there too.
    """
    way = {m.sighting_id: m.direction for m in members if m.direction is not None}
    facing = [m for m in members if m.sighting_id in way]
    if len(facing) < 4:
        return None

    def gap(x: Member, y: Member) -> float:
        return angle_between(way[x.sighting_id], way[y.sighting_id])

    for pivot in facing:
        group = [m for m in facing if gap(m, pivot) <= DIRECTION_TOLERANCE_DEG]
        rest = [m for m in facing if gap(m, pivot) > DIRECTION_TOLERANCE_DEG]
        if len({m.key_id for m in group}) < 2 or len({m.key_id for m in rest}) < 2:
            continue
        if any(gap(m, rest[0]) > DIRECTION_TOLERANCE_DEG for m in rest):
            continue  # the others do not agree among themselves either
        if min(gap(x, y) for x in group for y in rest) <= DISTINCT_DIRECTION_DEG:
            continue
        first = min(members, key=lambda m: m.sighting_id)
        if any(m.sighting_id == first.sighting_id for m in rest):
            group, rest = rest, group
        split_ids = {m.sighting_id for m in rest}
        return [m for m in members if m.sighting_id not in split_ids], rest
    return None


# Words a coordinator reads in the review queue and the history (stored as text).
_LABELS = {
    "surveillance_type": "kind of device",
    "camera_type": "camera type",
    "camera_mount": "mount",
    "manufacturer": "make",
    "direction": "direction",
}
_SHORT = {"camera_type": "type", "camera_mount": "mount", "manufacturer": "make"}


def _words(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _plain(value: object) -> str:
    """An OpenStreetMap value as words: ``traffic_signals`` → ``traffic signals``."""
    return str(value).replace("_", " ")


def explain_join(candidate: Candidate, member: Member) -> str:
    """``joined: 4.2 m, same type, mount and make, faces the same way, 3 volunteers agree``."""
    parts = [f"joined: {shown_m(candidate.distance)} m"]
    same = [_SHORT[n] for n in candidate.agreements if n in _SHORT]
    if same:
        parts.append("same " + _words(same))
    if "direction" in candidate.agreements:
        parts.append("faces the same way")
    if member.error_m > GPS_ERROR_M:
        parts.append(f"its position shifted for privacy (good to {member.error_m:.0f} m)")
    for name in candidate.conflicts:
        theirs = sorted({_plain(v) for m in candidate.cluster.members if (v := getattr(m, name))})
        parts.append(
            f"says {_LABELS[name]} {_plain(getattr(member, name))} where others said "
            f"{' or '.join(theirs)} (the vote decides)"
        )
    agree, total = candidate.voters(member) + 1, len(candidate.cluster.key_ids()) + 1
    if agree == total:
        parts.append(f"{agree} volunteers agree")
    else:
        parts.append(f"{agree} of {total} volunteers agree on all of it")
    return ", ".join(parts)


def explain_apart(candidate: Candidate) -> str:
    """``new camera: 1.0 m from camera 12, which faces 180° another way``."""
    why: list[str] = []
    if candidate.faces_away or candidate.direction_unsure:
        why.append(f"faces {candidate.direction_gap:.0f}° another way")
    for name in candidate.conflicts:
        why.append(f"has a different {_LABELS[name]}")
    if not why:
        why.append("is too far for what the two share")
    return (
        f"new camera: {shown_m(candidate.distance)} m from camera {candidate.cluster.camera_id},"
        f" which {_words(why)}"
    )


class Clusterer:
    """Assigns sightings to cameras, one at a time, over a grid index of current cameras."""

    def __init__(self) -> None:
        self.index = GridIndex()
        self.clusters: dict[int, Cluster] = {}
        self._home: dict[int, int] = {}  # sighting id -> camera id
        self.widest_error_m = GPS_ERROR_M  # the least accurate position indexed so far

    def load(self, clusters: Iterable[Cluster]) -> None:
        for cluster in clusters:
            if not cluster.members:
                continue
            cluster.recentre()
            self.clusters[cluster.camera_id] = cluster
            for m in cluster.members:
                self._home[m.sighting_id] = cluster.camera_id
                self.widest_error_m = max(self.widest_error_m, m.error_m)
            self.index.insert(cluster.camera_id, cluster.lat, cluster.lon)

    def candidates(self, member: Member) -> list[Candidate]:
        """Cameras within the review radius that could be this sighting's camera, nearest first.

        Cameras already holding a sighting by the same volunteer are left out: they are
        different cameras by definition.
        """
        found: list[Candidate] = []
        directional = member.key_value("camera_type") not in DIRECTIONLESS_TYPES
        # The sighting's values, read once: this loop runs for every camera nearby.
        mine = [(n, v) for n in KEY_ATTRIBUTES if (v := member.key_value(n)) is not None]
        lat, lon, key_id = member.lat, member.lon, member.key_id
        radius = search_radius(member, self.widest_error_m)
        for camera_id in self.index.near(lat, lon, radius):
            cluster = self.clusters[camera_id]
            d = distance_m(lat, lon, cluster.lat, cluster.lon)
            if d > radius or key_id in cluster.key_ids():
                continue
            shared: tuple[str, ...] = ()
            differing: tuple[str, ...] = ()
            for name, value in mine:
                theirs = cluster.values(name)
                if value in theirs:
                    if name in EVIDENCE_ATTRIBUTES:
                        shared += (name,)
                elif theirs:
                    differing += (name,)
            gap = any_gap = direction_gap(member, cluster)
            if gap is not None and gap <= DIRECTION_TOLERANCE_DEG:
                shared += ("direction",)  # facing the same way is evidence, even for a dome
            if gap is not None and not (directional and cluster.directional()):
                gap = None  # a dome's direction never keeps two sightings apart
            found.append(Candidate(cluster, d, differing, shared, gap, any_gap))
        found.sort(key=lambda c: (c.distance, c.cluster.camera_id))
        return found

    def decide(self, member: Member) -> Decision:
        candidates = self.candidates(member)
        compatible = [c for c in candidates if c.compatible]
        if compatible:
            decision = Clusterer._decide_compatible(member, compatible)
            if decision is not None:
                return decision
        soft = [
            c
            for c in candidates
            if not c.compatible
            and len(c.conflicts) == 1
            and not c.hard_conflicts
            and not c.faces_away
            and not c.direction_unsure
            and not c.direction_differs
            and c.strong
            and c.distance <= soft_limit(member, c.cluster)
        ]
        if soft and (len(soft) == 1 or soft[0].distance <= CLEAR_WINNER_RATIO * soft[1].distance):
            best = soft[0]
            return Decision(
                "join", best.cluster.camera_id, best.distance, note=explain_join(best, member)
            )
        radius = search_radius(member, self.widest_error_m)
        return Clusterer._decide_apart(member, candidates, compatible, radius)

    @staticmethod
    def _decide_compatible(member: Member, compatible: list[Candidate]) -> Decision | None:
        # Between domes (whose directions never keep sightings apart) a camera the volunteers
        # agree faces this way is a better fit than a nearer one they say faces elsewhere.
        ordered = (
            sorted(compatible, key=lambda c: (c.direction_differs, c.distance))
            if len(compatible) > 1
            else compatible
        )
        best = ordered[0]
        camera_id = best.cluster.camera_id
        rivals = [c for c in ordered[1:] if c.direction_differs <= best.direction_differs]
        if best.distance <= AUTO_RADIUS_M:
            return Decision("join", camera_id, best.distance, note=explain_join(best, member))
        runner_up = rivals[0].distance if rivals else math.inf
        clear = best.distance <= CLEAR_WINNER_RATIO * runner_up
        if clear and best.strong and best.distance <= join_limit(member, best.cluster):
            return Decision("join", camera_id, best.distance, note=explain_join(best, member))
        if clear:
            return Decision(
                "join",
                camera_id,
                best.distance,
                review_kind="far_match",
                review_camera_id=camera_id,
                reason=f"joined at {shown_m(best.distance)} m (beyond {AUTO_RADIUS_M:g} m)",
                note=explain_join(best, member) + " (provisional: to review)",
            )
        if not best.strong and best.distance > join_limit(member, best.cluster):
            return None  # too far for what little it shares: not worth a person's time
        return Decision(
            "new",
            None,
            review_kind="possible_duplicate",
            review_camera_id=camera_id,
            distance=best.distance,
            reason=f"two cameras fit: {shown_m(best.distance)} m and {shown_m(runner_up)} m away",
            note="new camera: two cameras fit equally (to review)",
        )

    @staticmethod
    def _decide_apart(
        member: Member, candidates: list[Candidate], compatible: list[Candidate], radius: float
    ) -> Decision:
        """No camera to join: a new camera, with an item when a close one might be the same."""
        for c in candidates:
            if c.hard_conflicts or c.faces_away or c.compatible:
                continue
            if c.conflicts and c.direction_differs:
                continue  # another type or mount and facing another way: two facts, settled
            # "Close" is to the camera or to any one of its sightings (a pair on one spot).
            closest = min(
                distance_m(member.lat, member.lon, m.lat, m.lon) for m in c.cluster.members
            )
            if min(c.distance, closest) > AUTO_RADIUS_M:
                continue
            # Close, and kept apart only by type, mount or an uncertain direction.
            if c.direction_unsure:
                what = f"facing {c.direction_gap:.0f}° another way"
                attribute = "direction"
            else:
                what = f"with a different {_words([_LABELS[n] for n in c.conflicts])}"
                attribute = ",".join(c.conflicts)
            return Decision(
                "new",
                None,
                review_kind="possible_duplicate",
                review_camera_id=c.cluster.camera_id,
                distance=c.distance,
                reason=f"{shown_m(c.distance)} m from a camera {what}",
                attribute=attribute,
                note=f"new camera: {shown_m(c.distance)} m from camera {c.cluster.camera_id}"
                f" {what} (to review)",
            )
        near = next((c for c in candidates if not c.compatible), None)
        if near is None:
            why = "nothing close enough fits" if compatible else f"no camera within {radius:.0f} m"
            return Decision("new", None, note=f"new camera: {why}")
        return Decision(
            "new", None, distance=near.distance, note=explain_apart(near),
            apart_from=near.cluster.camera_id,
        )  # fmt: skip

    def add(self, camera_id: int, member: Member) -> Cluster:
        """Record the sighting in its camera (creating the cluster) and move the camera."""
        cluster = self.clusters.get(camera_id)
        if cluster is None:
            cluster = self.clusters[camera_id] = Cluster(camera_id)
        cluster.add_member(member)
        self._home[member.sighting_id] = camera_id
        self.widest_error_m = max(self.widest_error_m, member.error_m)
        self.index.insert(camera_id, cluster.lat, cluster.lon)
        return cluster

    def discard(self, sighting_id: int) -> Cluster | None:
        """Take a sighting out of whichever camera holds it; return that camera's cluster."""
        camera_id = self._home.pop(sighting_id, None)
        cluster = self.clusters.get(camera_id) if camera_id is not None else None
        if cluster is None:
            return None
        cluster.members = [m for m in cluster.members if m.sighting_id != sighting_id]
        if cluster.members:
            cluster.recentre()
            self.index.insert(cluster.camera_id, cluster.lat, cluster.lon)
        else:
            self.index.remove(cluster.camera_id)
            del self.clusters[cluster.camera_id]
        return cluster

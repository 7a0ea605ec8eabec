"""Sightings become cameras: a spatial grid index and the "same camera?" decision.

Rules (from the coordinators' practice, see DOMAIN.md):

- within ``AUTO_RADIUS_M`` (5 m) of a camera with compatible attributes: the same camera;
- 5–``REVIEW_RADIUS_M`` (25 m) with compatible attributes: joined to the nearest camera when
  it is the only plausible one (or clearly the nearest), and a ``far_match`` review item is
  opened so a person can confirm or split. GPS noise of 3–10 m per sighting puts two sightings
  of one camera up to 20 m apart, so refusing every 5–25 m pair would duplicate most cameras;
- conflicting type / mount / make (``surveillance:type``, ``camera:type``, ``camera:mount``,
  ``manufacturer``; an unknown make conflicts with nothing): kept apart, with a
  ``possible_duplicate`` review item;
- never merged automatically: directions more than ``DIRECTION_TOLERANCE_DEG`` apart (two
  cameras on one pole), and two sightings by the same volunteer (their own UUIDs say they saw
  two cameras).

The index is an in-memory grid of cells about 25 m wide (no all-pairs comparison): a query
looks at the 3×3 cells around a point.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from surveyor.core.geometry import distance_m

AUTO_RADIUS_M = 5.0
REVIEW_RADIUS_M = 25.0
DIRECTION_TOLERANCE_DEG = 45.0
# In the 5–25 m band the nearest compatible camera wins only if the runner-up is this much
# farther away; otherwise a person decides.
CLEAR_WINNER_RATIO = 0.6


KEY_ATTRIBUTES = ("surveillance_type", "camera_type", "camera_mount", "manufacturer")

# A little under the true ~111 km per degree, so cells are never narrower than asked.
_M_PER_DEG_LAT = 110_000.0


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
    direction: float | None = None

    def key_value(self, name: str) -> str | None:
        value = getattr(self, name)
        if value is None or value == "":
            return None
        return str(value).casefold()


@dataclass
class Cluster:
    """A camera in the index: its sightings and the mean of their positions."""

    camera_id: int
    members: list[Member] = field(default_factory=list)
    lat: float = 0.0
    lon: float = 0.0

    def recentre(self) -> None:
        if self.members:
            self.lat = sum(m.lat for m in self.members) / len(self.members)
            self.lon = sum(m.lon for m in self.members) / len(self.members)

    def key_ids(self) -> set[str]:
        return {m.key_id for m in self.members}


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

    def near(self, lat: float, lon: float) -> Iterable[int]:
        """Items in the 3×3 cells around the point: a superset of those within ``cell_m``."""
        band = math.floor(lat / self._lat_step)
        for b in (band - 1, band, band + 1):
            step = self._lon_step(b)
            col = math.floor(lon / step)
            for c in (col - 1, col, col + 1):
                bucket = self._cells.get((b, c))
                if bucket:
                    yield from bucket

    def __len__(self) -> int:
        return len(self._where)


@dataclass(frozen=True)
class Candidate:
    cluster: Cluster
    distance: float
    conflicts: tuple[str, ...]


@dataclass(frozen=True)
class Decision:
    """Where a sighting goes: ``join`` a camera, or ``new`` camera; and what to review."""

    action: str  # "join" | "new"
    camera_id: int | None
    distance: float = 0.0
    review_kind: str | None = None  # "far_match" | "possible_duplicate"
    review_camera_id: int | None = None
    reason: str = ""


def conflicts(member: Member, cluster: Cluster) -> tuple[str, ...]:
    """Key attributes on which ``member`` disagrees with every member that has a value."""
    found = []
    for name in KEY_ATTRIBUTES:
        mine = member.key_value(name)
        if mine is None:
            continue
        theirs = {v for m in cluster.members if (v := m.key_value(name)) is not None}
        if theirs and mine not in theirs:
            found.append(name)
    return tuple(found)


def directions_differ(member: Member, cluster: Cluster) -> bool:
    """True when both sides give directions and none is within the tolerance."""
    if member.direction is None:
        return False
    others = [m.direction for m in cluster.members if m.direction is not None]
    if not others:
        return False
    return all(angle_between(member.direction, d) > DIRECTION_TOLERANCE_DEG for d in others)


# Words a coordinator reads in the review queue (the reasons are stored as text).
_LABELS = {
    "surveillance_type": "kind of device",
    "camera_type": "camera type",
    "camera_mount": "mount",
    "manufacturer": "make",
}


class Clusterer:
    """Assigns sightings to cameras, one at a time, over a grid index of current cameras."""

    def __init__(self) -> None:
        self.index = GridIndex()
        self.clusters: dict[int, Cluster] = {}
        self._home: dict[int, int] = {}  # sighting id -> camera id

    def load(self, clusters: Iterable[Cluster]) -> None:
        for cluster in clusters:
            if not cluster.members:
                continue
            cluster.recentre()
            self.clusters[cluster.camera_id] = cluster
            for m in cluster.members:
                self._home[m.sighting_id] = cluster.camera_id
            self.index.insert(cluster.camera_id, cluster.lat, cluster.lon)

    def candidates(self, member: Member) -> list[Candidate]:
        """Cameras within the review radius that could be this sighting's camera, nearest first.

        Cameras already holding a sighting by the same volunteer, and cameras facing another
        way, are left out: they are different cameras by definition.
        """
        found: list[Candidate] = []
        for camera_id in self.index.near(member.lat, member.lon):
            cluster = self.clusters[camera_id]
            d = distance_m(member.lat, member.lon, cluster.lat, cluster.lon)
            if d > REVIEW_RADIUS_M:
                continue
            if member.key_id in cluster.key_ids() or directions_differ(member, cluster):
                continue
            found.append(Candidate(cluster, d, conflicts(member, cluster)))
        found.sort(key=lambda c: (c.distance, c.cluster.camera_id))
        return found

    def decide(self, member: Member) -> Decision:
        candidates = self.candidates(member)
        compatible = [c for c in candidates if not c.conflicts]
        conflicting = [c for c in candidates if c.conflicts]
        if compatible:
            best = compatible[0]
            if best.distance <= AUTO_RADIUS_M:
                return Decision("join", best.cluster.camera_id, best.distance)
            runner_up = compatible[1].distance if len(compatible) > 1 else math.inf
            if best.distance <= CLEAR_WINNER_RATIO * runner_up:
                return Decision(
                    "join",
                    best.cluster.camera_id,
                    best.distance,
                    review_kind="far_match",
                    review_camera_id=best.cluster.camera_id,
                    reason=f"joined at {best.distance:.1f} m (beyond {AUTO_RADIUS_M:g} m)",
                )
            return Decision(
                "new",
                None,
                review_kind="possible_duplicate",
                review_camera_id=best.cluster.camera_id,
                distance=best.distance,
                reason=(f"two cameras fit: {best.distance:.1f} m and {runner_up:.1f} m away"),
            )
        if conflicting:
            near = conflicting[0]
            names = ", ".join(_LABELS[n] for n in near.conflicts)
            return Decision(
                "new",
                None,
                review_kind="possible_duplicate",
                review_camera_id=near.cluster.camera_id,
                distance=near.distance,
                reason=f"{near.distance:.1f} m from a camera with a different {names}",
            )
        return Decision("new", None)

    def add(self, camera_id: int, member: Member) -> Cluster:
        """Record the sighting in its camera (creating the cluster) and move the camera."""
        cluster = self.clusters.get(camera_id)
        if cluster is None:
            cluster = self.clusters[camera_id] = Cluster(camera_id)
        cluster.members.append(member)
        self._home[member.sighting_id] = camera_id
        cluster.recentre()
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

"""Sightings become cameras: the "same camera?" decision, over a grid index of cameras.

Rules (from the coordinators' practice, see DOMAIN.md and the README's coordinator section):

- never the same camera: two sightings by the same volunteer (their own UUIDs say they saw
  two cameras); a different make or kind of device; two directions more than
  ``DISTINCT_DIRECTION_DEG`` apart when the camera type has a direction (two cameras on one
  pole). A dome has no direction a volunteer can read, so its directions are never compared.
- within ``AUTO_RADIUS_M`` (5 m) of a camera with compatible attributes: the same camera;
- up to the two positions' GPS error (``join_limit``: 20 m for two phone positions) with
  compatible attributes: the same camera when the evidence is strong (at least two of type,
  mount, make and direction agree) and no other camera fits as well; weaker evidence joins
  provisionally with a ``far_match`` review item; beyond the join limit, never;
- answers that nest (a street lamp is a pole: ``nested_values``) are compatible within 5 m of
  the camera or one of its sightings, though no evidence; farther off they join only as a slip
  of type or mount would, and never open a "different mount" item;
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
from collections.abc import Iterable
from dataclasses import dataclass

from surveyor.core.campaign.cluster import (
    AUTO_RADIUS_M,
    CLEAR_WINNER_RATIO,
    DIRECTION_TOLERANCE_DEG,
    DIRECTIONLESS_TYPES,
    EVIDENCE_ATTRIBUTES,
    GPS_ERROR_M,
    KEY_ATTRIBUTES,
    Cluster,
    Member,
    shown_m,
)
from surveyor.core.campaign.decision_words import (
    LABELS,
    explain_apart,
    explain_join,
    provisional,
    words,
)
from surveyor.core.campaign.grid_index import GridIndex
from surveyor.core.campaign.matching import (
    Candidate,
    direction_gap,
    join_limit,
    search_radius,
    soft_limit,
)
from surveyor.core.campaign.nested_values import nests_with_all
from surveyor.core.geometry import distance_m
from surveyor.core.messages import Message


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


def _touches(member: Member, cluster: Cluster, distance: float) -> bool:
    """Within ``AUTO_RADIUS_M`` of the camera or of one of its sightings."""
    return distance <= AUTO_RADIUS_M or any(
        distance_m(member.lat, member.lon, m.lat, m.lon) <= AUTO_RADIUS_M for m in cluster.members
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
            nested: tuple[str, ...] = ()
            for name, value in mine:
                theirs = cluster.values(name)
                if value in theirs:
                    if name in EVIDENCE_ATTRIBUTES:
                        shared += (name,)
                elif theirs and nests_with_all(name, value, theirs):
                    nested += (name,)  # "street lamp" and "pole": both right, no conflict
                elif theirs:
                    differing += (name,)
            if nested and not _touches(member, cluster, d):
                # Farther off, any pole-mounted camera would do: the answers then join no
                # more readily than a slip of type or mount (strong evidence, 12 m).
                differing += nested
            gap = any_gap = direction_gap(member, cluster)
            if gap is not None and gap <= DIRECTION_TOLERANCE_DEG:
                shared += ("direction",)  # facing the same way is evidence, even for a dome
            if gap is not None and not (directional and cluster.directional()):
                gap = None  # a dome's direction never keeps two sightings apart
            found.append(Candidate(cluster, d, differing, shared, gap, any_gap, nested))
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
        limit = join_limit(member, best.cluster)
        if best.nested:  # one answer the less precise: as far as a slip of type or mount
            limit = min(limit, soft_limit(member, best.cluster))
        if clear and best.strong and best.distance <= limit:
            return Decision("join", camera_id, best.distance, note=explain_join(best, member))
        if clear and best.distance > limit:
            return None  # beyond what both positions allow: not the same camera
        if clear:
            return Decision(
                "join",
                camera_id,
                best.distance,
                review_kind="far_match",
                review_camera_id=camera_id,
                reason=Message(
                    "joined at {distance:.1f} m (beyond {radius} m)",
                    distance=shown_m(best.distance),
                    radius=f"{AUTO_RADIUS_M:g}",
                ),
                note=provisional(explain_join(best, member)),
            )
        if not best.strong and best.distance > join_limit(member, best.cluster):
            return None  # too far for what little it shares: not worth a person's time
        return Decision(
            "new",
            None,
            review_kind="possible_duplicate",
            review_camera_id=camera_id,
            distance=best.distance,
            reason=Message(
                "two cameras fit: {near:.1f} m and {far:.1f} m away",
                near=shown_m(best.distance),
                far=shown_m(runner_up),
            ),
            note=Message("new camera: two cameras fit equally (to review)"),
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
                what = Message("facing {gap}° another way", gap=f"{c.direction_gap:.0f}")
                attribute = "direction"
            else:
                labels = words([LABELS[n] for n in c.conflicts])
                what = Message("with a different {attribute}", attribute=labels)
                attribute = ",".join(c.conflicts)
            return Decision(
                "new",
                None,
                review_kind="possible_duplicate",
                review_camera_id=c.cluster.camera_id,
                distance=c.distance,
                reason=Message(
                    "{distance:.1f} m from a camera {what}", distance=shown_m(c.distance), what=what
                ),
                attribute=attribute,
                note=Message(
                    "new camera: {distance:.1f} m from camera {camera} {what} (to review)",
                    distance=shown_m(c.distance),
                    camera=c.cluster.camera_id,
                    what=what,
                ),
            )
        near = next((c for c in candidates if not c.compatible), None)
        if near is None:
            if compatible:
                return Decision("new", None, note=Message("new camera: nothing close enough fits"))
            why = Message("new camera: no camera within {radius} m", radius=f"{radius:.0f}")
            return Decision("new", None, note=why)
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

"""How one sighting compares with a camera nearby: distance, what they share, what they
contradict, which way each faces, and how far apart the two positions may honestly be."""

from __future__ import annotations

from dataclasses import dataclass

from surveyor.core.campaign.cluster import (
    CLEAR_WINNER_RATIO,
    DIRECTION_TOLERANCE_DEG,
    DISTINCT_DIRECTION_DEG,
    GPS_ERROR_M,
    HARD_ATTRIBUTES,
    KEY_ATTRIBUTES,
    REVIEW_RADIUS_M,
    SOFT_JOIN_RADIUS_M,
    STRONG_EVIDENCE,
    Cluster,
    Member,
    angle_between,
)
from surveyor.core.campaign.nested_values import nest


@dataclass(frozen=True, slots=True)
class Candidate:
    """A camera near a sighting, and how the two compare."""

    cluster: Cluster
    distance: float
    conflicts: tuple[str, ...]  # key attributes the sighting contradicts
    agreements: tuple[str, ...]  # evidence attributes it shares ("direction": faces the same way)
    direction_gap: float | None  # degrees, when the two directions may be compared
    any_gap: float | None = None  # the directions' gap even when the type has none
    nested: tuple[str, ...] = ()  # answers that differ but nest (street lamp, pole)

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
                if all((theirs := m.key_value(n)) is None or nest(n, theirs, v) for n, v in mine)
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


def direction_gap(member: Member, cluster: Cluster) -> float | None:
    """Smallest angle between the sighting's direction and the camera's, or None when either
    has none."""
    if member.direction is None:
        return None
    others = cluster.directions()
    if not others:
        return None
    return min(angle_between(member.direction, d) for d in others)


def join_limit(member: Member, cluster: Cluster) -> float:
    """How far apart two positions of one camera may be: both positions' errors.

    The camera's error is its best sighting's (a hand placement: 3 m; phone GPS: 10 m), or,
    for a camera known only from positions shifted for privacy, the error of their weighted
    mean (45 m for one, 32 m for two, 22 m for four), which shrinks as sightings agree.
    """
    best = min((m.error_m for m in cluster.members), default=GPS_ERROR_M)
    if best > GPS_ERROR_M:
        best = max(cluster.error_m, GPS_ERROR_M)
    return member.error_m + best


def soft_limit(member: Member, cluster: Cluster) -> float:
    """How far a sighting that disagrees on type or mount may join: ``SOFT_JOIN_RADIUS_M``
    for phone positions, within 60 % of the join limit for positions shifted for privacy."""
    limit = join_limit(member, cluster)
    return max(min(SOFT_JOIN_RADIUS_M, limit), CLEAR_WINNER_RATIO * limit)


def search_radius(member: Member, widest_error_m: float = GPS_ERROR_M) -> float:
    """How far to look for this sighting's camera: the review radius, or as far as the join
    limit reaches when positions are only good to tens of metres (shifted for privacy);
    ``widest_error_m`` is the largest error of any position in the campaign."""
    return max(REVIEW_RADIUS_M, member.error_m + widest_error_m)

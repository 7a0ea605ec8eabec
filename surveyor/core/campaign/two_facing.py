"""Two domes on one pole: a camera whose volunteers agree it faces two clearly different ways
is two cameras."""

from __future__ import annotations

from collections.abc import Sequence

from surveyor.core.campaign.cluster import (
    DIRECTION_TOLERANCE_DEG,
    DISTINCT_DIRECTION_DEG,
    Member,
    angle_between,
)


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

"""Campaign cameras read from the catalogue: clusters for matching, consensus for output."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

from surveyor.core.campaign.cluster import Cluster, Member
from surveyor.core.campaign.clusterer import Clusterer
from surveyor.core.campaign.consensus import ATTRIBUTES, CameraConsensus, Vote, camera_consensus
from surveyor.store.campaign_models import (
    AttributeOverride,
    CampaignCamera,
    ReceivedBundle,
    Sighting,
    VolunteerKey,
)


def member_from_row(row: Sighting) -> Member:
    return Member(
        sighting_id=row.id,
        key_id=row.key_id,
        lat=row.latitude,
        lon=row.longitude,
        surveillance_type=row.surveillance_type,
        camera_type=row.camera_type,
        camera_mount=row.camera_mount,
        manufacturer=None if row.make_unknown else row.manufacturer,
        direction=row.direction,
        position_source=row.position_source,
        accuracy_m=row.position_accuracy,
    )


def bundle_order() -> dict[int, int]:
    """Each bundle's rank in its volunteer's signed order (export counter, then Bagging-Date),
    so "their latest sighting" never depends on which bundle happened to arrive last."""
    rows = ReceivedBundle.select(ReceivedBundle.id).order_by(
        ReceivedBundle.sequence, ReceivedBundle.bagging_date, ReceivedBundle.id
    )
    return {row.id: rank for rank, row in enumerate(rows)}


def vote_from_row(row: Sighting, order: dict[int, int] | None = None) -> Vote:
    values = {name: getattr(row, name) for name in ATTRIBUTES}
    if row.make_unknown:
        values["manufacturer"] = None  # "make unknown" abstains rather than disagrees
    try:
        photos = tuple(str(p) for p in json.loads(row.photos or "[]"))
    except ValueError:
        photos = ()
    return Vote(
        sighting_id=row.id,
        key_id=row.key_id,
        lat=row.latitude,
        lon=row.longitude,
        values=values,
        observed=row.observed or "",
        order=order.get(row.bundle_id, row.bundle_id) if order is not None else row.bundle_id,
        photos=photos,
        weight=member_from_row(row).weight,
    )


def load_clusterer() -> Clusterer:
    """Every camera with its sightings, indexed for matching (one query)."""
    clusters: dict[int, Cluster] = {}
    for row in Sighting.select().where(Sighting.camera.is_null(False)).order_by(Sighting.id):
        if row.camera_id is None:
            continue
        cluster = clusters.setdefault(row.camera_id, Cluster(row.camera_id))
        cluster.members.append(member_from_row(row))
    clusterer = Clusterer()
    clusterer.load(clusters.values())
    return clusterer


WITHDRAWN = "withdrawn"  # an override marking a camera the coordinator took out


def load_consensus(
    camera_ids: Iterable[int] | None = None, with_withdrawn: bool = False
) -> list[CameraConsensus]:
    """Consensus of every camera that has sightings (or of the given ones), oldest first.

    Sightings from a withdrawn key take no part: a camera only they saw is not published.
    A camera the coordinator withdrew is left out unless ``with_withdrawn``.
    """
    withdrawn = VolunteerKey.select(VolunteerKey.key_id).where(VolunteerKey.withdrawn)
    query = Sighting.select().where(
        Sighting.camera.is_null(False) & Sighting.key_id.not_in(withdrawn)
    )
    cameras_q = CampaignCamera.select()
    overrides_q = AttributeOverride.select()
    if camera_ids is not None:
        ids = list(camera_ids)
        query = query.where(Sighting.camera.in_(ids))
        cameras_q = cameras_q.where(CampaignCamera.id.in_(ids))
        overrides_q = overrides_q.where(AttributeOverride.camera.in_(ids))
    votes: dict[int, list[Vote]] = defaultdict(list)
    order = bundle_order()
    for row in query.order_by(Sighting.id):
        if row.camera_id is not None:
            votes[row.camera_id].append(vote_from_row(row, order))
    overrides: dict[int, dict[str, object]] = defaultdict(dict)
    withdrawn_cameras: set[int] = set()
    for o in overrides_q:
        if o.attribute == WITHDRAWN:
            withdrawn_cameras.add(o.camera_id)
            continue
        overrides[o.camera_id][o.attribute] = _typed(o.attribute, o.value)
    result = []
    for camera in cameras_q.order_by(CampaignCamera.id):
        if camera.id in withdrawn_cameras and not with_withdrawn:
            continue
        if camera.id in votes:
            result.append(
                camera_consensus(camera.id, camera.uuid, votes[camera.id], overrides[camera.id])
            )
    return result


def _typed(attribute: str, value: str | None) -> object:
    if value is None or attribute not in ("direction", "height"):
        return value
    try:
        return float(value)
    except ValueError:
        return None

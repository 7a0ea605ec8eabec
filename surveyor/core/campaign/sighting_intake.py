"""The cameras of a verified bundle become sightings, each placed in a campaign camera.

A newer bundle from the same volunteer that re-sends a camera UUID updates that sighting; the
old state is kept in ``SightingRevision``. "Newer" is the volunteer's signed export counter,
never the order of arrival: an older bundle cannot overwrite a newer one.
"""

from __future__ import annotations

import json
from typing import Any

from surveyor.core.bundle.verify import SubmittedCamera
from surveyor.core.campaign.cluster import Member
from surveyor.core.campaign.placement import CONFIRMED, REJECTED, Placer
from surveyor.core.campaign.sighting_fields import COMPARED, sighting_values, snapshot
from surveyor.store.campaign_models import ReceivedBundle, Sighting, SightingRevision
from surveyor.store.models import _now

_INSERT_SQL: dict[tuple[str, ...], str] = {}


def known_sightings(key_id: str, uuids: list[str]) -> dict[str, Sighting]:
    """This volunteer's sightings already in the campaign among ``uuids`` (one query each
    500, not one per camera)."""
    found: dict[str, Sighting] = {}
    for start in range(0, len(uuids), 500):
        chunk = uuids[start : start + 500]
        query = Sighting.select().where(
            (Sighting.key_id == key_id) & (Sighting.camera_uuid.in_(chunk))
        )
        found.update((row.camera_uuid, row) for row in query)
    return found


def _queue_sighting(
    placer: Placer,
    bundle: ReceivedBundle,
    sighting_id: int,
    camera_uuid: str,
    values: dict[str, Any],
    camera_id: int,
    outcome: str,
) -> None:
    # Plain SQL, written in one executemany per bundle: this runs once per sighting and
    # the ORM's statement building cost more than the rest of the merge.
    columns: tuple[str, ...] = ("id", "camera_uuid", "key_id", "bundle_id", "camera_id")
    columns += ("outcome", "updated_at", *values)
    params = [sighting_id, camera_uuid, bundle.key_id, bundle.id, camera_id, outcome]
    params += [str(_now()), *values.values()]
    sql = _INSERT_SQL.get(columns)
    if sql is None:
        sql = _INSERT_SQL[columns] = (
            f"INSERT INTO sighting ({', '.join(columns)})"
            f" VALUES ({', '.join('?' for _ in columns)})"
        )
    placer.queue_sighting(sql, params)


def take_camera(
    placer: Placer, bundle: ReceivedBundle, camera: SubmittedCamera, row: Sighting | None
) -> str:
    """Make one submitted camera a sighting (or update the volunteer's earlier one) and
    place it; return its receipt outcome. Inside a ``placer.begin_batch()``."""
    if camera.tags.get("man_made") != "surveillance":
        return REJECTED  # not a surveillance device record: nothing to merge
    values = sighting_values(camera)
    if values["surveillance_type"] is None:
        values["surveillance_type"] = "camera"
    if row is None:
        traits = {
            "key_id": bundle.key_id,
            "lat": values["latitude"],
            "lon": values["longitude"],
            "surveillance_type": values["surveillance_type"],
            "camera_type": values["camera_type"],
            "camera_mount": values["camera_mount"],
            "manufacturer": None if values["make_unknown"] else values["manufacturer"],
            "direction": values["direction"],
            "position_source": values["position_source"],
            "accuracy_m": values["position_accuracy"],
        }
        camera_id, outcome, decision = placer.assign(Member(sighting_id=0, **traits))
        sighting_id = placer.new_sighting_id()
        _queue_sighting(placer, bundle, sighting_id, camera.uuid, values, camera_id, outcome)
        placer.record(camera_id, Member(sighting_id=sighting_id, **traits), decision)
        return outcome
    placer.flush()  # the update below writes at once: pending rows go first
    try:
        return _update_sighting(placer, bundle, row, values)
    finally:
        placer.begin_batch()


def _update_sighting(
    placer: Placer, bundle: ReceivedBundle, row: Sighting, values: dict[str, Any]
) -> str:
    previous = ReceivedBundle.get_by_id(row.bundle_id)
    theirs = version_order(previous)
    mine = version_order(bundle)
    if theirs > mine:
        return REJECTED  # an older bundle arriving late never overwrites newer data
    before = snapshot(row)
    if all(before[name] == values[name] for name in COMPARED):
        return CONFIRMED  # re-sent unchanged
    if theirs == mine and previous.id != bundle.id:
        return REJECTED  # nothing signed says which is newer: keep what we have
    SightingRevision.create(
        sighting=row.id, bundle=row.bundle_id, data=json.dumps(before, default=str)
    )
    for name, value in values.items():
        setattr(row, name, value)
    row.bundle = bundle
    row.updated_at = _now()
    row.save()
    old_camera = placer.withdraw(row)
    return placer.place(row, reuse_camera_id=old_camera)


def version_order(bundle: ReceivedBundle) -> tuple[int, str]:
    """How a volunteer's bundles are ordered: their signed export counter, then (for bundles
    from before the counter) the signed Bagging-Date. Never the order they arrived in."""
    return (int(bundle.sequence or 0), str(bundle.bagging_date or ""))

"""Every camera of the campaign for the Cameras view: one row each, and one map of them all.

Rows come from the same consensus the exports use (withdrawn cameras included, marked), with
the number of open review items about each camera. No Qt here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from surveyor.core.campaign import review
from surveyor.core.campaign.merged_cameras import WITHDRAWN, load_consensus
from surveyor.core.campaign.review_case import camera_case
from surveyor.core.campaign.review_map import Describe, _plain, review_map_data
from surveyor.store.campaign_models import AttributeOverride

WHOLE_CAMPAIGN_M = 1.0e6  # "nearby" for the campaign map: every camera (1,000 km)


@dataclass(frozen=True)
class CameraRow:
    camera_id: int
    uuid: str
    lat: float
    lon: float
    values: dict[str, Any]  # attribute -> published value (None: nothing agreed)
    set_by_coordinator: frozenset[str]
    volunteers: int
    sightings: int
    open_items: int
    withdrawn: bool


def camera_rows() -> list[CameraRow]:
    open_counts: Counter[int] = Counter()
    for item in review.open_items():
        for camera in {item.camera_id, item.other_camera_id}:
            if camera is not None:
                open_counts[camera] += 1
    withdrawn = {
        o.camera_id
        for o in AttributeOverride.select().where(AttributeOverride.attribute == WITHDRAWN)
    }
    rows = []
    for cam in load_consensus(with_withdrawn=True):
        rows.append(
            CameraRow(
                camera_id=cam.camera_id,
                uuid=cam.uuid,
                lat=cam.lat,
                lon=cam.lon,
                values={name: a.value for name, a in cam.attributes.items()},
                set_by_coordinator=frozenset(
                    name for name, a in cam.attributes.items() if a.label == "set"
                ),
                volunteers=len(cam.volunteers),
                sightings=cam.sightings,
                open_items=open_counts[cam.camera_id],
                withdrawn=cam.camera_id in withdrawn,
            )
        )
    return rows


def campaign_map_data(camera_id: int | None, describe: Describe = _plain) -> dict[str, Any] | None:
    """One map of the whole campaign: every camera, and the chosen one with its sightings."""
    chosen = camera_case(camera_id) if camera_id is not None else None
    if chosen is None:
        rows = load_consensus()
        if not rows:
            return None
        chosen = camera_case(rows[0].camera_id)
        if chosen is None:
            return None
        chosen.sightings.clear()
    data = review_map_data(chosen, describe, nearby_m=WHOLE_CAMPAIGN_M)
    data["rings"] = []  # no join rings on the campaign map: they belong to a review item
    return data

"""Sightings made directly in a campaign catalogue (no bundle), for clustering tests."""

from __future__ import annotations

import itertools
import json
import uuid
from typing import Any

from surveyor.core.campaign.placement import Placer
from surveyor.core.geometry import destination_point as destination
from surveyor.store.campaign_models import BUNDLE_MERGED, ReceivedBundle, Sighting

BASE = (44.8125, 20.4612)  # Belgrade, Republic Square
_counter = itertools.count(1)


def offset(metres_north: float = 0.0, metres_east: float = 0.0) -> tuple[float, float]:
    lat, lon = destination(BASE[0], BASE[1], 0.0, metres_north)
    return destination(lat, lon, 90.0, metres_east)


def bundle_for(key_id: str) -> ReceivedBundle:
    return ReceivedBundle.create(
        bundle_uuid=str(uuid.uuid4()),
        sha256=f"{next(_counter):064x}",
        key_id=key_id,
        file_name="test.zip",
        status=BUNDLE_MERGED,
    )


def sighting(
    key_id: str,
    north: float = 0.0,
    east: float = 0.0,
    bundle: ReceivedBundle | None = None,
    **attrs: Any,
) -> Sighting:
    lat, lon = offset(north, east)
    values = {"surveillance_type": "camera", **attrs}
    return Sighting.create(
        camera_uuid=str(uuid.uuid4()),
        key_id=key_id,
        bundle=bundle or bundle_for(key_id),
        latitude=lat,
        longitude=lon,
        observed="2026-11-20",
        tags=json.dumps({"man_made": "surveillance"}),
        **values,
    )


def place(*rows: Sighting, placer: Placer | None = None) -> list[str]:
    placer = placer or Placer()
    return [placer.place(row) for row in rows]

"""What the review map draws for one review item, as GeoJSON features (RFC 7946 order: lon, lat).

Three kinds of point, told apart by ``properties.kind``:
- ``sighting``: where one volunteer put the camera, with the direction they gave, their
  pseudonym and a short description of what they recorded;
- ``consensus``: the position the campaign publishes for the item's camera (and for the other
  camera of a possible duplicate), the mean of the agreeing sightings;
- ``nearby``: every other campaign camera within ``NEARBY_M`` of the item, for context.

No Qt here: the review window turns the result into JSON for its page. User text is passed as
plain strings; the page puts it in the DOM as text only.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from surveyor.core.campaign.cluster import AUTO_RADIUS_M, REVIEW_RADIUS_M
from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.campaign.review_case import ReviewCase
from surveyor.store.campaign_models import CampaignCamera, Sighting

NEARBY_M = 60.0
_M_PER_DEG = 111_195.0
DESCRIBED = ("camera_type", "camera_mount", "manufacturer", "model")

Describe = Callable[[str, object], str]


def _plain(name: str, value: object) -> str:
    return "" if value is None else str(value)


def _point(lat: float, lon: float, properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [round(lon, 7), round(lat, 7)]},
        "properties": properties,
    }


def _direction(value: object) -> float | None:
    if isinstance(value, int | float) and math.isfinite(float(value)):
        return round(float(value) % 360.0, 1)
    return None


def _description(values: dict[str, object], describe: Describe) -> str:
    parts = [describe(name, values.get(name)) for name in DESCRIBED if name in values]
    return " · ".join(p for p in parts if p and p not in ("–",))


def nearby_camera_ids(lat: float, lon: float, radius_m: float, exclude: set[int]) -> list[int]:
    """Campaign cameras within ``radius_m`` (a bounding box, then the exact distance)."""
    dlat = radius_m / _M_PER_DEG
    dlon = radius_m / (_M_PER_DEG * max(0.01, math.cos(math.radians(lat))))
    query = CampaignCamera.select(
        CampaignCamera.id, CampaignCamera.latitude, CampaignCamera.longitude
    ).where(
        CampaignCamera.latitude.between(lat - dlat, lat + dlat),
        CampaignCamera.longitude.between(lon - dlon, lon + dlon),
    )
    cos = math.cos(math.radians(lat))
    found = []
    for cam in query:
        if cam.id in exclude:
            continue
        east = (cam.longitude - lon) * _M_PER_DEG * cos
        north = (cam.latitude - lat) * _M_PER_DEG
        if math.hypot(east, north) <= radius_m:
            found.append(cam.id)
    return found


def review_map_data(
    case: ReviewCase, describe: Describe = _plain, nearby_m: float = NEARBY_M
) -> dict[str, Any]:
    """The item's sightings, consensus positions and the cameras around it, for the page."""
    features: list[dict[str, Any]] = []
    positions = {
        row.id: (row.latitude, row.longitude)
        for row in Sighting.select(Sighting.id, Sighting.latitude, Sighting.longitude).where(
            Sighting.id.in_([s.sighting_id for s in case.sightings])
        )
    }
    for s in case.sightings:
        lat, lon = positions.get(s.sighting_id, (case.lat, case.lon))
        features.append(
            _point(
                lat,
                lon,
                {
                    "kind": "sighting",
                    "id": s.sighting_id,
                    "role": s.role,
                    "subject": s.subject,
                    "volunteer": s.volunteer,
                    "description": _description(s.attributes, describe),
                    "direction": _direction(s.attributes.get("direction")),
                },
            )
        )
    centre = (case.lat, case.lon)
    if case.camera_id is None or CampaignCamera.get_or_none(id=case.camera_id) is None:
        # The item's camera is gone (merged away): centre on what the volunteers saw instead.
        seen = [positions[s.sighting_id] for s in case.sightings if s.sighting_id in positions]
        if seen:
            centre = (sum(p[0] for p in seen) / len(seen), sum(p[1] for p in seen) / len(seen))
    own = {c for c in (case.camera_id, case.other_camera_id) if c is not None}
    nearby = nearby_camera_ids(centre[0], centre[1], nearby_m, own)
    for camera in load_consensus(sorted(own | set(nearby))):
        values = {name: a.value for name, a in camera.attributes.items()}
        if camera.camera_id in own:
            kind = "consensus"
            role = "camera" if camera.camera_id == case.camera_id else "other"
        else:
            kind, role = "nearby", "nearby"
        features.append(
            _point(
                camera.lat,
                camera.lon,
                {
                    "kind": kind,
                    "id": camera.camera_id,
                    "role": role,
                    "volunteers": len(camera.volunteers),
                    "description": _description(values, describe),
                    "direction": _direction(values.get("direction")),
                },
            )
        )
    return {
        "type": "FeatureCollection",
        "features": features,
        "centre": [round(centre[0], 7), round(centre[1], 7)],
        "rings": [AUTO_RADIUS_M, REVIEW_RADIUS_M],
        "item": case.item_id,
    }

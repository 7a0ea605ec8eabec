"""What a submitted camera becomes in the campaign: the columns of a ``Sighting``.

Tags arrive verbatim (OpenStreetMap keys); the columns the matcher and the consensus read are
taken from them here, and ``COMPARED`` lists what a re-sent camera may change.
"""

from __future__ import annotations

import json
from typing import Any

from surveyor.core.bundle.verify import SubmittedCamera
from surveyor.core.map.known_cameras import parse_directions
from surveyor.store.campaign_models import Sighting

TAG_FIELDS = {
    "surveillance:type": "surveillance_type",
    "surveillance": "surveillance",
    "camera:type": "camera_type",
    "camera:mount": "camera_mount",
    "surveillance:zone": "zone",
    "manufacturer": "manufacturer",
    "model": "model",
    "operator": "operator",
}
# What a sighting holds that a re-sent camera may change (compared to detect an update).
COMPARED = (
    "latitude",
    "longitude",
    "observed",
    "position_source",
    "position_accuracy",
    "confirmed",
    "needs_review",
    "make_unknown",
    *TAG_FIELDS.values(),
    "direction",
    "height",
    "tags",
    "photos",
)


def _number(raw: str | None) -> float | None:
    if raw is None:
        return None
    try:
        value = float(str(raw).strip().removesuffix("m").strip())
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def sighting_values(camera: SubmittedCamera) -> dict[str, Any]:
    """The columns of a ``Sighting`` from a submitted camera's tags."""
    tags = camera.tags
    values: dict[str, Any] = {column: tags.get(tag) or None for tag, column in TAG_FIELDS.items()}
    directions = parse_directions(tags.get("camera:direction", tags.get("direction")))
    values.update(
        latitude=camera.latitude,
        longitude=camera.longitude,
        observed=(camera.observed or "")[:10],
        position_source=camera.position_source,
        position_accuracy=camera.position_accuracy,
        confirmed=camera.confirmed,
        needs_review=camera.needs_review,
        make_unknown=camera.make_unknown,
        direction=directions[0] if directions else None,
        height=_number(tags.get("height")),
        tags=json.dumps(tags, ensure_ascii=False, sort_keys=True),
        photos=json.dumps([p.removeprefix("photos/").removesuffix(".jpg") for p in camera.photos]),
        redaction=None
        if camera.redaction is None
        else json.dumps(
            {p.removeprefix("photos/").removesuffix(".jpg"): n for p, n in camera.redaction.items()}
        ),
    )
    return values


def snapshot(row: Sighting) -> dict[str, Any]:
    return {name: getattr(row, name) for name in COMPARED} | {"bundle_id": row.bundle_id}

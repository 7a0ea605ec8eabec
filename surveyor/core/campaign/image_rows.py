"""A campaign's published cameras as a map image shows them (``surveyor render-map``)."""

from __future__ import annotations

from typing import Any

from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.map.page import CAMERA_FIELDS


def campaign_cameras() -> list[list[Any]]:
    """The open campaign's published cameras (consensus position and answers)."""
    rows: list[list[Any]] = []
    for cam in load_consensus():
        values = {name: a.value for name, a in cam.attributes.items()}
        direction = values.get("direction")
        record: dict[str, Any] = {
            "id": cam.camera_id,
            "lat": round(cam.lat, 7),
            "lon": round(cam.lon, 7),
            "state": "confirmed",
            "stype": values.get("surveillance_type"),
            "ctype": values.get("camera_type"),
            "dir": None if direction is None else round(float(direction), 1),
            "make": values.get("manufacturer"),
            "unknown": cam.make_unknown,
            "model": values.get("model"),
            "notes": "",
            "photos": [],
            "suggested": None,
            "warn": [],
        }
        rows.append([record[name] for name in CAMERA_FIELDS])
    return rows

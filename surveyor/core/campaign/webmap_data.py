"""The web map's data: one row per published camera, and its photo, rebuilt from pixels.

Photos come only from the signed bundles the campaign keeps (the copies the volunteer's export
scrubbed and redacted), are downscaled, and are written again from their pixels alone, so that
no EXIF, XMP, comment or ICC profile can ride along.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PIL import Image

from surveyor.core.campaign.consensus import CameraConsensus
from surveyor.core.campaign.photos import sighting_photo
from surveyor.core.campaign.publication import MAKE_CLASSES, TYPE_CLASSES, make_class, seen_days
from surveyor.core.campaign.publication import type_class as camera_type_class
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import Sighting

PHOTO_EDGE = 800  # px, the longer side of a published photo
PHOTO_QUALITY = 78
FIELDS = (
    "id",
    "lat",
    "lon",
    "make_class",
    "type_class",
    "manufacturer",
    "model",
    "camera_type",
    "surveillance_type",
    "mount",
    "zone",
    "operator",
    "volunteers",
    "first_seen",
    "last_seen",
    "direction",
    "photo",
)
_COORD_DECIMALS = 6  # ~10 cm: enough for a map
_UUID = re.compile(r"^[0-9a-f-]{36}$")


def camera_row(camera: CameraConsensus, photo: str) -> list[Any]:
    first, last = seen_days(camera)
    direction = camera.value("direction")
    return [
        camera.uuid,
        round(camera.lat, _COORD_DECIMALS),
        round(camera.lon, _COORD_DECIMALS),
        make_class(camera),
        camera_type_class(camera),
        camera.value("manufacturer") or "",
        camera.value("model") or "",
        camera.value("camera_type") or "",
        camera.value("surveillance_type") or "camera",
        camera.value("camera_mount") or "",
        camera.value("zone") or "",
        camera.value("operator") or "",
        len(camera.volunteers),
        first,
        last,
        None if direction is None else round(float(direction), 1),
        photo,
    ]


def data_document(
    cameras: Sequence[CameraConsensus], photos: dict[str, str], published: str
) -> dict[str, Any]:
    return {
        "published": published,
        "makes": list(MAKE_CLASSES),
        "types": list(TYPE_CLASSES),
        "fields": list(FIELDS),
        "rows": [camera_row(c, photos.get(c.uuid, "")) for c in cameras],
    }


def data_script(document: dict[str, Any]) -> str:
    """A script that assigns a global: Chromium refuses fetch() of a file:// JSON."""
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return f"window.SURVEYOR_WEBMAP={text};\n"


def camera_photo(ws: Workspace, camera: CameraConsensus) -> bytes | None:
    """The first photo of the camera that can be read from a kept bundle, as a small JPEG."""
    by_id = {v.sighting_id: v for v in camera.votes}
    for vote in sorted(by_id.values(), key=lambda v: v.sighting_id):
        if not vote.photos:
            continue
        row = Sighting.get_or_none(Sighting.id == vote.sighting_id)
        if row is None:
            continue
        for sha in vote.photos:
            data = sighting_photo(ws, row, sha)
            if data is not None:
                small = downscaled_jpeg(data)
                if small is not None:
                    return small
    return None


def downscaled_jpeg(data: bytes) -> bytes | None:
    """Pixels only, at most ``PHOTO_EDGE`` on the long side; None if it is not an image."""
    try:
        with Image.open(io.BytesIO(data)) as source:
            source.draft("RGB", (PHOTO_EDGE, PHOTO_EDGE))
            rgb = source.convert("RGB")
            rgb.thumbnail((PHOTO_EDGE, PHOTO_EDGE))
            clean = Image.new("RGB", rgb.size)
            clean.paste(rgb)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=PHOTO_QUALITY, optimize=True)
    return out.getvalue()


def write_photos(ws: Workspace, cameras: Sequence[CameraConsensus], folder: Path) -> dict[str, str]:
    """``{camera uuid: "photos/<uuid>.jpg"}`` for every camera that has a readable photo."""
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, str] = {}
    for camera in cameras:
        if not _UUID.match(camera.uuid):  # it names a file: never a path
            continue
        data = camera_photo(ws, camera)
        if data is None:
            continue
        name = f"{camera.uuid}.jpg"
        (folder / name).write_bytes(data)
        written[camera.uuid] = f"photos/{name}"
    return written

"""What a person needs to decide a review item: the cameras, their sightings, the photos."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field

from surveyor.core.campaign.consensus import ATTRIBUTES
from surveyor.store.campaign_models import CampaignCamera, ReviewItem, Sighting, VolunteerKey

_M_PER_DEG = 111_195.0


@dataclass(frozen=True)
class SightingView:
    sighting_id: int
    camera_id: int | None
    role: str  # "camera" (the item's camera) or "other" (the candidate it may duplicate)
    key_id: str
    volunteer: str
    east_m: float  # from the item's camera position
    north_m: float
    attributes: dict[str, object]
    photos: tuple[str, ...]
    subject: bool  # the sighting the item is about
    # Boxes blurred per photo (sha256 -> count) as the bundle declared; None if it did not say.
    redaction: dict[str, int] | None = None


@dataclass
class ReviewCase:
    item_id: int
    kind: str
    reason: str
    distance_m: float
    camera_id: int | None
    other_camera_id: int | None
    lat: float
    lon: float
    sightings: list[SightingView] = field(default_factory=list)
    words: str = ""  # ``reason`` as translatable parts (``stored_words``)


def _redaction(raw: str | None) -> dict[str, int] | None:
    if raw is None:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return {str(k): int(v) for k, v in data.items()} if isinstance(data, dict) else None


def review_case(item_id: int) -> ReviewCase | None:
    item = ReviewItem.get_or_none(ReviewItem.id == item_id)
    if item is None:
        return None
    centre = CampaignCamera.get_or_none(CampaignCamera.id == item.camera_id)
    lat = centre.latitude if centre is not None else 0.0
    lon = centre.longitude if centre is not None else 0.0
    case = ReviewCase(
        item.id, item.kind, item.reason, item.distance_m, item.camera_id,
        item.other_camera_id, lat, lon,
    )  # fmt: skip
    case.words = item.words
    cameras = [c for c in (item.camera_id, item.other_camera_id) if c is not None]
    _add_sightings(case, cameras, item.sighting_id)
    return case


def camera_case(camera_id: int) -> ReviewCase | None:
    """Any camera, shown like a review item (``item_id`` 0): its sightings and photos."""
    camera = CampaignCamera.get_or_none(CampaignCamera.id == camera_id)
    if camera is None:
        return None
    case = ReviewCase(0, "camera", "", 0.0, camera.id, None, camera.latitude, camera.longitude)
    _add_sightings(case, [camera.id], None)
    return case


def _add_sightings(case: ReviewCase, cameras: list[int], subject: int | None) -> None:
    lat, lon = case.lat, case.lon
    names = {k.key_id: k.pseudonym for k in VolunteerKey.select()}
    rows = Sighting.select().where(Sighting.camera.in_(cameras)).order_by(Sighting.id)
    cos = math.cos(math.radians(lat))
    for row in rows:
        values = {name: getattr(row, name) for name in ATTRIBUTES}
        if row.make_unknown:
            values["manufacturer"] = None
        try:
            photos = tuple(str(p) for p in json.loads(row.photos or "[]"))
        except ValueError:
            photos = ()
        case.sightings.append(
            SightingView(
                sighting_id=row.id,
                camera_id=row.camera_id,
                role="camera" if row.camera_id == case.camera_id else "other",
                key_id=row.key_id,
                volunteer=names.get(row.key_id) or row.key_id,
                east_m=(row.longitude - lon) * _M_PER_DEG * cos,
                north_m=(row.latitude - lat) * _M_PER_DEG,
                attributes=values,
                photos=photos,
                subject=subject is not None and row.id == subject,
                redaction=_redaction(row.redaction),
            )
        )

"""Campaign statistics: cameras by make, type, mount and zone, and work by volunteer."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from surveyor.core.campaign.consensus import CameraConsensus, volunteer_agreement
from surveyor.store.campaign_models import (
    BUNDLE_MERGED,
    ReviewItem,
    Sighting,
    VolunteerKey,
)

BREAKDOWNS = {
    "make": "manufacturer",
    "type": "camera_type",
    "mount": "camera_mount",
    "zone": "zone",
}
UNKNOWN = "(unknown)"
DISAGREE = "(disagree)"


@dataclass
class VolunteerStats:
    key_id: str
    pseudonym: str
    bundles: int
    sightings: int
    cameras: int
    agreement: float | None  # share of checkable votes that match the consensus


@dataclass
class CampaignStats:
    cameras: int
    sightings: int
    volunteers: int
    open_reviews: int
    by: dict[str, dict[str, int]] = field(default_factory=dict)
    agreement: dict[str, int] = field(default_factory=dict)
    by_volunteer: list[VolunteerStats] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _bucket(camera: CameraConsensus, attribute: str) -> str:
    item = camera.attributes[attribute]
    if item.value is not None:
        return str(item.value)
    return DISAGREE if item.label == "disagree" else UNKNOWN


def campaign_stats(cameras: Sequence[CameraConsensus]) -> CampaignStats:
    by = {
        name: dict(Counter(_bucket(c, attr) for c in cameras).most_common())
        for name, attr in BREAKDOWNS.items()
    }
    agreement = dict(Counter(c.agreement for c in cameras).most_common())
    rates = volunteer_agreement(cameras)
    cameras_per_key: Counter[str] = Counter()
    for camera in cameras:
        cameras_per_key.update(set(camera.volunteers))
    names = {k.key_id: k.pseudonym for k in VolunteerKey.select()}
    db = Sighting._meta.database
    sightings: dict[str, int] = {
        str(k): int(n)
        for k, n in db.execute_sql("SELECT key_id, COUNT(*) FROM sighting GROUP BY key_id")
    }
    bundles: dict[str, int] = {
        str(k): int(n)
        for k, n in db.execute_sql(
            "SELECT key_id, COUNT(*) FROM campaign_bundle WHERE status = ? GROUP BY key_id",
            (BUNDLE_MERGED,),
        )
    }
    volunteers = []
    for key_id in sorted(sightings, key=lambda k: (-sightings[k], k)):
        agree, total = rates.get(key_id, (0, 0))
        volunteers.append(
            VolunteerStats(
                key_id=key_id,
                pseudonym=names.get(key_id, ""),
                bundles=bundles.get(key_id, 0),
                sightings=sightings[key_id],
                cameras=cameras_per_key.get(key_id, 0),
                agreement=round(agree / total, 3) if total else None,
            )
        )
    return CampaignStats(
        cameras=len(cameras),
        sightings=sum(sightings.values()),
        volunteers=len(sightings),
        open_reviews=ReviewItem.select().where(ReviewItem.status == "open").count(),
        by=by,
        agreement=agreement,
        by_volunteer=volunteers,
    )


def stats_table(stats: CampaignStats) -> str:
    """Plain-text tables for the terminal."""
    lines = [
        f"cameras: {stats.cameras}   sightings: {stats.sightings}   "
        f"volunteers: {stats.volunteers}   open review items: {stats.open_reviews}",
        "",
        _table("agreement", ["agreement", "cameras"], list(stats.agreement.items())),
    ]
    for name, counts in stats.by.items():
        lines += ["", _table(f"by {name}", [name, "cameras"], list(counts.items()))]
    rows = [
        [
            v.pseudonym or "-",
            v.key_id,
            v.bundles,
            v.sightings,
            v.cameras,
            "-" if v.agreement is None else f"{v.agreement:.0%}",
        ]
        for v in stats.by_volunteer
    ]
    header = ["volunteer", "key id", "bundles", "sightings", "cameras", "agreement"]
    lines += ["", _table("by volunteer", header, rows)]
    return "\n".join(lines) + "\n"


def _table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [list(map(str, header))] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    out = [title.upper()]
    for n, row in enumerate(cells):
        out.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)

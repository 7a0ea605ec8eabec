"""A small, realistic survey to measure the merge against (used by a test and merge_bench).

140 cameras in one square kilometre of Belgrade; 5 volunteers each report about 60 % of them.
Phone GPS puts each sighting about 4 m (RMS) from the camera; one sighting in ten names the
wrong mount; fixed cameras carry the direction the volunteer read (within 15°), domes none.
10 pole pairs: two fixed cameras 1 m apart facing opposite ways.

Figures (``survey_figures``): every real camera should be published once within 6 m (the two
of a pole pair as two), with at most 3 % extra cameras and open review items under 5 %. A
camera only one volunteer reported is published where that one GPS fix put it (about one in
ten such fixes is more than 6 m off at 4 m RMS): ``missed_single`` counts those apart.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, replace

from surveyor.core.campaign import review
from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.campaign.placement import Placer
from surveyor.core.geometry import distance_m
from tests.core.campaign.factory import offset, sighting

CAMERAS = 140
POLE_PAIRS = 10
VOLUNTEERS = 5
REPORT_SHARE = 0.6
GPS_RMS_M = 4.0
MOUNT_SLIPS = 0.1
DIRECTION_ERROR_DEG = 15.0
MOUNTS = ("pole", "wall", "street_lamp", "building", "traffic_signals")
MAKES = ("Huawei", "Hikvision", "Dahua", "Axis", "Bosch")
PUBLISHED_WITHIN_M = 6.0


@dataclass(frozen=True)
class RealCamera:
    north: float
    east: float
    camera_type: str
    mount: str
    make: str | None
    direction: float | None
    reports: int = 0  # how many volunteers reported it


def real_cameras(rng: random.Random) -> list[RealCamera]:
    cameras = []
    for _ in range(POLE_PAIRS):
        north, east = rng.uniform(-500, 500), rng.uniform(-500, 500)
        facing = rng.uniform(0, 360)
        make = rng.choice(MAKES)
        for shift, way in ((0.0, facing), (1.0, (facing + 180) % 360)):
            cameras.append(RealCamera(north, east + shift, "fixed", "pole", make, way))
    while len(cameras) < CAMERAS:
        north, east = rng.uniform(-500, 500), rng.uniform(-500, 500)
        dome = rng.random() < 0.4
        cameras.append(
            RealCamera(
                north,
                east,
                "dome" if dome else "fixed",
                rng.choice(MOUNTS),
                rng.choice(MAKES) if rng.random() > 0.1 else None,
                None if dome else rng.uniform(0, 360),
            )
        )
    return cameras


def survey(seed: int = 16) -> list[RealCamera]:
    """Report and place; return the real cameras someone reported (in an open campaign)."""
    rng = random.Random(seed)
    cameras = real_cameras(rng)
    rows = []
    reported: dict[int, int] = {}
    for v in range(VOLUNTEERS):
        key = f"VOLUNTEER{v:07d}"
        for n, camera in enumerate(cameras):
            if rng.random() >= REPORT_SHARE:
                continue
            reported[n] = reported.get(n, 0) + 1
            sigma = GPS_RMS_M / math.sqrt(2)
            mount = camera.mount
            if rng.random() < MOUNT_SLIPS:
                mount = rng.choice([m for m in MOUNTS if m != camera.mount])
            direction = None
            if camera.direction is not None:
                error = rng.uniform(-DIRECTION_ERROR_DEG, DIRECTION_ERROR_DEG)
                direction = round((camera.direction + error) % 360, 1)
            rows.append(
                sighting(
                    key,
                    camera.north + rng.gauss(0, sigma),
                    camera.east + rng.gauss(0, sigma),
                    camera_type=camera.camera_type,
                    camera_mount=mount,
                    manufacturer=camera.make,
                    make_unknown=camera.make is None,
                    direction=direction,
                    position_source="exif",
                )
            )
    rng.shuffle(rows)  # bundles arrive in any order
    placer = Placer()
    for row in rows:
        placer.place(row)
    return [replace(c, reports=reported[n]) for n, c in enumerate(cameras) if n in reported]


def survey_figures(cameras: list[RealCamera]) -> dict[str, float]:
    """Published vs real: matched one to one, nearest first, within 6 m."""
    published = load_consensus()
    pairs = []
    for i, real in enumerate(cameras):
        lat, lon = offset(real.north, real.east)
        for j, cam in enumerate(published):
            d = distance_m(lat, lon, cam.lat, cam.lon)
            if d <= PUBLISHED_WITHIN_M:
                pairs.append((d, i, j))
    matched_real: set[int] = set()
    matched_published: set[int] = set()
    for _d, i, j in sorted(pairs):
        if i not in matched_real and j not in matched_published:
            matched_real.add(i)
            matched_published.add(j)
    items = len(review.open_items())
    return {
        "real": len(cameras),
        "published": len(published),
        "missed": len(cameras) - len(matched_real),
        # of which seen by one volunteer only: their one GPS fix was more than 6 m off
        "missed_single": sum(
            1 for i, c in enumerate(cameras) if i not in matched_real and c.reports == 1
        ),
        "extra_share": round(max(0, len(published) - len(cameras)) / len(cameras), 4),
        "open_items": items,
        "items_share": round(items / len(cameras), 4),
    }

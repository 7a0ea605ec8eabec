"""A small, realistic survey to measure the merge against (used by a test and merge_bench).

140 cameras in one square kilometre of Belgrade; 5 volunteers each report about 60 % of them.
Phone GPS puts each sighting about 4 m (RMS) from the camera; one sighting in ten names the
wrong mount; fixed cameras carry the direction the volunteer read (within 15°), domes none.
10 pole pairs: two fixed cameras 1 m apart facing opposite ways.

Figures (``survey_figures``): every real camera should be published once within 6 m (the two
of a pole pair as two), with at most 3 % extra cameras and open review items under 5 %. A
camera only one volunteer reported is published where that one GPS fix put it (about one in
ten such fixes is more than 6 m off at 4 m RMS): ``missed_single`` counts those apart.

``survey(seed, shifted=True)`` sends positions as bundles really publish them: a third of the
sightings placed by hand on the map (about 1 m off, sent exactly), the rest worked out from the
photo (taken 3–20 m from the camera, GPS 4 m) and shifted 16–24 m for privacy by the bundle
writer's own ``published_position``, with its ``surveyor:position_accuracy`` (about 45 m).
Within 6 m is then only possible for a camera someone placed by hand (``missed_by_hand``); a
camera everyone reported from photos is matched within its stated accuracy instead
(``missed_shifted``, with the median and worst distance of those in ``shifted_error_m``).
"""

from __future__ import annotations

import math
import random
import statistics
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from types import SimpleNamespace

from surveyor.core.bundle.published_position import published_position
from surveyor.core.campaign import review
from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.campaign.placement import Placer
from surveyor.core.geometry import bearing_deg, destination_point, distance_m
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import Sighting
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
HAND_PLACED_SHARE = 1 / 3  # of sightings, in the shifted survey
HAND_PLACED_RMS_M = 1.0  # a click on the map
STANDING_M = (3.0, 20.0)  # how far from the camera its photo was taken
STATED_WITHIN_M = 45.0  # what a shifted bundle position states (surveyor:position_accuracy)


@dataclass(frozen=True)
class RealCamera:
    north: float
    east: float
    camera_type: str
    mount: str
    make: str | None
    direction: float | None
    reports: int = 0  # how many volunteers reported it
    by_hand: int = 0  # of which placed it by hand (shifted survey)
    sightings: tuple[int, ...] = ()  # the ids of its sightings


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


def _as_published(
    rng: random.Random, camera: RealCamera, direction: float | None
) -> tuple[float, float, str, float | None]:
    """(lat, lon, position source, stated accuracy) as a volunteer's bundle would send it."""
    lat, lon = offset(camera.north, camera.east)
    if rng.random() < HAND_PLACED_SHARE:
        sigma = HAND_PLACED_RMS_M / math.sqrt(2)
        north, east = camera.north + rng.gauss(0, sigma), camera.east + rng.gauss(0, sigma)
        plat, plon = offset(north, east)
        return plat, plon, "manual", None
    stood = destination_point(lat, lon, rng.uniform(0, 360), rng.uniform(*STANDING_M))
    sigma = GPS_RMS_M / math.sqrt(2)
    glat, glon = destination_point(*stood, 0.0, rng.gauss(0, sigma))
    glat, glon = destination_point(glat, glon, 90.0, rng.gauss(0, sigma))
    bearing = (bearing_deg(*stood, lat, lon) + rng.uniform(-10, 10)) % 360
    where = published_position(
        SimpleNamespace(  # type: ignore[arg-type]  # the fields published_position reads
            uuid="survey", latitude=glat, longitude=glon, placed_by_hand=False,
            position_source="exif", direction=direction,
            shift_m=rng.uniform(16, 24), shift_turn=rng.random(),
        ),
        [SimpleNamespace(latitude=glat, longitude=glon, bearing=bearing)],
    )  # fmt: skip
    return where.latitude, where.longitude, "exif", where.accuracy_m


def survey(seed: int = 16, shifted: bool = False) -> list[RealCamera]:
    """Report and place; return the real cameras someone reported (in an open campaign)."""
    rng = random.Random(seed)
    cameras = real_cameras(rng)
    rows = []
    reported: dict[int, int] = {}
    by_hand: dict[int, int] = {}
    seen: dict[int, list[int]] = {}
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
            attrs = {
                "camera_type": camera.camera_type,
                "camera_mount": mount,
                "manufacturer": camera.make,
                "make_unknown": camera.make is None,
                "direction": direction,
            }
            if not shifted:
                north = camera.north + rng.gauss(0, sigma)
                east = camera.east + rng.gauss(0, sigma)
                rows.append(sighting(key, north, east, position_source="exif", **attrs))
                seen.setdefault(n, []).append(rows[-1].id)
                continue
            lat, lon, source, accuracy = _as_published(rng, camera, direction)
            by_hand[n] = by_hand.get(n, 0) + (source == "manual")
            row = sighting(key, position_source=source, position_accuracy=accuracy, **attrs)
            row.latitude, row.longitude = lat, lon
            row.save()
            rows.append(row)
            seen.setdefault(n, []).append(row.id)
    rng.shuffle(rows)  # bundles arrive in any order
    placer = Placer()
    for row in rows:
        placer.place(row)
    return [
        replace(c, reports=reported[n], by_hand=by_hand.get(n, 0), sightings=tuple(seen[n]))
        for n, c in enumerate(cameras)
        if n in reported
    ]


def _match(
    cameras: list[RealCamera], published: list, within: float, taken: set[int]
) -> dict[int, tuple[int, float]]:
    """Real camera index -> (published index, distance), one to one within ``within``: as many
    pairs as can be made (nearest pairs first, then augmenting paths, so a pole pair's nearer
    camera never takes the one its neighbour needs)."""
    near: dict[int, dict[int, float]] = {}
    for i, real in enumerate(cameras):
        lat, lon = offset(real.north, real.east)
        for j, cam in enumerate(published):
            if j not in taken and (d := distance_m(lat, lon, cam.lat, cam.lon)) <= within:
                near.setdefault(i, {})[j] = d
    owner: dict[int, int] = {}  # published index -> real camera index
    pairs = sorted((d, i, j) for i, options in near.items() for j, d in options.items())
    matched: dict[int, int] = {}
    for _d, i, j in pairs:
        if i not in matched and j not in owner:
            matched[i], owner[j] = j, i

    def augment(i: int, seen: set[int]) -> bool:
        for j in sorted(near[i], key=near[i].get):  # type: ignore[arg-type]
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                matched[i], owner[j] = j, i
                return True
        return False

    for i in near:
        if i not in matched:
            augment(i, set())
    taken.update(owner)
    return {i: (j, near[i][j]) for i, j in matched.items()}


def _own_camera(camera: RealCamera) -> bool:
    """All the camera's sightings, and only they, make one published camera."""
    homes = {
        row.camera_id
        for row in Sighting.select(Sighting.camera).where(Sighting.id.in_(camera.sightings))
    }
    if len(homes) != 1:
        return False
    (home,) = homes
    return Sighting.select().where(Sighting.camera == home).count() == len(camera.sightings)


def survey_figures(cameras: list[RealCamera]) -> dict[str, float]:
    """Published vs real: matched one to one, as many as can be, within 6 m (then, for cameras
    nobody placed by hand in a shifted survey, within the 45 m their positions state)."""
    published = load_consensus()
    taken: set[int] = set()
    close = _match(cameras, published, PUBLISHED_WITHIN_M, taken)
    unmatched = [i for i in range(len(cameras)) if i not in close]
    items = len(review.open_items())
    figures: dict[str, float] = {
        "real": len(cameras),
        "published": len(published),
        "missed": len(unmatched),
        # of which seen by one volunteer only: their one GPS fix was more than 6 m off
        "missed_single": sum(1 for i in unmatched if cameras[i].reports == 1),
        # of the others, those whose sightings the merge did not make one camera of their own
        # (the rest are one camera, but the mean of their fixes is more than 6 m off)
        "missed_misclustered": sum(
            1 for i in unmatched if cameras[i].reports > 1 and not _own_camera(cameras[i])
        ),
        "extra_share": round(max(0, len(published) - len(cameras)) / len(cameras), 4),
        "open_items": items,
        "items_share": round(items / len(cameras), 4),
    }
    if any(c.by_hand for c in cameras):
        shifted_only = [i for i, c in enumerate(cameras) if not c.by_hand]
        rest = [c for i, c in enumerate(cameras) if i in set(shifted_only)]
        # the shifted-only cameras' published camera within the accuracy their bundles state
        far = _match(rest, published, STATED_WITHIN_M, taken)
        errors = [d for _j, d in far.values()] + [close[i][1] for i in shifted_only if i in close]
        far_shifted = sum(1 for k, i in enumerate(shifted_only) if i not in close and k not in far)
        figures.update(
            by_hand=len(cameras) - len(shifted_only),
            missed_by_hand=sum(1 for i in unmatched if cameras[i].by_hand),
            shifted_only=len(shifted_only),
            missed_shifted=far_shifted,
            shifted_median_m=round(statistics.median(errors), 1) if errors else 0.0,
            shifted_worst_m=round(max(errors), 1) if errors else 0.0,
        )
    return figures


def survey_seeds(seeds: Iterable[int], shifted: bool = False) -> list[dict[str, float]]:
    """``survey_figures`` of one fresh campaign per seed (in a temporary folder), with its seed."""
    results = []
    for seed in seeds:
        with tempfile.TemporaryDirectory(prefix="surveyor-street-survey-") as tmp:
            ws = Workspace.open(Path(tmp) / "campaign")
            try:
                results.append({"seed": seed, **survey_figures(survey(seed, shifted=shifted))})
            finally:
                ws.close()
    return results


@dataclass(frozen=True)
class Spread:
    """One figure across seeds."""

    mean: float
    low: float
    high: float


def across_seeds(results: list[dict[str, float]]) -> dict[str, Spread]:
    """Mean and range of every figure of ``survey_seeds`` (``missed_more``: seen by two or
    more volunteers, of which ``missed_misclustered`` the merge put in the wrong camera)."""
    rows = [{**r, "missed_more": r["missed"] - r["missed_single"]} for r in results]
    return {
        name: Spread(
            round(statistics.mean(r[name] for r in rows), 4),
            min(r[name] for r in rows),
            max(r[name] for r in rows),
        )
        for name in rows[0]
        if name != "seed"
    }

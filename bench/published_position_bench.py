"""Published positions: how far from the camera, how far from the volunteer, how fast.

Simulates cameras seen from 3-20 m, half of them photographed with a compass bearing (the
catalogue then holds the camera 8 m along it, as ``camera add`` suggests), with no direction,
the "facing you" direction or one of the volunteer's own. For each one the published point is
worked out as a bundle would (``core.bundle.published_position``) and measured against where
the camera really is and where the volunteer stood, including the inversion attack: the nearest
that a line through the published point along an exported angle (or the phone's bearing) comes
to the standing point. docs/PRIVACY.md quotes these figures.

    .venv/bin/python bench/published_position_bench.py          # 10,000 cameras
    .venv/bin/python bench/published_position_bench.py --n 500
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from surveyor.core import geometry
from surveyor.core.bundle.published_position import line_distance_m, published_position
from surveyor.core.camera_records import DEFAULT_PROJECTION_M, facing_direction
from surveyor.store.models import SHIFT_MAX_M, SHIFT_MIN_M, Camera, Photo


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="cameras to simulate")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    to_camera: list[float] = []
    to_volunteer: list[float] = []
    clearance: list[float] = []
    spent = 0.0
    for i in range(args.n):
        lat, lon = 44.81 + rng.uniform(-0.05, 0.05), 20.46 + rng.uniform(-0.05, 0.05)
        bearing = rng.choice([None, rng.uniform(0, 360)])
        seen_towards = bearing if bearing is not None else rng.uniform(0, 360)
        real = geometry.destination_point(lat, lon, seen_towards, rng.uniform(3, 20))
        stored = (
            geometry.destination_point(lat, lon, bearing, DEFAULT_PROJECTION_M)
            if bearing is not None
            else (lat, lon)
        )
        direction = rng.choice([None, facing_direction(bearing), rng.uniform(0, 360)])
        camera = Camera(
            uuid=str(i),
            latitude=stored[0],
            longitude=stored[1],
            position_source="projected" if bearing is not None else "exif",
            direction=direction,
            shift_m=rng.uniform(SHIFT_MIN_M, SHIFT_MAX_M),
            shift_turn=rng.random(),
        )
        photo = Photo(latitude=lat, longitude=lon, bearing=bearing)
        start = time.perf_counter()
        where = published_position(camera, [photo])
        spent += time.perf_counter() - start
        to_camera.append(geometry.distance_m(where.latitude, where.longitude, *real))
        to_volunteer.append(geometry.distance_m(where.latitude, where.longitude, lat, lon))
        for angle in (direction, bearing):
            if angle is not None:
                clearance.append(line_distance_m(where.latitude, where.longitude, angle, lat, lon))
    print(f"{args.n} cameras: {spent / args.n * 1e6:.0f} µs each to work out")
    print(
        f"published point to the camera: median {statistics.median(to_camera):.1f} m, "
        f"95 % within {_quantile(to_camera, 0.95):.1f} m, at most {max(to_camera):.1f} m"
    )
    print(
        f"published point to where the volunteer stood: {min(to_volunteer):.1f}-"
        f"{max(to_volunteer):.1f} m (median {statistics.median(to_volunteer):.1f} m)"
    )
    print(
        "nearest a line along an exported angle or the phone's bearing comes to where the "
        f"volunteer stood: {min(clearance):.1f} m (median {statistics.median(clearance):.1f} m)"
    )


if __name__ == "__main__":
    main()

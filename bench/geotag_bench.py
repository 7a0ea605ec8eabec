"""Geotag bench: N photos (default 2,000) placed from an 8-hour, 1 Hz GPX track.

Prints the time to read the GPX, store it, plan (match every photo), apply, undo, and to solve
the clock from one placed photo; then, side by side, ``exiftool -geotag`` on the same N JPEGs
(the reference tool), and the largest distance between its positions and ours.

    .venv/bin/python bench/geotag_bench.py [--n 2000] [--hours 8]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from surveyor.core.geometry import distance_m
from surveyor.core.geotag import placement as geotag
from surveyor.core.geotag.clock import ClockCorrection, format_offset
from surveyor.core.geotag.gpx import read_gpx
from surveyor.core.geotag.match import Located, Timeline
from surveyor.core.geotag.placement import GeotagSettings
from surveyor.core.geotag.tracks import store_track, walk_fixes
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo, Walk, db_proxy
from tests.fixtures.gpx import START, exif_time, write_gpx
from tests.fixtures.gpx import walk_fixes as make_fixes
from tests.fixtures.photos import make_jpeg

OFFSET_S = 157.0  # the camera is 2 min 37 s slow


def timed(label: str, fn, per: int | None = None):  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - t0
    extra = f"  ({elapsed / per * 1e6:.0f} µs per photo)" if per else ""
    print(f"{label:<34} {elapsed * 1000:9.1f} ms{extra}")
    return result, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="photos (default 2000)")
    parser.add_argument("--hours", type=float, default=8.0, help="track length (default 8)")
    args = parser.parse_args()
    exiftool = shutil.which("exiftool")
    seconds = args.hours * 3600
    with tempfile.TemporaryDirectory(prefix="surveyor-geotag-bench-") as tmp_name:
        tmp = Path(tmp_name)
        leg = seconds / 8  # a zig-zag of eight legs
        legs = [(90.0 if i % 2 == 0 else 0.0, leg) for i in range(8)]
        gpx_path = write_gpx(tmp / "day.gpx", [make_fixes(legs=legs, interval_s=1.0)])
        size_mb = gpx_path.stat().st_size / 2**20
        photos_dir = tmp / "photos"
        true_times = [20 + i * (seconds - 40) / max(1, args.n - 1) for i in range(args.n)]
        plus2 = dt.timezone(dt.timedelta(hours=2))
        for i, t in enumerate(true_times):
            camera = (START + dt.timedelta(seconds=round(t - OFFSET_S))).astimezone(plus2)
            make_jpeg(photos_dir / f"IMG_{i:05d}.jpg", size=(32, 24),
                      taken_at=exif_time(camera), offset="+02:00")  # fmt: skip

        ws = Workspace.open(tmp / "ws")
        walk_id = int(Walk.create(name="bench").id)
        with db_proxy.atomic():
            for i, t in enumerate(true_times):
                camera = (START + dt.timedelta(seconds=round(t - OFFSET_S))).astimezone(plus2)
                Photo.create(walk=walk_id, sha256=f"{i:064d}", original_name=f"IMG_{i:05d}.jpg",
                             extension=".jpg", size=1, taken_at=camera.isoformat())  # fmt: skip

        print(f"{args.n} photos, track {args.hours:g} h at 1 Hz ({size_mb:.1f} MB GPX)")
        gpx, _ = timed("read + validate GPX (gpxpy)", lambda: read_gpx(gpx_path))
        print(f"{'':<34} {len(gpx.fixes)} points")
        timed("store track", lambda: store_track(walk_id, gpx))
        settings = GeotagSettings(correction=ClockCorrection(offset_s=OFFSET_S))
        timeline, _ = timed("load track from catalogue", lambda: Timeline(walk_fixes(walk_id)))
        plan, t_plan = timed(
            "plan (match every photo)", lambda: geotag.plan(walk_id, timeline, settings), args.n
        )
        changes, _ = timed("apply (one transaction)", lambda: geotag.apply(plan), args.n)
        timed("undo (one transaction)", lambda: geotag.revert(changes), args.n)
        geotag.reapply(changes)
        where = timeline.locate(START.timestamp() + true_times[args.n // 2])
        assert isinstance(where, Located)
        photo = geotag.walk_photos(walk_id)[args.n // 2]
        timed(
            "solve offset from one placed photo",
            lambda: geotag.sync_point(photo, where.lat, where.lon, timeline, GeotagSettings()),
        )
        print(f"placed {plan.count('placed')}, not placed {plan.count('unplaced')}")
        ours = {p.original_name: (p.latitude, p.longitude) for p in Photo.select()}
        ws.close()

        if exiftool is None:
            print("exiftool not installed: no reference run")
            return 0
        t0 = time.perf_counter()
        subprocess.run(
            [exiftool, "-q", "-q", "-overwrite_original", "-api", "GeoMaxExtSecs=0",
             "-geotag", str(gpx_path), "-Geotime<DateTimeOriginal",
             "-Geotime<SubSecDateTimeOriginal", f"-geosync={format_offset(OFFSET_S)}",
             str(photos_dir)],
            check=False, capture_output=True,
        )  # fmt: skip
        t_exif = time.perf_counter() - t0
        print(f"{'exiftool -geotag (writes files)':<34} {t_exif * 1000:9.1f} ms"
              f"  ({t_exif / args.n * 1e6:.0f} µs per photo)")  # fmt: skip
        out = subprocess.run(
            [exiftool, "-n", "-j", "-GPSLatitude", "-GPSLongitude", str(photos_dir)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        worst = 0.0
        for row in json.loads(out.stdout):
            mine = ours[Path(row["SourceFile"]).name]
            if mine[0] is None or "GPSLatitude" not in row:
                raise SystemExit(f"{row['SourceFile']}: placed by one tool only")
            worst = max(
                worst, distance_m(mine[0], mine[1], row["GPSLatitude"], row["GPSLongitude"])
            )
        print(f"largest distance from exiftool's positions: {worst:.3f} m")
        print(f"plan is {t_exif / t_plan:.0f}x faster than exiftool's geotag run (which also "
              "writes the files, so only a rough guide)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

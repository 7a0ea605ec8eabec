"""Web map benchmark: a published site of 20,000 cameras opened in headless Chromium.

Builds a campaign of N cameras straight in the catalogue (one sighting each, makes and types
mixed, a third with a direction), publishes it with ``publish_webmap`` (no photos: their cost
is Pillow's, measured elsewhere), and opens ``index.html`` from file:// in Debian's headless
Chromium with the network cut off. Reported: the site's size (total and the data script),
build time, and the page's own time from navigation to a usable map (markers clustered,
filters and legend built: ``data-ready-ms`` written by site.js), median of several runs; the
same for a site of 0 cameras as the reference (what Leaflet and the page cost by themselves).
Target from the issue: under 2 s for 20,000 cameras.

    .venv/bin/python bench/webmap_bench.py               # 20,000 cameras
    .venv/bin/python bench/webmap_bench.py --cameras 2000
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from surveyor.core.campaign.publication import select_published
from surveyor.core.campaign.webmap import WebmapOptions, publish_webmap
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import (
    BUNDLE_MERGED,
    CampaignCamera,
    ReceivedBundle,
    Sighting,
)
from tests.fixtures.chromium import open_page

MAKES = ["Huawei", "Huawei", "Hikvision", "Dahua", "Axis", None]
TYPES = ["dome", "fixed", "fixed", "panning", None]


def fill_campaign(ws: Workspace, n: int) -> None:
    rng = random.Random(17)
    with ws.db.atomic():
        bundle = ReceivedBundle.create(
            bundle_uuid="bench", sha256="0" * 64, key_id="BENCH", file_name="bench.zip",
            status=BUNDLE_MERGED,
        )  # fmt: skip
        for i in range(n):
            lat = 44.75 + rng.random() * 0.12  # Belgrade, about 13 x 13 km
            lon = 20.38 + rng.random() * 0.17
            camera = CampaignCamera.create(latitude=lat, longitude=lon)
            make = rng.choice(MAKES)
            Sighting.create(
                camera_uuid=f"bench-{i}", key_id="BENCH", bundle=bundle, camera=camera,
                latitude=lat, longitude=lon, observed="2026-11-20", surveillance_type="camera",
                camera_type=rng.choice(TYPES), camera_mount="pole", manufacturer=make,
                make_unknown=make is None, direction=rng.random() * 360 if i % 3 == 0 else None,
                operator="policija" if i % 2 else None, model="IPC6625-Z30" if make else None,
            )  # fmt: skip


def ready_ms(index: Path, work: Path) -> tuple[float, float, str]:
    started = time.perf_counter()
    page = _open(index, work)
    wall = time.perf_counter() - started
    root = re.search(r"<html[^>]*>", page.dom)
    tag = root.group(0) if root else ""
    found = re.search(r'data-ready-ms="(\d+)"', tag)
    markers = re.search(r'data-markers="(\d+)"', tag)
    if found is None:
        raise SystemExit(f"the page did not get ready: {tag or page.console}")
    return float(found.group(1)), wall, markers.group(1) if markers else "?"


def _open(index: Path, work: Path):  # type: ignore[no-untyped-def]
    # No virtual time: performance.now() in the page is then real time.
    return open_page(index.as_uri(), work, budget_ms=0)


def measure(n: int, runs: int, tmp: Path) -> None:
    ws = Workspace.open(tmp / f"campaign-{n}")
    try:
        fill_campaign(ws, n)
        started = time.perf_counter()
        result = publish_webmap(ws, select_published(), tmp / f"site-{n}", WebmapOptions())
        built = time.perf_counter() - started
    finally:
        ws.close()
    site = tmp / f"site-{n}"
    data_mb = (site / "data" / "cameras.js").stat().st_size / 1e6
    gz = (site / "data" / "cameras.geojson").stat().st_size / 1e6
    print(
        f"{n:>6} cameras: site {result.bytes / 1e6:.1f} MB (cameras.js {data_mb:.2f} MB, "
        f"GeoJSON download {gz:.1f} MB), built in {built:.1f} s"
    )
    times, walls = [], []
    for run in range(runs):
        ms, wall, markers = ready_ms(site / "index.html", tmp / f"chromium-{n}-{run}")
        times.append(ms)
        walls.append(wall)
    print(
        f"{'':>6}  page ready (navigation → map usable, {markers} markers): median "
        f"{statistics.median(times) / 1000:.2f} s, worst {max(times) / 1000:.2f} s "
        f"(runs: {', '.join(f'{t / 1000:.2f}' for t in times)}); chromium start to DOM "
        f"dump: median {statistics.median(walls):.1f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cameras", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        measure(0, args.runs, Path(tmp))
        measure(args.cameras, args.runs, Path(tmp))
    print("target: under 2 s for 20,000 cameras")


if __name__ == "__main__":
    main()

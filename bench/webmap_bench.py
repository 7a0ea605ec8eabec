"""Web map benchmark: a published site of 20,000 cameras opened in headless Chromium.

Builds a campaign of N cameras straight in the catalogue (one sighting each, makes and types
mixed, a third with a direction), publishes it with ``publish_webmap`` (no photos: their cost
is Pillow's, measured elsewhere), and opens ``index.html`` from file:// in Debian's headless
Chromium with the network cut off. Reported: the site's size (total and the data script),
build time, and the page's own time from navigation to a usable map (markers clustered,
filters and legend built: ``data-ready-ms`` written by site.js), median of several runs; the
same for a site of 0 cameras as the reference (what Leaflet and the page cost by themselves).
Target from the issue: under 2 s for 20,000 cameras. With tilemaker and osmium installed, the
20,000-camera site is published again with a street map (a generated town of --blocks² blocks
through tilemaker and PMTiles) to report what the basemap adds to the site and to the wait.

    .venv/bin/python bench/webmap_bench.py               # 20,000 cameras
    .venv/bin/python bench/webmap_bench.py --cameras 2000 --blocks 10
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
from tests.fixtures.vector_tiles import build_mbtiles, to_pmtiles, tools_missing, write_town

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


def measure(n: int, runs: int, tmp: Path, basemap: Path | None = None) -> None:
    name = f"{n}-{'basemap' if basemap else 'plain'}"
    ws = Workspace.open(tmp / f"campaign-{name}")
    try:
        fill_campaign(ws, n)
        started = time.perf_counter()
        site = tmp / f"site-{name}"
        result = publish_webmap(ws, select_published(), site, WebmapOptions(basemap=basemap))
        built = time.perf_counter() - started
    finally:
        ws.close()
    if basemap is not None:
        tiles = sum(f.stat().st_size for f in (site / "basemap").rglob("*.js")) / 1e6
        print(
            f"{'':>6}  with the street map {basemap.name} ({basemap.stat().st_size / 1e6:.1f} MB "
            f"PMTiles): {result.basemap_tiles} tiles cut, {tiles:.1f} MB in basemap/"
        )
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
    parser.add_argument("--blocks", type=int, default=40, help="street-map town size (0: none)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        measure(0, args.runs, Path(tmp))
        measure(args.cameras, args.runs, Path(tmp))
        if args.blocks and not tools_missing():
            town = write_town(Path(tmp) / "town.osm", (44.80, 20.44), args.blocks)
            mbtiles = build_mbtiles(town, Path(tmp) / "town.mbtiles")
            basemap = to_pmtiles(mbtiles, Path(tmp) / "town.pmtiles")
            measure(args.cameras, args.runs, Path(tmp), basemap)
    print("target: under 2 s for 20,000 cameras")


if __name__ == "__main__":
    main()

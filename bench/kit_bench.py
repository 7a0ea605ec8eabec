"""Campaign kit benchmark: make and open a kit carrying a city-size basemap.

A Belgrade vector basemap is tens to a few hundred MB, so the kit's cost is copying and hashing
the basemap: once when the coordinator makes the kit (copy into the zip, SHA-256 while
copying), once when a volunteer opens it (copy out while hashing, then the basemap library's
check). Reported: wall and CPU seconds and MB/s for ``create_kit`` and ``install_kit``, with
``sha256sum`` + ``unzip`` of the same kit as the reference (what a careful person would run
by hand). No target is set by the issue; the figure says how long a volunteer waits.

    .venv/bin/python bench/kit_bench.py            # 200 MB basemap
    .venv/bin/python bench/kit_bench.py --mb 20    # quick run
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from surveyor.core.bundle.minisign import SecretKey
from surveyor.core.kit.create import create_kit
from surveyor.core.kit.install import install_kit

TILE = 64 * 1024


def make_basemap(path: Path, megabytes: int) -> None:
    """A vector-sized MBTiles: incompressible tiles, like gzip-compressed vector tiles."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute(
        "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
        " tile_data BLOB)"
    )
    meta = {"name": "bench", "format": "png", "bounds": "20.3,44.7,20.6,44.9", "minzoom": "0"}
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", meta.items())
    count = megabytes * 2**20 // TILE
    rows = ((14, i % 4096, i // 4096, os.urandom(TILE)) for i in range(count))
    conn.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", rows)
    conn.commit()
    conn.close()


def timed(label: str, size: int, function) -> float:  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    function()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:<34} {wall:6.2f} s wall  {cpu:6.2f} s CPU  {size / 2**20 / wall:7.1f} MB/s")
    return wall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200, help="basemap size in MB")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kit-bench-") as tmp_name:
        tmp = Path(tmp_name)
        os.environ["SURVEYOR_CONFIG_DIR"] = str(tmp / "config")
        campaign = tmp / "campaign"
        campaign.mkdir()
        basemap = tmp / "belgrade.mbtiles"
        make_basemap(basemap, args.mb)
        size = basemap.stat().st_size
        print(f"basemap {size / 2**20:.0f} MB")
        kit = tmp / "belgrade.kit"
        key = SecretKey.generate()
        timed(
            "kit create (copy + SHA-256)",
            size,
            lambda: create_kit(campaign, [], key, kit, basemaps=[basemap]),
        )
        timed("kit open (verify + install)", size, lambda: install_kit(kit))
        shutil.rmtree(tmp / "config")
        unpacked = tmp / "unpacked"

        def reference() -> None:
            subprocess.run(["unzip", "-q", str(kit), "-d", str(unpacked)], check=True)
            subprocess.run(
                ["sha256sum", str(unpacked / "basemaps" / basemap.name)],
                check=True,
                capture_output=True,
            )

        if shutil.which("unzip") and shutil.which("sha256sum"):
            timed("reference: unzip + sha256sum", size, reference)


if __name__ == "__main__":
    main()

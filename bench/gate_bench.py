"""Intake gate benchmark: what the limits cost on honest input and how fast hostile input stops.

Prints, for a 1,000-camera ``cameras.geojson`` (and its ``submission.json``): parsing with
limits (``loads_bounded``) against the standard library's ``json.loads`` (the reference), and
the whole gate over both documents; then how long 10 MiB of nesting takes to be refused.

    .venv/bin/python bench/gate_bench.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from surveyor.core.bundle.bounded_json import JsonLimitError, loads_bounded
from surveyor.core.bundle.gate import check_documents
from surveyor.core.bundle.gate_rules import MAX_JSON_FILE
from tests.fixtures.hostile_bundles import Sender, camera

RUNS = 7


def best_ms(fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    sender = Sender("kestrel")
    bundle_uuid = str(uuid.uuid4())
    features = [camera(model=f"IPC{n}") for n in range(1000)]
    geojson = json.dumps({"type": "FeatureCollection", "features": features}).encode()
    submission = json.dumps(sender.documents(bundle_uuid, features)).encode()
    info = {"External-Identifier": bundle_uuid, "Surveyor-Key-Id": sender.key_id}
    payload = {"data/cameras.geojson", "data/submission.json"}
    print(f"cameras.geojson        {len(geojson)} bytes, 1000 cameras (median of {RUNS})")
    print(f"json.loads (reference) {best_ms(lambda: json.loads(geojson)):7.1f} ms")
    bounded = best_ms(lambda: loads_bounded(geojson, max_bytes=MAX_JSON_FILE, max_depth=16))
    print(f"loads_bounded          {bounded:7.1f} ms")
    gate = best_ms(lambda: check_documents(geojson, submission, info, payload))
    print(f"gate, both documents   {gate:7.1f} ms ({gate:.0f} µs per camera)")
    for name, hostile in (
        ("10 MiB of '['", b"[" * (10 * 2**20)),
        ("10 MiB of '{\"a\":'", b'{"a":' * (2 * 2**20)),
    ):

        def refuse(data: bytes = hostile) -> None:
            try:
                loads_bounded(data, max_bytes=MAX_JSON_FILE, max_depth=16)
            except JsonLimitError:
                return
            raise AssertionError("hostile nesting accepted")

        print(f"{name:<22} refused in {best_ms(refuse):5.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

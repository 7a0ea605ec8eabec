"""Export bench: a bundle of N photos (default 1,000), time and peak memory along the way.

Builds a temporary workspace with N cameras, each shown by its own generated JPEG (default
1600x1200, ~2 MP, with EXIF; smaller than a phone's 12 MP so the run takes minutes, not tens of
minutes), exports a signed bundle and prints elapsed time and the process's peak RSS (VmHWM)
when the 1/5 mark and the last photo are written: flat memory means the two peaks match.

    .venv/bin/python bench/export_bench.py [--n 1000] [--size 1600x1200]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import sys
import tempfile
import time
from pathlib import Path

import piexif
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from surveyor.core.bundle.export_selection import Selection
from surveyor.core.bundle.minisign import SecretKey
from surveyor.core.bundle.verify import verify_bundle
from surveyor.core.bundle.writer import export_bundle
from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera, CameraPhoto, Photo, Walk, db_proxy


def peak_rss_mb() -> float:
    """Peak resident set size so far (VmHWM), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def build_workspace(root: Path, n: int, size: tuple[int, int]) -> Workspace:
    ws = Workspace.open(root)
    walk = Walk.create(name="bench")
    base = Image.effect_noise(size, 60).convert("RGB")  # noisy pixels: realistic JPEG sizes
    exif = piexif.dump(
        {"0th": {piexif.ImageIFD.Make: b"Bench", piexif.ImageIFD.Model: b"B1"}, "Exif": {},
         "GPS": {}, "1st": {}, "thumbnail": None}
    )  # fmt: skip
    with db_proxy.atomic():
        for i in range(n):
            img = base.copy()
            for bit in range(16):  # the index as black/white squares: unique pixels
                shade = (255, 255, 255) if i >> bit & 1 else (0, 0, 0)
                img.paste(shade, (bit * 32, 0, bit * 32 + 32, 32))
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=85, exif=exif)
            data = buf.getvalue()
            sha = hashlib.sha256(data).hexdigest()
            dest = ws.media_path(sha, ".jpg")
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(data)
            photo = Photo.create(
                sha256=sha, walk=walk, original_name=f"IMG_{i:05d}.jpg", extension=".jpg",
                size=len(data), taken_at="2026-05-01T10:00:00", latitude=44.8, longitude=20.4,
            )  # fmt: skip
            camera = Camera.create(
                walk=walk, latitude=44.8 + i * 1e-5, longitude=20.4, position_source="manual"
            )
            CameraPhoto.create(camera=camera, photo=photo)
    return ws


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="photos (default 1000)")
    parser.add_argument("--size", default="1600x1200", help="photo size WxH")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    mark = max(1, args.n // 5)
    with tempfile.TemporaryDirectory(prefix="surveyor-export-bench-") as tmp:
        t0 = time.perf_counter()
        ws = build_workspace(Path(tmp) / "ws", args.n, (width, height))
        print(f"built {args.n} photos of {width}x{height} in {time.perf_counter() - t0:.1f} s")
        print(f"peak RSS before export: {peak_rss_mb():.0f} MiB")
        marks: dict[int, tuple[float, float]] = {}
        start = time.perf_counter()

        def progress(done: int, total: int, _what: str) -> None:
            if done in (mark, args.n):
                marks[done] = (time.perf_counter() - start, peak_rss_mb())

        key = SecretKey.generate()
        out = Path(tmp) / "bundle.zip"
        # The face and plate search is measured by redact_bench.py; this one measures the
        # writing of the bundle, so it exports with detection off.
        result = export_bundle(
            ws, key, out, Selection(walk="bench"), pseudonym="bench", progress=progress,
            detect=False,
        )  # fmt: skip
        elapsed = time.perf_counter() - start
        for done, (seconds, rss) in sorted(marks.items()):
            print(f"export: {done:>5} photos  {seconds:7.1f} s  peak RSS {rss:6.0f} MiB")
        size_mb = result.size / 2**20
        print(f"export total: {elapsed:.1f} s ({elapsed / args.n * 1000:.0f} ms/photo), "
              f"bundle {size_mb:.0f} MiB, peak RSS {peak_rss_mb():.0f} MiB")  # fmt: skip
        t1 = time.perf_counter()
        report = verify_bundle(out, key.public_key)
        print(f"verify: {time.perf_counter() - t1:.1f} s, valid={report.valid}")
        ws.close()
        return 0 if report.valid else 1


if __name__ == "__main__":
    os.environ.setdefault("SURVEYOR_CONFIG_DIR", tempfile.mkdtemp(prefix="surveyor-bench-"))
    raise SystemExit(main())

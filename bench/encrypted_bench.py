"""Encrypted against plain workspace on the same photos: import, and reading grid thumbnails.

Target (issue #20): under 15 % slower import; thumbnails as fast as the eye can tell.
Run: .venv/bin/python bench/encrypted_bench.py [PHOTOS]
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

from surveyor.core.photos.importer import import_paths
from surveyor.core.vault.convert import create_encrypted
from surveyor.core.vault.keyfile import KdfParams
from surveyor.core.vault.storage import Blob
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo

PASS = "bench passphrase"
ROUNDS = 2


def make_photos(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for i in range(count):
        img = Image.effect_noise((4000, 3000), 40 + i % 50).convert("RGB")
        img.save(folder / f"IMG_{i:04d}.jpg", "JPEG", quality=90)


def measure(root: Path, card: Path, passphrase: str | None) -> tuple[float, float, int]:
    with Workspace.open(root, passphrase) as ws:
        start = time.perf_counter()
        report = import_paths(ws, [card], walk_name="bench")
        imported = time.perf_counter() - start
        hashes = [str(p.sha256) for p in Photo.select(Photo.sha256)]
        start = time.perf_counter()
        for sha in hashes:
            data = ws.storage.read_bytes(Blob.thumbnail(sha, 256))
            Image.open(io.BytesIO(data)).load()
        per_thumb = (time.perf_counter() - start) / max(1, len(hashes))
    return imported, per_thumb, len(report.imported)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 24
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        card = base / "card"
        make_photos(card, count)
        size = sum(p.stat().st_size for p in card.iterdir()) / count / 1e6
        # Alternate the two, best of ``ROUNDS`` each: the first import of a run pays for cold
        # caches and the worker pool start, and this machine is shared.
        plains, sealeds = [], []
        unlock = 0.0
        for round_ in range(ROUNDS):
            plains.append(measure(base / f"plain{round_}", card, None))
            create_encrypted(base / f"sealed{round_}", PASS, KdfParams())
            start = time.perf_counter()
            Workspace.open(base / f"sealed{round_}", PASS).close()
            unlock = time.perf_counter() - start
            sealeds.append(measure(base / f"sealed{round_}", card, PASS))
        plain = (min(p[0] for p in plains), min(p[1] for p in plains), plains[0][2])
        sealed = (min(p[0] for p in sealeds), min(p[1] for p in sealeds), sealeds[0][2])
    print(f"{count} photos of {size:.1f} MB (12 MP JPEG)")
    print(
        f"import    plain {plain[0]:.2f} s   encrypted {sealed[0]:.2f} s   "
        f"{100 * (sealed[0] / plain[0] - 1):+.1f} %"
    )
    print(
        f"thumbnail plain {plain[1] * 1000:.2f} ms  encrypted {sealed[1] * 1000:.2f} ms "
        "per 256 px grid thumbnail (read + decode)"
    )
    print(f"unlock (scrypt + SQLCipher open) {unlock:.2f} s")


if __name__ == "__main__":
    main()

"""The frozen app works outside the venv: ``make package`` runs this (``make test`` does not).

Each run uses a clean environment (no venv, no PYTHONPATH, a fresh HOME), as a volunteer's
machine would have: the frozen ``self-test`` must pass, and ``import`` must take a HEIC and a
JPEG. ``SURVEYOR_FROZEN`` names the program (default ``dist/surveyor/surveyor``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fixtures.photos import make_jpeg  # noqa: E402

FROZEN = Path(os.environ.get("SURVEYOR_FROZEN", ROOT / "dist" / "surveyor" / "surveyor"))


def frozen(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        # As root (CI) Chromium's sandbox refuses to start; a volunteer never runs as root.
        "QTWEBENGINE_DISABLE_SANDBOX": "1",
    }
    return subprocess.run(
        [str(FROZEN), *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module", autouse=True)
def _built() -> None:
    if not FROZEN.is_file():
        pytest.fail(f"{FROZEN} is missing: run `make package`")


def test_frozen_self_test_passes(tmp_path: Path) -> None:
    result = frozen(tmp_path, "self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(("ok", "FAIL"))]
    assert len(lines) == 6 and all(line.startswith("ok") for line in lines), result.stdout


def test_frozen_import_of_a_heic_and_a_jpeg(tmp_path: Path) -> None:
    import pillow_heif
    from PIL import Image

    photos = tmp_path / "photos"
    make_jpeg(photos / "street.jpg", lat=44.8125, lon=20.4612, bearing=90.0)
    pillow_heif.from_pillow(Image.new("RGB", (320, 240), (20, 90, 160))).save(
        photos / "corner.heic", quality=60
    )
    workspace = tmp_path / "workspace"
    result = frozen(tmp_path, "import", "--workspace", str(workspace), "--json", str(photos))
    assert result.returncode == 0, result.stdout + result.stderr
    listed = frozen(tmp_path, "photos", "--workspace", str(workspace), "--json")
    assert listed.returncode == 0, listed.stderr
    names = sorted(p["original_name"] for p in json.loads(listed.stdout))
    assert names == ["corner.heic", "street.jpg"]


def test_the_guide_of_every_language_is_packaged() -> None:
    guide = FROZEN.parent / "_internal" / "resources" / "guide"
    assert (guide / "guide.css").is_file()
    for language in ("en", "sr_Latn", "sr_Cyrl"):
        assert (guide / language / "index.html").is_file(), language
        assert len(list((guide / language / "images").glob("*.png"))) == 6, language

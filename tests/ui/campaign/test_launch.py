"""The campaign window starts as its own process and renders (a smoke test of the launcher)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from surveyor.ui.campaign import launch


def test_launcher_opens_a_new_campaign_and_renders(tmp_path: Path) -> None:
    shot = tmp_path / "campaign.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "surveyor.ui.campaign.launch", str(tmp_path / "camp"),
         "--screenshot", str(shot)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "camp" / "catalogue.sqlite").is_file()
    with Image.open(shot) as image:
        assert image.size == (1200, 800)


def test_open_campaign_asks_for_a_folder_and_does_nothing_when_cancelled(monkeypatch) -> None:
    monkeypatch.setattr(launch, "choose_campaign_folder", lambda parent: None)
    assert launch.open_campaign() is None

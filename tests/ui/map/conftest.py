"""A real MapPanel (QtWebEngine offscreen) over a small catalogue, and a JS evaluator."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from surveyor.core import camera_records as cameras
from surveyor.core.map.basemaps import MapSettings, save_settings
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo, Walk
from surveyor.ui.map import MapPanel
from surveyor.ui.map.profile import map_profile
from tests.fixtures.mbtiles import make_mbtiles, png_tile

LAT, LON = 44.8125, 20.4612  # Belgrade, Republic Square


def tile_xy(lat: float, lon: float, z: int) -> tuple[int, int]:
    n = 1 << z
    x = int((lon + 180) / 360 * n)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
    return x, y


def add_photo(walk: Walk, n: int, lat: float | None, lon: float | None, **kw: Any) -> Photo:
    return Photo.create(
        sha256=f"{n:064x}",
        walk=walk,
        original_name=kw.pop("name", f"IMG_{n:04}.jpg"),
        extension=".jpg",
        size=1000,
        latitude=lat,
        longitude=lon,
        accuracy_m=kw.pop("accuracy_m", 6.0),
        bearing=kw.pop("bearing", 90.0),
        position_source="exif" if lat is not None else None,
        **kw,
    )


class Catalogue:
    """Ids of what ``catalogue`` made, for the tests to refer to."""

    def __init__(self) -> None:
        walk = Walk.create(name="Centre")
        self.walk_id = walk.id
        self.photo = add_photo(walk, 1, LAT, LON)
        self.photo2 = add_photo(walk, 2, LAT + 0.001, LON + 0.001)
        self.unplaced_photo = add_photo(walk, 3, None, None, bearing=None)
        # The direction is the volunteer's (a photo's bearing is never copied in).
        self.camera = cameras.create_camera([self.photo.id], camera_type="fixed", direction=90.0)
        self.dome = cameras.create_camera([self.photo2.id], camera_type="dome")


@pytest.fixture(autouse=True)
def _background_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The map builds its data on a real worker thread here, as in the app."""
    from surveyor.ui.background import Task

    monkeypatch.setattr(Task, "synchronous", False)


@pytest.fixture
def catalogue(workspace: Workspace) -> Catalogue:
    return Catalogue()


@pytest.fixture
def basemap(tmp_path: Path) -> Path:
    """An MBTiles file with the tiles around LAT/LON at zoom 15, registered in the settings."""
    tile = png_tile((200, 220, 180))
    x, y = tile_xy(LAT, LON, 15)
    tiles = [(15, x + dx, y + dy, tile) for dx in range(-3, 4) for dy in range(-3, 4)]
    path = make_mbtiles(
        tmp_path / "belgrade.mbtiles",
        tiles,
        minzoom=15,
        maxzoom=15,
        attribution='© Test <img src=x onerror="window.__xss = 1">',
    )
    settings = MapSettings()
    settings.add_basemap(path)
    save_settings(settings)
    return path


@pytest.fixture
def panel(qtbot, workspace: Workspace) -> Iterator[MapPanel]:
    """A shown panel whose page is loaded and drew its first data; no request left the machine."""
    blocked = map_profile().interceptor.blocked
    blocked.clear()
    widget = MapPanel(workspace, QUndoStack())  # the panel keeps the stack alive
    widget.resize(900, 600)
    with qtbot.waitSignal(widget.mapIdle, timeout=20_000):
        widget.show()
    assert widget.wait_refreshed()
    yield widget
    finished = widget.wait_refreshed()  # no build left running behind the next test
    widget.close()
    widget.deleteLater()
    assert finished
    assert blocked == [], f"the map page tried to reach the network: {blocked}"


def js(qtbot, panel: MapPanel, expression: str, timeout: int = 5000) -> Any:
    """Evaluate ``expression`` (statements allowed; the last value counts) and return it."""
    box: dict[str, Any] = {}
    # Through JSON: arrays and null come back as Python lists and None.
    script = "JSON.stringify({v: (0, eval)(" + json.dumps(expression) + ")})"
    panel.run_javascript(script, lambda value: box.setdefault("v", value))
    qtbot.waitUntil(lambda: "v" in box, timeout=timeout)
    return json.loads(box["v"]).get("v")


def wait_js(qtbot, panel: MapPanel, expression: str, timeout: int = 10_000) -> None:
    """Wait until ``expression`` is truthy in the page."""
    box: dict[str, Any] = {"v": False, "pending": False}

    def poll() -> bool:
        if not box["pending"]:
            box["pending"] = True

            def done(value: Any) -> None:
                box["v"] = bool(value)
                box["pending"] = False

            panel.run_javascript(expression, done)
        return bool(box["v"])

    qtbot.waitUntil(poll, timeout=timeout)

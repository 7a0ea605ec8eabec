"""The review item's cluster on the real offline map (QtWebEngine, offscreen)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from surveyor.core.campaign.review_case import review_case
from surveyor.core.campaign.review_map import review_map_data
from surveyor.core.map.basemaps import MapSettings, save_settings
from surveyor.core.map.urls import ASSET_BASE
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import ReviewItem, VolunteerKey
from surveyor.ui.campaign.review_map_view import ReviewMapView
from surveyor.ui.campaign.review_panel import ReviewPanel
from surveyor.ui.map.profile import map_profile
from tests.core.campaign.factory import BASE, place, sighting
from tests.fixtures.bundles import _thumbnail
from tests.fixtures.mbtiles import make_mbtiles, png_tile


def tile_xy(lat: float, lon: float, z: int) -> tuple[int, int]:
    n = 1 << z
    x = int((lon + 180) / 360 * n)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
    return x, y


HOSTILE = '<img src=x onerror="window.__xss = 1">'
LABEL_TEXTS = "Array.from(document.querySelectorAll('.rv-label')).map(e => e.textContent)"


@pytest.fixture
def campaign(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "campaign")
    try:
        yield ws
    finally:
        ws.close()


def js(qtbot, view: ReviewMapView, expression: str, timeout: int = 5000) -> Any:
    """Evaluate one expression in the page and return its value through JSON."""
    box: dict[str, Any] = {}
    view.run_javascript(
        "JSON.stringify({v: (" + expression + ")})", lambda value: box.setdefault("v", value)
    )
    qtbot.waitUntil(lambda: "v" in box, timeout=timeout)
    return json.loads(box["v"]).get("v")


def wait_js(qtbot, view: ReviewMapView, expression: str, timeout: int = 10_000) -> None:
    box: dict[str, Any] = {"v": False, "pending": False}

    def poll() -> bool:
        if not box["pending"]:
            box["pending"] = True

            def done(value: Any) -> None:
                box["v"], box["pending"] = bool(value), False

            view.run_javascript(expression, done)
        return bool(box["v"])

    qtbot.waitUntil(poll, timeout=timeout)


def two_items() -> None:
    """Two review items: a far match (A, B 12 m apart) and a possible duplicate 300 m east."""
    VolunteerKey.create(key_id="A", public_key="RWA", pseudonym=HOSTILE)
    place(sighting("A", 0, 0, direction=90.0), sighting("B", 12, 0, direction=80.0))
    place(
        sighting("C", 0, 300, camera_mount="pole", manufacturer=HOSTILE),
        sighting("D", 2, 300, camera_mount="wall"),
        sighting("E", 1, 301, camera_mount="wall"),
    )
    # A confirmed camera 40 m away: "nearby" context for the first item.
    place(sighting("F", -40, 0), sighting("G", -41, 0))


def open_panel(qtbot) -> ReviewPanel:
    blocked = map_profile().interceptor.blocked
    blocked.clear()
    jpeg = _thumbnail()
    panel = ReviewPanel("coord", photo_loader=lambda sighting_id, sha: jpeg)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    with qtbot.waitSignal(panel.map.pageLoaded, timeout=20_000) as loaded:
        panel.show()
    assert loaded.args == [True]
    return panel


def shown_item(qtbot, panel: ReviewPanel) -> int:
    assert panel.case is not None
    item = panel.case.item_id
    wait_js(qtbot, panel.map, f"window.ReviewMap && ReviewMap.item === {item}")
    return item


def test_builder_gives_sightings_consensus_and_nearby(campaign) -> None:
    two_items()
    first = ReviewItem.select().order_by(ReviewItem.id).first()
    case = review_case(first.id)
    assert case is not None
    data = review_map_data(case)
    kinds = [f["properties"]["kind"] for f in data["features"]]
    assert kinds.count("sighting") == 2
    assert kinds.count("consensus") == 1
    assert kinds.count("nearby") == 1  # F/G at 40 m; C/D/E at 300 m are out of reach
    lon, lat = data["features"][0]["geometry"]["coordinates"]  # GeoJSON order
    assert abs(lat - BASE[0]) < 1e-4 and abs(lon - BASE[1]) < 1e-4
    assert data["features"][0]["properties"]["direction"] == 90.0
    assert data["features"][0]["properties"]["volunteer"] == HOSTILE
    json.dumps(data)  # goes to the page as JSON


def test_builder_centres_on_the_sightings_when_the_camera_is_gone(campaign) -> None:
    two_items()
    item = ReviewItem.select().order_by(ReviewItem.id).first()
    case = review_case(item.id)
    assert case is not None
    case.camera_id, case.lat, case.lon = None, 0.0, 0.0
    lat, lon = review_map_data(case)["centre"]
    assert abs(lat - BASE[0]) < 2e-4 and abs(lon - BASE[1]) < 2e-4


def test_review_window_shows_the_items_cluster_and_switches_without_reload(qtbot, campaign) -> None:
    two_items()
    panel = open_panel(qtbot)
    view = panel.map
    assert panel.model.rowCount() >= 2
    kinds = {panel.model.item_id(r): panel.model.index(r, 0) for r in range(2)}
    expected = {}  # item -> (sightings, consensus positions, nearby cameras)
    for item in kinds:
        case = review_case(item)
        assert case is not None
        far = case.other_camera_id is None
        expected[item] = (len(case.sightings), 1 if far else 2, 1 if far else 0)
    assert sorted(expected.values()) == [(2, 1, 1), (3, 2, 0)]

    def drawn() -> tuple[int, int, int]:
        return (
            js(qtbot, view, "document.querySelectorAll('path.rv-sighting').length"),
            js(qtbot, view, "document.querySelectorAll('.rv-consensus').length"),
            js(qtbot, view, "document.querySelectorAll('path.rv-nearby').length"),
        )

    first = shown_item(qtbot, panel)
    assert drawn() == expected[first]
    # Plain background and a grid: no basemap is configured.
    assert js(qtbot, view, "ReviewMap.basemaps") == 0
    assert js(qtbot, view, "document.querySelector('.rv-plain') !== null")
    assert js(qtbot, view, "document.querySelectorAll('.rv-grid-label').length") > 0
    js(qtbot, view, "window.__sameDocument = 42")

    panel.queue.selectRow(1 if panel.queue.currentIndex().row() == 0 else 0)
    second = shown_item(qtbot, panel)
    assert second != first
    assert drawn() == expected[second]
    # The far match's volunteers gave directions: a cone each.
    far_item = first if expected[first][1] == 1 else second
    cones = js(qtbot, view, "document.querySelectorAll('path.rv-cone').length")
    assert cones == (2 if far_item == second else 0)
    assert js(qtbot, view, "window.__sameDocument") == 42  # pushed, not reloaded
    assert view.loads == 1
    assert map_profile().interceptor.blocked == []
    assert view.page.console == []  # no script error, nothing refused by the page's CSP


def test_user_text_stays_text(qtbot, campaign) -> None:
    two_items()
    panel = open_panel(qtbot)
    view = panel.map
    texts: list[str] = []
    for row in (0, 1):  # the hostile pseudonym is on one item, the hostile make on the other
        panel.queue.selectRow(row)
        shown_item(qtbot, panel)
        texts += js(qtbot, view, LABEL_TEXTS)
        assert js(qtbot, view, "document.querySelectorAll('#map img').length") == 0
    assert sum(HOSTILE in text for text in texts) >= 2  # pseudonym and make, as text
    qtbot.wait(200)
    assert js(qtbot, view, "window.__xss === undefined")
    # Second line of defence: markup that did reach innerHTML could not run (the page's CSP).
    js(qtbot, view, "document.body.insertAdjacentHTML('beforeend', " + repr(HOSTILE) + ")")
    qtbot.waitUntil(lambda: any("Content Security Policy" in c for c in view.page.console))
    assert js(qtbot, view, "window.__xss === undefined")


def test_basemap_tiles_and_click_selects_the_sighting(qtbot, campaign, tmp_path) -> None:
    tile = png_tile((200, 220, 180))
    x, y = tile_xy(BASE[0], BASE[1], 17)
    path = make_mbtiles(
        tmp_path / "centre.mbtiles",
        [(17, x + dx, y + dy, tile) for dx in range(-2, 3) for dy in range(-2, 3)],
        minzoom=17,
        maxzoom=17,
        attribution=HOSTILE,
    )
    settings = MapSettings()
    settings.add_basemap(path)
    save_settings(settings)
    two_items()
    before = map_profile().handler.tiles_served
    panel = open_panel(qtbot)
    view = panel.map
    shown_item(qtbot, panel)
    assert js(qtbot, view, "ReviewMap.basemaps") == 1
    qtbot.waitUntil(lambda: map_profile().handler.tiles_served > before, timeout=10_000)
    assert js(qtbot, view, "document.querySelector('.rv-plain') === null")
    attribution = js(
        qtbot, view, "document.querySelector('.leaflet-control-attribution').textContent"
    )
    assert HOSTILE in attribution

    # A click on a sighting selects its row in the table (ready for Split).
    panel.sightings.clearSelection()
    wait_js(qtbot, view, "window.qt && qt.webChannelTransport !== undefined")
    target = panel.case.sightings[1].sighting_id if panel.case else -1
    with qtbot.waitSignal(view.sightingClicked, timeout=5000) as clicked:
        view.run_javascript(
            "(function(){var hit;ReviewMap.map.eachLayer(function(l){"
            f"if(l._rvId==={target})hit=l;}});hit.fire('click');}})()"
        )
    assert clicked.args == [target]
    assert panel.selected_sightings() == [target]
    # ... and the table's selection is marked on the map.
    wait_js(qtbot, view, "document.querySelectorAll('path.rv-sighting.rv-selected').length === 1")
    assert js(qtbot, view, "ReviewMap.highlighted") == 1
    panel.sightings.selectAll()
    every = len(panel.case.sightings) if panel.case else -1
    wait_js(
        qtbot, view, f"document.querySelectorAll('path.rv-sighting.rv-selected').length === {every}"
    )
    assert map_profile().interceptor.blocked == []


def test_grab_review_window(qtbot, campaign, tmp_path) -> None:
    """The window renders with the map in it (the PNG is kept for a look by eye)."""
    two_items()
    panel = open_panel(qtbot)
    shown_item(qtbot, panel)
    qtbot.wait(300)
    image = panel.grab().toImage()
    out = tmp_path / "review.png"
    assert image.save(str(out))
    # The map area is not blank: the plain background, the grid and the markers differ.
    map_image = panel.map.grab().toImage()
    colours = {
        map_image.pixel(x, y)
        for x in range(0, map_image.width(), 7)
        for y in range(0, map_image.height(), 7)
    }
    assert len(colours) > 5
    assert panel.map.view.isVisible()
    assert ASSET_BASE in panel.map.view.url().toString()


def test_legend_is_clear_of_the_zoom_buttons_and_names_every_symbol(qtbot, campaign) -> None:
    two_items()
    panel = open_panel(qtbot)
    view = panel.map
    shown_item(qtbot, panel)
    wait_js(qtbot, view, "document.querySelectorAll('.rv-tip').length > 0")
    legend = js(qtbot, view, "document.querySelector('.rv-legend').textContent")
    for entry in ("this camera", "cameras nearby", "consensus position",
                  "the way a camera faces", "dashed circles"):  # fmt: skip
        assert entry in legend
    overlap = js(
        qtbot,
        view,
        "(function(){var a=document.querySelector('.rv-legend').getBoundingClientRect();"
        "var b=document.querySelector('.leaflet-control-zoom').getBoundingClientRect();"
        "return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;})()",
    )
    assert overlap is False
    # Every sighting label lies inside the map, not cut at its edge.
    inside = js(
        qtbot,
        view,
        "(function(){var m=document.getElementById('map').getBoundingClientRect();"
        "return Array.from(document.querySelectorAll('.rv-tip')).every(function(t){"
        "var r=t.getBoundingClientRect();return r.left>=m.left-1&&r.right<=m.right+1;});})()",
    )
    assert inside is True


def test_the_review_map_speaks_serbian(qtbot, campaign, speak) -> None:
    from PySide6.QtCore import QLocale

    speak(QLocale("sr_Cyrl_RS"))
    two_items()
    panel = open_panel(qtbot)
    shown_item(qtbot, panel)
    zoom = "document.querySelector('.leaflet-control-zoom-in').title"
    wait_js(qtbot, panel.map, zoom + " === 'Увећај'")
    legend = js(qtbot, panel.map, "document.querySelector('.rv-legend').textContent")
    assert "ова камера" in legend and "this camera" not in legend
    scale = js(
        qtbot, panel.map, "document.querySelector('.leaflet-control-scale-line').textContent"
    )
    assert scale.endswith((" м", " км")), scale
    # The consensus camera's label counts its volunteers in Serbian plural forms.
    js(
        qtbot,
        panel.map,
        "(function () { ReviewMap.map.eachLayer(function (l) {"
        " if (l.getTooltip && l.getTooltip()) l.openTooltip(); }); return 1; })()",
    )
    labels = js(qtbot, panel.map, LABEL_TEXTS)
    assert any("волонтер" in text for text in labels), labels

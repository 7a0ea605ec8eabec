"""Both map pages in a real QtWebEngine: they run under their Content-Security-Policy without
a single refusal, the policy refuses inline script, handlers and eval, and other people's
"known cameras" files cannot run anything in the volunteer's map."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from surveyor.ui.campaign.review_map_view import ReviewMapView
from surveyor.ui.map.profile import map_profile
from tests.ui.map.conftest import LAT, LON, js, wait_js

CSP = "Content Security Policy"
PAYLOADS = [
    "<script>window.__pwned = 'script'</script>",
    "<img src=x onerror=\"window.__pwned = 'img'\">",
    "<svg onload=\"window.__pwned = 'svg'\"></svg>",
    '"><iframe srcdoc="<script>parent.__pwned = \'iframe\'</script>"></iframe>',
    "javascript:window.__pwned = 'link'",
]
# Tried after the page is up, through the DOM (as markup that slipped into innerHTML would be):
# every one of them needs 'unsafe-inline' or 'unsafe-eval', which the pages never allow.
INJECTIONS = "".join(
    [
        "(function () {",
        "var s = document.createElement('script');",
        "s.textContent = 'window.__ran = \"script\"'; document.body.appendChild(s);",
        "document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"window.__ran = 1\">'",
        " + '<div onclick=\"window.__ran = 2\" id=svx></div>');",
        "document.getElementById('svx').click();",
        "var results = [];",
        "try { results.push(String(eval('1 + 1'))); } catch (e) { results.push(e.name); }",
        "try { results.push(String(new Function('return 2')())); }",
        " catch (e) { results.push(e.name); }",
        "return results; })()",
    ]
)


def refusals(console: list[str]) -> list[str]:
    return [line for line in console if CSP in line]


def test_volunteer_map_runs_under_its_policy_and_refuses_inline_code(
    qtbot, catalogue, basemap, panel
) -> None:
    # Loaded with data, a raster basemap whose credit is hostile markup, a track and a popup:
    # all of it drawn with no refusal at all (a refusal would be a feature that broke).
    panel.show_track(catalogue.walk_id)
    panel.select_camera(catalogue.camera.id)
    wait_js(qtbot, panel, "SurveyorMap.state.trackPoints > 0 && SurveyorMap.popupText() !== null")
    wait_js(qtbot, panel, "SurveyorMap.basemapsLoaded()", timeout=15_000)
    assert refusals(panel.page.console) == []
    assert js(qtbot, panel, "document.querySelectorAll('script:not([src])').length") == 0
    assert js(qtbot, panel, "document.querySelectorAll('style').length") == 0

    assert js(qtbot, panel, INJECTIONS) == ["EvalError", "EvalError"]
    qtbot.waitUntil(lambda: len(refusals(panel.page.console)) >= 2, timeout=5000)
    qtbot.wait(200)
    assert js(qtbot, panel, "window.__ran === undefined && window.__xss === undefined")


def test_review_map_runs_under_its_policy_and_refuses_inline_code(qtbot) -> None:
    blocked = map_profile().interceptor.blocked
    blocked.clear()
    view = ReviewMapView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    with qtbot.waitSignal(view.pageLoaded, timeout=20_000) as loaded:
        view.show()
    assert loaded.args == [True]
    qtbot.waitUntil(lambda: view.is_ready, timeout=5000)
    view.show_data(None)
    box: dict[str, object] = {}

    def run(script: str) -> object:
        box.clear()
        view.run_javascript(
            script,
            lambda value: box.setdefault("v", value),
        )
        qtbot.waitUntil(lambda: "v" in box, timeout=5000)
        return box["v"]

    # The texts pushed through the web channel arrived (the legend shows them).
    qtbot.waitUntil(lambda: run("ReviewMap.ready && document.querySelector('.rv-plain') !== null"))
    assert refusals(view.page.console) == []
    assert run("document.querySelectorAll('script:not([src])').length") == 0
    assert run("JSON.stringify(" + INJECTIONS + ")") == '["EvalError","EvalError"]'
    qtbot.waitUntil(lambda: len(refusals(view.page.console)) >= 2, timeout=5000)
    qtbot.wait(200)
    assert run("window.__ran === undefined") is True
    assert blocked == []


@pytest.mark.parametrize("suffix", [".geojson", ".osm"])
def test_hostile_known_cameras_file_runs_nothing(qtbot, tmp_path: Path, panel, suffix) -> None:
    path = tmp_path / f"others{suffix}"
    if suffix == ".geojson":
        features = [
            {
                "type": "Feature",
                "id": payload,
                "geometry": {"type": "Point", "coordinates": [LON + i * 1e-4, LAT]},
                "properties": {"manufacturer": payload, "model": payload, "operator": payload},
            }
            for i, payload in enumerate(PAYLOADS)
        ]
        path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    else:
        from xml.sax.saxutils import quoteattr

        nodes = "".join(
            f'<node id="{i}" lat="{LAT}" lon="{LON + i * 1e-4}">'
            '<tag k="man_made" v="surveillance"/>'
            f'<tag k="manufacturer" v={quoteattr(p)}/><tag k="operator" v={quoteattr(p)}/>'
            "</node>"
            for i, p in enumerate(PAYLOADS)
        )
        path.write_text(f'<?xml version="1.0"?><osm version="0.6">{nodes}</osm>')
    panel.page.console.clear()
    assert panel.load_known_cameras(path) == len(PAYLOADS)
    wait_js(qtbot, panel, f"SurveyorMap.state.known === {len(PAYLOADS)}")
    js(qtbot, panel, f"SurveyorMap.map.setView([{LAT}, {LON}], 18, {{animate: false}}); 1")
    texts = []
    for i in range(len(PAYLOADS)):
        # Open each camera's popup as a click would.
        js(
            qtbot,
            panel,
            "var hit = null; SurveyorMap.map.eachLayer(function (l) {"
            " if (l.options && l.options.className === 'sv-known'"
            f" && Math.abs(l.getLatLng().lng - {LON + i * 1e-4}) < 1e-9) hit = l; }});"
            " hit.fire('click'); 1",
        )  # fmt: skip
        texts.append(js(qtbot, panel, "SurveyorMap.popupText()"))
    # Shown as text, every character of it ...
    for payload, text in zip(PAYLOADS, texts, strict=True):
        assert payload in text
    # ... and nothing became markup, ran, or was even tried (no refusal needed).
    markup = "img, svg, iframe, script".replace(", ", ", .leaflet-popup ")
    assert js(qtbot, panel, f"document.querySelectorAll('.leaflet-popup {markup}').length") == 0
    qtbot.wait(300)
    assert js(qtbot, panel, "window.__pwned === undefined")
    assert refusals(panel.page.console) == []

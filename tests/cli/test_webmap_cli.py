"""`surveyor export --format webmap` end to end: real bundles in, the site opened in Chromium.

Chromium (Debian's ``chromium``) opens the site from file:// with every host name resolving to
nothing; the page must log no console message, ask the network for nothing, show one marker per
published camera, and keep HTML in volunteers' text as text. A keyboard user, driven through
the DevTools protocol, reaches a camera, opens and closes it, and filters.
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

import pytest

from surveyor.cli import main
from tests.core.campaign.volunteers import Volunteer
from tests.fixtures.cdp import Browser
from tests.fixtures.chromium import open_page

HOSTILE = '<img src=x onerror="document.title=1"> & <b>Co</b>'
NOTE = "Ana lives above the shop, ask for her"
POLE = {"lat": 44.81300, "lon": 20.46200, "camera_type": "dome", "camera_mount": "pole"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def site(capsys, tmp_path: Path) -> tuple[Path, dict]:
    camp = str(tmp_path / "campaign")
    kestrel, heron = Volunteer(tmp_path, "kestrel"), Volunteer(tmp_path, "heron")
    a = kestrel.bundle(
        tmp_path / "kestrel.zip",
        [
            {**POLE, "manufacturer": "Huawei", "model": "IPC6625-Z30", "direction": 90.0},
            {"lat": 44.8140, "lon": 20.4630, "camera_type": "fixed", "operator": HOSTILE},
            {
                "lat": 44.8150,
                "lon": 20.4600,
                "camera_type": "fixed",
                "manufacturer": "Dahua",
                "notes": NOTE,
            },
        ],
    )
    b = heron.bundle(tmp_path / "heron.zip", [{**POLE, "lat": 44.81302, "manufacturer": "Huawei"}])
    for v in (kestrel, heron):
        assert run(capsys, "keys", "add", "--campaign", camp, "--trust", v.public)[0] == 0
    merged = run(capsys, "merge", "--campaign", camp, "--no-receipts", str(a.path), str(b.path))
    assert merged[0] == 0
    out = tmp_path / "site"
    code, text, _ = run(
        capsys, "export", "--campaign", camp, "--format", "webmap", "--out", str(out), "--json"
    )  # fmt: skip
    assert code == 0
    return out, json.loads(text)


def test_site_opens_offline_with_one_marker_per_camera(site, tmp_path: Path) -> None:
    folder, summary = site
    assert summary["cameras"] == 3 and summary["photos"] == 3
    record = json.loads((folder / "published.json").read_text(encoding="utf-8"))
    hostile = _row_with_operator(folder)
    assert hostile in [c["camera"] for c in record["published_cameras"]]
    url = (folder / "index.html").as_uri()
    shots = os.environ.get("SURVEYOR_TEST_SHOTS")
    page = open_page(f"{url}#camera={hostile}", tmp_path / "chromium")
    assert page.console == []
    assert page.urls == []
    root = re.search(r"<html[^>]*>", page.dom).group(0)
    assert 'data-ready="1"' in root and 'data-markers="3"' in root and "data-errors" not in root
    # The popup opened by the link shows the operator as text.
    assert html.escape(HOSTILE, quote=False) in page.dom
    assert '<img src="x"' not in page.dom and "<b>Co</b>" not in page.dom
    assert 'class="popup-photo"' in page.dom and "photos/" in page.dom
    # Keyboard and screen readers: markers are focusable buttons with a name; every control
    # has a label.
    icons = re.findall(r'<div[^>]*class="[^"]*leaflet-marker-icon[^"]*"[^>]*>', page.dom)
    assert icons and all('tabindex="0"' in i and 'role="button"' in i for i in icons)
    assert all(re.search(r'title="[^"]+"', i) for i in icons)
    for control in re.findall(r'<(?:input|select)[^>]*id="([^"]+)"', page.dom):
        assert f'<label for="{control}"' in page.dom, control
    # Notes never leave the campaign.
    for path in folder.rglob("*"):
        if path.is_file():
            assert NOTE.encode() not in path.read_bytes(), path
    if shots:
        open_page(url, tmp_path / "shot", screenshot=Path(shots) / "webmap.png")


def test_reader_chooses_serbian_in_cyrillic(site, tmp_path: Path) -> None:
    folder, _ = site
    page = open_page((folder / "index.html").as_uri() + "?lang=sr-Cyrl", tmp_path / "chromium")
    assert page.console == [] and page.urls == []
    assert '<html lang="sr-Cyrl"' in page.dom
    assert "Произвођач" in page.dom and "Прикажано" not in page.dom
    assert "Приказано 3 од 3 камера" in page.dom
    assert "Huawei" in page.dom  # brand names keep their spelling
    assert "Преузмите податке" in page.dom and "Други произвођач" in page.dom
    # The popup too, with Serbian plurals (2 volontera → 2 волонтера).
    huawei = _row_with(folder, "manufacturer", "Huawei")
    url = (folder / "index.html").as_uri() + f"?lang=sr-Cyrl#camera={huawei}"
    page = open_page(url, tmp_path / "chromium-popup")
    assert page.console == [] and page.urls == []
    assert "Последњи пут виђена" in page.dom and "2 волонтера" in page.dom
    assert "Постављена на" in page.dom and "стуб" in page.dom


def _row_with(folder: Path, field: str, value: str) -> str:
    text = (folder / "data" / "cameras.js").read_text(encoding="utf-8")
    doc = json.loads(text[text.index("=") + 1 :].rstrip().rstrip(";"))
    column = doc["fields"].index(field)
    return next(row[0] for row in doc["rows"] if row[column] == value)


def _row_with_operator(folder: Path) -> str:
    return _row_with(folder, "operator", HOSTILE)


def test_online_tiles_are_offered_switched_off(capsys, site, tmp_path: Path) -> None:
    folder, _ = site
    camp = str(folder.parent / "campaign")
    out = tmp_path / "online"
    base = ("export", "--campaign", camp, "--format", "webmap", "--out", str(out))
    url = "https://tiles.example.org/{z}/{x}/{y}.png"
    code, _, err = run(capsys, *base, "--online-tiles", url)
    assert code == 2 and "--tiles-attribution" in err
    code, _, err = run(capsys, *base, "--online-tiles", "http://tiles.example.org/{z}.png",
                       "--tiles-attribution", "x")  # fmt: skip
    assert code == 2 and "https://" in err
    credit = "© <b>Example</b> tiles"
    code, _, _ = run(capsys, *base, "--online-tiles", url, "--tiles-attribution", credit)
    assert code == 0
    page_html = (out / "index.html").read_text(encoding="utf-8")
    assert "img-src 'self' data: https://tiles.example.org;" in page_html
    page = open_page((out / "index.html").as_uri(), tmp_path / "chromium")
    assert page.console == [] and page.urls == []  # off until a reader switches it on
    assert 'id="f-online"' in page.dom
    config = re.search(r'<script id="webmap-config" type="application/json">(.*?)</script>',
                       page_html).group(1)  # fmt: skip
    # Leaflet shows a credit as HTML: the coordinator's text goes in escaped, to stay text.
    assert json.loads(config)["online_tiles"]["attribution"] == html.escape(credit, quote=False)


def test_refuses_a_folder_of_other_files(capsys, site, tmp_path: Path) -> None:
    folder, _ = site
    other = tmp_path / "docs"
    other.mkdir()
    (other / "letter.txt").write_text("keep me")
    code, _, err = run(
        capsys, "export", "--campaign", str(folder.parent / "campaign"), "--format", "webmap",
        "--out", str(other),
    )  # fmt: skip
    assert code == 2 and "holds other files" in err
    assert (other / "letter.txt").read_text() == "keep me"


def test_keyboard_alone_opens_a_camera_and_filters(site, tmp_path: Path) -> None:
    folder, _ = site
    browser = Browser(tmp_path / "cdp")
    try:
        browser.open((folder / "index.html").as_uri())
        browser.wait_for("document.documentElement.dataset.ready === '1'")
        active = "document.activeElement"
        for _ in range(30):  # Tab from the top of the page to the first camera
            browser.press("Tab")
            if browser.evaluate(f"{active}.classList.contains('leaflet-marker-icon')"):
                break
        name = browser.evaluate(f"{active}.getAttribute('title')")
        assert name and browser.evaluate(f"{active}.getAttribute('role')") == "button"
        browser.press("Enter")
        title = browser.wait_for(
            "(document.querySelector('.leaflet-popup .popup-title') || {}).textContent"
        )
        assert title.split(" · ")[0] in name or "unknown" in name.lower()
        assert browser.evaluate(f"{active}.classList.contains('leaflet-popup-close-button')")
        browser.press("Escape")
        browser.wait_for("!document.querySelector('.leaflet-popup')")
        assert browser.evaluate(f"{active}.getAttribute('title')") == name  # back on the camera
        for _ in range(30):  # on to the Huawei filter, and off with the space bar
            browser.press("Tab")
            if browser.evaluate(f"{active}.id") == "f-make-huawei":
                break
        assert browser.evaluate(f"{active}.id") == "f-make-huawei"
        browser.press(" ")
        browser.wait_for("!document.getElementById('f-make-huawei').checked")
        others = browser.evaluate(
            "String(SURVEYOR_WEBMAP.rows.filter(function (r) { return r[3] !== 'huawei'; }).length)"
        )
        assert others == "1"  # the Dahua camera (add_camera makes the others Huawei)
        assert browser.evaluate("document.documentElement.dataset.markers") == others
        status = browser.evaluate("document.querySelector('.status').textContent")
        assert status == f"{others} of 3 cameras shown"
        assert browser.console_errors() == []
    finally:
        browser.close()

"""The map pages speak the interface's language: their words come from Python, none from JS."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from surveyor.core.resources import resource
from surveyor.ui.campaign.review_map_view import with_counts_in_words
from surveyor.ui.map.page_texts import page_labels
from tests.ui.map.conftest import js, wait_js

# Our own scripts (the vendored libraries under leaflet/ etc. are not ours to translate).
OUR_SCRIPTS = ("map_common.js", "map_start.js", "surveyor_map.js", "review_map.js",
               "vector_basemap.js")  # fmt: skip
_LITERAL = re.compile(r"'((?:[^'\\\n]|\\.)*)'|\"((?:[^\"\\\n]|\\.)*)\"")
_CLASS_LIST = re.compile(r"^\s*(?:(?:sv|rv)-[a-z-]*\s*)+$")  # CSS classes built in the scripts
NOT_SHOWN = {"use strict"}


@pytest.fixture
def serbian_latin(speak) -> None:
    speak(QLocale("sr_Latn_RS"))


@pytest.fixture
def serbian_cyrillic(speak) -> None:
    speak(QLocale("sr_Cyrl_RS"))


def words_shown_in(script: str) -> list[str]:
    """String literals of ``script`` that read as words for a person: a phrase, a capitalised
    word or a word glued to a number (" m"); console messages are for developers."""
    found = []
    code = re.sub(r"/\*.*?\*/", "", script, flags=re.S)
    for line in code.splitlines():
        line = re.sub(r"^\s*//.*$|\s//\s.*$", "", line)
        if "console." in line:
            continue
        for match in _LITERAL.finditer(line):
            text = match.group(1) if match.group(1) is not None else match.group(2)
            if text in NOT_SHOWN or _CLASS_LIST.match(text):
                continue
            wordy = re.search(r"[A-Za-z]{2,}\s+[A-Za-z]", text) or re.match(r"[A-Z][a-z]", text)
            if wordy or re.match(r"\s+[A-Za-z]", text):
                found.append(text)
    return found


def test_the_scan_finds_english_written_in_a_script() -> None:
    assert words_shown_in("el('div', 'sv-title', 'Already mapped');") == ["Already mapped"]
    assert words_shown_in("x = n + ' metres';") == [" metres"]
    assert words_shown_in("b.title = 'Zoom';  // 'Not this'") == ["Zoom"]
    assert words_shown_in("cls = 'sv-cone sv-' + state; console.error('No such call');") == []


@pytest.mark.parametrize("name", OUR_SCRIPTS)
def test_our_scripts_hold_no_english_a_person_reads(name: str) -> None:
    script = Path(resource("web", name)).read_text(encoding="utf-8")
    assert words_shown_in(script) == []


def test_the_volunteers_map_labels_are_serbian(serbian_latin) -> None:
    labels = page_labels()
    assert labels["ui"]["confirm"] == "Potvrdi položaj"
    assert labels["state"]["review"] != "Needs review"
    assert labels["camera_type"]["dome"] == "Kupola"
    assert labels["map"]["zoomIn"] == "Uvećaj"
    assert labels["map"]["decimal"] == ","


def test_without_a_translator_the_labels_stay_english() -> None:
    labels = page_labels()  # as `surveyor render-map` builds them: no translator installed
    assert labels["ui"]["confirm"] == "Confirm position"
    assert labels["map"] == {
        "zoomIn": "Zoom in", "zoomOut": "Zoom out", "metre": "m", "kilometre": "km", "decimal": ".",
    }  # fmt: skip


def test_the_review_map_counts_volunteers_in_serbian_plural_forms(serbian_latin) -> None:
    data = {"features": [{"properties": {"volunteers": n}} for n in (1, 3, 5)]}
    seen = [f["properties"]["seen"] for f in with_counts_in_words(data)["features"]]
    assert seen == [
        "1 volonter ju je video",
        "3 volontera su je videla",
        "5 volontera ju je videlo",
    ]


def test_the_page_in_cyrillic(qtbot, serbian_cyrillic, panel) -> None:
    wait_js(qtbot, panel, "document.querySelector('.leaflet-control-zoom-in').title !== 'Zoom in'")
    assert js(qtbot, panel, "document.querySelector('.leaflet-control-zoom-in').title") == "Увећај"
    scale = js(qtbot, panel, "document.querySelector('.leaflet-control-scale-line').textContent")
    assert re.fullmatch(r"\d+ к?м", scale), scale
    js(qtbot, panel, "SurveyorMap.map.setView([44.8125, 20.4612], 15, {animate: false}); 1")
    labels = "Array.from(document.querySelectorAll('.sv-grid-label'), e => e.textContent)"
    wait_js(qtbot, panel, labels + ".some(t => t.indexOf(',') > 0)")
    grid = js(qtbot, panel, labels)
    assert all(re.fullmatch(r"\d+,\d+°", label) for label in grid), grid


def test_the_map_tab_cuts_no_word_off_in_cyrillic(
    qtbot, serbian_cyrillic, catalogue, panel
) -> None:
    from tests.ui.clipping import clipped_widgets

    panel.resize(1000, 700)  # the map tab of a 1280 × 800 window
    qtbot.wait(100)
    assert clipped_widgets(panel) == []

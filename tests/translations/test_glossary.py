"""The glossary's Cyrillic column is its Latin column transliterated, as the .ts files are."""

from __future__ import annotations

from surveyor.core.transliterate import latin_to_cyrillic
from tests.translations.tooling import load

tool = load()


def glossary_rows() -> list[list[str]]:
    rows = []
    for line in tool.GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("| ") and len(cells) == 4 and cells[0] not in ("English", "---"):
            rows.append(cells)
    return rows


def test_the_glossary_names_the_domain_words() -> None:
    latin = {english: latin for english, latin, _cyr, _note in glossary_rows()}
    assert latin["surveillance camera"] == "nadzorna kamera"
    assert latin["mount"] == "nosač" and latin["pole"] == "stub" and latin["dome"] == "kupola"
    assert latin["direction"] == "smer"


def test_the_cyrillic_column_is_the_latin_one_transliterated() -> None:
    keep = tool.kept_in_latin()
    for english, latin, cyrillic, _note in glossary_rows():
        assert cyrillic == latin_to_cyrillic(latin, keep), english


def test_brands_and_formats_stay_in_latin() -> None:
    assert {"OpenStreetMap", "Huawei", "GPS", "Ctrl"} <= set(tool.kept_in_latin())


def test_the_translations_use_the_glossary_words_for_the_vocabulary() -> None:
    latin = tool.read_ts(tool.TS_DIR / "surveyor_sr_Latn.ts")
    assert latin[("vocabulary", "Pole")].forms == ["Stub"]
    assert latin[("vocabulary", "Dome")].forms == ["Kupola"]
    assert latin[("vocabulary", "Number-plate reader")].forms == ["Čitač registarskih tablica"]

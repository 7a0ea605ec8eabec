"""The translation sources hold every message the app shows, finished, with the same placeholders.

When one of these fails after you changed the interface's words: ``make translations``, then
translate what it reports in ``resources/translations/surveyor_sr_Latn.ts`` (see glossary.md).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.translations.tooling import load

tool = load()
LATIN = tool.TS_DIR / "surveyor_sr_Latn.ts"
CYRILLIC = tool.TS_DIR / "surveyor_sr_Cyrl.ts"
ENGLISH = tool.TS_DIR / "surveyor_en.ts"

# {name}, {n:,}, %1, %L2, %n — and markup, which must survive translation too.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n|<[^<>]+>")


def placeholders(text: str) -> Counter[str]:
    return Counter(_PLACEHOLDER.findall(text))


@pytest.fixture(scope="module")
def messages() -> dict:
    """What the code holds now, read with lupdate (as ``make translations`` does)."""
    return tool.extract()


def test_every_message_in_the_code_is_in_the_sources(messages: dict) -> None:
    for path in (LATIN, CYRILLIC):
        in_sources = tool.read_ts(path)
        missing = [f"{ctx}: {src!r}" for ctx, src in messages if (ctx, src) not in in_sources]
        assert not missing, f"{path.name} lacks (run make translations):\n" + "\n".join(missing)


def test_plural_messages_are_plural_in_the_sources(messages: dict) -> None:
    english = tool.read_ts(ENGLISH)
    for key, message in messages.items():
        if message.numerus:
            assert key in english, f"surveyor_en.ts lacks the plural {key}"
            assert len(english[key].forms) == 2 and all(english[key].forms), key
            for path in (LATIN, CYRILLIC):
                forms = tool.read_ts(path)[key].forms
                assert len(forms) == 3 and all(forms), f"{path.name}: {key} needs three forms"
                assert all("%n" in form for form in forms), f"{path.name}: {key} drops %n"


@pytest.mark.parametrize("path", [LATIN, CYRILLIC, ENGLISH], ids=lambda p: p.name)
def test_no_message_is_unfinished(path) -> None:
    unfinished = [f"{c}: {s!r}" for (c, s), t in tool.read_ts(path).items() if not t.finished]
    assert not unfinished, f"{path.name} has unfinished messages:\n" + "\n".join(unfinished)


@pytest.mark.parametrize("path", [LATIN, CYRILLIC, ENGLISH], ids=lambda p: p.name)
def test_placeholders_and_markup_match_the_source(path) -> None:
    wrong = []
    for (context, source), translation in tool.read_ts(path).items():
        expected = placeholders(source)
        for form in translation.forms:
            if translation.finished and placeholders(form) != expected:
                wrong.append(f"{context}: {source!r} → {form!r}")
    assert not wrong, f"{path.name}: placeholders differ:\n" + "\n".join(wrong)


def test_the_cyrillic_sources_are_the_latin_ones_transliterated() -> None:
    latin = tool.read_ts(LATIN)
    expected = tool.cyrillic_from(latin)
    cyrillic = tool.read_ts(CYRILLIC)
    stale = [f"{key}" for key in latin if cyrillic.get(key) != expected[key]]
    assert not stale, "surveyor_sr_Cyrl.ts is out of date (run make translations):\n" + "\n".join(
        stale
    )


def test_a_placeholder_lost_in_translation_is_caught() -> None:
    assert placeholders("Saved {path}: %n photo(s)") != placeholders("Sačuvano: %n fotografija")
    assert placeholders("<b>{n}</b> m") == placeholders("<b>{n}</b> m")


def test_the_english_plural_forms_come_from_the_source() -> None:
    assert tool.english_forms("%n photo(s) selected") == ["%n photo selected", "%n photos selected"]
    assert tool.english_forms("%n review item(s) open") == [
        "%n review item open",
        "%n review items open",
    ]

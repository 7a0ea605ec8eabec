"""The merge's notes and reasons are kept in English and as translatable words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from surveyor.core import messages
from surveyor.core.campaign import history, review
from surveyor.core.campaign.stored_words import Term, english, from_json, listed, to_json
from surveyor.core.messages import Message
from tests.core.campaign.factory import place, sighting

SERBIAN = {
    "joined: {distance} m": "pridruženo: {distance} m",
    "{first}, {rest}": "{first}, {rest}",
    "{rest} and {last}": "{rest} i {last}",
    "{count} says {value}": "{count} kaže: {value}",
    "{attribute}: {told}": "{attribute}: {told}",
    "mount": "nosač",
}


@pytest.fixture
def serbian() -> Iterator[None]:
    messages.install_translator(lambda template: SERBIAN.get(template, template))
    yield
    messages.install_translator(None)


def test_a_sentence_comes_back_from_its_words_and_its_english_never_changes(serbian) -> None:
    said = listed([Message("joined: {distance} m", distance="4.2"), Message("faces the same way")])
    assert english(said) == "joined: 4.2 m, faces the same way"  # whatever the translator
    again = from_json(to_json(said))
    assert again is not None and english(again) == english(said)
    assert str(again) == "pridruženo: 4.2 m, faces the same way"  # untranslated parts stay


def test_a_vocabulary_value_is_stored_as_such_and_shown_as_the_caller_says(serbian) -> None:
    said = Message("{count} says {value}", count=1, value=Term("camera_mount", "street_lamp"))
    assert english(said) == "1 says street lamp"
    shown = from_json(to_json(said), lambda field, value: f"<{field}={value}>")
    assert str(shown) == "1 kaže: <camera_mount=street_lamp>"


def test_unreadable_or_missing_words_give_none() -> None:
    assert from_json("") is None
    assert from_json("{not json") is None
    assert from_json('"a plain string"') is None


def test_the_merge_keeps_the_words_of_its_notes_and_reasons(campaign, serbian) -> None:
    fixed = {"camera_type": "fixed", "manufacturer": "Huawei", "direction": 45}
    a = sighting("A", 0, 0, camera_mount="pole", **fixed)
    b = sighting("B", 2, 0, camera_mount="wall", **fixed)
    place(a, b)
    (item,) = review.open_items()
    assert item.reason == "mount: 1 says pole, 1 says wall"  # English, for the command line
    shown = from_json(item.words, lambda field, value: {"pole": "stub", "wall": "zid"}[value])
    assert str(shown) == "nosač: 1 kaže: stub, 1 kaže: zid"
    for entry in history.camera_history(item.camera_id):
        rebuilt = from_json(entry.words)
        assert rebuilt is not None and english(rebuilt) == entry.text

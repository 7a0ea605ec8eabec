"""A core message is its English sentence, shown in the language the interface installs."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import pytest

from surveyor.core import messages
from surveyor.core.messages import Joined, Message


@pytest.fixture
def serbian() -> Iterator[None]:
    table = {
        "{file}: not a JPEG": "{file}: nije JPEG",
        "cannot read {file}: {reason}": "{file} ne može da se pročita: {reason}",
        "{count} photos": "{broj} fotografija",  # a translator's typo in a placeholder
    }
    messages.install_translator(lambda template: table.get(template, template))
    yield
    messages.install_translator(None)


def test_a_message_is_the_english_sentence() -> None:
    message = Message("{file}: not a JPEG", file="a.png")
    assert message == "a.png: not a JPEG" and isinstance(message, str)
    assert str(message) == "a.png: not a JPEG"
    assert (message.template, message.values) == ("{file}: not a JPEG", {"file": "a.png"})


def test_shown_in_the_installed_language_but_still_english_underneath(serbian: None) -> None:
    message = Message("{file}: not a JPEG", file="a.png")
    assert str(message) == "a.png: nije JPEG"
    assert f"Refused: {message}" == "Refused: a.png: nije JPEG"
    assert message == "a.png: not a JPEG"  # comparisons, logs' %r and JSON keep the English
    assert str(ValueError(message)) == "a.png: nije JPEG"


def test_a_message_inside_a_message_is_translated_too(serbian: None) -> None:
    inner = Message("{file}: not a JPEG", file="b.png")
    outer = Message("cannot read {file}: {reason}", file="b.png", reason=inner)
    assert str(outer) == "b.png ne može da se pročita: b.png: nije JPEG"


def test_made_while_translated_the_value_is_still_english(serbian: None) -> None:
    inner = Message("{file}: not a JPEG", file="b.png")
    outer = Message("cannot read {file}: {reason}", file="b.png", reason=ValueError(inner))
    assert outer == "cannot read b.png: b.png: not a JPEG"
    assert str(outer) == "b.png ne može da se pročita: b.png: nije JPEG"


def test_a_broken_translation_falls_back_to_english(serbian: None) -> None:
    assert str(Message("{count} photos", count=3)) == "3 photos"


def test_messages_cross_process_boundaries() -> None:
    message = Message("{file}: not a JPEG", file="a.png")
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message and copy.template == message.template and copy.values == message.values


def test_joined_messages_are_each_translated(serbian: None) -> None:
    joined = Joined("; ", [Message("{file}: not a JPEG", file="a.png"), "b.png: empty"])
    assert joined == "a.png: not a JPEG; b.png: empty"
    assert str(joined) == "a.png: nije JPEG; b.png: empty"
    copy = pickle.loads(pickle.dumps(joined))
    assert copy == joined and str(copy) == str(joined)
    outer = Message("cannot read {file}: {reason}", file="c", reason=joined)
    assert str(outer) == "c ne može da se pročita: a.png: nije JPEG; b.png: empty"


def test_a_count_takes_the_plural_forms() -> None:
    assert Message("%n new camera(s)", n=1) == "1 new camera"
    assert Message("%n new camera(s)", n=3) == "3 new cameras"
    assert Message("%n record(s) left out", n=0) == "0 records left out"
    with pytest.raises(TypeError):
        Message("%n new camera(s)")


def test_a_count_is_translated_with_its_number() -> None:
    asked: list[tuple[str, int]] = []

    def translate(template: str, n: int = -1) -> str:
        asked.append((template, n))
        return {1: "%n nova kamera", 3: "%n nove kamere"}.get(n, "%n novih kamera")

    messages.install_translator(translate)
    try:
        assert [str(Message("%n new camera(s)", n=n)) for n in (1, 3, 5)] == [
            "1 nova kamera",
            "3 nove kamere",
            "5 novih kamera",
        ]
    finally:
        messages.install_translator(None)
    assert asked[0] == ("%n new camera(s)", 1)


def test_dates_and_numbers_go_through_the_installed_formatter() -> None:
    import datetime as dt

    when = dt.datetime(2026, 5, 16, 14, 5)
    message = Message("Merge report — {when:%H:%M}, {gap:g} min", when=when, gap=2.5)
    assert message == "Merge report — 14:05, 2.5 min"  # the command line's Python formatting

    def formatter(value: object, spec: str) -> str | None:
        if isinstance(value, dt.datetime):
            return f"<{spec}>"
        return None  # numbers: Python's way

    messages.install_translator(lambda template, n=-1: template, formatter)
    try:
        assert str(message) == "Merge report — <%H:%M>, 2.5 min"
    finally:
        messages.install_translator(None)
    assert str(message) == "Merge report — 14:05, 2.5 min"


def test_joined_sentences_stay_translatable(serbian: None) -> None:
    both = messages.joined([Message("{file}: not a JPEG", file="a.png"), "b.png: fine"], "; ")
    assert both == "a.png: not a JPEG; b.png: fine"
    assert str(both) == "a.png: nije JPEG; b.png: fine"
    assert str(Message("cannot read {file}: {reason}", file="x", reason=both)) == (
        "x ne može da se pročita: a.png: nije JPEG; b.png: fine"
    )
    copy = pickle.loads(pickle.dumps(both))
    assert str(copy) == "a.png: nije JPEG; b.png: fine"


def test_the_english_stays_english_while_a_translation_is_installed(serbian: None) -> None:
    inner = Message("{file}: not a JPEG", file="b.png")
    outer = Message("cannot read {file}: {reason}", file="b.png", reason=ValueError(inner))
    assert outer == "cannot read b.png: b.png: not a JPEG"  # what the log and JSON record
    assert str(outer) == "b.png ne može da se pročita: b.png: nije JPEG"

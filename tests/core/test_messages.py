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

"""The merge's words, kept so the window can say them in the coordinator's language.

A history note or a review item's reason is a ``Message`` built from literals (see
``decision_words``), its values plain numbers, other messages, or ``Term``s: vocabulary values
such as ``street_lamp``. The catalogue keeps each sentence twice: in English (``text`` and
``reason``: what the command line prints and what filters read) and as ``words``, the same
sentence as JSON templates and values, from which the window rebuilds the message and shows
it translated, a term as its vocabulary label.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from surveyor.core.messages import Message


class Term(str):
    """A vocabulary value in a sentence: ``Term("camera_mount", "street_lamp")`` reads
    "street lamp"; the window shows the value's label instead."""

    field: str
    value: str

    def __new__(cls, field: str, value: object) -> Term:
        self = super().__new__(cls, str(value).replace("_", " "))
        self.field, self.value = field, str(value)
        return self


def english(value: object) -> str:
    """The sentence in English, whichever translator the app installed."""
    if isinstance(value, Message):
        if not value.values:
            return value.template
        return value.template.format(**{k: _english_value(v) for k, v in value.values.items()})
    return str.__str__(value) if isinstance(value, str) else str(value)


def _english_value(value: object) -> object:
    return english(value) if isinstance(value, str) else value


def listed(parts: Sequence[object], last: str = "") -> object:
    """Parts one after another: ``a, b, c``; with ``last`` "and" or "or": ``a, b and c``."""
    if len(parts) == 1:
        return parts[0]
    if last == "and":
        return Message("{rest} and {last}", rest=listed(parts[:-1]), last=parts[-1])
    if last == "or":
        return Message("{rest} or {last}", rest=listed(parts[:-1]), last=parts[-1])
    return Message("{first}, {rest}", first=parts[0], rest=listed(parts[1:]))


def _encode(value: object) -> Any:
    if isinstance(value, Message):
        return {"t": value.template, "v": {k: _encode(v) for k, v in value.values.items()}}
    if isinstance(value, Term):
        return {"field": value.field, "value": value.value}
    if isinstance(value, str):
        return str.__str__(value)
    return value


def to_json(sentence: object) -> str:
    """The sentence's templates and values as JSON ('' when it is no message)."""
    if not isinstance(sentence, Message):
        return ""
    return json.dumps(_encode(sentence), ensure_ascii=False, separators=(",", ":"))


def stored(sentence: object) -> tuple[str, str]:
    """(English text, words JSON): the two columns a note or a reason is kept in."""
    return english(sentence), to_json(sentence)


TermShown = Callable[[str, str], str]  # (field, value) -> the words shown for it


def _decode(raw: Any, term: TermShown | None) -> Any:
    if isinstance(raw, dict) and isinstance(raw.get("t"), str):
        values = raw.get("v") or {}
        return Message(raw["t"], **{str(k): _decode(v, term) for k, v in values.items()})
    if isinstance(raw, dict) and "field" in raw:
        field, value = str(raw["field"]), str(raw.get("value", ""))
        return term(field, value) if term is not None else Term(field, value)
    return raw


def from_json(words: str, term: TermShown | None = None) -> Message | None:
    """The message ``to_json`` stored, its terms shown through ``term``; None when there is
    none or it cannot be read (show the English text then)."""
    if not words:
        return None
    try:
        message = _decode(json.loads(words), term)
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return message if isinstance(message, Message) else None

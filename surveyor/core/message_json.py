"""Core sentences kept in the catalogue so that they are shown later in the reader's language.

A photo's import warning, its GPX note and why detection failed on it are written when they
happen and read weeks later, perhaps after the volunteer switched to Serbian. The English text
stays in its column (the command line, logs and older readers use it); beside it, ``to_json``
keeps the template and values, and ``from_json`` rebuilds the ``Message``, which the interface
shows translated.
A row from before (no JSON) shows its English text as it is.
"""

from __future__ import annotations

import json
from typing import Any

from surveyor.core.messages import Joined, Message, reason_of

_SCALARS = (bool, int, float, type(None))


def to_json(text: str | None) -> str | None:
    """The message's template and values as JSON; None for plain text (nothing to translate)."""
    if not isinstance(text, Message):
        return None
    return json.dumps(_encode(text), ensure_ascii=False)


def from_json(stored: str | None, english: str | None) -> str | None:
    """The message ``to_json`` kept, or the English text when there is none or it is unreadable."""
    if not stored:
        return english
    try:
        return _decode(json.loads(stored))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return english


def _encode(message: Message) -> dict[str, Any]:
    if isinstance(message, Joined):
        return {"separator": message.separator, "parts": [_value(p) for p in message.parts]}
    return {
        "template": message.template,
        "values": {k: _value(v) for k, v in message.values.items()},
    }


def _value(value: object) -> object:
    if isinstance(value, BaseException):  # raised with a Message: keep the Message
        value = reason_of(value)
    if isinstance(value, Message):
        return {"message": _encode(value)}
    if isinstance(value, _SCALARS):  # numbers keep their type: "{ratio:.0f}" formats them
        return value
    return str.__str__(value) if isinstance(value, str) else str(value)


def _decode(data: dict[str, Any]) -> Message:
    if "parts" in data:
        return Joined(str(data["separator"]), [_plain(part) for part in data["parts"]])
    values = {str(k): _plain(v) for k, v in dict(data["values"]).items()}
    return Message(str(data["template"]), **values)


def _plain(value: object) -> Any:
    if isinstance(value, dict):
        return _decode(value["message"])
    return value

"""A core message kept in the catalogue comes back as the same message, translatable again."""

from __future__ import annotations

from surveyor.core.message_json import from_json, to_json
from surveyor.core.messages import Joined, Message


class _Bad(ValueError):
    pass


def test_a_message_comes_back_with_its_template_and_values() -> None:
    inner = Message("{value} is not 1..8", value=9)
    outer = Message("orientation unusable ({exc})", exc=_Bad(inner))
    warning = Joined("; ", [outer, Message("{ratio:.0f} is over {limit:g}", ratio=7.4, limit=2.0)])
    back = from_json(to_json(warning), "ignored")
    assert back == warning == "orientation unusable (9 is not 1..8); 7 is over 2"
    assert isinstance(back, Joined)
    first = back.parts[0]
    assert isinstance(first, Message) and first.template == "orientation unusable ({exc})"
    assert isinstance(first.values["exc"], Message)  # the raised message, still translatable
    assert first.values["exc"].template == "{value} is not 1..8"


def test_plain_text_keeps_no_json_and_old_rows_show_their_english() -> None:
    assert to_json("typed by hand") is None and to_json(None) is None
    assert from_json(None, "GPS position unusable") == "GPS position unusable"
    assert from_json("", None) is None
    assert from_json("{not json", "the English") == "the English"
    assert from_json('{"template": "{gone}", "values": {"n": 1}}', "the English") == "the English"

"""The intake gate for ``bag-info.txt``: known labels only, one clean line each."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from surveyor.core.bundle.gate_rules import MAX_PSEUDONYM, UUID_TEXT, Problems, date_problem
from surveyor.core.messages import Message
from surveyor.core.value_rules import text_problem

_KEY_ID = re.compile(r"^[0-9A-F]{16}$")
_OXUM = re.compile(r"^\d{1,15}\.\d{1,9}$")
_VERSION = re.compile(r"^[0-9A-Za-z.+_-]{1,40}$")

# The labels we write (each checked) and the other labels RFC 8493 reserves.
_RFC_LABELS = frozenset(
    {
        "Source-Organization", "Organization-Address", "Contact-Name", "Contact-Phone",
        "Contact-Email", "External-Description", "Bag-Size", "Bag-Group-Identifier",
        "Bag-Count", "Internal-Sender-Identifier", "Internal-Sender-Description",
    }
)  # fmt: skip


def _info_rules() -> dict[str, Callable[[str], str | None]]:
    def one_of(*allowed: str) -> Callable[[str], str | None]:
        return lambda v: (
            None
            if v in allowed
            else Message("{value!r} is not {allowed}", value=v[:40], allowed=" or ".join(allowed))
        )

    def matches(pattern: re.Pattern[str], what: Message) -> Callable[[str], str | None]:
        return lambda v: (
            None
            if pattern.match(v)
            else Message("{value!r} is not {what}", value=v[:40], what=what)
        )

    def a_date(v: str) -> str | None:
        return date_problem(v) if len(v) == 10 else Message("{value!r} is not a date", value=v[:40])

    a_version = Message("a version")

    return {
        "Bagging-Date": a_date,
        "Payload-Oxum": matches(_OXUM, Message("<bytes>.<count>")),
        "External-Identifier": matches(UUID_TEXT, Message("a bundle UUID")),
        "Surveyor-Pseudonym": lambda v: text_problem(v, max_length=MAX_PSEUDONYM),
        "Surveyor-Key-Id": matches(_KEY_ID, Message("16 upper-case hex digits")),
        "Surveyor-App-Version": matches(_VERSION, a_version),
        "Surveyor-Vocabulary-Version": matches(_VERSION, a_version),
        "Surveyor-Schema-Version": one_of("1"),
    }


def bag_info_problems(info: Mapping[str, str], repeated: list[str]) -> Problems:
    """Problems with ``bag-info.txt``'s labels and values (already split into lines)."""
    problems: Problems = [
        ("bag-info.txt", Message("{label} appears more than once", label=label))
        for label in repeated
    ]
    rules = _info_rules()
    for label, value in info.items():
        shown = label if text_problem(label, max_length=64) is None else repr(label[:64])
        if label not in rules and label not in _RFC_LABELS:
            problems.append(("bag-info.txt", Message("unknown label {label}", label=shown)))
            continue
        why = text_problem(value)
        if why is None and label in rules:
            why = rules[label](value)
        if why:
            problems.append(("bag-info.txt", Message("{label} {why}", label=shown, why=why)))
    return problems

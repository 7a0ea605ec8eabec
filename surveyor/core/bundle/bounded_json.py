"""JSON from someone else, parsed within limits: size, nesting depth, no NaN or Infinity.

Python's ``json`` recurses once per nesting level, so ten megabytes of ``[[[[…`` used to end
in a ``RecursionError`` that escaped every handler. Here the size is checked before parsing;
while parsing, the C parser's own recursion guard stops a pathological document after a few
hundred levels (it raises ``RecursionError`` cleanly, having allocated little), and that is
refused like any other document too deep; the tree that comes out is then walked, without
recursion, against ``max_depth``. Every refusal is a ``JsonLimitError`` (a ``ValueError``)
that says what was wrong.
"""

from __future__ import annotations

import json
from typing import Any

from surveyor.core.messages import Message

MAX_DEPTH = 32


class JsonLimitError(ValueError):
    """Not JSON, or JSON beyond the limits."""


def nesting_depth(value: Any) -> int:
    """How deeply lists and objects nest in parsed JSON (a scalar is 0): level by level, no
    recursion. Exact types only: this walks what ``json.loads`` made."""
    level = [value] if type(value) is dict or type(value) is list else []
    depth = 0
    while level:
        depth += 1
        deeper: list[Any] = []
        for item in level:
            children = item.values() if type(item) is dict else item
            deeper += [c for c in children if type(c) is dict or type(c) is list]
        level = deeper
    return depth


def _refuse_constant(name: str) -> Any:
    raise JsonLimitError(Message("{name} is not a JSON number", name=name))


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise JsonLimitError(Message("{text} is too large a number", text=text[:40]))
    return value


def loads_bounded(data: bytes, *, max_bytes: int, max_depth: int = MAX_DEPTH) -> Any:
    """Parse ``data`` (UTF-8 JSON) within the limits; ``JsonLimitError`` otherwise."""
    if len(data) > max_bytes:
        raise JsonLimitError(
            Message(
                "{count} bytes is over the limit of {max_bytes}",
                count=len(data),
                max_bytes=max_bytes,
            )
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JsonLimitError(
            Message("not UTF-8 ({reason} at byte {start})", reason=exc.reason, start=exc.start)
        ) from None
    try:
        value = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except JsonLimitError:
        raise
    except RecursionError:  # the parser's guard, long before the stack is at risk
        raise JsonLimitError(
            Message("nested deeper than {max_depth} levels", max_depth=max_depth)
        ) from None
    except ValueError as exc:
        raise JsonLimitError(Message("not valid JSON ({exc})", exc=exc)) from None
    if nesting_depth(value) > max_depth:
        raise JsonLimitError(Message("nested deeper than {max_depth} levels", max_depth=max_depth))
    return value

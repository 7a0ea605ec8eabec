"""JSON from someone else, parsed within limits: size, nesting depth, no NaN or Infinity.

Python's ``json`` recurses once per nesting level, so ten megabytes of ``[[[[…`` end in a
``RecursionError`` deep inside the parser. ``loads_bounded`` first walks the text once,
skipping strings, and stops as soon as the nesting passes ``max_depth`` (or a string never
ends), then hands text it knows to be shallow to the standard parser. Every refusal is a
``JsonLimitError`` (a ``ValueError``) that says what was wrong.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 32
# A string (escapes included), a bracket, or a lone quote (a string that never ends).
_TOKEN = re.compile(rb'"(?:[^"\\]++|\\.)*+"|[\[\]{}]|"', re.DOTALL)
_OPEN = frozenset(b"[{")


class JsonLimitError(ValueError):
    """Not JSON, or JSON beyond the limits."""


def nesting_depth(data: bytes, max_depth: int) -> int:
    """The deepest nesting in ``data``; ``JsonLimitError`` as soon as it passes ``max_depth``."""
    depth = deepest = 0
    for match in _TOKEN.finditer(data):
        token = match.group()
        first = token[0]
        if first == 0x22:  # '"'
            if len(token) == 1:
                raise JsonLimitError(f"a string that never ends (at byte {match.start()})")
            continue
        if first in _OPEN:
            depth += 1
            if depth > max_depth:
                raise JsonLimitError(f"nested deeper than {max_depth} levels")
            deepest = max(deepest, depth)
        else:
            depth -= 1
            if depth < 0:
                raise JsonLimitError(
                    f"a closing bracket with nothing open (at byte {match.start()})"
                )
    return deepest


def _refuse_constant(name: str) -> Any:
    raise JsonLimitError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise JsonLimitError(f"{text[:40]} is too large a number")
    return value


def loads_bounded(data: bytes, *, max_bytes: int, max_depth: int = MAX_DEPTH) -> Any:
    """Parse ``data`` (UTF-8 JSON) within the limits; ``JsonLimitError`` otherwise."""
    if len(data) > max_bytes:
        raise JsonLimitError(f"{len(data)} bytes is over the limit of {max_bytes}")
    nesting_depth(data, max_depth)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JsonLimitError(f"not UTF-8 ({exc.reason} at byte {exc.start})") from None
    try:
        return json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except JsonLimitError:
        raise
    except (ValueError, RecursionError) as exc:  # RecursionError cannot happen past the walk
        raise JsonLimitError(f"not valid JSON ({exc})") from None

"""Answers that nest: a street lamp and traffic signals are poles, a wall is part of a building.

OpenStreetMap's ``camera:mount`` values are not all exclusive: a volunteer who says "pole" and
one who says "street lamp" describe the same camera, one more precisely. The vocabulary marks
each such value with the broader one it is a kind of (``"within": "pole"``); here is what the
merge reads of it. Two answers *nest* when they are equal or one is a kind of the other; then
both volunteers are right and the more specific answer is the camera's.

Values are compared folded (``str.casefold``), as the merge compares them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from surveyor.core.vocabulary import builtin_vocabulary


@cache
def _broader() -> dict[tuple[str, str], str]:
    """(attribute, folded value) -> the folded value it is a kind of."""
    found: dict[tuple[str, str], str] = {}
    for name, field in builtin_vocabulary().fields.items():
        for choice in field.choices:
            if choice.within:
                found[(name, choice.value.casefold())] = choice.within.casefold()
    return found


def broader_values(name: str, value: str) -> list[str]:
    """The values ``value`` is a kind of, nearest first (``street_lamp``: ``["pole"]``)."""
    chain: list[str] = []
    here = _broader().get((name, value.casefold()))
    while here is not None and here not in chain:
        chain.append(here)
        here = _broader().get((name, here))
    return chain


def is_kind_of(name: str, specific: str, general: str) -> bool:
    """True when ``specific`` is (a kind of) ``general``: equal values count."""
    specific, general = specific.casefold(), general.casefold()
    return specific == general or general in broader_values(name, specific)


def nest(name: str, a: str, b: str) -> bool:
    """Two answers that are both right: equal, or one a kind of the other."""
    return is_kind_of(name, a, b) or is_kind_of(name, b, a)


def nests_with_all(name: str, value: str, others: Iterable[str]) -> bool:
    """``value`` nests with every one of ``others`` (e.g. a camera's mounts so far)."""
    return all(nest(name, value, other) for other in others)


def support(name: str, candidate: str, values: Iterable[str]) -> int:
    """How many answers agree with ``candidate``: those giving it or a broader value."""
    return sum(1 for v in values if is_kind_of(name, candidate, v))

"""The intake gate's limits and shared checks: sizes, names, dates, and how problems are kept.

Problems come back as ``(file, reason)`` pairs; the first ``MAX_PROBLEMS`` are kept.
"""

from __future__ import annotations

import datetime as dt
import re

from surveyor.core.messages import Message

MAX_JSON_FILE = 32 * 2**20
MAX_JSON_DEPTH = 16  # a FeatureCollection is 5 deep; submission.json 3
MAX_CAMERAS = 20_000
MAX_PHOTOS_PER_CAMERA = 200
MAX_PROBLEMS = 50
MAX_SEQUENCE = 2**53
MAX_PSEUDONYM = 80
PHOTO_NAME = re.compile(r"^photos/[0-9a-f]{64}\.jpg$")
UUID_TEXT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_WHEN = re.compile(
    r"^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?)?$"
)

Problems = list[tuple[str, str]]


class Refused(Exception):
    """One value refused; the caller records it and moves on to the next camera."""


def date_problem(text: object) -> str | None:
    """Why ``text`` is not a date (YYYY-MM-DD, optionally with a time); None when it is one."""
    if not isinstance(text, str) or not (match := _WHEN.match(text)):
        return Message(
            "{text!r} is not a date (YYYY-MM-DD, optionally with a time)", text=str(text)[:40]
        )
    try:
        dt.date.fromisoformat(match.group(1))
    except ValueError:
        return Message("{text!r} is not a real date", text=text[:40])
    return None

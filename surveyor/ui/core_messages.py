"""The core's sentences (``surveyor.core.messages``) in the interface's language and locale.

Templates are looked up in context ``core``; ``%n`` templates with their count (the language's
plural forms). Dates, times and numbers given to a message as values are written as the
default ``QLocale`` writes them, which the language choice sets (``surveyor.ui.language``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from surveyor.core import messages

_DATE_PARTS = re.compile(r"%[aAbBdmyYxc]")
_TIME_PARTS = re.compile(r"%[HIMSpXc]")
_WEEKDAY = re.compile(r"d{4}[,.\s]*")
_DECIMALS = re.compile(r"\.(\d+)[fF%]$")


def translate(template: str, n: int = -1) -> str:
    return QCoreApplication.translate("core", template, None, n)


def long_date(day: dt.date) -> str:
    """``16 May 2026``, ``16. maj 2026.``: the locale's long date without the weekday."""
    locale = QLocale()
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def _moment(value: dt.datetime, spec: str) -> str:
    if value.tzinfo is not None:
        value = value.astimezone()  # a UTC time on record, shown in the user's time
    locale, short = QLocale(), QLocale.FormatType.ShortFormat
    time = QTime(value.hour, value.minute, value.second)
    date = QDate(value.year, value.month, value.day)
    # The spec says which parts the sentence shows; the locale says how to write them.
    with_date = not spec or bool(_DATE_PARTS.search(spec))
    with_time = not spec or bool(_TIME_PARTS.search(spec))
    if with_date and with_time:
        return locale.toString(QDateTime(date, time), short)
    if with_time:
        return locale.toString(time, short)
    return locale.toString(date, short)


def _number(value: int | float, spec: str) -> str | None:
    locale = QLocale()
    if isinstance(value, int):
        # Plain integers are often numbers of things (camera 1234): grouped only when asked.
        return locale.toString(value) if "," in spec else None
    decimals = _DECIMALS.search(spec)
    if decimals is not None:
        percent = spec.endswith("%")
        text = locale.toString(value * 100 if percent else value, "f", int(decimals.group(1)))
        return text + locale.percent() if percent else text
    if spec == "g":
        return locale.toString(value, "g", 6)
    shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    return locale.toString(value, "g", shortest) if not spec else None  # as str(value) would


def format_value(value: Any, spec: str) -> str | None:
    """A date, time or number as the interface's locale writes it (None: Python's way)."""
    if isinstance(value, dt.datetime):
        return _moment(value, spec)
    if isinstance(value, dt.date):
        return long_date(value) if not spec or "%B" in spec else None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _number(value, spec)
    return None


def install() -> None:
    """From now on ``str(message)`` is in the interface's language and locale."""
    messages.install_translator(translate, format_value)

"""The window writes the core's dates and numbers as the chosen locale does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from surveyor.ui.core_messages import format_value, long_date


@pytest.fixture
def locale() -> Iterator[object]:
    before = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(before)


def test_serbian_dates_times_and_numbers(locale) -> None:
    locale(QLocale("sr_Latn_RS"))
    moment = dt.datetime(2026, 5, 16, 14, 5)
    assert format_value(moment, "%Y-%m-%d %H:%M") == "16. 5. 2026. 14:05"
    assert format_value(moment, "%H:%M") == "14:05"
    assert format_value(moment, "%Y-%m-%d") == "16. 5. 2026."
    assert format_value(dt.date(2026, 5, 6), "").startswith("6. maj")
    assert format_value(2.5, "g") == "2,5"
    assert format_value(20.461234567, "") == "20,461234567"  # no digit lost
    assert format_value(0.25, ".0%") == "25%"
    assert format_value(1234.5, ".1f") == "1.234,5"
    assert format_value(12345, ",") == "12.345"


def test_what_is_left_to_python(locale) -> None:
    locale(QLocale("sr_Latn_RS"))
    assert format_value(1234, "") is None  # camera 1234, not camera 1.234
    assert format_value(255, "#x") is None
    assert format_value(True, "") is None
    assert format_value("text", "") is None


def test_english_long_date_has_no_weekday(locale) -> None:
    locale(QLocale("en_GB"))
    assert long_date(dt.date(2026, 5, 16)) == "16 May 2026"

"""Dates, times and numbers follow the chosen language, not Python's C locale."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from surveyor.ui.locale_format import number, short_date, short_date_time, utc_date_time

MAY_16_2026_0805_UTC = 1_778_918_700.0


def test_english_as_the_session_speaks_it(qapp) -> None:
    assert short_date("2026-05-16T10:00:00") == "16/05/2026"
    assert utc_date_time(MAY_16_2026_0805_UTC) == "16/05/2026 08:05"
    assert utc_date_time(MAY_16_2026_0805_UTC + 7, seconds=True) == "16/05/2026 08:05:07"
    assert number(2.5, 1) == "2.5" and number(12345.4) == "12345"


def test_serbian_writes_its_own_dates_and_decimal_comma(speak) -> None:
    speak(QLocale("sr_Latn_RS"))
    day = short_date("2026-05-16")
    assert day.startswith("16.") and "/" not in day, day
    assert short_date_time("2026-05-16T10:00:00").endswith("10:00")
    assert utc_date_time(MAY_16_2026_0805_UTC + 7, seconds=True).endswith(" 08:05:07")
    assert number(-2.5, 1) == "-2,5"


def test_unreadable_dates_are_shown_as_they_are(qapp) -> None:
    assert short_date("sometime") == "sometime"
    assert short_date_time("") == ""

"""Dates, times and numbers written the way the chosen language writes them (QLocale's
default, set at start from the language in Settings)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTimeZone

SHORT = QLocale.FormatType.ShortFormat


def short_date_time(iso: str) -> str:
    """``2026-05-16T10:00:00`` as the interface's locale writes a date and time ("" if unset)."""
    if not iso:
        return ""
    moment = QDateTime.fromString(iso[:19], Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso[:16].replace("T", " ")
    return QLocale().toString(moment, SHORT)


def short_date(iso_day: str) -> str:
    """``2026-05-16`` (or the start of a longer ISO text) as the locale writes a date."""
    day = QDate.fromString(iso_day[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(day, SHORT) if day.isValid() else iso_day[:10]


def utc_moment(timestamp: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(round(timestamp * 1000), QTimeZone.utc())


def time_text(moment: QDateTime, seconds: bool = False) -> str:
    """The locale's short time ("10:05"), with seconds when they matter (clock corrections)."""
    pattern = QLocale().timeFormat(SHORT)
    if seconds and "ss" not in pattern:
        pattern = pattern.replace("mm", "mm:ss", 1)
    return QLocale().toString(moment.time(), pattern)


def utc_date_time(timestamp: float, seconds: bool = False) -> str:
    """A POSIX time as the locale writes its date and time, in UTC (the caller says so)."""
    moment = utc_moment(timestamp)
    return f"{QLocale().toString(moment.date(), SHORT)} {time_text(moment, seconds)}"


def number(value: float, decimals: int = 0) -> str:
    """``value`` with the locale's decimal mark ("2,5" in Serbian), no thousands separator."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def percent(fraction: float) -> str:
    """``0.5`` as a percentage, with the locale's digits and percent sign."""
    return QLocale().toString(round(fraction * 100)) + QLocale().percent()


def words_after_count(counted: str, n: int) -> str:
    """``" volontera"`` from ``"5 volontera"``: a spin box's suffix in the plural form its value
    takes (``counted`` is a ``%n`` message translated for ``n``)."""
    return counted.replace(str(n), "", 1)

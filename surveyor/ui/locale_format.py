"""Dates written the way the chosen language writes them (QLocale's default, set at start)."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt


def short_date_time(iso: str) -> str:
    """``2026-05-16T10:00:00`` as the interface's locale writes a date and time ("" if unset)."""
    if not iso:
        return ""
    moment = QDateTime.fromString(iso[:19], Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso[:16].replace("T", " ")
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)

"""Help ▸ User guide: the offline HTML guide under ``resources/guide/<language>/``.

It opens in the system's browser from a local file, so it needs no network and no QtWebEngine.
The guide is in English for now; other languages get their own folder and are chosen by the
interface language, falling back to English.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QDesktopServices

from surveyor.core.resources import resource

# A seam for tests: what opens the page.
open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl


def guide_page(language: str | None = None) -> Path:
    """The guide's index.html in ``language`` (the interface's by default), else English."""
    language = language or QLocale().name().split("_")[0]
    for folder in (language, "en"):
        page = resource("guide", folder, "index.html")
        if page.is_file():
            return page
    return resource("guide", "en", "index.html")


def open_user_guide() -> str | None:
    """Open the guide; a sentence for the volunteer when it cannot be opened, else None."""
    page = guide_page()
    if not page.is_file():
        return QCoreApplication.translate(
            "MainWindow", "The user guide is missing from this installation ({path})."
        ).format(path=page)
    if not open_url(QUrl.fromLocalFile(str(page))):
        return QCoreApplication.translate(
            "MainWindow", "No program opened the user guide; it is the file {path}."
        ).format(path=page)
    return None

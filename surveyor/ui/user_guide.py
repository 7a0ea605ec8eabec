"""Help ▸ User guide: the offline HTML guide under ``resources/guide/<language>/``.

It opens in the system's browser from a local file, so it needs no network and no QtWebEngine.
Each language has its own folder, named like the interface's languages (``en``, ``sr_Latn``,
``sr_Cyrl``): Serbian is chosen by its script, not just by "sr", and a language without a guide
gets the English one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QDesktopServices

from surveyor.core.resources import resource

# A seam for tests: what opens the page.
open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl


def guide_folders(locale: QLocale) -> list[str]:
    """The guide folders to try for ``locale``, best first: ``sr_Latn``, ``sr``, ``en``."""
    language = QLocale.languageToCode(locale.language())
    script = QLocale.scriptToCode(locale.script())  # plain "sr" resolves to Cyrl, as in Qt
    return [f"{language}_{script}", language, "en"] if script else [language, "en"]


def guide_page(locale: QLocale | None = None) -> Path:
    """The guide's index.html in the language of ``locale`` (the interface's), else English."""
    for folder in guide_folders(locale or QLocale()):
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

"""The map's web page object: keeps what the page writes to its console.

A script error, or anything the page's Content-Security-Policy refused, must not go
unnoticed: errors go to the log, and tests read ``console``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

log = logging.getLogger(__name__)


class ConsolePage(QWebEnginePage):
    """A page on the map profile whose console messages are kept and logged as ``name``."""

    def __init__(
        self, profile: QWebEngineProfile, name: str, parent: QObject | None = None
    ) -> None:
        super().__init__(profile, parent)
        self.name = name
        self.console: list[str] = []

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        text = f"{source}:{line}: {message}"
        self.console.append(text)
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            log.error("%s: %s", self.name, text)
        else:
            log.debug("%s: %s", self.name, text)

"""Blocks every request the map page makes to anything but local schemes, and records it.

The map must work with no network at all; a request to the internet would also tell a tile
server where a volunteer is looking. Tests assert that ``blocked`` stays empty.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

from surveyor.core.map.urls import SCHEME

log = logging.getLogger(__name__)

LOCAL_SCHEMES = frozenset({SCHEME, "qrc", "data", "blob", "about"})


class LocalOnlyInterceptor(QWebEngineUrlRequestInterceptor):
    """Lets ``surveyor:``/``qrc:``/``data:`` through; blocks and remembers all else."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme() in LOCAL_SCHEMES:
            return
        info.block(True)
        self.blocked.append(url.toString())
        log.warning("map page tried to load %s: blocked", url.toString())

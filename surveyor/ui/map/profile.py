"""One browser profile for every map view: the scheme handler and the request blocker.

Chromium profiles are costly, and the basemap list is shared by all workspaces anyway, so the
map keeps a single off-the-record profile (nothing written to disk: no cache of what a
volunteer looked at) owned by the application object.
"""

from __future__ import annotations

import atexit
import weakref
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

from surveyor.ui.map.interceptor import LocalOnlyInterceptor
from surveyor.ui.map.online import OnlineTiles
from surveyor.ui.map.scheme import SCHEME_BYTES, MapSchemeHandler


@dataclass
class MapProfile:
    profile: QWebEngineProfile
    handler: MapSchemeHandler
    interceptor: LocalOnlyInterceptor
    online: OnlineTiles


_shared: MapProfile | None = None
_pages: weakref.WeakSet[QWebEnginePage] = weakref.WeakSet()


def register_page(page: QWebEnginePage) -> None:
    """Remember a page on the shared profile so that shutdown can delete it first."""
    _pages.add(page)


def _release() -> None:
    """Delete every map page, then the profile: the other order crashes Chromium at exit."""
    global _shared
    for page in list(_pages):
        if shiboken6.isValid(page):
            shiboken6.delete(page)
    if _shared is not None and shiboken6.isValid(_shared.profile):
        shiboken6.delete(_shared.profile)
    _shared = None


def map_profile() -> MapProfile:
    """The map's profile, created on first use (after the QApplication exists)."""
    global _shared
    if _shared is None:
        app = QCoreApplication.instance()
        profile = QWebEngineProfile(app)  # no storage name: off the record
        atexit.register(_release)
        if app is not None:
            app.aboutToQuit.connect(_release)
        handler = MapSchemeHandler(profile)
        profile.installUrlSchemeHandler(SCHEME_BYTES, handler)
        interceptor = LocalOnlyInterceptor(profile)
        profile.setUrlRequestInterceptor(interceptor)
        online = OnlineTiles(profile)
        handler.online_fetcher = online
        _shared = MapProfile(profile, handler, interceptor, online)
    return _shared

"""The optional online layer: tiles fetched by Python, one at a time as the map shows them,
and kept in a local MBTiles cache so the same area works offline later.

The page itself never touches the network (it asks ``surveyor://online/z/x/y``); this object
answers from the cache, or fetches the one tile from the user's tile URL when the online layer
is switched on. No bulk prefetch, at most two downloads at once (OpenStreetMap's tile policy).
"""

from __future__ import annotations

import hashlib
import logging
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob
from shiboken6 import isValid

from surveyor import __version__ as VERSION
from surveyor.core.map.mbtiles import TileCache, image_mime
from surveyor.core.workspace import config_dir
from surveyor.ui.map.scheme import reply

log = logging.getLogger(__name__)

MAX_PARALLEL = 2
USER_AGENT = f"Surveyor/{VERSION} (offline camera mapping; fetches only tiles on screen)"


def cache_path_for(url_template: str) -> Path:
    """One cache file per tile source, so tiles of two styles never mix."""
    digest = hashlib.sha256(url_template.encode()).hexdigest()[:12]
    return config_dir() / "tile-cache" / f"online-{digest}.mbtiles"


def tile_url(template: str, z: int, x: int, y: int) -> str:
    return (
        template.replace("{z}", str(z))
        .replace("{x}", str(x))
        .replace("{y}", str(y))
        .replace("{s}", "abc"[(x + y) % 3])
    )


class OnlineTiles(QObject):
    """Called by the scheme handler for ``surveyor://online/z/x/y``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.network = QNetworkAccessManager(self)
        self.enabled = False
        self.template = ""
        self.cache: TileCache | None = None
        self.downloaded = 0
        self.served_from_cache = 0
        self._queue: deque[tuple[int, int, int, QWebEngineUrlRequestJob]] = deque()
        self._active = 0

    def configure(self, enabled: bool, template: str) -> None:
        """Switch the network on or off; the cache of ``template`` stays readable either way."""
        if template != self.template and self.cache is not None:
            self.cache.close()
            self.cache = None
        self.template = template
        self.enabled = enabled and bool(template)
        if template and self.cache is None:
            self.cache = TileCache(cache_path_for(template), source_url=template)

    def has_cached_tiles(self) -> bool:
        return self.cache is not None and self.cache.count() > 0

    def __call__(self, z: int, x: int, y: int, job: QWebEngineUrlRequestJob) -> None:
        data = self.cache.get(z, x, y) if self.cache else None
        if data is not None:
            self.served_from_cache += 1
            reply(job, image_mime(data), data)
        elif not self.enabled:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
        else:
            self._queue.append((z, x, y, job))
            self._pump()

    def _pump(self) -> None:
        while self._active < MAX_PARALLEL and self._queue:
            z, x, y, job = self._queue.popleft()
            if not isValid(job):  # the page scrolled away and dropped the request
                continue
            request = QNetworkRequest(QUrl(tile_url(self.template, z, x, y)))
            request.setHeader(QNetworkRequest.KnownHeaders.UserAgentHeader, USER_AGENT)
            self._active += 1
            net_reply = self.network.get(request)
            net_reply.finished.connect(lambda r=net_reply, a=(z, x, y, job): self._finished(r, *a))

    def _finished(
        self, net_reply: QNetworkReply, z: int, x: int, y: int, job: QWebEngineUrlRequestJob
    ) -> None:
        self._active -= 1
        status = net_reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        data = bytes(net_reply.readAll().data())
        ok = net_reply.error() == QNetworkReply.NetworkError.NoError and status == 200
        net_reply.deleteLater()
        if ok and data and self.cache is not None:
            self.cache.put(z, x, y, data)
            self.downloaded += 1
        elif not ok:
            log.info("online tile %s/%s/%s not fetched: %s", z, x, y, net_reply.errorString())
        if isValid(job):
            if ok and data:
                reply(job, image_mime(data), data)
            else:
                job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
        self._pump()

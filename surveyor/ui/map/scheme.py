"""The ``surveyor:`` URL scheme: the map page, its vendored assets and basemap tiles.

``surveyor://app/web/...`` serves the files under ``resources/web`` (the two map pages,
``map.html`` and ``review_map.html``, each carrying its Content-Security-Policy in a <meta>);
``surveyor://app/data/<name>.json`` the JSON documents the map page is told to load;
``surveyor://tiles/<basemap id>/{z}/{x}/{y}`` serves basemap tiles from
MBTiles or PMTiles files (vector tiles unzipped: the page's renderer reads plain protobuf);
``surveyor://online/{z}/{x}/{y}`` serves the optional online layer through its local cache.

The scheme must be registered before the QApplication exists, so it happens when this module
is imported: ``surveyor.ui.app`` and ``tests/conftest.py`` import it first thing.
"""

from __future__ import annotations

import logging
import mimetypes
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QObject
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from surveyor.core.map.tilesets import (
    BasemapError,
    TileReader,
    TilesetInfo,
    open_tileset,
    served_tile,
)
from surveyor.core.map.urls import SCHEME
from surveyor.core.resources import resource

if TYPE_CHECKING:  # this module loads before the app starts: keep its imports light
    from surveyor.core.map.basemaps import Basemap

log = logging.getLogger(__name__)

SCHEME_BYTES = SCHEME.encode()
QWEBCHANNEL_JS = ":/qtwebchannel/qwebchannel.js"


def register_scheme() -> None:
    """Declare ``surveyor:`` to Chromium; harmless when called twice."""
    if QWebEngineUrlScheme.schemeByName(SCHEME_BYTES).name() == SCHEME_BYTES:
        return
    scheme = QWebEngineUrlScheme(SCHEME_BYTES)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    # Secure (a secure context for the page), CORS and fetch() for the JSON documents; no
    # LocalAccessAllowed: the page has no business reading file: URLs.
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.CorsEnabled
        | QWebEngineUrlScheme.Flag.FetchApiAllowed
    )
    QWebEngineUrlScheme.registerScheme(scheme)


register_scheme()

OnlineFetcher = Callable[[int, int, int, QWebEngineUrlRequestJob], None]


class MapSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers every ``surveyor:`` request from memory, the resources folder or basemaps."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._readers: dict[str, TileReader] = {}
        self.web_root = resource("web").resolve()
        self.tiles_served = 0
        self.online_fetcher: OnlineFetcher | None = None
        # JSON documents the page fetches (too big for runJavaScript at 20,000 cameras).
        self.documents: dict[str, bytes] = {}

    # Basemaps ---------------------------------------------------------------------------------
    def set_basemaps(self, entries: dict[str, str]) -> list[tuple[str, str]]:
        """Open ``{id: path}``; return (path, reason) for files that could not be opened."""
        errors: list[tuple[str, str]] = []
        for basemap_id in list(self._readers):
            if basemap_id not in entries:
                self._readers.pop(basemap_id).close()
        for basemap_id, path in entries.items():
            if basemap_id in self._readers:
                continue
            try:
                self._readers[basemap_id] = open_tileset(path)
            except BasemapError as exc:
                errors.append((path, str(exc)))
        return errors

    def reader(self, basemap_id: str) -> TileReader | None:
        return self._readers.get(basemap_id)

    def open_basemaps(
        self, basemaps: Sequence[Basemap]
    ) -> tuple[list[tuple[str, TilesetInfo]], list[tuple[str, str]]]:
        """Serve these basemaps, in order: (id, info) of those that opened, and the
        (path, reason) of those that could not be opened."""
        errors = self.set_basemaps({b.id: b.path for b in basemaps})
        opened = [
            (b.id, reader.info) for b in basemaps if (reader := self.reader(b.id)) is not None
        ]
        return opened, errors

    # Requests ---------------------------------------------------------------------------------
    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        host, parts = url.host(), [p for p in url.path().split("/") if p]
        try:
            if host == "app":
                self._serve_app(job, parts)
            elif host == "tiles" and len(parts) == 4:
                self._serve_tile(job, parts[0], *(int(p) for p in parts[1:]))
            elif host == "online" and len(parts) == 4 and self.online_fetcher is not None:
                z, x, y = (int(p) for p in parts[1:])
                self.online_fetcher(z, x, y, job)
            else:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
        except ValueError:
            job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)

    def _serve_app(self, job: QWebEngineUrlRequestJob, parts: list[str]) -> None:
        if len(parts) == 2 and parts[0] == "data" and parts[1] in self.documents:
            reply(job, "application/json", self.documents[parts[1]])
        elif parts == ["web", "qwebchannel.js"]:
            qfile = QFile(QWEBCHANNEL_JS)
            if not qfile.open(QIODevice.OpenModeFlag.ReadOnly):
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
                return
            reply(job, "text/javascript", bytes(qfile.readAll().data()))
        elif parts and parts[0] == "web":
            path = self.web_root.joinpath(*parts[1:]).resolve()
            # Only files inside resources/web: ".." in a URL must not read the disk.
            if not path.is_relative_to(self.web_root) or not path.is_file():
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
                return
            reply(job, _mime(path), path.read_bytes())
        else:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)

    def _serve_tile(
        self, job: QWebEngineUrlRequestJob, basemap_id: str, z: int, x: int, y: int
    ) -> None:
        reader = self._readers.get(basemap_id)
        data = served_tile(reader, z, x, y) if reader else None
        if reader is None or (data is None and reader.info.kind == "raster"):
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        # A vector tile the file lacks (outside the extract) is an empty tile, not an error
        # for the renderer to report.
        self.tiles_served += 1
        reply(job, reader.info.mime_type, data or b"")


def _mime(path: Path) -> str:
    if path.suffix == ".js":
        return "text/javascript"
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def reply(job: QWebEngineUrlRequestJob, mime: str, data: bytes) -> None:
    """Answer a job from memory; the buffer lives as long as the job."""
    buffer = QBuffer(parent=job)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    job.reply(mime.encode(), buffer)

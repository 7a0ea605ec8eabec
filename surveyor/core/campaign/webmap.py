"""Publish the campaign as a static web map: a folder any static host (or a file browser) opens.

The site holds index.html, the vendored Leaflet and markercluster with their licences, the
page's own script and style, the data as a script (``data/cameras.js``) and as downloads
(GeoJSON and CSV, by the same writers as ``surveyor export``), the published photos and
``published.json``: what went out and when. Nothing on the page asks another origin for
anything unless the coordinator adds an online tile layer, which is then declared in the
page's Content-Security-Policy and drawn only when a reader switches it on.

The site is built in a temporary folder beside ``out`` and renamed into place, so a failed
publication leaves the previous one as it was.
"""

from __future__ import annotations

import hashlib
import html
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from surveyor.core.campaign.exports import export_cameras
from surveyor.core.campaign.publication import (
    MAKE_CLASSES,
    TYPE_CLASSES,
    Publication,
    counts_by,
)
from surveyor.core.campaign.webmap_basemap import cut_basemap
from surveyor.core.campaign.webmap_data import data_document, data_script, write_photos
from surveyor.core.campaign.webmap_page import build_page
from surveyor.core.map.tileset_info import BasemapError
from surveyor.core.messages import Message
from surveyor.core.resources import resource
from surveyor.core.workspace import Workspace

MARKER = "published.json"
VENDORED = ("leaflet", "markercluster")
SITE_FILES = ("strings.js", "site.js", "site.css")


class WebmapError(Exception):
    """The site cannot be written where asked (the message names the folder and why)."""


@dataclass(frozen=True)
class OnlineTiles:
    """An online tile layer a reader may switch on (off by default)."""

    url: str  # https://{s}.tile.example.org/{z}/{x}/{y}.png
    attribution: str

    def origin(self) -> str:
        parts = urlsplit(self.url.replace("{s}", "a"))
        if parts.scheme != "https" or not parts.hostname:
            raise WebmapError(
                Message("{url}: an online tile layer needs an https:// address", url=self.url)
            )
        host = parts.netloc.replace("a.", "*.", 1) if "{s}" in self.url else parts.netloc
        return f"https://{host}"


@dataclass(frozen=True)
class WebmapOptions:
    title: str = "Surveillance cameras"
    photos: bool = True
    online_tiles: OnlineTiles | None = None
    basemap: Path | None = None  # the campaign's vector basemap (PMTiles or vector MBTiles)


@dataclass(frozen=True)
class WebmapResult:
    folder: Path
    cameras: int
    photos: int
    bytes: int
    in_review: int
    too_few_volunteers: int
    basemap_tiles: int = 0


def check_target(out: Path) -> None:
    """Refuse a file, a missing parent, or a non-empty folder that is not an earlier site."""
    if out.exists() and not out.is_dir():
        raise WebmapError(Message("{out}: is a file; give a folder for the site", out=out))
    if not out.parent.is_dir():
        raise WebmapError(Message("{parent}: no such folder", parent=out.parent))
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise WebmapError(
            Message(
                "{out}: the folder holds other files; give an empty folder or an earlier web map",
                out=out,
            )
        )


def publish_webmap(
    ws: Workspace,
    publication: Publication,
    out: Path,
    options: WebmapOptions | None = None,
    progress: Callable[[str], None] | None = None,
) -> WebmapResult:
    options = options or WebmapOptions()
    check_target(out)
    tiles_origin = options.online_tiles.origin() if options.online_tiles else ""
    work = out.with_name(f".{out.name}.part")
    shutil.rmtree(work, ignore_errors=True)
    try:
        work.mkdir()
        photos, tiles = _write_site(ws, publication, work, options, tiles_origin, progress)
        _replace(work, out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return WebmapResult(
        out,
        len(publication.cameras),
        photos,
        size,
        publication.in_review,
        publication.too_few_volunteers,
        tiles,
    )


def _write_site(
    ws: Workspace,
    publication: Publication,
    work: Path,
    options: WebmapOptions,
    tiles_origin: str,
    progress: Callable[[str], None] | None,
) -> tuple[int, int]:
    say = progress or (lambda _text: None)
    cameras = publication.cameras
    published = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    web = resource("web")
    vendor = work / "vendor"
    for name in VENDORED:
        shutil.copytree(web / name, vendor / name)
    for name in SITE_FILES:
        shutil.copy2(web / "webmap" / name, work / name)
    photos: dict[str, str] = {}
    if options.photos:
        say(f"photos of {len(cameras)} cameras")
        photos = write_photos(ws, cameras, work / "photos")
    say("data")
    data = work / "data"
    data.mkdir()
    document = data_document(cameras, photos, published)
    (data / "cameras.js").write_text(data_script(document), encoding="utf-8")
    export_cameras(cameras, "geojson", data / "cameras.geojson")
    export_cameras(cameras, "csv", data / "cameras.csv")
    extra_js: list[str] = []
    basemap_config = None
    tiles = 0
    if options.basemap is not None:
        say("basemap")
        try:
            cut = cut_basemap(
                options.basemap, [(c.lat, c.lon) for c in cameras], work / "basemap", say
            )
        except BasemapError as exc:
            raise WebmapError(str(exc)) from exc
        shutil.copytree(web / "protomaps-leaflet", vendor / "protomaps-leaflet")
        shutil.copy2(web / "vector_basemap.js", work / "vector_basemap.js")
        extra_js = [
            "vendor/protomaps-leaflet/protomaps-leaflet.js",
            "vector_basemap.js",
            "basemap/index.js",
        ]
        basemap_config = cut.config
        tiles = cut.tiles
    say("page")
    lats = [c.lat for c in cameras]
    lons = [c.lon for c in cameras]
    bounds = [[min(lats), min(lons)], [max(lats), max(lons)]] if cameras else None
    config = {
        "title": options.title,
        "downloads": {"geojson": "data/cameras.geojson", "csv": "data/cameras.csv"},
        "online_tiles": (
            {
                "url": options.online_tiles.url,
                # Leaflet shows attributions as HTML: the coordinator's text stays text
                "attribution": html.escape(options.online_tiles.attribution, quote=False),
            }
            if options.online_tiles
            else None
        ),
        "basemap": basemap_config,
    }
    page = build_page(options.title, bounds, config, extra_js=extra_js, tiles_origin=tiles_origin)
    (work / "index.html").write_text(page.html, encoding="utf-8")
    (work / "map.js").write_text(page.map_js, encoding="utf-8")
    (work / "map.css").write_text(page.map_css, encoding="utf-8")
    record = {
        "generator": "Surveyor",
        "published": published,
        "title": options.title,
        "cameras": len(cameras),
        "by_make": counts_by(cameras, MAKE_CLASSES, "make"),
        "by_type": counts_by(cameras, TYPE_CLASSES, "type"),
        "photos": len(photos),
        "held_back": {
            "in_review": publication.in_review,
            "too_few_volunteers": publication.too_few_volunteers,
        },
        "online_tiles": options.online_tiles.url if options.online_tiles else None,
        "basemap": {"file": options.basemap.name, "tiles": tiles} if options.basemap else None,
        "published_cameras": [{"camera": c.uuid, "photo": photos.get(c.uuid, "")} for c in cameras],
        "files": _file_hashes(work),
    }
    text = json.dumps(record, ensure_ascii=False, indent=1) + "\n"
    (work / MARKER).write_text(text, encoding="utf-8")
    return len(photos), tiles


def _file_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every file in the site, so a copy on a host can be checked against it."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _replace(work: Path, out: Path) -> None:
    """Put the new site in place of ``out``; the old one is removed only once this one is in."""
    old = out.with_name(f".{out.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        out.rename(old)
    work.rename(out)
    shutil.rmtree(old, ignore_errors=True)

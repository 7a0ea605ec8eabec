"""The data pushed into the map page (as JSON), with no Qt.

The page itself is a static file (``resources/web/map.html`` and its scripts, served under a
strict Content-Security-Policy): it holds no catalogue data and receives everything through
the web channel, so updates never reload it.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from surveyor.core import geometry
from surveyor.core.camera_records import suggested_position
from surveyor.core.map import edits as map_edits
from surveyor.core.map.known_cameras import KnownCamera
from surveyor.core.map.tileset_info import OPENMAPTILES, PROTOMAPS, TilesetInfo
from surveyor.core.map.urls import DATA_URL, ONLINE_TILE_URL, PAGE_URL, SCHEME, TILE_URL
from surveyor.store.models import Camera, CameraPhoto, Photo, db_proxy

__all__ = ["DATA_URL", "ONLINE_TILE_URL", "PAGE_URL", "SCHEME", "TILE_URL"]  # re-exported

DUPLICATE_M = 15.0
FAR_FROM_PHOTOS_M = 200.0
NOTE_PREVIEW_CHARS = 300  # popups show the start of long notes; the workbench shows all


@dataclass(frozen=True)
class MapWarning:
    """A problem the panel lists: ``kind`` is "duplicate" or "far"."""

    kind: str
    camera_id: int
    other_id: int | None
    distance_m: float


def camera_state(confirmed: bool, needs_review: bool) -> str:
    if needs_review:
        return "review"
    return "confirmed" if confirmed else "unconfirmed"


def _raw(query: Any) -> list[tuple[Any, ...]]:
    """Plain sqlite rows: peewee's per-value conversion costs ~1 s at 20,000 cameras."""
    sql, params = query.sql()
    return list(db_proxy.execute_sql(sql, params).fetchall())


# Rows travel as lists (half the JSON of dicts at 20,000 cameras); the page zips them with
# these field names. Indices below are used by the Python side.
PHOTO_FIELDS = ("id", "lat", "lon", "acc", "bearing", "name")
CAMERA_FIELDS = (
    "id", "lat", "lon", "state", "stype", "ctype", "dir", "make", "unknown", "model", "notes",
    "photos", "suggested", "warn",
)  # fmt: skip
C_ID, C_LAT, C_LON, C_STATE = 0, 1, 2, 3
C_PHOTOS, C_SUGGESTED, C_WARN = 11, 12, 13


def as_dicts(fields: tuple[str, ...], rows: list[list[Any]]) -> list[dict[str, Any]]:
    """Rows as dicts keyed by field name (for tests and the occasional lookup)."""
    return [dict(zip(fields, row, strict=True)) for row in rows]


def photo_rows() -> list[list[Any]]:
    """Photos with a position, as the page draws them (``PHOTO_FIELDS``)."""
    query = Photo.select(
        Photo.id,
        Photo.latitude,
        Photo.longitude,
        Photo.accuracy_m,
        Photo.bearing,
        Photo.original_name,
    ).where(Photo.latitude.is_null(False), Photo.longitude.is_null(False))
    return [
        [pid, round(lat, 7), round(lon, 7), acc, bearing, name]
        for pid, lat, lon, acc, bearing, name in _raw(query)
        if geometry.valid_position(lat, lon)
    ]


def _links() -> dict[int, list[int]]:
    by_camera: dict[int, list[int]] = defaultdict(list)
    for camera_id, photo_id in _raw(CameraPhoto.select(CameraPhoto.camera, CameraPhoto.photo)):
        by_camera[camera_id].append(photo_id)
    return by_camera


def camera_rows(projection_m: float, placed_photos: set[int]) -> list[list[Any]]:
    """Every camera (``CAMERA_FIELDS``): state, photos with a position, and a suggested
    position when it has none. ``warn`` is filled in by ``map_data``."""
    links = _links()
    query = Camera.select(
        Camera.id,
        Camera.latitude,
        Camera.longitude,
        Camera.confirmed,
        Camera.needs_review,
        Camera.surveillance_type,
        Camera.camera_type,
        Camera.direction,
        Camera.manufacturer,
        Camera.make_unknown,
        Camera.model,
        Camera.notes,
    )
    rows: list[list[Any]] = []
    no_links: list[int] = []
    for cid, lat, lon, confirmed, review, stype, ctype, direction, make, unknown, model, notes in _raw(query):  # fmt: skip  # noqa: E501
        photo_ids = links.get(cid, no_links)
        suggested = None
        if lat is None or lon is None:
            suggested = _suggestion(photo_ids, projection_m)
        else:
            lat, lon = round(lat, 7), round(lon, 7)
        rows.append(
            [
                cid,
                lat,
                lon,
                camera_state(bool(confirmed), bool(review)),
                stype,
                ctype,
                None if direction is None else round(direction, 1),
                make,
                bool(unknown),
                model,
                (notes or "")[:NOTE_PREVIEW_CHARS],
                [p for p in photo_ids if p in placed_photos],
                suggested,
                [],
            ]
        )
    return rows


def _suggestion(photo_ids: list[int], projection_m: float) -> list[float] | None:
    if not photo_ids:
        return None
    for photo in Photo.select().where(Photo.id.in_(photo_ids)).order_by(Photo.id):
        guess = suggested_position(photo, projection_m)
        if guess is not None:
            return [round(guess.latitude, 7), round(guess.longitude, 7)]
    return None


def find_warnings(cameras: list[list[Any]], photos: list[list[Any]]) -> list[MapWarning]:
    """Possible duplicates (within 15 m of another camera) and cameras far from their photos."""
    warnings: list[MapWarning] = []
    placed = [c for c in cameras if c[C_LAT] is not None and c[C_LON] is not None]
    if not placed:
        return warnings
    # Grid cells at least 15 m wide everywhere in the data (longitude degrees shrink towards
    # the poles): only a cell and its neighbours can hold a camera within 15 m.
    cell_lat = math.degrees(DUPLICATE_M / geometry.EARTH_RADIUS_M)
    widest = min(89.0, max(abs(c[C_LAT]) for c in placed))
    cell_lon = cell_lat / math.cos(math.radians(widest))
    grid: dict[tuple[int, int], list[list[Any]]] = defaultdict(list)
    for cam in placed:
        grid[(int(cam[C_LAT] // cell_lat), int(cam[C_LON] // cell_lon))].append(cam)
    distance = geometry.distance_m
    for (gy, gx), bucket in grid.items():
        # Each pair once: this cell with itself, then four of its eight neighbours.
        neighbours = [bucket]
        for key in ((gy, gx + 1), (gy + 1, gx - 1), (gy + 1, gx), (gy + 1, gx + 1)):
            other_bucket = grid.get(key)
            if other_bucket:
                neighbours.append(other_bucket)
        for i, cam in enumerate(bucket):
            for n, other_bucket in enumerate(neighbours):
                for other in other_bucket[i + 1 :] if n == 0 else other_bucket:
                    d = distance(cam[C_LAT], cam[C_LON], other[C_LAT], other[C_LON])
                    if d <= DUPLICATE_M:
                        a, b = sorted((cam[C_ID], other[C_ID]))
                        warnings.append(MapWarning("duplicate", a, b, d))
    where = {p[0]: (p[1], p[2]) for p in photos}
    for cam in placed:
        lat, lon = cam[C_LAT], cam[C_LON]
        nearest = math.inf
        for photo_id in cam[C_PHOTOS]:
            spot = where.get(photo_id)
            if spot is not None:
                nearest = min(nearest, distance(lat, lon, spot[0], spot[1]))
        if FAR_FROM_PHOTOS_M < nearest < math.inf:
            warnings.append(MapWarning("far", cam[C_ID], None, nearest))
    warnings.sort(key=lambda w: (w.camera_id, w.kind, w.other_id or 0))
    return warnings


def map_data(projection_m: float) -> dict[str, Any]:
    """Everything the page draws from the catalogue, ready for ``json.dumps``."""
    photos = photo_rows()
    cameras = camera_rows(projection_m, {p[0] for p in photos})
    answered = map_edits.dismissed_warnings()
    warnings = [
        w
        for w in find_warnings(cameras, photos)
        if (w.kind, w.camera_id, w.other_id) not in answered
    ]
    flagged: dict[int, set[str]] = defaultdict(set)
    for w in warnings:
        flagged[w.camera_id].add(w.kind)
        if w.other_id is not None:
            flagged[w.other_id].add(w.kind)
    for cam in cameras:
        kinds = flagged.get(cam[C_ID])
        if kinds:
            cam[C_WARN] = sorted(kinds)
    return {
        "photoFields": PHOTO_FIELDS,
        "photos": photos,
        "cameraFields": CAMERA_FIELDS,
        "cameras": cameras,
        "warnings": [
            {"kind": w.kind, "camera": w.camera_id, "other": w.other_id, "m": round(w.distance_m)}
            for w in warnings
        ],
    }


def encode_json(value: Any) -> str:
    """Compact JSON; ``ensure_ascii`` keeps U+2028/2029 and any odd character out of scripts."""
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"), check_circular=False)


def encode_document(data: dict[str, Any], chunk_rows: int = 500) -> bytes:
    """``data`` as ``encode_json`` would write it, long row lists a few hundred rows at a time.

    One ``json.dumps`` call holds the GIL until it returns: on a worker thread, the 20,000-camera
    document in one call would freeze the UI thread for its whole length.
    """
    parts: list[str] = []
    for key, value in data.items():
        if isinstance(value, list) and len(value) > chunk_rows:
            chunks = (
                encode_json(value[start : start + chunk_rows])[1:-1]
                for start in range(0, len(value), chunk_rows)
            )
            parts.append(encode_json(key) + ":[" + ",".join(chunks) + "]")
        else:
            parts.append(encode_json(key) + ":" + encode_json(value))
    return ("{" + ",".join(parts) + "}").encode("ascii")


# Both vector schemas are built from OpenStreetMap data; a file that does not say so still owes
# OpenStreetMap its credit on every map shown or printed.
OSM_CREDIT = "© OpenStreetMap contributors"


def attribution(info: TilesetInfo) -> str:
    """The credit line a basemap asks for (as plain text, never HTML the page would run)."""
    if info.attribution:
        return info.attribution
    return OSM_CREDIT if info.schema in (OPENMAPTILES, PROTOMAPS) else ""


def basemap_layers(entries: list[tuple[str, TilesetInfo]]) -> list[dict[str, Any]]:
    """Tile layers for the page, bottom first, with bounds and zoom from each file."""
    return [
        {
            "id": basemap_id,
            "url": TILE_URL.replace("{id}", basemap_id),
            "name": info.name,
            "kind": info.kind,
            "schema": info.schema,
            "bounds": [[info.bounds[1], info.bounds[0]], [info.bounds[3], info.bounds[2]]],
            "minZoom": info.minzoom,
            "maxNativeZoom": info.maxzoom,
            "attribution": attribution(info),
        }
        for basemap_id, info in entries
    ]


def known_camera_rows(known: list[KnownCamera]) -> list[dict[str, Any]]:
    return [
        {
            "lat": round(k.lat, 7),
            "lon": round(k.lon, 7),
            "dirs": list(k.directions),
            "ctype": k.camera_type,
            "label": k.label,
            "ref": k.ref,
        }
        for k in known
    ]

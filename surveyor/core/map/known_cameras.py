"""The "known cameras" layer: cameras someone already mapped, read from GeoJSON or OSM XML.

A coordinator publishes a set (GeoJSON) or a volunteer has an OpenStreetMap extract (``.osm``);
the map shows them in grey so nobody maps the same camera twice. Read-only: nothing here ever
enters the catalogue.
"""

from __future__ import annotations

import json
import math
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from surveyor.core.messages import Message

CARDINALS = {
    "N": 0.0, "NNE": 22.5, "NE": 45.0, "ENE": 67.5, "E": 90.0, "ESE": 112.5, "SE": 135.0,
    "SSE": 157.5, "S": 180.0, "SSW": 202.5, "SW": 225.0, "WSW": 247.5, "W": 270.0,
    "WNW": 292.5, "NW": 315.0, "NNW": 337.5,
}  # fmt: skip


class KnownCamerasError(ValueError):
    """A file that cannot be read as known cameras; the message names the file and the reason."""


@dataclass(frozen=True)
class KnownCamera:
    """One already-mapped camera: where it is, where it looks, and a short label."""

    lat: float
    lon: float
    directions: tuple[float, ...]
    camera_type: str | None
    label: str
    ref: str  # e.g. "node/123" for OSM data, the feature id for GeoJSON


def parse_directions(raw: object) -> tuple[float, ...]:
    """``camera:direction`` values: ``90``, ``90;180`` (two cameras' worth) or ``NE``."""
    if raw is None:
        return ()
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return (float(raw) % 360,) if math.isfinite(raw) else ()
    result: list[float] = []
    for part in str(raw).split(";"):
        part = part.strip()
        if not part:
            continue
        if part.upper() in CARDINALS:
            result.append(CARDINALS[part.upper()])
            continue
        try:
            value = float(part)
        except ValueError:
            continue  # ranges like "45-135" and free text: no cone rather than a wrong one
        if math.isfinite(value):
            result.append(value % 360)
    return tuple(result)


def _from_tags(lat: float, lon: float, tags: Mapping[str, Any], ref: str) -> KnownCamera:
    raw_direction = tags.get("camera:direction", tags.get("direction"))
    parts = [str(tags[k]) for k in ("manufacturer", "model", "operator") if tags.get(k)]
    return KnownCamera(
        lat=lat,
        lon=lon,
        directions=parse_directions(raw_direction),
        camera_type=str(tags["camera:type"]) if tags.get("camera:type") else None,
        label=" · ".join(parts),
        ref=ref,
    )


def _valid(lat: float, lon: float) -> bool:
    return math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180


def load_geojson(path: Path) -> list[KnownCamera]:
    """Point features of a FeatureCollection; tags in ``properties`` (or ``properties.tags``)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KnownCamerasError(
            Message("{path}: not readable as GeoJSON ({exc})", path=path, exc=exc)
        ) from exc
    if not isinstance(data, dict) or data.get("type") not in {"FeatureCollection", "Feature"}:
        raise KnownCamerasError(Message("{path}: not a GeoJSON FeatureCollection", path=path))
    features = data.get("features", []) if data["type"] == "FeatureCollection" else [data]
    cameras: list[KnownCamera] = []
    for index, feature in enumerate(features):
        if not isinstance(feature, dict):
            continue
        geometry = feature.get("geometry") or {}
        if geometry.get("type") != "Point":
            continue  # a camera is a point; lines and areas are not cameras
        try:
            lon, lat = (float(c) for c in geometry["coordinates"][:2])
        except (KeyError, TypeError, ValueError):
            continue
        if not _valid(lat, lon):
            continue
        props: dict[str, Any] = feature.get("properties") or {}
        nested = props.get("tags")
        tags: dict[str, Any] = nested if isinstance(nested, dict) else props
        ref = str(feature.get("id") or props.get("@id") or props.get("id") or f"#{index}")
        cameras.append(_from_tags(lat, lon, tags, ref))
    return cameras


def load_osm_xml(path: Path) -> list[KnownCamera]:
    """Surveillance nodes (``man_made=surveillance`` or ``surveillance:type``) of an OSM file."""
    cameras: list[KnownCamera] = []
    try:
        # iterparse keeps memory flat on a city extract; each node is cleared after use.
        for _event, elem in ET.iterparse(path, events=("end",)):
            if elem.tag == "node":
                tags = {t.get("k", ""): t.get("v", "") for t in elem.iter("tag")}
                is_camera = tags.get("man_made") == "surveillance" or "surveillance:type" in tags
                try:
                    lat, lon = float(elem.get("lat", "nan")), float(elem.get("lon", "nan"))
                except ValueError:
                    lat = lon = math.nan
                if is_camera and _valid(lat, lon):
                    cameras.append(_from_tags(lat, lon, tags, f"node/{elem.get('id', '?')}"))
                elem.clear()
            elif elem.tag in {"way", "relation"}:
                elem.clear()
    except (OSError, ET.ParseError) as exc:
        raise KnownCamerasError(
            Message("{path}: not readable as OpenStreetMap XML ({exc})", path=path, exc=exc)
        ) from exc
    return cameras


def load_known_cameras(path: Path | str) -> list[KnownCamera]:
    """Read a ``.geojson``/``.json`` or ``.osm``/``.xml`` file, deciding by its first byte."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError as exc:
        raise KnownCamerasError(
            Message("{path}: cannot be read ({value})", path=path, value=exc.strerror or exc)
        ) from exc
    if head.startswith(b"<"):
        return load_osm_xml(path)
    if head.startswith(b"{"):
        return load_geojson(path)
    raise KnownCamerasError(Message("{path}: neither GeoJSON nor OpenStreetMap XML", path=path))

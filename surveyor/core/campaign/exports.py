"""Publish the consensus cameras: GeoJSON (RFC 7946), CSV, KML, and OSM XML for JOSM.

Every format carries the OpenStreetMap tags of the consensus values. GeoJSON, CSV and KML also
carry the agreement (``surveyor:agreement`` overall, and per tag) and the number of independent
volunteers; the OSM file carries only tags meant for OpenStreetMap (``source=survey``,
``survey:date``) because it is meant to be uploaded. Files are written to a temporary name and
renamed, so a failed export never leaves half a file.
"""

from __future__ import annotations

import csv
import io
import json
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from surveyor.core.campaign.consensus import ATTRIBUTES, CameraConsensus
from surveyor.core.tags import osm_tags
from surveyor.core.vocabulary import load_vocabulary

FORMATS = ("geojson", "csv", "kml", "osm")
_COORD_DECIMALS = 7  # ~1 cm; RFC 7946 §11.2 advises against more


def camera_tags(camera: CameraConsensus) -> dict[str, str]:
    """The OpenStreetMap tags of the consensus values (no value is published on disagreement)."""
    values = {name: camera.value(name) for name in ATTRIBUTES}
    values["surveillance_type"] = values["surveillance_type"] or "camera"
    values["make_unknown"] = camera.make_unknown
    values["angle"] = None
    return osm_tags(SimpleNamespace(**values))


def agreement_by_tag(camera: CameraConsensus) -> dict[str, str]:
    """``{"camera:type": "majority (2 of 3)", ...}`` for attributes someone answered."""
    vocab = load_vocabulary()
    result: dict[str, str] = {}
    for name, item in camera.attributes.items():
        if item.voters == 0 and item.label != "set":
            continue
        tag = vocab.fields[name].tag if name in vocab.fields else _OTHER_TAGS[name]
        result[tag] = item.text
    return result


_OTHER_TAGS = {
    "manufacturer": "manufacturer",
    "model": "model",
    "operator": "operator",
    "direction": "camera:direction",
    "height": "height",
}


def _properties(camera: CameraConsensus) -> dict[str, Any]:
    props: dict[str, Any] = dict(camera_tags(camera))
    props["surveyor:camera"] = camera.uuid
    props["surveyor:agreement"] = camera.agreement
    props["surveyor:volunteers"] = len(camera.volunteers)
    props["surveyor:sightings"] = camera.sightings
    if camera.observed:
        props["survey:date"] = camera.observed
    props["surveyor:agreement_by_tag"] = agreement_by_tag(camera)
    return props


def geojson_document(cameras: Sequence[CameraConsensus]) -> dict[str, Any]:
    features = [
        {
            "type": "Feature",
            "id": camera.uuid,
            "geometry": {
                "type": "Point",
                "coordinates": [
                    round(camera.lon, _COORD_DECIMALS),
                    round(camera.lat, _COORD_DECIMALS),
                ],
            },
            "properties": _properties(camera),
        }
        for camera in cameras
    ]
    return {"type": "FeatureCollection", "features": features}


def geojson_text(cameras: Sequence[CameraConsensus]) -> str:
    return json.dumps(geojson_document(cameras), ensure_ascii=False, indent=1) + "\n"


_CSV_TAGS = (
    "man_made",
    "surveillance:type",
    "surveillance",
    "camera:type",
    "camera:mount",
    "surveillance:zone",
    "camera:direction",
    "height",
    "manufacturer",
    "manufacturer:wikidata",
    "model",
    "operator",
)


def csv_text(cameras: Sequence[CameraConsensus]) -> str:
    out = io.StringIO()
    header = [
        "camera",
        "latitude",
        "longitude",
        *_CSV_TAGS,
        "survey:date",
        "agreement",
        "volunteers",
        "sightings",
        *(f"agreement:{t}" for t in _CSV_TAGS if t not in ("man_made", "manufacturer:wikidata")),
    ]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for camera in cameras:
        tags = camera_tags(camera)
        detail = agreement_by_tag(camera)
        writer.writerow(
            [
                camera.uuid,
                f"{camera.lat:.7f}",
                f"{camera.lon:.7f}",
                *(tags.get(t, "") for t in _CSV_TAGS),
                camera.observed,
                camera.agreement,
                len(camera.volunteers),
                camera.sightings,
                *(
                    detail.get(t, "")
                    for t in _CSV_TAGS
                    if t not in ("man_made", "manufacturer:wikidata")
                ),
            ]
        )
    return out.getvalue()


KML_NS = "http://www.opengis.net/kml/2.2"


def kml_text(cameras: Sequence[CameraConsensus]) -> str:
    ET.register_namespace("", KML_NS)
    root = ET.Element(f"{{{KML_NS}}}kml")
    doc = ET.SubElement(root, f"{{{KML_NS}}}Document")
    ET.SubElement(doc, f"{{{KML_NS}}}name").text = "Surveyor cameras"
    for camera in cameras:
        mark = ET.SubElement(doc, f"{{{KML_NS}}}Placemark", id=f"camera-{camera.uuid}")
        tags = camera_tags(camera)
        title = tags.get("manufacturer") or tags.get("camera:type") or "camera"
        ET.SubElement(mark, f"{{{KML_NS}}}name").text = title
        ET.SubElement(
            mark, f"{{{KML_NS}}}description"
        ).text = f"agreement: {camera.agreement}; volunteers: {len(camera.volunteers)}"
        data = ET.SubElement(mark, f"{{{KML_NS}}}ExtendedData")
        props = _properties(camera)
        detail = props.pop("surveyor:agreement_by_tag")
        props.update({f"surveyor:agreement:{k}": v for k, v in detail.items()})
        for key, value in props.items():
            item = ET.SubElement(data, f"{{{KML_NS}}}Data", name=key)
            ET.SubElement(item, f"{{{KML_NS}}}value").text = str(value)
        point = ET.SubElement(mark, f"{{{KML_NS}}}Point")
        ET.SubElement(point, f"{{{KML_NS}}}coordinates").text = f"{camera.lon:.7f},{camera.lat:.7f}"
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def osm_text(cameras: Sequence[CameraConsensus]) -> str:
    """OSM XML 0.6 for JOSM: new nodes with negative ids, ``source=survey``."""
    root = ET.Element("osm", version="0.6", generator="Surveyor")
    for number, camera in enumerate(cameras, start=1):
        node = ET.SubElement(
            root,
            "node",
            id=str(-number),
            lat=f"{camera.lat:.7f}",
            lon=f"{camera.lon:.7f}",
        )
        tags = camera_tags(camera)
        tags["source"] = "survey"
        if camera.observed:
            tags["survey:date"] = camera.observed
        for key in sorted(tags):
            ET.SubElement(node, "tag", k=key, v=tags[key])
    ET.indent(root)
    return "<?xml version='1.0' encoding='UTF-8'?>\n" + ET.tostring(root, encoding="unicode") + "\n"


WRITERS: dict[str, Callable[[Sequence[CameraConsensus]], str]] = {
    "geojson": geojson_text,
    "csv": csv_text,
    "kml": kml_text,
    "osm": osm_text,
}


def write_atomically(out: Path, text: str) -> Path:
    """Write ``text`` beside ``out`` and rename it into place (never half a file)."""
    tmp = out.with_name(f".{out.name}.part")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def export_cameras(cameras: Sequence[CameraConsensus], fmt: str, out: Path) -> Path:
    if fmt not in WRITERS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    return write_atomically(out, WRITERS[fmt](cameras))

"""Publish the consensus cameras: GeoJSON (RFC 7946), CSV, KML, and OSM XML for JOSM.

Every format carries the OpenStreetMap tags of the consensus values. GeoJSON, CSV and KML also
carry the agreement (``surveyor:agreement`` overall, and per tag) and the number of independent
volunteers; the OSM file carries only tags meant for OpenStreetMap (``source=survey``,
``survey:date``) because it is meant to be uploaded.

Every export is valid or not written: each writer refuses what its format cannot carry
(characters XML 1.0 forbids, OSM tags over 255 characters, text that is not Unicode) with an
``ExportError`` naming the camera and the tag; CSV cells that a spreadsheet would run as a
formula are neutralised as OWASP advises (a leading ``'``); and the text is parsed back and
counted before it is written to a temporary name and renamed over the old file. A failed
export leaves the old file as it was.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from surveyor.core.campaign.consensus import ATTRIBUTES, CameraConsensus
from surveyor.core.messages import Message
from surveyor.core.tags import osm_tags
from surveyor.core.vocabulary import load_vocabulary

FORMATS = ("geojson", "csv", "kml", "osm")
_COORD_DECIMALS = 7  # ~1 cm; RFC 7946 §11.2 advises against more
OSM_MAX_LENGTH = 255
# Characters XML 1.0 cannot carry at all, escaped or not (§2.2 Char).
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# OWASP "CSV injection": a cell starting with one of these is run as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_PLAIN_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")


class ExportError(ValueError):
    """The export cannot be made valid; nothing was written and the old file is kept."""


def _xml_value(text: str, camera: CameraConsensus, what: str) -> str:
    """``text`` if XML can carry it; otherwise refuse, naming the camera and the value."""
    bad = _NOT_XML.search(text)
    if bad:
        raise ExportError(
            Message(
                "camera {uuid}: {what} holds U+{group:04X}, which XML cannot carry",
                uuid=camera.uuid,
                what=what,
                group=ord(bad.group()),
            )
        )
    return text


def csv_cell(value: object) -> str:
    """A CSV cell that no spreadsheet runs as a formula (numbers stay numbers)."""
    text = str(value)
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(text):
        return "'" + text
    return text


def is_formula(cell: str) -> bool:
    return cell.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(cell)


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
        row = [
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
        writer.writerow([csv_cell(cell) for cell in row])
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
        ET.SubElement(mark, f"{{{KML_NS}}}name").text = _xml_value(title, camera, "the name")
        ET.SubElement(
            mark, f"{{{KML_NS}}}description"
        ).text = f"agreement: {camera.agreement}; volunteers: {len(camera.volunteers)}"
        data = ET.SubElement(mark, f"{{{KML_NS}}}ExtendedData")
        props = _properties(camera)
        detail = props.pop("surveyor:agreement_by_tag")
        props.update({f"surveyor:agreement:{k}": v for k, v in detail.items()})
        for key, value in props.items():
            item = ET.SubElement(data, f"{{{KML_NS}}}Data", name=_xml_value(key, camera, "a key"))
            ET.SubElement(item, f"{{{KML_NS}}}value").text = _xml_value(str(value), camera, key)
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
            value = _xml_value(tags[key], camera, key)
            if len(key) > OSM_MAX_LENGTH or len(value) > OSM_MAX_LENGTH:
                raise ExportError(
                    Message(
                        "camera {uuid}: {key} is longer than OpenStreetMap's {OSM_MAX_LENGTH} "
                        "characters",
                        uuid=camera.uuid,
                        key=key[:40],
                        OSM_MAX_LENGTH=OSM_MAX_LENGTH,
                    )
                )
            ET.SubElement(node, "tag", k=_xml_value(key, camera, "a key"), v=value)
    ET.indent(root)
    return "<?xml version='1.0' encoding='UTF-8'?>\n" + ET.tostring(root, encoding="unicode") + "\n"


WRITERS: dict[str, Callable[[Sequence[CameraConsensus]], str]] = {
    "geojson": geojson_text,
    "csv": csv_text,
    "kml": kml_text,
    "osm": osm_text,
}


def check_export(fmt: str, text: str, count: int) -> None:
    """Parse ``text`` back as ``fmt`` and count its cameras; ``ExportError`` if anything is off."""
    try:
        if fmt == "geojson":
            doc = json.loads(text)
            found = len(doc["features"]) if doc.get("type") == "FeatureCollection" else -1
        elif fmt == "csv":
            rows = list(csv.reader(io.StringIO(text, newline="")))
            if any(len(row) != len(rows[0]) for row in rows):
                raise ExportError(Message("a CSV row has the wrong number of cells"))
            if any(is_formula(cell) for row in rows for cell in row):
                raise ExportError(Message("a CSV cell would run as a spreadsheet formula"))
            found = len(rows) - 1
        elif fmt == "kml":
            root = ET.fromstring(text.encode("utf-8"))
            found = len(root.findall(f".//{{{KML_NS}}}Placemark"))
        elif fmt == "osm":
            root = ET.fromstring(text.encode("utf-8"))
            found = len(root.findall("node"))
            for tag in root.iter("tag"):
                if max(len(tag.get("k", "")), len(tag.get("v", ""))) > OSM_MAX_LENGTH:
                    raise ExportError(Message("an OSM tag is longer than 255 characters"))
        else:
            raise ExportError(Message("unknown export format {fmt!r}", fmt=fmt))
    except ExportError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, ET.ParseError, IndexError) as exc:
        raise ExportError(
            Message("the {fmt} export does not read back ({exc})", fmt=fmt, exc=exc)
        ) from exc
    if found != count:
        raise ExportError(
            Message(
                "the {fmt} export reads back {found} cameras, not {count}",
                fmt=fmt,
                found=found,
                count=count,
            )
        )


def write_atomically(out: Path, text: str) -> Path:
    """Write ``text`` beside ``out`` and rename it into place (never half a file)."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ExportError(
            Message("{name}: text that is not Unicode ({reason})", name=out.name, reason=exc.reason)
        ) from exc
    tmp = out.with_name(f".{out.name}.part")
    try:
        with tmp.open("wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def export_cameras(cameras: Sequence[CameraConsensus], fmt: str, out: Path) -> Path:
    """Write ``cameras`` as ``fmt``; ``ExportError`` (old file kept) if it cannot be valid."""
    if fmt not in WRITERS:
        raise ValueError(
            Message(
                "unknown export format {fmt!r} (choose from {FORMATS})",
                fmt=fmt,
                FORMATS=", ".join(FORMATS),
            )
        )
    text = WRITERS[fmt](cameras)
    check_export(fmt, text, len(cameras))
    return write_atomically(out, text)

"""The intake gate: what a bundle's files may contain, checked before anything is kept.

``verify_bundle`` runs this after the bag's structure, hashes and signature, so ``surveyor
verify`` and ``surveyor merge`` refuse the same bundles for the same reasons. Every file has a
schema: ``bag-info.txt`` (known labels, one clean line each), ``submission.json`` and
``cameras.geojson`` (parsed within size and depth limits; known keys only; tag values from the
vocabulary, numbers in range, text without control characters and within OpenStreetMap's 255
characters), and each photo (a JPEG named by its SHA-256, under the pixel limit, read from its
header before anything decodes it). A payload file that no camera refers to is refused too.

Problems come back as ``(file, reason)`` pairs; the first ``MAX_PROBLEMS`` are kept.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from surveyor.core.bundle.bounded_json import JsonLimitError, loads_bounded
from surveyor.core.bundle.safezip import SafeZip
from surveyor.core.bundle.writer import GEOJSON_NAME, SUBMISSION_NAME, SUBMISSION_SCHEMA
from surveyor.core.value_rules import (
    directions_problem,
    parse_number_text,
    text_problem,
    vocabulary_problem,
    wikidata_problem,
)
from surveyor.core.vocabulary import load_vocabulary

MAX_JSON_FILE = 32 * 2**20
MAX_JSON_DEPTH = 16  # a FeatureCollection is 5 deep; submission.json 3
MAX_CAMERAS = 20_000
MAX_PHOTOS_PER_CAMERA = 200
MAX_PHOTO_PIXELS = 100_000_000  # 100 MP: every phone's default; 60000×60000 is not a photo
PHOTO_HEADER_BYTES = 1 << 20
MAX_PROBLEMS = 50
MAX_SEQUENCE = 2**53
MAX_PSEUDONYM = 80
POSITION_SOURCES = frozenset({"exif", "gpx", "photo", "projected", "manual"})
# A shifted position's honest radius (surveyor.core.bundle.published_position): metres.
MAX_POSITION_ACCURACY_M = 1000.0
PHOTO_NAME = re.compile(r"^photos/[0-9a-f]{64}\.jpg$")
UUID_TEXT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_KEY_ID = re.compile(r"^[0-9A-F]{16}$")
_WHEN = re.compile(
    r"^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?)?$"
)
_OXUM = re.compile(r"^\d{1,15}\.\d{1,9}$")
_VERSION = re.compile(r"^[0-9A-Za-z.+_-]{1,40}$")

# bag-info.txt: the labels we write (each checked) and the other labels RFC 8493 reserves.
_RFC_LABELS = frozenset(
    {
        "Source-Organization", "Organization-Address", "Contact-Name", "Contact-Phone",
        "Contact-Email", "External-Description", "Bag-Size", "Bag-Group-Identifier",
        "Bag-Count", "Internal-Sender-Identifier", "Internal-Sender-Description",
    }
)  # fmt: skip
FEATURE_KEYS = frozenset({"type", "geometry", "properties"})
SUBMISSION_KEYS = frozenset(
    {"schema", "bundle_uuid", "created", "sequence", "pseudonym", "key_id", "cameras", "redaction"}
)
RECORD_KEYS = frozenset({"uuid", "notes"})
FLAGS = ("surveyor:confirmed", "surveyor:needs_review", "surveyor:make_unknown")

Problems = list[tuple[str, str]]


@dataclass(frozen=True)
class SubmittedCamera:
    """One camera as a volunteer submitted it, every value checked by the gate."""

    uuid: str
    longitude: float
    latitude: float
    tags: dict[str, str]  # OpenStreetMap tags, verbatim
    observed: str | None
    position_source: str | None
    confirmed: bool
    needs_review: bool
    make_unknown: bool
    photos: tuple[str, ...]  # "photos/<sha256>.jpg", relative to data/
    notes: str
    extra: dict[str, Any]  # the camera's whole record from submission.json
    position_accuracy: float | None = None  # metres; set when the position was shifted
    # Boxes the volunteer's Surveyor blurred per photo ("photos/<sha256>.jpg" -> count), as the
    # bundle declares it (no one can check it from the pixels); None from older bundles.
    redaction: dict[str, int] | None = None


@dataclass(frozen=True)
class BundleContents:
    """What the gate let through: the cameras and the submission's own fields."""

    cameras: tuple[SubmittedCamera, ...]
    created: str
    pseudonym: str
    sequence: int  # the volunteer's export counter (0: a bundle from before it existed)


class _Refused(Exception):
    """One value refused; the caller records it and moves on to the next camera."""


def _date_problem(text: object) -> str | None:
    if not isinstance(text, str) or not (match := _WHEN.match(text)):
        return f"{str(text)[:40]!r} is not a date (YYYY-MM-DD, optionally with a time)"
    try:
        dt.date.fromisoformat(match.group(1))
    except ValueError:
        return f"{text[:40]!r} is not a real date"
    return None


# -- bag-info.txt --------------------------------------------------------------------------


def _info_rules() -> dict[str, Callable[[str], str | None]]:
    def one_of(*allowed: str) -> Callable[[str], str | None]:
        return lambda v: None if v in allowed else f"{v[:40]!r} is not {' or '.join(allowed)}"

    def matches(pattern: re.Pattern[str], what: str) -> Callable[[str], str | None]:
        return lambda v: None if pattern.match(v) else f"{v[:40]!r} is not {what}"

    return {
        "Bagging-Date": lambda v: _date_problem(v) if len(v) == 10 else f"{v[:40]!r} is not a date",
        "Payload-Oxum": matches(_OXUM, "<bytes>.<count>"),
        "External-Identifier": matches(UUID_TEXT, "a bundle UUID"),
        "Surveyor-Pseudonym": lambda v: text_problem(v, max_length=MAX_PSEUDONYM),
        "Surveyor-Key-Id": matches(_KEY_ID, "16 upper-case hex digits"),
        "Surveyor-App-Version": matches(_VERSION, "a version"),
        "Surveyor-Vocabulary-Version": matches(_VERSION, "a version"),
        "Surveyor-Schema-Version": one_of("1"),
    }


def bag_info_problems(info: Mapping[str, str], repeated: list[str]) -> Problems:
    """Problems with ``bag-info.txt``'s labels and values (already split into lines)."""
    problems: Problems = [("bag-info.txt", f"{label} appears more than once") for label in repeated]
    rules = _info_rules()
    for label, value in info.items():
        shown = label if text_problem(label, max_length=64) is None else repr(label[:64])
        if label not in rules and label not in _RFC_LABELS:
            problems.append(("bag-info.txt", f"unknown label {shown}"))
            continue
        why = text_problem(value)
        if why is None and label in rules:
            why = rules[label](value)
        if why:
            problems.append(("bag-info.txt", f"{shown} {why}"))
    return problems


# -- cameras.geojson -----------------------------------------------------------------------


def _tag_rules() -> dict[str, Callable[[str], str | None]]:
    vocab = load_vocabulary()
    rules: dict[str, Callable[[str], str | None]] = {
        field.tag: functools.partial(vocabulary_problem, name)
        for name, field in vocab.fields.items()
    }
    rules.update(
        {
            # Other man_made values are kept out per camera by intake (not a camera record).
            "man_made": lambda v: None,
            "camera:direction": directions_problem,
            "camera:angle": lambda v: parse_number_text("angle", v)[1],
            "height": lambda v: parse_number_text("height", v)[1],
            "manufacturer": lambda v: None,
            "manufacturer:wikidata": wikidata_problem,
            "model": lambda v: None,
            "operator": lambda v: None,
        }
    )
    return rules


def _flag(props: Mapping[str, Any], name: str) -> bool:
    value = props.get(name, False)
    if not isinstance(value, bool):
        raise _Refused(f"{name} is not true or false")
    return value


def _photos(props: Mapping[str, Any], payload: set[str]) -> tuple[str, ...]:
    photos = props.get("surveyor:photos", [])
    if not isinstance(photos, list) or len(photos) > MAX_PHOTOS_PER_CAMERA:
        raise _Refused(f"surveyor:photos is not a list of at most {MAX_PHOTOS_PER_CAMERA} names")
    for photo in photos:
        if not isinstance(photo, str) or not PHOTO_NAME.match(photo):
            raise _Refused(f"surveyor:photos holds {str(photo)[:80]!r}, not photos/<sha256>.jpg")
        if f"data/{photo}" not in payload:
            raise _Refused(f"photo {photo!r} is not in the bundle")
    if len(set(photos)) != len(photos):
        raise _Refused("surveyor:photos names a photo twice")
    return tuple(photos)


def _position(feature: Mapping[str, Any]) -> tuple[float, float]:
    geometry = feature.get("geometry")
    if not isinstance(geometry, dict) or geometry.get("type") != "Point" or len(geometry) != 2:
        raise _Refused("is not a Point")
    coords = geometry.get("coordinates")
    if not isinstance(coords, list) or len(coords) not in (2, 3):
        raise _Refused("has no [lon, lat] coordinates")
    if not all(isinstance(c, int | float) and not isinstance(c, bool) for c in coords):
        raise _Refused("has coordinates that are not numbers")
    lon, lat = float(coords[0]), float(coords[1])
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise _Refused("has coordinates out of range")
    return lon, lat


def _camera(
    feature: Any,
    records: Mapping[str, dict[str, Any]],
    payload: set[str],
    rules: Mapping[str, Callable[[str], str | None]],
) -> SubmittedCamera:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise _Refused("is not a GeoJSON Feature")
    if extra_keys := set(feature) - FEATURE_KEYS:
        raise _Refused(f"has unknown keys {', '.join(sorted(map(str, extra_keys)))[:80]}")
    lon, lat = _position(feature)
    props = feature.get("properties")
    if not isinstance(props, dict):
        raise _Refused("has no properties")
    cam_uuid = props.get("surveyor:uuid")
    if not isinstance(cam_uuid, str) or not UUID_TEXT.match(cam_uuid):
        raise _Refused("has no valid surveyor:uuid")
    tags: dict[str, str] = {}
    for key, value in props.items():
        if key.startswith("surveyor:"):
            continue
        if key not in rules:
            shown = key if text_problem(key) is None else repr(key[:60])
            raise _Refused(f"unknown tag {shown[:80]}")
        why = text_problem(value) or rules[key](value)
        if why:
            raise _Refused(f"{key} {why}")
        tags[key] = value
    known = {
        "surveyor:uuid",
        "surveyor:observed",
        "surveyor:position_source",
        "surveyor:position_accuracy",
        "surveyor:photos",
    }
    for key in props:
        if key.startswith("surveyor:") and key not in known and key not in FLAGS:
            raise _Refused(f"unknown property {key[:80]!r}")
    observed = props.get("surveyor:observed")
    if observed is not None and (why := _date_problem(observed)):
        raise _Refused(f"surveyor:observed {why}")
    source = props.get("surveyor:position_source")
    if source is not None and (not isinstance(source, str) or source not in POSITION_SOURCES):
        raise _Refused(f"surveyor:position_source {str(source)[:40]!r} is not a known source")
    accuracy = props.get("surveyor:position_accuracy")
    if accuracy is not None and (
        isinstance(accuracy, bool)
        or not isinstance(accuracy, (int, float))
        or not 0 < accuracy <= MAX_POSITION_ACCURACY_M
    ):
        raise _Refused(
            f"surveyor:position_accuracy {str(accuracy)[:40]!r} is not a number of metres "
            f"up to {MAX_POSITION_ACCURACY_M:g}"
        )
    record = records.get(cam_uuid, {})
    return SubmittedCamera(
        uuid=cam_uuid,
        longitude=lon,
        latitude=lat,
        tags=tags,
        observed=observed,
        position_source=source,
        confirmed=_flag(props, "surveyor:confirmed"),
        needs_review=_flag(props, "surveyor:needs_review"),
        make_unknown=_flag(props, "surveyor:make_unknown"),
        photos=_photos(props, payload),
        notes=str(record.get("notes", "")),
        extra=record,
        position_accuracy=float(accuracy) if accuracy is not None else None,
    )


def _cameras(
    geojson: Any, records: Mapping[str, dict[str, Any]], payload: set[str], problems: Problems
) -> list[SubmittedCamera]:
    if not isinstance(geojson, dict) or geojson.get("type") != "FeatureCollection":
        problems.append((GEOJSON_NAME, "not a FeatureCollection"))
        return []
    if extra_keys := set(geojson) - {"type", "features"}:
        problems.append((GEOJSON_NAME, f"unknown keys {', '.join(sorted(extra_keys))[:80]}"))
    features = geojson.get("features")
    if not isinstance(features, list) or len(features) > MAX_CAMERAS:
        problems.append((GEOJSON_NAME, f"features is not a list of at most {MAX_CAMERAS}"))
        return []
    rules = _tag_rules()
    cameras: list[SubmittedCamera] = []
    seen: set[str] = set()
    for number, feature in enumerate(features):
        try:
            camera = _camera(feature, records, payload, rules)
        except _Refused as why:
            problems.append((GEOJSON_NAME, f"feature {number} {why}"))
            if len(problems) >= MAX_PROBLEMS:
                break
            continue
        if camera.uuid in seen:
            problems.append((GEOJSON_NAME, f"feature {number}: camera {camera.uuid} appears twice"))
        seen.add(camera.uuid)
        cameras.append(camera)
    named = {
        f["properties"].get("surveyor:uuid")
        for f in features
        if isinstance(f, dict)
        and isinstance(f.get("properties"), dict)
        and isinstance(f["properties"].get("surveyor:uuid"), str)
    }  # a refused feature's record is not a second problem
    for uuid in sorted(records.keys() - seen - named):
        problems.append((SUBMISSION_NAME, f"a record for camera {uuid[:40]} that is not in it"))
    return cameras


# -- submission.json -----------------------------------------------------------------------


def _submission(
    doc: Any, info: Mapping[str, str], problems: Problems
) -> tuple[dict[str, dict[str, Any]], str, int]:
    """The per-camera records (by uuid), the ``created`` date and the sequence number."""
    where = SUBMISSION_NAME
    if not isinstance(doc, dict):
        problems.append((where, "not a JSON object"))
        return {}, "", 0
    if doc.get("schema") != SUBMISSION_SCHEMA:
        problems.append((where, f"schema is not {SUBMISSION_SCHEMA}"))
    if extra_keys := set(doc) - SUBMISSION_KEYS:
        problems.append((where, f"unknown keys {', '.join(sorted(extra_keys))[:80]}"))
    if doc.get("bundle_uuid") != info.get("External-Identifier"):
        problems.append((where, "bundle_uuid differs from bag-info.txt"))
    if doc.get("key_id") != info.get("Surveyor-Key-Id"):
        problems.append((where, "key_id differs from bag-info.txt"))
    pseudonym = doc.get("pseudonym", "")
    if why := text_problem(pseudonym, max_length=MAX_PSEUDONYM):
        problems.append((where, f"pseudonym {why}"))
    created = doc.get("created", "")
    if created != "" and (why := _date_problem(created)):
        problems.append((where, f"created {why}"))
    sequence = doc.get("sequence", 0)
    if (
        isinstance(sequence, bool)
        or not isinstance(sequence, int)
        or not 0 <= sequence <= MAX_SEQUENCE
    ):
        problems.append((where, "sequence is not a whole number from 0"))
        sequence = 0
    records: dict[str, dict[str, Any]] = {}
    raw = doc.get("cameras", [])
    if not isinstance(raw, list) or len(raw) > MAX_CAMERAS:
        problems.append((where, f"cameras is not a list of at most {MAX_CAMERAS}"))
        raw = []
    for number, record in enumerate(raw):
        why = None
        if not isinstance(record, dict) or not isinstance(record.get("uuid"), str):
            why = "is not an object with a uuid"
        elif extra_keys := set(record) - RECORD_KEYS:
            why = f"has unknown keys {', '.join(sorted(extra_keys))[:80]}"
        elif not UUID_TEXT.match(record["uuid"]) or record["uuid"] in records:
            why = "has a malformed or repeated uuid"
        elif (notes_why := text_problem(record.get("notes", ""), notes=True)) is not None:
            why = f"notes {notes_why}"
        if why:
            problems.append((where, f"camera record {number} {why}"))
            if len(problems) >= MAX_PROBLEMS:
                break
            continue
        records[record["uuid"]] = record
    return records, str(created), sequence


def _declared_boxes(doc: Any, problems: Problems) -> dict[str, int] | None:
    """``submission.json``'s ``redaction``: the detector used and the boxes blurred per photo."""
    if not isinstance(doc, dict) or "redaction" not in doc:
        return None
    where = f"{SUBMISSION_NAME} redaction"
    redaction = doc["redaction"]
    if not isinstance(redaction, dict) or set(redaction) - {"detector", "boxes"}:
        problems.append((where, "is not an object with detector and boxes"))
        return None
    if why := text_problem(redaction.get("detector", "")):
        problems.append((where, f"detector {why}"))
    boxes = redaction.get("boxes", {})
    if not isinstance(boxes, dict) or len(boxes) > MAX_CAMERAS * MAX_PHOTOS_PER_CAMERA:
        problems.append((where, "boxes is not an object of photo names"))
        return None
    declared: dict[str, int] = {}
    for name, count in boxes.items():
        if (
            not isinstance(name, str)
            or not PHOTO_NAME.match(name)
            or isinstance(count, bool)
            or not isinstance(count, int)
            or not 0 <= count <= 10_000
        ):
            problems.append((where, f"{str(name)[:60]!r} is not a photo with a box count"))
            return None
        declared[name] = count
    return declared


# -- photos and the payload as a whole -----------------------------------------------------


_OTHER_FORMATS = {
    b"\x89PNG": "PNG",
    b"GIF8": "GIF",
    b"RIFF": "RIFF (WebP?)",
    b"II*\0": "TIFF",
    b"MM\0*": "TIFF",
}


_SOF_MARKERS = frozenset(
    {*range(0xC0, 0xC4), *range(0xC5, 0xC8), *range(0xC9, 0xCC)} | {0xCD, 0xCE, 0xCF}
)
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})


def jpeg_size(head: bytes) -> tuple[int, int] | None:
    """(width, height) from a JPEG's frame header, walking the markers; None if not found."""
    pos = 2
    while pos + 4 <= len(head):
        if head[pos] != 0xFF:
            return None
        marker = head[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in _STANDALONE:
            pos += 2
            continue
        if marker in (0xD9, 0xDA):  # end of image, or scan data before any frame header
            return None
        length = int.from_bytes(head[pos + 2 : pos + 4], "big")
        if marker in _SOF_MARKERS:
            if length < 7 or pos + 9 > len(head):
                return None
            height = int.from_bytes(head[pos + 5 : pos + 7], "big")
            width = int.from_bytes(head[pos + 7 : pos + 9], "big")
            return width, height
        if length < 2:
            return None
        pos += 2 + length
    return None


def photo_problem(head: bytes) -> str | None:
    """Why the start of a photo is not a JPEG we accept (checked from its header only)."""
    if not head.startswith(b"\xff\xd8\xff"):
        kind = next((k for magic, k in _OTHER_FORMATS.items() if head.startswith(magic)), None)
        return f"a {kind} image, not a JPEG" if kind else "not a JPEG photo"
    size = jpeg_size(head)
    if size is None:
        return "not a JPEG photo (no frame header at its start)"
    width, height = size
    if width == 0 or height == 0:
        return "a JPEG without pixels"
    if width * height > MAX_PHOTO_PIXELS:
        return f"{width}×{height} is over the limit of {MAX_PHOTO_PIXELS // 1_000_000} megapixels"
    return None


def _check_photo(z: SafeZip, name: str, problems: Problems) -> None:
    digest = hashlib.sha256()
    head = b""
    with z.stream(name) as f:
        while chunk := f.read(PHOTO_HEADER_BYTES):
            if not head:
                head = chunk
                if why := photo_problem(head):
                    problems.append((name, why))
                    return
            digest.update(chunk)
    if not head:
        problems.append((name, "empty"))
    elif digest.hexdigest() != name[12:76]:
        problems.append((name, "does not match the SHA-256 in its name"))


def _parse(name: str, data: bytes | None, problems: Problems) -> Any:
    if data is None:
        problems.append((name, "missing"))
        return None
    try:
        return loads_bounded(data, max_bytes=MAX_JSON_FILE, max_depth=MAX_JSON_DEPTH)
    except JsonLimitError as exc:
        problems.append((name, str(exc)))
        return None


def check_documents(
    geojson_data: bytes | None,
    submission_data: bytes | None,
    info: Mapping[str, str],
    payload: set[str],
) -> tuple[list[SubmittedCamera], str, int, Problems]:
    """The two JSON files checked against each other, ``bag-info.txt`` and the payload names.

    Returns the cameras, ``created``, the sequence number and the problems (photos' own bytes
    are checked by ``check_contents``).
    """
    problems: Problems = []
    submission = _parse(SUBMISSION_NAME, submission_data, problems)
    geojson = _parse(GEOJSON_NAME, geojson_data, problems)
    if problems:
        return [], "", 0, problems
    records, created, sequence = _submission(submission, info, problems)
    cameras = _cameras(geojson, records, payload, problems)
    boxes = _declared_boxes(submission, problems)
    if boxes is not None:
        cameras = [
            replace(c, redaction={p: boxes[p] for p in c.photos if p in boxes}) for c in cameras
        ]
    referenced = {f"data/{p}" for c in cameras for p in c.photos}
    expected = {f"data/{GEOJSON_NAME}", f"data/{SUBMISSION_NAME}"}
    for name in sorted(payload - expected - referenced):
        if len(problems) >= MAX_PROBLEMS:
            break
        problems.append((name, "no camera refers to this file"))
    return cameras, created, sequence, problems[:MAX_PROBLEMS]


def _member(z: SafeZip, name: str, problems: Problems) -> bytes | None:
    member = f"data/{name}"
    if member not in z.names:
        return None
    if z.member(member).size > MAX_JSON_FILE:
        problems.append((name, f"larger than {MAX_JSON_FILE} bytes"))
        return None
    return z.read(member)


def check_contents(z: SafeZip, info: Mapping[str, str]) -> tuple[BundleContents | None, Problems]:
    """Read and check every payload file; the contents when there is no problem."""
    problems: Problems = []
    payload = {n for n in z.names if n.startswith("data/")}
    geojson = _member(z, GEOJSON_NAME, problems)
    submission = _member(z, SUBMISSION_NAME, problems)
    if problems:
        return None, problems
    cameras, created, sequence, problems = check_documents(geojson, submission, info, payload)
    if problems:
        return None, problems
    for name in sorted({f"data/{p}" for c in cameras for p in c.photos}):
        _check_photo(z, name, problems)
        if len(problems) >= MAX_PROBLEMS:
            break
    if problems:
        return None, problems
    pseudonym = info.get("Surveyor-Pseudonym", "")
    return BundleContents(tuple(cameras), created, pseudonym, sequence), []

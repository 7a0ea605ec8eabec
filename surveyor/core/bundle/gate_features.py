"""The intake gate for ``cameras.geojson``: each feature a camera we can keep, or a problem.

Known keys only; tag values from the vocabulary, numbers in range, text without control
characters and within OpenStreetMap's 255 characters; photos named by their SHA-256 and present
in the bundle.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from surveyor.core.bundle.gate_rules import (
    MAX_CAMERAS,
    MAX_PHOTOS_PER_CAMERA,
    MAX_PROBLEMS,
    PHOTO_NAME,
    UUID_TEXT,
    Problems,
    Refused,
    date_problem,
)
from surveyor.core.bundle.layout import (
    FLAGS,
    GEOJSON_NAME,
    SUBMISSION_NAME,
    SURVEYOR_PROPERTIES,
)
from surveyor.core.messages import Message, reason_of
from surveyor.core.value_rules import (
    directions_problem,
    parse_number_text,
    text_problem,
    vocabulary_problem,
    wikidata_problem,
)
from surveyor.core.vocabulary import load_vocabulary

POSITION_SOURCES = frozenset({"exif", "gpx", "photo", "projected", "manual"})
# A shifted position's honest radius (surveyor.core.bundle.published_position): metres.
MAX_POSITION_ACCURACY_M = 1000.0
FEATURE_KEYS = frozenset({"type", "geometry", "properties"})


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
        raise Refused(Message("{name} is not true or false", name=name))
    return value


def _photos(props: Mapping[str, Any], payload: set[str]) -> tuple[str, ...]:
    photos = props.get("surveyor:photos", [])
    if not isinstance(photos, list) or len(photos) > MAX_PHOTOS_PER_CAMERA:
        raise Refused(
            Message(
                "surveyor:photos is not a list of at most {MAX_PHOTOS_PER_CAMERA} names",
                MAX_PHOTOS_PER_CAMERA=MAX_PHOTOS_PER_CAMERA,
            )
        )
    for photo in photos:
        if not isinstance(photo, str) or not PHOTO_NAME.match(photo):
            raise Refused(
                Message(
                    "surveyor:photos holds {photo!r}, not photos/<sha256>.jpg",
                    photo=str(photo)[:80],
                )
            )
        if f"data/{photo}" not in payload:
            raise Refused(Message("photo {photo!r} is not in the bundle", photo=photo))
    if len(set(photos)) != len(photos):
        raise Refused(Message("surveyor:photos names a photo twice"))
    return tuple(photos)


def _position(feature: Mapping[str, Any]) -> tuple[float, float]:
    geometry = feature.get("geometry")
    if not isinstance(geometry, dict) or geometry.get("type") != "Point" or len(geometry) != 2:
        raise Refused(Message("is not a Point"))
    coords = geometry.get("coordinates")
    if not isinstance(coords, list) or len(coords) not in (2, 3):
        raise Refused(Message("has no [lon, lat] coordinates"))
    if not all(isinstance(c, int | float) and not isinstance(c, bool) for c in coords):
        raise Refused(Message("has coordinates that are not numbers"))
    lon, lat = float(coords[0]), float(coords[1])
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise Refused(Message("has coordinates out of range"))
    return lon, lat


def _camera(
    feature: Any,
    records: Mapping[str, dict[str, Any]],
    payload: set[str],
    rules: Mapping[str, Callable[[str], str | None]],
) -> SubmittedCamera:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise Refused(Message("is not a GeoJSON Feature"))
    if extra_keys := set(feature) - FEATURE_KEYS:
        raise Refused(
            Message("has unknown keys {keys}", keys=", ".join(sorted(map(str, extra_keys)))[:80])
        )
    lon, lat = _position(feature)
    props = feature.get("properties")
    if not isinstance(props, dict):
        raise Refused(Message("has no properties"))
    cam_uuid = props.get("surveyor:uuid")
    if not isinstance(cam_uuid, str) or not UUID_TEXT.match(cam_uuid):
        raise Refused(Message("has no valid surveyor:uuid"))
    tags: dict[str, str] = {}
    for key, value in props.items():
        if key.startswith("surveyor:"):
            continue
        if key not in rules:
            shown = key if text_problem(key) is None else repr(key[:60])
            raise Refused(Message("unknown tag {shown}", shown=shown[:80]))
        why = text_problem(value) or rules[key](value)
        if why:
            raise Refused(Message("{key} {why}", key=key, why=why))
        tags[key] = value
    for key in props:
        if key.startswith("surveyor:") and key not in SURVEYOR_PROPERTIES:
            raise Refused(Message("unknown property {key!r}", key=key[:80]))
    observed = props.get("surveyor:observed")
    if observed is not None and (why := date_problem(observed)):
        raise Refused(Message("surveyor:observed {why}", why=why))
    source = props.get("surveyor:position_source")
    if source is not None and (not isinstance(source, str) or source not in POSITION_SOURCES):
        raise Refused(
            Message(
                "surveyor:position_source {source!r} is not a known source", source=str(source)[:40]
            )
        )
    accuracy = props.get("surveyor:position_accuracy")
    if accuracy is not None and (
        isinstance(accuracy, bool)
        or not isinstance(accuracy, (int, float))
        or not 0 < accuracy <= MAX_POSITION_ACCURACY_M
    ):
        raise Refused(
            Message(
                "surveyor:position_accuracy {accuracy!r} is not a number of metres up "
                "to {MAX_POSITION_ACCURACY_M:g}",
                accuracy=str(accuracy)[:40],
                MAX_POSITION_ACCURACY_M=MAX_POSITION_ACCURACY_M,
            )
        )
    record = records.get(cam_uuid, {})
    confirmed, needs_review, make_unknown = (_flag(props, name) for name in FLAGS)
    return SubmittedCamera(
        uuid=cam_uuid,
        longitude=lon,
        latitude=lat,
        tags=tags,
        observed=observed,
        position_source=source,
        confirmed=confirmed,
        needs_review=needs_review,
        make_unknown=make_unknown,
        photos=_photos(props, payload),
        notes=str(record.get("notes", "")),
        extra=record,
        position_accuracy=float(accuracy) if accuracy is not None else None,
    )


def check_cameras(
    geojson: Any, records: Mapping[str, dict[str, Any]], payload: set[str], problems: Problems
) -> list[SubmittedCamera]:
    """The cameras of a parsed ``cameras.geojson`` the gate lets through; problems appended.

    ``records`` are ``submission.json``'s per-camera records by uuid; ``payload`` the bundle's
    ``data/`` names.
    """
    if not isinstance(geojson, dict) or geojson.get("type") != "FeatureCollection":
        problems.append((GEOJSON_NAME, Message("not a FeatureCollection")))
        return []
    if extra_keys := set(geojson) - {"type", "features"}:
        keys = ", ".join(sorted(extra_keys))[:80]
        problems.append((GEOJSON_NAME, Message("unknown keys {keys}", keys=keys)))
    features = geojson.get("features")
    if not isinstance(features, list) or len(features) > MAX_CAMERAS:
        why = Message("features is not a list of at most {count}", count=MAX_CAMERAS)
        problems.append((GEOJSON_NAME, why))
        return []
    rules = _tag_rules()
    cameras: list[SubmittedCamera] = []
    seen: set[str] = set()
    for number, feature in enumerate(features):
        try:
            camera = _camera(feature, records, payload, rules)
        except Refused as refused:
            why = Message("feature {number} {why}", number=number, why=reason_of(refused))
            problems.append((GEOJSON_NAME, why))
            if len(problems) >= MAX_PROBLEMS:
                break
            continue
        if camera.uuid in seen:
            twice = Message(
                "feature {number}: camera {uuid} appears twice", number=number, uuid=camera.uuid
            )
            problems.append((GEOJSON_NAME, twice))
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
        stray = Message("a record for camera {uuid} that is not in it", uuid=uuid[:40])
        problems.append((SUBMISSION_NAME, stray))
    return cameras

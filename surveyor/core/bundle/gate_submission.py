"""The intake gate for ``submission.json``: the bundle's own fields and its per-camera records.

Checked against ``bag-info.txt`` (the same bundle UUID and key id) as well as on their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from surveyor.core.bundle.gate_rules import (
    MAX_CAMERAS,
    MAX_PHOTOS_PER_CAMERA,
    MAX_PROBLEMS,
    MAX_PSEUDONYM,
    MAX_SEQUENCE,
    PHOTO_NAME,
    UUID_TEXT,
    Problems,
    date_problem,
)
from surveyor.core.bundle.layout import SUBMISSION_NAME, SUBMISSION_SCHEMA
from surveyor.core.messages import Message
from surveyor.core.value_rules import text_problem

SUBMISSION_KEYS = frozenset(
    {"schema", "bundle_uuid", "created", "sequence", "pseudonym", "key_id", "cameras", "redaction"}
)
RECORD_KEYS = frozenset({"uuid", "notes"})


def check_submission(
    doc: Any, info: Mapping[str, str], problems: Problems
) -> tuple[dict[str, dict[str, Any]], str, int]:
    """The per-camera records (by uuid), the ``created`` date and the sequence number."""
    where = SUBMISSION_NAME
    if not isinstance(doc, dict):
        problems.append((where, Message("not a JSON object")))
        return {}, "", 0
    if doc.get("schema") != SUBMISSION_SCHEMA:
        problems.append((where, Message("schema is not {schema}", schema=SUBMISSION_SCHEMA)))
    if extra_keys := set(doc) - SUBMISSION_KEYS:
        keys = ", ".join(sorted(extra_keys))[:80]
        problems.append((where, Message("unknown keys {keys}", keys=keys)))
    if doc.get("bundle_uuid") != info.get("External-Identifier"):
        problems.append((where, Message("bundle_uuid differs from bag-info.txt")))
    if doc.get("key_id") != info.get("Surveyor-Key-Id"):
        problems.append((where, Message("key_id differs from bag-info.txt")))
    pseudonym = doc.get("pseudonym", "")
    if why := text_problem(pseudonym, max_length=MAX_PSEUDONYM):
        problems.append((where, Message("pseudonym {why}", why=why)))
    created = doc.get("created", "")
    if created != "" and (why := date_problem(created)):
        problems.append((where, Message("created {why}", why=why)))
    sequence = doc.get("sequence", 0)
    if (
        isinstance(sequence, bool)
        or not isinstance(sequence, int)
        or not 0 <= sequence <= MAX_SEQUENCE
    ):
        problems.append((where, Message("sequence is not a whole number from 0")))
        sequence = 0
    records: dict[str, dict[str, Any]] = {}
    raw = doc.get("cameras", [])
    if not isinstance(raw, list) or len(raw) > MAX_CAMERAS:
        too_many = Message("cameras is not a list of at most {count}", count=MAX_CAMERAS)
        problems.append((where, too_many))
        raw = []
    for number, record in enumerate(raw):
        if why := _record_problem(record, records):
            problems.append(
                (where, Message("camera record {number} {why}", number=number, why=why))
            )
            if len(problems) >= MAX_PROBLEMS:
                break
            continue
        records[record["uuid"]] = record
    return records, str(created), sequence


def _record_problem(record: Any, records: Mapping[str, object]) -> Message | None:
    """Why one of ``submission.json``'s camera records cannot be kept, or None."""
    if not isinstance(record, dict) or not isinstance(record.get("uuid"), str):
        return Message("is not an object with a uuid")
    if extra_keys := set(record) - RECORD_KEYS:
        return Message("has unknown keys {keys}", keys=", ".join(sorted(extra_keys))[:80])
    if not UUID_TEXT.match(record["uuid"]) or record["uuid"] in records:
        return Message("has a malformed or repeated uuid")
    if (notes_why := text_problem(record.get("notes", ""), notes=True)) is not None:
        return Message("notes {why}", why=notes_why)
    return None


def declared_boxes(doc: Any, problems: Problems) -> dict[str, int] | None:
    """``submission.json``'s ``redaction``: the detector used and the boxes blurred per photo."""
    if not isinstance(doc, dict) or "redaction" not in doc:
        return None
    where = f"{SUBMISSION_NAME} redaction"
    redaction = doc["redaction"]
    if not isinstance(redaction, dict) or set(redaction) - {"detector", "boxes"}:
        problems.append((where, Message("is not an object with detector and boxes")))
        return None
    if why := text_problem(redaction.get("detector", "")):
        problems.append((where, Message("detector {why}", why=why)))
    boxes = redaction.get("boxes", {})
    if not isinstance(boxes, dict) or len(boxes) > MAX_CAMERAS * MAX_PHOTOS_PER_CAMERA:
        problems.append((where, Message("boxes is not an object of photo names")))
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
            why = Message("{name!r} is not a photo with a box count", name=str(name)[:60])
            problems.append((where, why))
            return None
        declared[name] = count
    return declared

"""The intake gate: what a bundle's files may contain, checked before anything is kept.

``verify_bundle`` runs this after the bag's structure, hashes and signature, so ``surveyor
verify`` and ``surveyor merge`` refuse the same bundles for the same reasons. Every file has a
schema: ``bag-info.txt`` (``gate_bag_info``), ``submission.json`` (``gate_submission``) and
``cameras.geojson`` (``gate_features``), parsed within size and depth limits (``gate_rules``),
and each photo (``gate_photos``). A payload file that no camera refers to is refused too.

Problems come back as ``(file, reason)`` pairs; the first ``MAX_PROBLEMS`` are kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from surveyor.core.bundle.bounded_json import JsonLimitError, loads_bounded
from surveyor.core.bundle.gate_features import SubmittedCamera, check_cameras
from surveyor.core.bundle.gate_photos import check_photo
from surveyor.core.bundle.gate_rules import MAX_JSON_DEPTH, MAX_JSON_FILE, MAX_PROBLEMS, Problems
from surveyor.core.bundle.gate_submission import check_submission, declared_boxes
from surveyor.core.bundle.layout import GEOJSON_NAME, SUBMISSION_NAME
from surveyor.core.bundle.safezip import SafeZip
from surveyor.core.messages import Message, reason_of


@dataclass(frozen=True)
class BundleContents:
    """What the gate let through: the cameras and the submission's own fields."""

    cameras: tuple[SubmittedCamera, ...]
    created: str
    pseudonym: str
    sequence: int  # the volunteer's export counter (0: a bundle from before it existed)


def _parse(name: str, data: bytes | None, problems: Problems) -> Any:
    if data is None:
        problems.append((name, Message("missing")))
        return None
    try:
        return loads_bounded(data, max_bytes=MAX_JSON_FILE, max_depth=MAX_JSON_DEPTH)
    except JsonLimitError as exc:
        problems.append((name, reason_of(exc)))
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
    records, created, sequence = check_submission(submission, info, problems)
    cameras = check_cameras(geojson, records, payload, problems)
    boxes = declared_boxes(submission, problems)
    if boxes is not None:
        cameras = [
            replace(c, redaction={p: boxes[p] for p in c.photos if p in boxes}) for c in cameras
        ]
    referenced = {f"data/{p}" for c in cameras for p in c.photos}
    expected = {f"data/{GEOJSON_NAME}", f"data/{SUBMISSION_NAME}"}
    for name in sorted(payload - expected - referenced):
        if len(problems) >= MAX_PROBLEMS:
            break
        problems.append((name, Message("no camera refers to this file")))
    return cameras, created, sequence, problems[:MAX_PROBLEMS]


def _member(z: SafeZip, name: str, problems: Problems) -> bytes | None:
    member = f"data/{name}"
    if member not in z.names:
        return None
    if z.member(member).size > MAX_JSON_FILE:
        problems.append((name, Message("larger than {size} bytes", size=MAX_JSON_FILE)))
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
        check_photo(z, name, problems)
        if len(problems) >= MAX_PROBLEMS:
            break
    if problems:
        return None, problems
    pseudonym = info.get("Surveyor-Pseudonym", "")
    return BundleContents(tuple(cameras), created, pseudonym, sequence), []

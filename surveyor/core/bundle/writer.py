"""Export cameras as a signed, privacy-scrubbed submission bundle (a zipped BagIt bag).

What leaves the machine: each camera's position (exact only when placed by hand, otherwise
shifted so it cannot lead back to the photographer: see ``published_position``) and
OpenStreetMap tags, its UUID, the day it was observed (exact time only if asked), its position
source and review flags, its notes, and its photos rebuilt from pixels. Never the
photographer's positions or compass bearings, a track, original file names or paths, walk
names, any photo metadata, or a time of day the volunteer did not ask for. ``export_preview``
shows exactly that to the volunteer before anything is written.

The zip is written photo by photo to a temporary file next to the target and renamed into
place only when complete and signed; a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import surveyor
from surveyor.core.bundle.bagit_writer import BagZipWriter
from surveyor.core.bundle.camera_feature import camera_feature, observed, published
from surveyor.core.bundle.export_errors import ExportCancelled, ExportError, PhotosHeld
from surveyor.core.bundle.export_selection import Selection, photos_of, select_cameras
from surveyor.core.bundle.gate import check_documents
from surveyor.core.bundle.layout import (
    GEOJSON_NAME,
    SUBMISSION_NAME,
    SUBMISSION_SCHEMA,
    SUBMISSION_SCHEMA_VERSION,
)
from surveyor.core.bundle.minisign import SecretKey, join_digest
from surveyor.core.bundle.scrub import ScrubError, scrub_photo
from surveyor.core.bundle.sequence import next_sequence
from surveyor.core.messages import Joined, Message, reason_of
from surveyor.core.redaction import catalogue as redaction_catalogue
from surveyor.core.redaction.export import detector_label, editor, search_and_hold
from surveyor.core.redaction.scan import ScanCancelled
from surveyor.core.vault.storage import Blob
from surveyor.core.vocabulary import load_vocabulary
from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera, db_proxy

Progress = Callable[[int, int, str], None]  # done, total, what is happening


@dataclass
class ExportResult:
    """What one export wrote: where, under which key, how much, and what was blurred."""

    path: Path
    bundle_uuid: str
    key_id: str
    cameras: int
    photos: int
    size: int
    encrypted: bool
    camera_uuids: list[str] = field(default_factory=list)
    suggested: int = 0  # cameras published shifted because they were not placed by hand
    detection: bool = True  # False only when the volunteer explicitly turned the detector off
    redacted_boxes: int = 0
    redacted_photos: int = 0


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _signer(key: SecretKey, bundle_uuid: str) -> Callable[[bytes], str]:
    def sign(tagmanifest: bytes) -> str:
        comment = f"surveyor bundle {bundle_uuid} key {key.key_id_hex}"
        return key.sign_digest(join_digest([tagmanifest]), comment).to_text()

    return sign


def _check_recipient(recipient: str) -> Any:
    import pyrage

    try:
        return pyrage.x25519.Recipient.from_str(recipient.strip())
    except Exception as exc:  # pyrage raises its own RecipientError
        raise ExportError(
            Message("{recipient!r} is not an age recipient (age1…)", recipient=recipient)
        ) from exc


def _encrypt(src: Path, dest: Path, recipient: Any) -> None:
    import pyrage

    try:
        pyrage.encrypt_file(str(src), str(dest), [recipient])
    except Exception as exc:
        raise ExportError(Message("age encryption failed: {exc}", exc=exc)) from exc


def _write_bag(
    workspace: Workspace,
    cameras: list[Camera],
    handle: Any,
    key: SecretKey,
    pseudonym: str,
    bundle_uuid: str,
    round_dates: bool,
    progress: Progress,
    cancelled: Callable[[], bool],
    detect: bool = True,
) -> tuple[int, dict[str, int]]:
    """Stream the bag into ``handle``; return the photos written and boxes blurred in each."""
    # The day only: the export's clock time would say when (and, with the zone, where
    # on Earth) the volunteer sat at their computer.
    created = _utc_now().date()
    per_camera = [(c, photos_of(c)) for c in cameras]
    # Worked out before any photo is scrubbed: a camera that cannot be shown safely stops
    # the export at once.
    where = {c.id: published(c, photos) for c, photos in per_camera}
    writer = BagZipWriter(handle, created)
    total = len({p.id for _, photos in per_camera for p in photos}) + 1
    written: dict[int, str] = {}
    blurred: dict[str, int] = {}  # boxes blurred per bundled photo (the coordinator sees it)
    names: set[str] = set()
    try:
        for _camera, photos in per_camera:
            for photo in photos:
                if photo.id in written:
                    continue
                if cancelled():
                    raise ExportCancelled(Message("export cancelled"))
                blob = Blob.original(photo.sha256, photo.extension)
                shown = f"{photo.original_name} ({workspace.storage.path_of(blob)})"
                plan = redaction_catalogue.plan_for(photo.id)
                try:
                    data = scrub_photo(workspace.storage.readable(blob), shown, editor(plan))
                except OSError as exc:
                    why = Message("{photo}: cannot read the photo ({exc})", photo=shown, exc=exc)
                    raise ExportError(why) from exc
                except ScrubError as exc:
                    raise ExportError(reason_of(exc)) from exc
                relpath = f"photos/{hashlib.sha256(data).hexdigest()}.jpg"
                if relpath not in names:  # identical pixels from two files: one copy
                    writer.add_payload(relpath, data, compress=False)
                    names.add(relpath)
                written[photo.id] = relpath
                blurred[relpath] = len(plan.blur)
                del data
                progress(len(written), total, photo.original_name)
        if cancelled():
            raise ExportCancelled(Message("export cancelled"))
        features = []
        records = []
        for camera, photos in per_camera:
            when = observed(camera, photos, round_dates)
            # Two photos may scrub to the same pixels (a burst): list each file once.
            paths = list(dict.fromkeys(written[p.id] for p in photos))
            features.append(camera_feature(camera, paths, when, where[camera.id]))
            records.append({"uuid": camera.uuid, "notes": camera.notes or ""})
        geojson = {"type": "FeatureCollection", "features": features}
        submission = {
            "schema": SUBMISSION_SCHEMA,
            "bundle_uuid": bundle_uuid,
            "created": created.isoformat(),  # the day only: no time of day leaves
            "sequence": next_sequence(key.key_id_hex, created),
            "pseudonym": pseudonym,
            "key_id": key.key_id_hex,
            # How many boxes were blurred in each photo: the coordinator's review shows it.
            "redaction": {
                "detector": detector_label(detect),
                "boxes": dict(sorted(blurred.items())),
            },
            "cameras": records,
        }
        _check_with_the_gate(geojson, submission, names, cameras)
        writer.add_payload(GEOJSON_NAME, _json_bytes(geojson))
        writer.add_payload(SUBMISSION_NAME, _json_bytes(submission))
        writer.finish(
            [
                ("External-Identifier", bundle_uuid),
                ("Surveyor-Pseudonym", pseudonym),
                ("Surveyor-Key-Id", key.key_id_hex),
                ("Surveyor-App-Version", surveyor.__version__),
                ("Surveyor-Vocabulary-Version", load_vocabulary().version),
                ("Surveyor-Schema-Version", SUBMISSION_SCHEMA_VERSION),
            ],
            _signer(key, bundle_uuid),
        )
    except BaseException:
        writer.abort()
        raise
    progress(total, total, "signed")
    return len(names), blurred


def _check_with_the_gate(
    geojson: dict[str, Any], submission: dict[str, Any], photos: set[str], cameras: list[Camera]
) -> None:
    """Refuse to write a bundle the coordinator's intake gate would refuse (values typed
    before the rules existed, say), naming the camera to fix."""
    info = {
        "External-Identifier": submission["bundle_uuid"],
        "Surveyor-Key-Id": submission["key_id"],
    }
    payload = {f"data/{p}" for p in photos} | {f"data/{GEOJSON_NAME}", f"data/{SUBMISSION_NAME}"}
    _, _, _, problems = check_documents(
        _json_bytes(geojson), _json_bytes(submission), info, payload
    )
    if not problems:
        return
    lines: list[str] = []
    for _file, reason in problems[:5]:
        # The gate's "feature {number} {why}": name the camera as the volunteer knows it.
        values = reason.values if isinstance(reason, Message) else {}
        number, why = values.get("number"), values.get("why")
        if why is not None and isinstance(number, int) and number < len(cameras):
            camera = cameras[number]
            lines.append(
                Message("camera #{id} ({uuid}): {why}", id=camera.id, uuid=camera.uuid, why=why)
            )
        else:
            lines.append(reason)
    raise ExportError(Message("fix these cameras first: {problems}", problems=Joined("; ", lines)))


def _json_bytes(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def export_bundle(
    workspace: Workspace,
    key: SecretKey,
    out: Path,
    selection: Selection,
    *,
    pseudonym: str = "",
    round_dates: bool = True,
    encrypt_to: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    mark_exported: bool = True,
    detect: bool = True,
    search_progress: Progress | None = None,
) -> ExportResult:
    """Write the bundle to ``out`` (``out.age`` style name when encrypting) and return a summary.

    Cameras without a position are left out (they cannot be a Point). On success the exported
    cameras get ``exported_at``; on failure or cancel no file is left and nothing changes.
    Photos are first searched for faces and plates (those not searched yet) and every box is
    blurred; a photo the detector could not search stops the export (``PhotosHeld``) until the
    volunteer has checked it. ``detect=False`` sends only the boxes already there.
    ``search_progress`` hears about the search, ``progress`` about writing the bundle.
    """
    recipient = _check_recipient(encrypt_to) if encrypt_to else None
    if recipient is not None and not out.name.endswith(".age"):
        out = out.with_name(out.name + ".age")
    cameras, _skipped = select_cameras(selection)
    if not cameras:
        raise ExportError(
            Message(
                "nothing to export: {describe} has no placed cameras", describe=selection.describe()
            )
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    bundle_uuid = str(uuid.uuid4())
    part = out.with_name(f".{out.name}.{bundle_uuid[:8]}.part")
    part_zip = out.with_name(f".{out.name}.{bundle_uuid[:8]}.zip.part")
    report = progress or (lambda done, total, what: None)
    stop = cancelled or (lambda: False)
    if detect:
        photo_ids = [p.id for c in cameras for p in photos_of(c)]
        try:
            held = search_and_hold(
                workspace, photo_ids, search_progress or (lambda d, t, w: None), stop
            )
        except ScanCancelled as exc:
            raise ExportCancelled(Message("export cancelled")) from exc
        if held:
            raise PhotosHeld([h.line() for h in held])
    try:
        zip_target = part_zip if recipient is not None else part
        with zip_target.open("xb") as handle:
            photos, blurred = _write_bag(
                workspace,
                cameras,
                handle,
                key,
                pseudonym,
                bundle_uuid,
                round_dates,
                report,
                stop,
                detect,
            )
            handle.flush()
            os.fsync(handle.fileno())
        if recipient is not None:
            _encrypt(part_zip, part, recipient)
            part_zip.unlink()
        os.replace(part, out)
    except BaseException:
        part.unlink(missing_ok=True)
        part_zip.unlink(missing_ok=True)
        raise
    if mark_exported:
        _mark_exported(c.id for c in cameras)
    return ExportResult(
        path=out,
        bundle_uuid=bundle_uuid,
        key_id=key.key_id_hex,
        cameras=len(cameras),
        photos=photos,
        size=out.stat().st_size,
        encrypted=recipient is not None,
        camera_uuids=[c.uuid for c in cameras],
        suggested=sum(1 for c in cameras if not c.placed_by_hand),
        detection=detect,
        redacted_boxes=sum(blurred.values()),
        redacted_photos=sum(1 for n in blurred.values() if n),
    )


def _mark_exported(camera_ids: Iterable[int]) -> None:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    ids = list(camera_ids)
    with db_proxy.atomic():
        for start in range(0, len(ids), 500):
            Camera.update(exported_at=now).where(Camera.id.in_(ids[start : start + 500])).execute()

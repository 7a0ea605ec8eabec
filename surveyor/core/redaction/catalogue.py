"""Redaction boxes and detection status in the workspace catalogue; every change saved at once.

Removing a box only marks it removed, so an undo can bring it back and detecting again does
not return a detected box the volunteer has already judged false.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError

from surveyor.core.message_json import from_json, to_json
from surveyor.core.messages import Message
from surveyor.core.redaction.boxes import (
    BLURRED_KINDS,
    CAMERA,
    FACE,
    HAND,
    KINDS,
    PLATE,
    Box,
    BoxError,
    check_inside,
)
from surveyor.core.redaction.detect import Detection
from surveyor.core.vault.storage import Blob
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo, PhotoRedaction, RedactionBox, db_proxy

DONE, FAILED, PENDING = "done", "failed", "pending"
SAME_BOX = 0.5  # IoU above which a new detection is the box the volunteer already removed


class RedactionError(Exception):
    """A request about boxes that cannot be done (unknown photo or box, box off the photo)."""


@dataclass(frozen=True)
class PhotoPlan:
    """What export does to one photo: blur these boxes, then send all or only ``crop``."""

    blur: tuple[Box, ...]
    crop: Box | None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def as_box(row: RedactionBox) -> Box:
    return Box(int(row.x), int(row.y), int(row.w), int(row.h))


def photo_or_error(photo_id: int) -> Photo:
    photo = Photo.get_or_none(Photo.id == photo_id)
    if photo is None:
        raise RedactionError(Message("no photo with id {photo_id}", photo_id=photo_id))
    return photo


def status_row(photo_id: int) -> PhotoRedaction:
    """The photo's redaction state, made (pending) on first use."""
    row: PhotoRedaction = PhotoRedaction.get_or_create(photo=photo_id)[0]
    return row


def status_of(photo_id: int) -> PhotoRedaction | None:
    return PhotoRedaction.get_or_none(PhotoRedaction.photo == photo_id)


def failure_reason(row: PhotoRedaction) -> str:
    """Why detection failed, as a message the interface translates when it was kept as one."""
    return from_json(row.reason_message, row.reason) or ""


def boxes_of(photo_id: int, *, include_removed: bool = False) -> list[RedactionBox]:
    query = RedactionBox.select().where(RedactionBox.photo == photo_id)
    if not include_removed:
        query = query.where(RedactionBox.removed == False)  # noqa: E712 - peewee expression
    return list(query.order_by(RedactionBox.id))


def upright_size(path: Path | BinaryIO, name: str | None = None) -> tuple[int, int]:
    """The photo's width and height as shown (orientation applied), read from its header."""
    shown = name or (path.name if isinstance(path, Path) else "photo")
    try:
        with Image.open(path) as img:
            width, height = img.size
            if int(img.getexif().get(0x0112, 1) or 1) in (5, 6, 7, 8):
                width, height = height, width
    except (OSError, UnidentifiedImageError) as exc:
        raise RedactionError(
            Message("{file}: cannot read the photo ({exc})", file=shown, exc=exc)
        ) from exc
    return width, height


def frame_of(workspace: Workspace, photo: Photo) -> tuple[int, int]:
    row = status_of(photo.id)
    if row is not None and row.width and row.height:
        return int(row.width), int(row.height)
    blob = Blob.original(photo.sha256, photo.extension)
    try:
        source = workspace.storage.readable(blob)
    except OSError as exc:
        raise RedactionError(
            Message("{photo}: cannot read the photo ({exc})", photo=photo.original_name, exc=exc)
        ) from exc
    return upright_size(source, photo.original_name)


def add_box(workspace: Workspace, photo_id: int, box: Box, kind: str = HAND) -> RedactionBox:
    """Save a box drawn by hand (or the camera box); clipped to the photo."""
    if kind not in KINDS:
        raise RedactionError(
            Message(
                "unknown kind of box {kind!r} (one of {KINDS})", kind=kind, KINDS=", ".join(KINDS)
            )
        )
    photo = photo_or_error(photo_id)
    try:
        inside = check_inside(box, *frame_of(workspace, photo))
    except BoxError as exc:
        raise RedactionError(
            Message("photo {photo_id}: {exc}", photo_id=photo_id, exc=exc)
        ) from exc
    with db_proxy.atomic():
        if kind == CAMERA:  # one camera box per photo: the new one replaces the old
            RedactionBox.update(removed=True).where(
                (RedactionBox.photo == photo_id) & (RedactionBox.kind == CAMERA)
            ).execute()
        return RedactionBox.create(
            photo=photo_id, kind=kind, x=inside.x, y=inside.y, w=inside.w, h=inside.h
        )


def box_or_error(box_id: int) -> RedactionBox:
    row = RedactionBox.get_or_none(RedactionBox.id == box_id)
    if row is None:
        raise RedactionError(Message("no redaction box with id {box_id}", box_id=box_id))
    return row


def set_removed(box_id: int, removed: bool) -> RedactionBox:
    """Remove a box (or bring a removed one back); the row stays for undo."""
    row = box_or_error(box_id)
    row.removed = removed
    row.save()
    return row


def set_checked(photo_id: int, checked: bool) -> None:
    """The volunteer's word that they looked at the photo and its boxes cover all bystanders."""
    photo_or_error(photo_id)
    row = status_row(photo_id)
    row.checked = checked
    row.save()


def set_crop_only(photo_id: int, crop_only: bool) -> None:
    """Send only the camera box of this photo (needs one), or the whole frame again."""
    photo_or_error(photo_id)
    if crop_only and camera_box(photo_id) is None:
        raise RedactionError(
            Message("photo {photo_id}: draw a camera box first, then crop to it", photo_id=photo_id)
        )
    row = status_row(photo_id)
    row.crop_only = crop_only
    row.save()


def camera_box(photo_id: int) -> Box | None:
    rows = [r for r in boxes_of(photo_id) if r.kind == CAMERA]
    return as_box(rows[-1]) if rows else None


def record_detection(photo_id: int, detection: Detection, detector: str) -> int:
    """Replace the photo's detected boxes with ``detection``; return how many are kept.

    Boxes drawn by hand stay; a detection matching a box the volunteer removed stays removed.
    """
    with db_proxy.atomic():
        old = RedactionBox.select().where(
            (RedactionBox.photo == photo_id) & RedactionBox.kind.in_([FACE, PLATE])
        )
        rejected = [(r.kind, as_box(r)) for r in old if r.removed]
        RedactionBox.delete().where(
            (RedactionBox.photo == photo_id)
            & RedactionBox.kind.in_([FACE, PLATE])
            & (RedactionBox.removed == False)  # noqa: E712
        ).execute()
        kept = 0
        for hit in detection.found:
            if any(k == hit.kind and b.iou(hit.box) > SAME_BOX for k, b in rejected):
                continue
            b = hit.box
            RedactionBox.create(
                photo=photo_id, kind=hit.kind, x=b.x, y=b.y, w=b.w, h=b.h, score=hit.score
            )
            kept += 1
        row = status_row(photo_id)
        row.status, row.reason, row.reason_message, row.detector = DONE, "", None, detector
        row.width, row.height, row.scanned_at = detection.width, detection.height, _now()
        row.save()
    return kept


def record_failure(photo_id: int, reason: str, detector: str) -> None:
    row = status_row(photo_id)
    row.status, row.reason, row.detector, row.scanned_at = FAILED, reason, detector, _now()
    row.reason_message = to_json(reason)
    row.save()


def needing_detection(photo_ids: Iterable[int], detector: str) -> list[int]:
    """Photos never searched, searched by another detector, or whose detection failed."""
    ids = list(dict.fromkeys(photo_ids))
    done = {
        r.photo_id
        for r in PhotoRedaction.select().where(
            PhotoRedaction.photo.in_(ids)
            & (PhotoRedaction.status == DONE)
            & (PhotoRedaction.detector == detector)
        )
    }
    return [i for i in ids if i not in done]


def held_back(photo_ids: Iterable[int]) -> list[tuple[Photo, str]]:
    """Photos that may not leave: detection did not run and the volunteer has not checked them."""
    ids = list(dict.fromkeys(photo_ids))
    rows = {r.photo_id: r for r in PhotoRedaction.select().where(PhotoRedaction.photo.in_(ids))}
    held: list[tuple[Photo, str]] = []
    for photo in Photo.select().where(Photo.id.in_(ids)).order_by(Photo.id):
        row = rows.get(photo.id)
        if row is not None and row.checked:
            continue
        if row is None or row.status == PENDING:
            held.append((photo, Message("faces and plates not searched yet")))
        elif row.status == FAILED:
            held.append((photo, failure_reason(row) or Message("detection failed")))
    return held


def plan_for(photo_id: int) -> PhotoPlan:
    rows = boxes_of(photo_id)
    blur = tuple(as_box(r) for r in rows if r.kind in BLURRED_KINDS)
    state = status_of(photo_id)
    crop = camera_box(photo_id) if state is not None and state.crop_only else None
    return PhotoPlan(blur, crop)


def box_counts(photo_ids: Iterable[int]) -> dict[int, int]:
    """Blurred boxes per photo (photos without any are left out)."""
    counts: dict[int, int] = {}
    query = RedactionBox.select(RedactionBox.photo).where(
        RedactionBox.photo.in_(list(photo_ids))
        & RedactionBox.kind.in_(list(BLURRED_KINDS))
        & (RedactionBox.removed == False)  # noqa: E712
    )
    for row in query:
        counts[row.photo_id] = counts.get(row.photo_id, 0) + 1
    return counts

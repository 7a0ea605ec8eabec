"""The photos an export would send, as they will leave: for the Export dialog's preview."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from surveyor.core.bundle.export_selection import Selection, select_cameras
from surveyor.core.redaction import catalogue
from surveyor.core.redaction.burn import crop_to, redact
from surveyor.core.workspace import Workspace
from surveyor.store.models import CameraPhoto, Photo


def outgoing_photos(selection: Selection) -> list[Photo]:
    """The photos of the cameras ``selection`` exports, in export order, each once."""
    cameras, _skipped = select_cameras(selection)
    if not cameras:
        return []
    query = (
        Photo.select()
        .join(CameraPhoto)
        .where(CameraPhoto.camera.in_([c.id for c in cameras]))
        .order_by(Photo.taken_at, Photo.id)
    )
    return list(dict.fromkeys(query))


@dataclass(frozen=True)
class Outgoing:
    photo_id: int
    name: str
    boxes: int
    crop: bool
    image: Image.Image | None  # a small copy as it will leave, or None if unreadable


def render_outgoing(workspace: Workspace, photo: Photo, size: int = 256) -> Outgoing:
    """A small copy of the photo with its boxes blurred (and cropped) as export will do."""
    plan = catalogue.plan_for(photo.id)
    image = None
    candidates = [
        workspace.thumb_path(photo.sha256, size),
        workspace.media_path(photo.sha256, photo.extension),
    ]
    for path in candidates:
        image = _small_upright(path, size * 2 if plan.crop else size)
        if image is not None:
            break
    if image is not None:
        try:
            full_w, _full_h = catalogue.frame_of(workspace, photo)
        except catalogue.RedactionError:
            full_w = image.width
        factor = image.width / full_w if full_w else 1.0
        redact(image, [b.scaled(factor) for b in plan.blur])
        if plan.crop is not None:
            image = crop_to(image, plan.crop.scaled(factor))
        image.thumbnail((size, size))
    return Outgoing(photo.id, photo.original_name, len(plan.blur), plan.crop is not None, image)


def _small_upright(path: Path, size: int) -> Image.Image | None:
    if not path.is_file():
        return None
    try:
        with Image.open(path) as src:
            if src.format == "JPEG":
                src.draft("RGB", (size, size))
            image = ImageOps.exif_transpose(src).convert("RGB")
    except (OSError, UnidentifiedImageError, ValueError):
        return None
    image.thumbnail((size, size))
    return image

"""What the bundle export asks of redaction: search first, hold back, then blur each photo."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PIL import Image

from surveyor.core.messages import Message
from surveyor.core.redaction import catalogue
from surveyor.core.redaction.burn import crop_to, redact
from surveyor.core.redaction.catalogue import PhotoPlan
from surveyor.core.redaction.detect import DETECTOR_NAME
from surveyor.core.redaction.scan import Progress, detect_photos
from surveyor.core.workspace import Workspace

DETECTION_OFF = "off"


@dataclass(frozen=True)
class Held:
    photo_id: int
    name: str
    reason: str

    def line(self) -> str:
        return Message(
            "{name} (photo {id}): {reason}", name=self.name, id=self.photo_id, reason=self.reason
        )


def search_and_hold(
    workspace: Workspace,
    photo_ids: Sequence[int],
    progress: Progress,
    cancelled: Callable[[], bool],
) -> list[Held]:
    """Search the photos not searched yet; return those that may not leave unreviewed."""
    detect_photos(workspace, photo_ids, progress=progress, cancelled=cancelled)
    return [Held(p.id, p.original_name, why) for p, why in catalogue.held_back(photo_ids)]


def detector_label(detect: bool) -> str:
    return DETECTOR_NAME if detect else DETECTION_OFF


def editor(plan: PhotoPlan) -> Callable[[Image.Image], Image.Image] | None:
    """The pixel edit for one photo: blur its boxes, then keep only the camera crop if asked."""
    if not plan.blur and plan.crop is None:
        return None

    def edit(image: Image.Image) -> Image.Image:
        redact(image, plan.blur)
        return crop_to(image, plan.crop) if plan.crop is not None else image

    return edit

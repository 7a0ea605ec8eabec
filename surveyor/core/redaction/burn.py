"""Burn redaction into pixels: a strong Gaussian blur over each box and a margin around it.

The blur's radius grows with the box (a third of its longer side, never under ``MIN_RADIUS``),
so a face keeps its colour but loses every feature an eye or a detector reads. It is applied
to the upright full-size pixels before the JPEG is encoded, and the blurred region is blurred
again once, which leaves nothing from a block mosaic to undo: no pixelation is ever used.
"""

from __future__ import annotations

from collections.abc import Iterable

from PIL import Image, ImageFilter

from surveyor.core.redaction.boxes import Box

MARGIN = 0.25  # of the box's size, on each side: hair, ears and the edge of a plate
MIN_MARGIN = 6
MIN_RADIUS = 8.0


def blur_region(box: Box) -> Box:
    """The area actually blurred for ``box`` (the box with its margin)."""
    return box.grown(MARGIN, MIN_MARGIN)


def redact(image: Image.Image, boxes: Iterable[Box]) -> int:
    """Blur every box (with margin) in ``image`` in place; return how many were inside it."""
    done = 0
    for box in boxes:
        area = blur_region(box).clamped(image.width, image.height)
        if area is None:
            continue
        corners = (area.x, area.y, area.right, area.bottom)
        region = image.crop(corners)
        radius = max(MIN_RADIUS, max(area.w, area.h) / 3)
        region = region.filter(ImageFilter.GaussianBlur(radius))
        region = region.filter(ImageFilter.GaussianBlur(radius))
        image.paste(region, corners[:2])
        done += 1
    return done


def crop_to(image: Image.Image, box: Box) -> Image.Image:
    """Just the part of ``image`` inside ``box`` (the camera crop)."""
    area = box.clamped(image.width, image.height)
    if area is None:
        return image
    return image.crop((area.x, area.y, area.right, area.bottom))

"""Thumbnails (256 px) and previews (1600 px), upright and cheap to make.

Speed comes from JPEG draft decoding: libjpeg scales by 1/2, 1/4 or 1/8 while decoding, so a
12-megapixel photo is decoded straight to about 2000x1500 instead of 4000x3000. The small
thumbnail is then made from the preview, not from the original.
"""

from __future__ import annotations

import math

from PIL import Image, ImageOps

PREVIEW_SIZE = 1600
THUMB_SIZE = 256
PREVIEW_QUALITY = 82
THUMB_QUALITY = 80


def draft_for(image: Image.Image, largest: int = PREVIEW_SIZE) -> None:
    """Ask a JPEG decoder for the smallest DCT scale that still gives ``largest`` px.

    Must be called before the pixels are loaded; other formats ignore it.
    """
    if image.format != "JPEG":
        return
    width, height = image.size
    ratio = largest / max(width, height)
    if ratio >= 1:
        return
    # Pillow picks a scale whose result is at least this big in *both* directions.
    image.draft("RGB", (math.ceil(width * ratio), math.ceil(height * ratio)))


def _to_rgb(image: Image.Image) -> Image.Image:
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode.startswith("I;16") or image.mode == "I":
        # 16-bit greyscale: scale to 8 bits rather than clip to white.
        return image.point(lambda v: v / 256).convert("L").convert("RGB")
    return image.convert("RGB")


def render(image: Image.Image, *, already_upright: bool = False) -> dict[int, Image.Image]:
    """{1600: preview, 256: thumbnail} from an opened image (draft already requested).

    ``already_upright`` is for decoders that rotated while decoding (pillow-heif does).
    """
    image.load()
    if not already_upright:
        ImageOps.exif_transpose(image, in_place=True)
    preview = _to_rgb(image)  # may be the image itself: it is not needed afterwards
    # The draft decode left at most 2x to go: bilinear is sharp enough there and much
    # cheaper than bicubic on a 3-megapixel image (measured: about 25 % of the whole import).
    preview.thumbnail((PREVIEW_SIZE, PREVIEW_SIZE), Image.Resampling.BILINEAR)
    thumb = preview.copy()
    thumb.thumbnail((THUMB_SIZE, THUMB_SIZE), Image.Resampling.BICUBIC)
    return {PREVIEW_SIZE: preview, THUMB_SIZE: thumb}


def save_jpeg(image: Image.Image, path: object, size: int) -> None:
    quality = PREVIEW_QUALITY if size >= PREVIEW_SIZE else THUMB_QUALITY
    # No EXIF, no comment, no ICC: a thumbnail carries pixels only.
    image.save(path, "JPEG", quality=quality)  # type: ignore[arg-type]

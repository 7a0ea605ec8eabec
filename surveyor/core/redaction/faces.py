"""Faces with CenterFace (an anchor-free CNN, ~7 MB), run by OpenCV's DNN module.

The network takes an RGB image (0–255, any size divisible by 32) and returns, per 4 × 4 pixel
cell, a face-centre score, the face's size (log scale) and the centre's offset. OpenCV's DNN
runs the model at any input size; onnxruntime would need the file's fixed 32 × 32 input
rewritten first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from surveyor.core.redaction.boxes import Box

STRIDE = 4
OUTPUTS = ["537", "538", "539", "540"]  # heatmap, scale, offset, landmarks
# Lower than the usual 0.5: a missed face is worse than a blurred shadow the volunteer removes.
THRESHOLD = 0.3
NMS_IOU = 0.3


class FaceDetector:
    def __init__(self, model: Path) -> None:
        import cv2

        self._net: Any = cv2.dnn.readNetFromONNX(str(model))

    def detect(self, rgb: np.ndarray[Any, Any]) -> list[tuple[Box, float]]:
        """Faces in an H × W × 3 RGB image, as boxes in its pixels with their scores."""
        import cv2

        height, width = rgb.shape[:2]
        in_w, in_h = _ceil32(width), _ceil32(height)
        blob = cv2.dnn.blobFromImage(rgb, 1.0, (in_w, in_h), (0, 0, 0), False, False)
        self._net.setInput(blob)
        heatmap, scale, offset, _landmarks = self._net.forward(OUTPUTS)
        found = decode(heatmap[0, 0], scale[0], offset[0], THRESHOLD)
        sx, sy = width / in_w, height / in_h
        return [
            (Box(round(x * sx), round(y * sy), max(1, round(w * sx)), max(1, round(h * sy))), s)
            for (x, y, w, h), s in found
        ]


def _ceil32(n: int) -> int:
    return max(32, -(-n // 32) * 32)


def decode(
    heatmap: np.ndarray[Any, Any],
    scale: np.ndarray[Any, Any],
    offset: np.ndarray[Any, Any],
    threshold: float,
) -> list[tuple[tuple[float, float, float, float], float]]:
    """Boxes (x, y, w, h in input pixels) and scores for the cells above ``threshold``."""
    rows, cols = np.nonzero(heatmap > threshold)
    if rows.size == 0:
        return []
    scores = heatmap[rows, cols]
    heights = np.exp(scale[0, rows, cols]) * STRIDE
    widths = np.exp(scale[1, rows, cols]) * STRIDE
    cy = (rows + offset[0, rows, cols] + 0.5) * STRIDE
    cx = (cols + offset[1, rows, cols] + 0.5) * STRIDE
    boxes = np.stack([cx - widths / 2, cy - heights / 2, widths, heights], axis=1)
    keep = nms(boxes, scores, NMS_IOU)
    return [(tuple(float(v) for v in boxes[i]), float(scores[i])) for i in keep]  # type: ignore[misc]


def nms(boxes: np.ndarray[Any, Any], scores: np.ndarray[Any, Any], limit: float) -> list[int]:
    """Indices of the best-scoring boxes, dropping any that overlap a kept one by > ``limit``."""
    order = list(np.argsort(-scores))
    x1, y1 = boxes[:, 0], boxes[:, 1]
    x2, y2 = x1 + boxes[:, 2], y1 + boxes[:, 3]
    areas = boxes[:, 2] * boxes[:, 3]
    keep: list[int] = []
    while order:
        best = int(order.pop(0))
        keep.append(best)
        if not order:
            break
        rest = np.array(order)
        iw = np.clip(np.minimum(x2[best], x2[rest]) - np.maximum(x1[best], x1[rest]), 0, None)
        ih = np.clip(np.minimum(y2[best], y2[rest]) - np.maximum(y1[best], y1[rest]), 0, None)
        inter = iw * ih
        overlap = inter / (areas[best] + areas[rest] - inter)
        order = [int(i) for i, o in zip(rest, overlap, strict=True) if o <= limit]
    return keep

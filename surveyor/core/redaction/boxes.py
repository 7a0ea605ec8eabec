"""Rectangles in pixels of the upright photo, as the volunteer sees it."""

from __future__ import annotations

from dataclasses import dataclass

from surveyor.core.messages import Message

# Kinds of box: found by a detector, drawn by hand, or around the camera (the crop; not blurred).
FACE, PLATE, HAND, CAMERA = "face", "plate", "hand", "camera"
KINDS = (FACE, PLATE, HAND, CAMERA)
BLURRED_KINDS = (FACE, PLATE, HAND)


class BoxError(ValueError):
    """A box that cannot be drawn on this photo (bad numbers, or outside the frame)."""


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    def text(self) -> str:
        return f"{self.x},{self.y},{self.w},{self.h}"

    def grown(self, fraction: float, minimum: int = 0) -> Box:
        """The box with a margin of ``fraction`` of its size (at least ``minimum`` px) per side."""
        dx = max(minimum, round(self.w * fraction))
        dy = max(minimum, round(self.h * fraction))
        return Box(self.x - dx, self.y - dy, self.w + 2 * dx, self.h + 2 * dy)

    def clamped(self, width: int, height: int) -> Box | None:
        """The part of the box inside a ``width`` × ``height`` frame, or None if nothing is."""
        left, top = max(0, self.x), max(0, self.y)
        right, bottom = min(width, self.right), min(height, self.bottom)
        if right <= left or bottom <= top:
            return None
        return Box(left, top, right - left, bottom - top)

    def scaled(self, factor: float) -> Box:
        return Box(
            round(self.x * factor),
            round(self.y * factor),
            max(1, round(self.w * factor)),
            max(1, round(self.h * factor)),
        )

    def shifted(self, dx: int, dy: int) -> Box:
        return Box(self.x + dx, self.y + dy, self.w, self.h)

    def iou(self, other: Box) -> float:
        left, top = max(self.x, other.x), max(self.y, other.y)
        right, bottom = min(self.right, other.right), min(self.bottom, other.bottom)
        inter = max(0, right - left) * max(0, bottom - top)
        union = self.w * self.h + other.w * other.h - inter
        return inter / union if union else 0.0


def parse_box(text: str) -> Box:
    """``X,Y,W,H`` in whole pixels; ``BoxError`` saying what is wrong otherwise."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 4:
        raise BoxError(
            Message("{text!r}: a box is X,Y,W,H (four whole numbers of pixels)", text=text)
        )
    try:
        x, y, w, h = (int(p) for p in parts)
    except ValueError:
        raise BoxError(
            Message("{text!r}: a box is X,Y,W,H (four whole numbers of pixels)", text=text)
        ) from None
    if w <= 0 or h <= 0:
        raise BoxError(Message("{text!r}: width and height must be more than 0", text=text))
    return Box(x, y, w, h)


def check_inside(box: Box, width: int, height: int) -> Box:
    """The box clipped to the photo; ``BoxError`` if it misses the photo entirely."""
    inside = box.clamped(width, height)
    if inside is None:
        raise BoxError(
            Message(
                "box {text} lies outside the photo ({width}×{height} pixels)",
                text=box.text(),
                width=width,
                height=height,
            )
        )
    return inside

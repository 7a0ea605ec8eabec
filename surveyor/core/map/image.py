"""What a map image shows, with no Qt: the view asked for and the cameras, nothing private.

A map image (``surveyor render-map``, File ▸ Save map image…) is made for reports and the
press, so it draws cameras only: never the photos' positions (where volunteers stood), never a
camera's suggested position (derived from them), never notes. Camera rows use the same fields
as the live map (``CAMERA_FIELDS``), so the page draws them with the same markers and cones.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from surveyor.core.map.page import (
    C_LAT,
    C_PHOTOS,
    C_SUGGESTED,
    CAMERA_FIELDS,
    PHOTO_FIELDS,
    camera_rows,
)
from surveyor.core.messages import Message

MIN_ZOOM, MAX_ZOOM = 3, 21
MAX_SIDE = 8000  # pixels; a bigger page than this exhausts a software-rendered browser
_NOTES = CAMERA_FIELDS.index("notes")


class MapImageError(ValueError):
    """A view that cannot be drawn (bad bounding box, zoom or size); the message says why."""


@dataclass(frozen=True)
class MapView:
    """Either a bounding box (west, south, east, north) or a centre (lat, lon) and zoom."""

    width: int
    height: int
    bbox: tuple[float, float, float, float] | None = None
    center: tuple[float, float] | None = None
    zoom: float | None = None

    def page_view(self) -> dict[str, Any]:
        """This view for ``SurveyorMap.showView`` (no animation: the image is taken at once)."""
        if self.bbox is not None:
            return {"bbox": list(self.bbox)}
        assert self.center is not None and self.zoom is not None
        return {"center": list(self.center), "zoom": self.zoom}


def _numbers(text: str, count: int, what: str) -> list[float]:
    parts = [p.strip() for p in text.split(",")]
    try:
        values = [float(p) for p in parts]
    except ValueError:
        values = []
    if len(values) != count or not all(math.isfinite(v) for v in values):
        raise MapImageError(
            Message(
                "{what} must be {count} numbers separated by commas, got {text!r}",
                what=what,
                count=count,
                text=text,
            )
        )
    return values


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    west, south, east, north = _numbers(text, 4, "--bbox W,S,E,N")
    if not (-180 <= west < east <= 180 and -85.06 <= south < north <= 85.06):
        raise MapImageError(
            Message(
                "--bbox {text!r}: west < east within ±180 and south < north within ±85 expected",
                text=text,
            )
        )
    return west, south, east, north


def parse_center(text: str) -> tuple[float, float]:
    lat, lon = _numbers(text, 2, "--center LAT,LON")
    if not (-85.06 <= lat <= 85.06 and -180 <= lon <= 180):
        raise MapImageError(
            Message("--center {text!r}: latitude or longitude out of range", text=text)
        )
    return lat, lon


def parse_zoom(value: float) -> float:
    if not (MIN_ZOOM <= value <= MAX_ZOOM):
        raise MapImageError(
            Message(
                "--zoom {value}: between {MIN_ZOOM} and {MAX_ZOOM}",
                value=value,
                MIN_ZOOM=MIN_ZOOM,
                MAX_ZOOM=MAX_ZOOM,
            )
        )
    return value


def parse_size(text: str) -> tuple[int, int]:
    parts = text.lower().split("x")
    try:
        width, height = (int(p) for p in parts)
    except ValueError as exc:
        raise MapImageError(
            Message("--size {text!r}: WIDTHxHEIGHT in pixels, e.g. 1600x1200", text=text)
        ) from exc
    if not (64 <= width <= MAX_SIDE and 64 <= height <= MAX_SIDE):
        raise MapImageError(
            Message(
                "--size {text!r}: each side between 64 and {MAX_SIDE} pixels",
                text=text,
                MAX_SIDE=MAX_SIDE,
            )
        )
    return width, height


def public_camera_rows(rows: list[list[Any]]) -> list[list[Any]]:
    """Placed cameras only, with their links to photos, suggestions and notes removed."""
    public = []
    for row in rows:
        if row[C_LAT] is None:
            continue
        row = list(row)
        row[C_PHOTOS], row[C_SUGGESTED], row[_NOTES] = [], None, ""
        public.append(row)
    return public


def workspace_cameras() -> list[list[Any]]:
    """The open workspace's placed cameras as the image shows them."""
    return public_camera_rows(camera_rows(0.0, set()))


def image_document(cameras: list[list[Any]]) -> dict[str, Any]:
    """The page's ``setData`` document for an image: cameras, and no photos."""
    return {
        "photoFields": PHOTO_FIELDS,
        "photos": [],
        "cameraFields": CAMERA_FIELDS,
        "cameras": cameras,
        "warnings": [],
    }

"""What an export would send, shown to the volunteer before anything is written.

The export dialog shows this: how many cameras and photos, the fields that leave, one sample
camera, and where each camera will appear.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from surveyor.core.bundle.camera_feature import camera_feature, observed, published
from surveyor.core.bundle.export_selection import Selection, photos_of, select_cameras
from surveyor.core.bundle.layout import SURVEYOR_PROPERTIES
from surveyor.core.bundle.published_position import PublishedPosition


@dataclass
class ExportPreview:
    """What leaves this machine, for the export dialog."""

    cameras: int
    photos: int
    skipped_no_position: int
    fields: list[str]
    sample: dict[str, Any] | None
    round_dates: bool
    # Cameras still at a suggested spot (not placed by hand): published shifted.
    suggested_ids: list[int] = field(default_factory=list)
    # Where each camera will appear, as the bundle shows it (for the dialog's small map).
    positions: list[PublishedPosition] = field(default_factory=list)

    @property
    def suggested(self) -> int:
        return len(self.suggested_ids)


def preview(selection: Selection, round_dates: bool = True) -> ExportPreview:
    """What exporting ``selection`` would send (ExportError when a camera cannot be sent)."""
    cameras, skipped = select_cameras(selection)
    photo_ids: set[int] = set()
    fields: set[str] = set()
    sample: dict[str, Any] | None = None
    suggested: list[int] = []
    positions: list[PublishedPosition] = []
    for camera in cameras:
        photos = photos_of(camera)
        photo_ids.update(p.id for p in photos)
        paths = ["photos/<sha256>.jpg"] * len(photos)
        where = published(camera, photos)
        positions.append(where)
        if not where.exact:
            suggested.append(camera.id)
        feature = camera_feature(camera, paths, observed(camera, photos, round_dates), where)
        fields.update(feature["properties"])
        if sample is None:
            sample = feature
    ordered = sorted(fields - set(SURVEYOR_PROPERTIES)) + [
        f for f in SURVEYOR_PROPERTIES if f in fields
    ]
    if cameras:
        ordered.append("notes")
    return ExportPreview(
        len(cameras), len(photo_ids), skipped, ordered, sample, round_dates, suggested, positions
    )

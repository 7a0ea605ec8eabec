"""Which consensus cameras a campaign publishes, and what the public sees of each.

The selection is the one every export makes (``load_consensus``: withdrawn keys take no part)
less the cameras still in review: a camera with an open review item (a possible duplicate, a
provisional far merge) is not yet accepted by the coordinator and waits. Notes never leave:
nothing here reads them. ``min_volunteers`` lets a coordinator publish only cameras that
several volunteers confirmed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from surveyor.core.campaign.consensus import CameraConsensus
from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.campaign.review import open_items

MAKE_CLASSES = ("huawei", "hikvision", "dahua", "other", "unknown")
TYPE_CLASSES = ("fixed", "dome", "panning", "other", "unknown")


@dataclass
class Publication:
    """The cameras that go out, and how many were held back and why."""

    cameras: list[CameraConsensus]
    in_review: int = 0
    too_few_volunteers: int = 0
    held_back: list[str] = field(default_factory=list)  # uuids, for the coordinator only


def cameras_in_review() -> set[int]:
    ids: set[int] = set()
    for item in open_items():
        ids.update(i for i in (item.camera_id, item.other_camera_id) if i is not None)
    return ids


def select_published(min_volunteers: int = 1) -> Publication:
    """The accepted consensus cameras, oldest first."""
    reviewing = cameras_in_review()
    publication = Publication(cameras=[])
    for camera in load_consensus():
        if camera.camera_id in reviewing:
            publication.in_review += 1
            publication.held_back.append(camera.uuid)
        elif len(camera.volunteers) < min_volunteers:
            publication.too_few_volunteers += 1
            publication.held_back.append(camera.uuid)
        else:
            publication.cameras.append(camera)
    return publication


def make_class(camera: CameraConsensus) -> str:
    """huawei / hikvision / dahua / other / unknown (no agreed make is "unknown")."""
    make = camera.value("manufacturer")
    if not make:
        return "unknown"
    folded = str(make).casefold()
    return folded if folded in MAKE_CLASSES[:3] else "other"


def type_class(camera: CameraConsensus) -> str:
    kind = camera.value("camera_type")
    if not kind:
        return "unknown"
    return kind if kind in TYPE_CLASSES[:3] else "other"


def seen_days(camera: CameraConsensus) -> tuple[str, str]:
    """First and last day a volunteer saw the camera (``YYYY-MM-DD``; never a time of day)."""
    days = sorted(v.observed[:10] for v in camera.votes if v.observed)
    return (days[0], days[-1]) if days else ("", "")


def counts_by(
    cameras: Sequence[CameraConsensus], classes: Sequence[str], key: str
) -> dict[str, int]:
    classify = make_class if key == "make" else type_class
    counts = dict.fromkeys(classes, 0)
    for camera in cameras:
        counts[classify(camera)] += 1
    return counts

"""Search many photos for faces and plates: one photo in flight, every core busy.

While the network searches one photo (OpenCV spreads it over all cores), a helper thread
decodes the next one (Pillow releases the GIL while decoding). At most two reduced photos are
held at any time, so memory stays flat over a walk of any size. Results are saved to the
catalogue on the calling thread, photo by photo, so a cancelled scan keeps what it finished.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from surveyor.core.messages import Message, reason_of
from surveyor.core.redaction import catalogue
from surveyor.core.redaction.detect import (
    DETECTOR_NAME,
    DetectionFailed,
    Detector,
    Loaded,
    load_for_detection,
)
from surveyor.core.vault.storage import Blob
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo

Progress = Callable[[int, int, str], None]  # done, total, photo name


class ScanCancelled(Exception):
    """The volunteer stopped the search; photos finished so far are saved."""


@dataclass
class ScanSummary:
    searched: int = 0
    boxes: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (photo name, reason)


def detect_photos(
    workspace: Workspace,
    photo_ids: Sequence[int],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    detector: Detector | None = None,
    only_needed: bool = True,
) -> ScanSummary:
    """Search ``photo_ids`` (those not searched yet, unless ``only_needed`` is False)."""
    report = progress or (lambda done, total, name: None)
    stop = cancelled or (lambda: False)
    ids = catalogue.needing_detection(photo_ids, DETECTOR_NAME) if only_needed else photo_ids
    photos = list(Photo.select().where(Photo.id.in_(list(ids))).order_by(Photo.id))
    summary = ScanSummary()
    if not photos:
        return summary
    try:
        engine = detector or Detector()
    except DetectionFailed as exc:  # model missing: every photo waits for the volunteer
        for photo in photos:
            catalogue.record_failure(photo.id, reason_of(exc), DETECTOR_NAME)
            summary.failed.append((photo.original_name, reason_of(exc)))
        report(len(photos), len(photos), "")
        return summary

    def load(photo: Photo) -> Loaded:
        try:
            source = workspace.storage.readable(Blob.original(photo.sha256, photo.extension))
        except OSError as exc:
            raise DetectionFailed(
                Message(
                    "{photo}: cannot read the photo ({exc})", photo=photo.original_name, exc=exc
                )
            ) from None
        return load_for_detection(source, photo.original_name)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="redact-decode") as pool:
        upcoming: Future[Loaded] = pool.submit(load, photos[0])
        for index, photo in enumerate(photos):
            if stop():
                upcoming.cancel()
                raise ScanCancelled(
                    Message("stopped after {done} of {total} photos", done=index, total=len(photos))
                )
            current = upcoming
            if index + 1 < len(photos):
                upcoming = pool.submit(load, photos[index + 1])
            try:
                detection = engine.detect(current.result(), photo.original_name)
            except DetectionFailed as exc:
                catalogue.record_failure(photo.id, reason_of(exc), DETECTOR_NAME)
                summary.failed.append((photo.original_name, reason_of(exc)))
            else:
                summary.boxes += catalogue.record_detection(photo.id, detection, DETECTOR_NAME)
            finally:
                del current
            summary.searched += 1
            report(index + 1, len(photos), photo.original_name)
    return summary

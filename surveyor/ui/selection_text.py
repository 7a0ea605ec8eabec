"""The camera panel's heading and hint for the current selection."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from surveyor.core.photos.rows import PhotoRow
from surveyor.store.models import Camera
from surveyor.ui.locale_format import short_date_time


def describe_selection(
    photos: list[PhotoRow], cameras: list[Camera], legend: str
) -> tuple[str, str]:
    if len(photos) == 1:
        photo = photos[0]
        heading = photo.name
        if photo.taken_at:
            heading += f" · {short_date_time(photo.taken_at)}"
        notes = []
        if not photo.has_position:
            notes.append(
                QCoreApplication.translate(
                    "CameraPanel", "This photo has no position: place it on the map."
                )
            )
        if photo.mark == "no_camera":
            notes.append(
                QCoreApplication.translate(
                    "CameraPanel", "Marked: no camera in this photo (X undoes)."
                )
            )
        elif photo.mark == "needs_review":
            notes.append(
                QCoreApplication.translate("CameraPanel", "Marked: needs review (Q undoes).")
            )
        if cameras:
            notes.append(
                QCoreApplication.translate(
                    "CameraPanel", "Cameras in this photo: {numbers}. Keys set the camera below:"
                ).format(numbers=", ".join(f"#{c.id}" for c in cameras))
            )
            notes.append(legend)
        elif photo.mark is None:
            notes.append(
                QCoreApplication.translate(
                    "CameraPanel",
                    "No camera recorded yet. N: new camera · K: link to one already recorded · "
                    "X: no camera in this photo · Enter: next photo to do.",
                )
            )
        return heading, "\n".join(notes)
    count = len(photos)  # a plain name: lupdate reads no expression as the plural count
    heading = QCoreApplication.translate("CameraPanel", "%n photo(s) selected", None, count)
    if cameras:
        hint = (
            QCoreApplication.translate(
                "CameraPanel", "Edits apply to all {n} cameras they show."
            ).format(n=len(cameras))
            + "\n"
            + legend
        )
    else:
        hint = QCoreApplication.translate(
            "CameraPanel", "N records one camera seen in all of them; X marks them all “no camera”."
        )
    return heading, hint

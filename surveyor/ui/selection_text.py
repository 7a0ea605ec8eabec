"""The camera panel's heading and hint for the current selection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from surveyor.core.photo_rows import PhotoRow


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("CameraPanel", text, None, n)


def describe_selection(photos: list[PhotoRow], cameras: list[Any], legend: str) -> tuple[str, str]:
    if len(photos) == 1:
        photo = photos[0]
        heading = photo.name
        if photo.taken_at:
            heading += f" · {photo.taken_at[:16].replace('T', ' ')}"
        notes = []
        if not photo.has_position:
            notes.append(_tr("This photo has no position: place it on the map."))
        if photo.mark == "no_camera":
            notes.append(_tr("Marked: no camera in this photo (X undoes)."))
        elif photo.mark == "needs_review":
            notes.append(_tr("Marked: needs review (Q undoes)."))
        if cameras:
            notes.append(
                _tr("Cameras in this photo: {n}. Keys set the camera below:").format(n=len(cameras))
            )
            notes.append(legend)
        elif photo.mark is None:
            notes.append(
                _tr(
                    "No camera recorded yet. N: new camera · K: link to one already recorded · "
                    "X: no camera in this photo · Enter: next photo to do."
                )
            )
        return heading, "\n".join(notes)
    heading = _tr("{n} photos selected").format(n=len(photos))
    if cameras:
        hint = (
            _tr("Edits apply to all {n} cameras they show.").format(n=len(cameras)) + "\n" + legend
        )
    else:
        hint = _tr("N records one camera seen in all of them; X marks them all “no camera”.")
    return heading, hint

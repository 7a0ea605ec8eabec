"""The review window's photos say how many boxes the volunteer's Surveyor blurred."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtWidgets import QLabel

from surveyor.core.campaign.review_case import ReviewCase, SightingView
from surveyor.ui.campaign.photo_strip import PhotoStrip


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (90, 120, 150)).save(out, "JPEG")
    return out.getvalue()


def _view(sighting_id: int, photos: tuple[str, ...], redaction: dict[str, int] | None):
    return SightingView(
        sighting_id, 1, "camera", "K", f"v{sighting_id}", 0.0, 0.0, {}, photos, True, redaction
    )


def test_captions_show_the_declared_box_count(qtbot) -> None:
    strip = PhotoStrip(lambda _sid, _sha: _jpeg())
    qtbot.addWidget(strip)
    case = ReviewCase(1, "new", "check", 0.0, 1, None, 44.8, 20.4)
    case.sightings = [_view(1, ("a" * 64,), {"a" * 64: 2}), _view(2, ("b" * 64,), None)]
    strip.set_case(case)
    texts = [label.text() for label in strip.findChildren(QLabel) if "\n" in label.text()]
    assert any("boxes blurred: 2" in t for t in texts)
    assert any("redaction not stated" in t for t in texts)

"""The review photos: the sighting in question first, more than one photo in view, large on
double-click, and a new case starts at the top."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from surveyor.core.campaign.review_case import ReviewCase, SightingView
from surveyor.ui.campaign.photo_strip import PhotoStrip


def _jpeg(size: tuple[int, int] = (1600, 1200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (90, 120, 150)).save(out, "JPEG")
    return out.getvalue()


def _view(sighting_id: int, subject: bool) -> SightingView:
    sha = f"{sighting_id:064d}"
    return SightingView(
        sighting_id, 1, "camera", "K", f"v{sighting_id}", 0.0, 0.0, {}, (sha,), subject, None
    )


def _case(subject_last: int = 4) -> ReviewCase:
    case = ReviewCase(1, "far_match", "joined at 8.0 m", 8.0, 1, None, 44.8, 20.4)
    case.sightings = [_view(i, i == subject_last) for i in range(1, subject_last + 1)]
    return case


def _strip(qtbot) -> PhotoStrip:
    strip = PhotoStrip(lambda _sid, _sha: _jpeg())
    qtbot.addWidget(strip)
    strip.resize(380, 260)  # the strip's share beside the review map
    strip.show()
    return strip


def test_the_sighting_in_question_comes_first(qtbot) -> None:
    strip = _strip(qtbot)
    strip.set_case(_case(subject_last=4))
    assert strip.shown[0][0] == 4


def test_two_photos_fit_side_by_side(qtbot) -> None:
    strip = _strip(qtbot)
    strip.set_case(_case())
    qtbot.wait(50)
    first, second = strip.tiles[0], strip.tiles[1]
    a = first.mapTo(strip.widget(), QPoint(0, 0))
    b = second.mapTo(strip.widget(), QPoint(0, 0))
    assert a.y() == b.y() and b.x() > a.x()  # one row, two columns
    assert b.x() + second.width() <= strip.viewport().width()  # both wholly in view


def test_double_click_shows_the_photo_large(qtbot) -> None:
    strip = _strip(qtbot)
    strip.set_case(_case())
    QTest.mouseDClick(strip.tiles[0], Qt.MouseButton.LeftButton)
    assert strip.large is not None and strip.large.isVisible()
    qtbot.addWidget(strip.large)
    assert max(strip.large.sizeHint().width(), strip.large.sizeHint().height()) > 900


def test_a_new_case_starts_at_the_top(qtbot) -> None:
    strip = _strip(qtbot)
    strip.set_case(_case(subject_last=8))
    qtbot.wait(50)
    strip.verticalScrollBar().setValue(strip.verticalScrollBar().maximum())
    assert strip.verticalScrollBar().value() > 0
    strip.set_case(_case(subject_last=7))  # e.g. after a Split
    assert strip.verticalScrollBar().value() == 0

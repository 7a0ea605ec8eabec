from __future__ import annotations

from surveyor.ui.map.tray import PositionTray


def test_tray_shows_why_a_photo_has_no_position(qtbot) -> None:
    tray = PositionTray()
    qtbot.addWidget(tray)
    tray.set_entries(
        [
            ("photo", 3, "Photo: a.jpg", "in a gap of 40 min in the track"),
            ("camera", 7, "Camera #7", ""),
        ]
    )
    assert tray.entries() == [("photo", 3), ("camera", 7)]
    first, second = tray.item(0), tray.item(1)
    assert first.text() == "Photo: a.jpg\nin a gap of 40 min in the track"
    assert first.toolTip() == "in a gap of 40 min in the track"
    assert second.text() == "Camera #7"
    assert second.toolTip() == ""

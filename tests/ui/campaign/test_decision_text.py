"""The review window says the merge's reasons and notes in the coordinator's language."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from surveyor.store.campaign_models import PlacementNote, ReviewItem
from surveyor.ui.campaign.camera_history import CameraHistory
from surveyor.ui.campaign.review_model import ReviewQueueModel
from tests.core.campaign.conftest import campaign  # noqa: F401  (a fixture)
from tests.core.campaign.factory import place, sighting

FIXED = {"camera_type": "fixed", "manufacturer": "Huawei", "direction": 45}


def test_a_split_vote_and_the_history_read_in_serbian(qtbot, campaign, speak) -> None:  # noqa: F811
    place(
        sighting("A", 0, 0, camera_mount="pole", **FIXED),
        sighting("B", 2, 0, camera_mount="street_lamp", **FIXED),
        sighting("C", 300, 0, camera_mount="pole", **FIXED),
        sighting("D", 302, 0, camera_mount="wall", **FIXED),
    )
    speak(QLocale("sr_Latn_RS"))
    model = ReviewQueueModel()
    model.reload()
    assert model.rowCount() == 1
    why = model.data(model.index(0, 2))
    assert why == "nosač: 1 kaže: stub, 1 kaže: zid"
    assert ReviewItem.get().reason == "mount: 1 says pole, 1 says wall"  # kept in English

    pane = CameraHistory()
    qtbot.addWidget(pane)
    settled = PlacementNote.get(PlacementNote.action == "settled")
    pane.show_camera(settled.camera_id)
    lines = [pane.entries.item(r).text() for r in range(pane.entries.count())]
    assert any("pridruženo: 2,0 m" in line for line in lines)  # the locale's decimal mark
    assert (
        "B: nosač: ulična svetiljka (odgovor „ulična svetiljka” je uži od odgovora „stub”: "
        "oba odgovora se slažu)" in lines
    )

"""The review queue in the window: accept, split, merge, set value, and undo — all persisted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import ReviewDecision, ReviewItem, Sighting
from surveyor.ui.campaign.review_panel import ReviewPanel
from tests.core.campaign.factory import place, sighting
from tests.fixtures.bundles import _thumbnail


@pytest.fixture
def campaign(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "campaign")
    try:
        yield ws
    finally:
        ws.close()


def make_panel(qtbot) -> ReviewPanel:
    jpeg = _thumbnail()
    panel = ReviewPanel("coord", photo_loader=lambda sighting_id, sha: jpeg)
    qtbot.addWidget(panel)
    return panel


def camera_of(row: Sighting) -> int | None:
    return Sighting.get_by_id(row.id).camera_id


def test_queue_shows_items_and_accept_then_undo(qtbot, campaign) -> None:
    a, b = sighting("A", 0, 0, photos='["' + "a" * 64 + '"]'), sighting("B", 12, 0)
    place(a, b)
    panel = make_panel(qtbot)
    assert panel.model.rowCount() == 1
    assert panel.case is not None and panel.case.kind == "far_match"
    assert panel.sightings.rowCount() == 2
    assert len(panel.photos.tiles) == 1 and panel.photos.tiles[0].pixmap() is not None
    assert not panel.merge_button.isEnabled()  # a far match names one camera only

    qtbot.mouseClick(panel.accept_button, qtbot_left())
    assert panel.model.rowCount() == 0
    assert ReviewItem.get().resolved_by == "coord"
    assert panel.title.text() == "Nothing to review."

    qtbot.mouseClick(panel.undo_button, qtbot_left())
    assert panel.model.rowCount() == 1
    assert ReviewItem.get().status == "open"
    assert ReviewDecision.get().undone


def test_split_then_undo_then_redo(qtbot, campaign) -> None:
    a, b = sighting("A", 0, 0), sighting("B", 15, 0)
    place(a, b)
    panel = make_panel(qtbot)
    qtbot.mouseClick(panel.split_button, qtbot_left())
    assert camera_of(a) != camera_of(b)
    assert len(load_consensus()) == 2 and panel.model.rowCount() == 0
    panel.undo_stack.undo()
    assert camera_of(a) == camera_of(b) and panel.model.rowCount() == 1
    panel.undo_stack.redo()
    assert camera_of(a) != camera_of(b)
    assert [d.action for d in ReviewDecision.select()] == ["split", "split"]


def test_merge_a_possible_duplicate_and_set_a_value(qtbot, campaign) -> None:
    a = sighting("A", 0, 0, camera_mount="pole", zone="town")
    b = sighting("B", 2, 0, camera_mount="wall", zone="traffic")
    place(a, b)
    panel = make_panel(qtbot)
    assert panel.merge_button.isEnabled()
    qtbot.mouseClick(panel.merge_button, qtbot_left())
    assert camera_of(a) == camera_of(b)
    panel.undo_stack.undo()
    assert camera_of(a) != camera_of(b)

    panel.attribute.setCurrentIndex(panel.attribute.findData("camera_mount"))
    panel.choice.setCurrentIndex(panel.choice.findData("pole"))  # fixed choices only
    qtbot.mouseClick(panel.set_button, qtbot_left())
    cam = next(c for c in load_consensus() if c.camera_id == camera_of(b))
    assert cam.attributes["camera_mount"].value == "pole"
    assert cam.attributes["camera_mount"].label == "set"
    panel.undo_stack.undo()
    cam = next(c for c in load_consensus() if c.camera_id == camera_of(b))
    assert cam.attributes["camera_mount"].value == "wall"


def test_a_refused_decision_is_shown_not_pushed(qtbot, campaign) -> None:
    a, b = sighting("A", 0, 0), sighting("B", 15, 0)
    place(a, b)
    panel = make_panel(qtbot)
    panel.attribute.setCurrentIndex(panel.attribute.findData("height"))
    panel.value.setText("tall")
    qtbot.mouseClick(panel.set_button, qtbot_left())
    assert "must be a number" in panel.status.text()
    assert panel.undo_stack.count() == 0 or not panel.undo_stack.canUndo()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_accept_all_far_matches_is_one_undo_step(qtbot, campaign) -> None:
    place(sighting("A", 0, 0), sighting("B", 12, 0), sighting("C", 100, 0), sighting("D", 112, 0))
    place(sighting("E", 300, 0, camera_mount="pole"), sighting("F", 302, 0, camera_mount="wall"))
    panel = make_panel(qtbot)
    assert panel.model.rowCount() == 3
    qtbot.mouseClick(panel.accept_far_button, qtbot_left())
    assert panel.model.rowCount() == 1  # the possible duplicate still needs a person
    assert panel.case is not None and panel.case.kind == "possible_duplicate"
    panel.undo_stack.undo()
    assert panel.model.rowCount() == 3


FIXED = {"camera_type": "fixed", "camera_mount": "pole", "manufacturer": "Huawei"}


def test_accept_all_like_this_settles_a_class_in_one_undo_step(qtbot, campaign) -> None:
    place(sighting("A", 0, 0), sighting("B", 12, 0), sighting("C", 100, 0), sighting("D", 112, 0))
    place(sighting("E", 300, 0, camera_mount="pole"), sighting("F", 302, 0, camera_mount="wall"))
    panel = make_panel(qtbot)
    assert panel.case is not None and panel.case.kind == "possible_duplicate"  # matters most
    panel.queue.selectRow(1)
    assert panel.case.kind == "far_match"
    assert panel.accept_class_button.text() == "Accept all 2 far matches"
    qtbot.mouseClick(panel.accept_class_button, qtbot_left())
    assert panel.model.rowCount() == 1
    panel.undo_stack.undo()
    assert panel.model.rowCount() == 3


def test_merge_with_any_camera_and_undo_an_automatic_join(qtbot, campaign) -> None:
    a = sighting("A", 0, 0, direction=90, **FIXED)
    b = sighting("B", 8, 0, direction=92, **FIXED)  # joins automatically at 8 m
    c = sighting("C", 200, 0, **FIXED)
    d = sighting("D", 201, 0, **{**FIXED, "camera_mount": "wall"})  # joins; the vote is split
    place(a, b, c, d)
    panel = make_panel(qtbot)
    assert panel.case is not None and panel.case.kind == "vote_split"
    assert panel.case.camera_id == camera_of(d)
    far_camera = camera_of(a)
    panel.choose_camera = lambda: str(far_camera)
    qtbot.mouseClick(panel.merge_with_button, qtbot_left())
    assert camera_of(d) == far_camera
    panel.undo_stack.undo()
    assert camera_of(d) != far_camera

    from surveyor.core.campaign import history

    joined = next(e for e in history.camera_history(far_camera) if e.action == "joined")
    panel._show_history(far_camera)
    row = next(
        r for r in range(panel.history.count())
        if panel.history.item(r).data(Qt.ItemDataRole.UserRole) == joined.note_id
    )  # fmt: skip
    panel.history.setCurrentRow(row)
    assert panel.undo_auto_button.isEnabled()
    qtbot.mouseClick(panel.undo_auto_button, qtbot_left())
    assert camera_of(b) != camera_of(a)
    panel.undo_stack.undo()
    assert camera_of(b) == camera_of(a)


def test_the_distance_column_and_the_why_text_agree(qtbot, campaign) -> None:
    # 7.6455 m: stored to 2 decimals it is 7.65 ("7.7"), printed raw it was "7.6".
    a, b = sighting("A", 0, 0), sighting("B", 7.6455, 0, camera_type="fixed")
    place(a, b)
    panel = make_panel(qtbot)
    assert panel.model.rowCount() == 1  # type differs: the rules ask the coordinator
    column = panel.model.index(0, 1).data()
    reason = panel.model.index(0, 2).data()
    assert column.split()[0] in reason, (column, reason)

"""The merge's automatic decisions, by class, can be looked over and taken back in the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from surveyor.core.campaign import history
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import Sighting
from surveyor.ui.campaign.decisions_view import DecisionsView
from tests.core.campaign.factory import place, sighting

FIXED = {"camera_type": "fixed", "camera_mount": "pole", "manufacturer": "Huawei"}


@pytest.fixture
def campaign(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "campaign")
    try:
        yield ws
    finally:
        ws.close()


def camera_of(row: Sighting) -> int | None:
    return Sighting.get_by_id(row.id).camera_id


def test_far_joins_are_listed_farthest_first_and_one_can_be_undone(qtbot, campaign) -> None:
    rows = [
        sighting("A", 0, 0, direction=10, **FIXED),
        sighting("B", 7, 0, direction=12, **FIXED),
        sighting("C", 400, 0, direction=10, **FIXED),
        sighting("D", 413, 0, direction=15, **FIXED),
        sighting("E", 0, 1, direction=190, **FIXED),  # a pole pair: kept apart
    ]
    place(*rows)
    assert [round(e.distance_m) for e in history.automatic_decisions("far")] == [13, 7]
    assert [e.action for e in history.automatic_decisions("apart")] == ["apart"]
    stack = QUndoStack()
    view = DecisionsView("coord", stack)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 2
    assert view.model.data(view.model.index(0, 2), Qt.ItemDataRole.DisplayRole).startswith(
        "joined: 13.0 m"
    )
    assert not view.undo_button.isEnabled()
    view.table.selectRow(0)
    assert view.undo_button.isEnabled()
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert camera_of(rows[2]) != camera_of(rows[3])
    assert view.model.rowCount() == 1  # that join no longer stands
    stack.undo()
    assert camera_of(rows[2]) == camera_of(rows[3])
    assert view.model.rowCount() == 2

    view.category.setCurrentIndex(list(history.CATEGORIES).index("apart"))
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert camera_of(rows[4]) == camera_of(rows[0])

"""The Export dialog shows the photos as they will leave and counts the boxes in each."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from surveyor.core.redaction import catalogue
from surveyor.core.redaction.boxes import Box
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo, Walk
from surveyor.ui.export_dialog import ExportBundleDialog
from tests.fixtures.bundles import add_camera, add_photo, make_identity
from tests.fixtures.faces import face_photo


@pytest.fixture
def survey(workspace: Workspace, tmp_path: Path) -> Photo:
    walk = Walk.create(name="Slavija")
    photo = add_photo(workspace, walk, face_photo(tmp_path / "src/IMG_0042.jpg"))
    add_camera(walk, [photo])
    return photo


def _dialog(qtbot: QtBot, workspace: Workspace, out: Path) -> ExportBundleDialog:
    dialog = ExportBundleDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.pick_output_path = lambda: str(out)  # type: ignore[method-assign]
    dialog.browse.click()
    dialog.resize(760, 900)
    return dialog


def test_photos_are_searched_and_shown_as_they_will_leave(
    qtbot: QtBot, workspace: Workspace, survey: Photo, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, workspace, tmp_path / "b.zip")
    panel = dialog.redaction
    assert catalogue.status_of(survey.id).status == "done"  # searched on opening
    assert "Boxes blurred: 1, in 1 of 1 photos" in panel.summary.text()
    assert "look at every photo" in panel.summary.text()
    [tile] = [panel.tiles.item(i) for i in range(panel.tiles.count())]
    assert tile.text() == "IMG_0042.jpg\n1 blurred"
    assert tile.data(Qt.ItemDataRole.UserRole) == survey.id and not tile.icon().isNull()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "export-dialog.png"))

    catalogue.add_box(workspace, survey.id, Box(10, 10, 50, 50))
    dialog.refresh_preview()
    assert panel.tiles.item(0).text() == "IMG_0042.jpg\n2 blurred"


def test_detection_off_is_said_plainly_and_reaches_the_export(
    qtbot: QtBot, workspace: Workspace, survey: Photo, tmp_path: Path
) -> None:
    make_identity("kestrel")
    dialog = _dialog(qtbot, workspace, tmp_path / "b.zip")
    dialog.redaction.detect.setChecked(False)
    assert "Detection is OFF" in dialog.redaction.summary.text()
    dialog.walk.setCurrentIndex(1)
    dialog.export_button.click()
    result = dialog.last_result
    assert result is not None and not result.detection
    assert "detection was OFF" in dialog.status.text()


def test_a_photo_the_detector_could_not_search_is_named(
    qtbot: QtBot, workspace: Workspace, survey: Photo, tmp_path: Path
) -> None:
    make_identity("kestrel")
    source = workspace.media_path(survey.sha256, survey.extension)
    source.write_bytes(source.read_bytes()[:1500])
    dialog = _dialog(qtbot, workspace, tmp_path / "b.zip")
    assert "Not sent until you have looked at them" in dialog.redaction.summary.text()
    assert "IMG_0042.jpg (IMG_0042.jpg: the photo cannot be decoded" in (
        dialog.redaction.summary.text()
    )
    dialog.walk.setCurrentIndex(1)
    dialog.export_button.click()
    assert dialog.last_result is None and "IMG_0042.jpg" in (dialog.last_error or "")
    assert not (tmp_path / "b.zip").exists()

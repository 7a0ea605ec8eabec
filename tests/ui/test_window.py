"""The window around the work: demo workspace, remembered layout, map wiring, preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QApplication, QWidget

from surveyor.core import camera_records as cameras
from surveyor.core.demo import SHOTS, build_demo_workspace
from surveyor.core.photos.rows import photo_rows
from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera, Photo
from surveyor.ui.background import Task
from surveyor.ui.main_window import MAP_TAB, MainWindow
from surveyor.ui.settings import Settings


def test_demo_workspace_is_built_by_the_real_import(tmp_path: Path) -> None:
    workspace = build_demo_workspace(tmp_path / "demo", workers=0)
    try:
        rows = photo_rows()
        assert len(rows) == len(SHOTS)
        states = {r.state for r in rows}
        assert states == {"todo", "cameras", "no_camera", "needs_review"}
        assert Camera.select().count() == 6
        assert any(not r.has_position for r in rows)
        dome = Camera.get(Camera.model == "IPC6625-Z30")
        assert dome.camera_type == "dome" and dome.latitude is not None
        assert all(workspace.thumb_path(r.sha256, 256).is_file() for r in rows)
    finally:
        workspace.close()


def test_open_the_demo_from_the_welcome_page(
    qtbot, workspace: Workspace, settings: Settings, monkeypatch
) -> None:
    monkeypatch.setattr(Task, "synchronous", True)
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.demo_workers = 0
    window.welcome.demo_button.click()
    assert window.workspace is not workspace
    assert window.workspace.root.name == "demo-workspace"
    assert window.model.rowCount() == len(SHOTS)
    assert window.stack.currentWidget() is window.main_split
    assert settings.last_workspace == str(window.workspace.root)
    assert "6 cameras" in window._counts.text()
    window.workspace.close()


def test_layout_and_workspace_are_remembered(
    qtbot, filled_workspace: Workspace, tmp_path: Path
) -> None:
    store = QSettings(str(tmp_path / "remember.ini"), QSettings.Format.IniFormat)
    window = MainWindow(filled_workspace, Settings(store))
    qtbot.addWidget(window)
    window.resize(760, 600)  # fits the offscreen screen, so geometry restores unclamped
    window.show()
    window.main_split.setSizes([150, 300, 300])
    wanted = window.main_split.sizes()
    window.close()
    again = MainWindow(filled_workspace, Settings(store))
    qtbot.addWidget(again)
    again.show()
    assert again.size() == window.size()
    assert again.main_split.sizes() == wanted
    assert Settings(store).last_workspace == str(filled_workspace.root)


class FakeMap(QWidget):
    cameraSelected = Signal(int)
    photoSelected = Signal(int)
    camerasChanged = Signal()

    def __init__(self, workspace, undo_stack, parent=None) -> None:
        super().__init__(parent)
        self.selected: list[tuple[str, int]] = []
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1

    def select_photo(self, photo_id: int) -> None:
        self.selected.append(("photo", photo_id))

    def select_camera(self, camera_id: int) -> None:
        self.selected.append(("camera", camera_id))


def test_map_is_created_once_and_selection_flows_both_ways(
    qtbot, filled_workspace: Workspace, settings: Settings
) -> None:
    made: list[FakeMap] = []

    def factory(workspace, stack, parent):
        made.append(FakeMap(workspace, stack, parent))
        return made[-1]

    window = MainWindow(filled_workspace, settings, map_factory=factory)
    qtbot.addWidget(window)
    assert made == []  # nothing until the map is shown
    window.viewer.setCurrentIndex(MAP_TAB)
    window.stack.show_photo()
    window.show_map()
    assert len(made) == 1
    fake = made[0]
    ids = [p.id for p in Photo.select().order_by(Photo.original_name)]
    window.select_photos([ids[2]])
    assert ("photo", ids[2]) in fake.selected
    camera = cameras.create_camera([ids[1]])
    fake.camerasChanged.emit()  # e.g. the map moved or placed a camera
    assert window.model.photo_by_id(ids[1]).camera_count == 1
    fake.cameraSelected.emit(camera.id)
    assert [p.id for p in window.selected_photos()] == [ids[1]]
    assert window.panel.current_camera_id() == camera.id
    fake.photoSelected.emit(ids[3])
    assert [p.id for p in window.selected_photos()] == [ids[3]]


def test_preview_zoom_and_fit(qtbot, filled_workspace: Workspace, settings: Settings) -> None:
    window = MainWindow(filled_workspace, settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitUntil(window.preview.has_image, timeout=5000)
    fitted = window.preview.zoom_factor()
    window.action_set.zoom_in.trigger()
    assert window.preview.zoom_factor() == pytest.approx(fitted * 1.25)
    window.preview.zoom_out()
    window.preview.zoom_out()
    assert window.preview.zoom_factor() < fitted
    window.action_set.zoom_fit.trigger()
    assert window.preview.zoom_factor() == pytest.approx(fitted)


def test_thumbnails_load_off_the_ui_thread(qtbot, filled_workspace: Workspace) -> None:
    from surveyor.ui.photo_model import PhotoListModel, PhotoRole

    model = PhotoListModel(filled_workspace)
    model.reload()
    index = model.index(0)
    assert index.data(PhotoRole.Thumbnail).isNull()  # asked for, not yet there
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        pass
    pixmap = index.data(PhotoRole.Thumbnail)
    assert pixmap is not None and max(pixmap.width(), pixmap.height()) <= 256


def test_wheel_zooms_the_preview(qtbot, filled_workspace: Workspace, settings: Settings) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    window = MainWindow(filled_workspace, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.preview.has_image, timeout=5000)
    before = window.preview.zoom_factor()
    centre = QPointF(window.preview.viewport().rect().center())
    event = QWheelEvent(
        centre,
        window.preview.viewport().mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 240),  # two notches away from the user
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    window.preview.wheelEvent(event)
    assert window.preview.zoom_factor() == pytest.approx(before * 1.25**2)


def test_thumbnail_cache_keeps_only_the_most_recent(qapp, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from surveyor.ui.thumbnails import ThumbnailLoader

    files = []
    for i in range(4):
        image = QImage(400, 300, QImage.Format.Format_RGB32)
        image.fill(i * 40)
        files.append(tmp_path / f"{i}.png")
        image.save(str(files[-1]))
    loader = ThumbnailLoader(64, capacity=2)  # loads at once: tests run tasks synchronously
    for i, path in enumerate(files):
        loader.request(i, [tmp_path / "missing.jpg", path])  # falls back to the next file
    assert loader.pixmap(0) is None and loader.pixmap(1) is None
    assert loader.pixmap(3).width() == 64  # scaled to fit, aspect kept
    loader.request("bad", [tmp_path / "missing.jpg"])
    assert loader.failed("bad") and loader.pixmap("bad") is None


def test_dragging_files_over_the_window_is_accepted(
    qtbot, filled_workspace: Workspace, settings: Settings, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent

    window = MainWindow(filled_workspace, settings)
    qtbot.addWidget(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    event = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)
    assert event.isAccepted()
    text_only = QMimeData()
    text_only.setText("not a file")
    refused = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        text_only,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()

"""The GPX dialog: tracks, live preview on the map, clock solved from placed photos, one undo."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from surveyor.core.geometry import destination_point, distance_m
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo, Walk
from surveyor.ui.geotag_dialog import GeotagDialog
from surveyor.ui.geotag_preview import KIND_ROLE, ApplyGeotag
from surveyor.ui.map.undo import PlacePhoto
from tests.fixtures.gpx import BELGRADE, START, catalogue_photo, walk_fixes, write_gpx

PLUS2 = dt.timezone(dt.timedelta(hours=2))
SLOW = 7 * 60 + 5  # the camera's clock is 7 min 5 s slow
SHOTS = [60, 200, 340, 480, 900]  # true seconds after START


class FakeMap:
    """Records what the dialog asks of the map panel (same method names as MapPanel)."""

    def __init__(self) -> None:
        self.track: list[tuple[float, float]] = []
        self.preview: list[tuple[int, float, float]] = []
        self.refreshed = 0
        self.selected: list[int] = []

    def show_track(self, points: list[tuple[float, float]]) -> None:
        self.track = list(points)

    def show_preview(self, rows: list[tuple[int, float, float]]) -> None:
        self.preview = list(rows)

    def clear_preview(self) -> None:
        self.preview = []

    def refresh(self) -> None:
        self.refreshed += 1

    def select_photo(self, photo_id: int) -> None:
        self.selected.append(photo_id)


def camera_time(true_seconds: float) -> str:
    """What the slow camera writes (local +02:00, no OffsetTimeOriginal) at a true time."""
    moment = START + dt.timedelta(seconds=true_seconds - SLOW)
    return moment.astimezone(PLUS2).replace(tzinfo=None).isoformat()


def truth(true_seconds: float) -> tuple[float, float]:
    return destination_point(*BELGRADE, 90.0, 1.4 * true_seconds)  # first leg: due east


@pytest.fixture
def walk(workspace: Workspace) -> tuple[int, list[int]]:
    walk_id = int(Walk.create(name="Tuesday").id)
    ids = [catalogue_photo(walk_id, f"IMG_{i}.jpg", camera_time(s)) for i, s in enumerate(SHOTS)]
    return walk_id, ids


@pytest.fixture
def dialog(qtbot, workspace: Workspace, walk, tmp_path: Path):
    walk_id, _ = walk
    stack = QUndoStack()
    fake = FakeMap()
    widget = GeotagDialog(workspace, walk_id, stack, map_panel=fake)
    widget.stack_ref = stack  # type: ignore[attr-defined]  # keep the stack alive
    widget.errors = []  # type: ignore[attr-defined]
    widget.show_error = widget.errors.append  # type: ignore[attr-defined,method-assign]
    gpx = write_gpx(tmp_path / "tuesday.gpx", [walk_fixes()])
    widget.choose_gpx_files = lambda: [str(gpx)]  # type: ignore[method-assign]
    qtbot.addWidget(widget)
    widget.tz_edit.setText("+02:00")
    return widget


def kinds(dialog: GeotagDialog) -> list[str]:
    model = dialog.model
    return [model.index(r, 0).data(KIND_ROLE) for r in range(model.rowCount())]


def test_add_a_gpx_file_and_see_the_track_and_the_preview(dialog: GeotagDialog) -> None:
    fake: FakeMap = dialog.map_panel
    dialog.recompute()
    assert "Add a GPX track" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()

    dialog.add_tracks()
    assert dialog.tracks_list.count() == 1
    assert (
        dialog.tracks_list.item(0).text()
        == "Morning walk: 01/05/2024 08:00–08:20 UTC, 241 points"  # en_GB
    )
    assert dialog.tracks_list.item(0).toolTip() == "tuesday.gpx"
    assert len(fake.track) == 241
    dialog.recompute()
    # With no offset the slow camera puts the first photo before the track.
    assert kinds(dialog)[0] == "before_track"
    dialog.offset_edit.setText("+00:07:05")
    dialog.recompute()
    assert kinds(dialog) == ["placed"] * 5
    assert dialog.summary.text() == "5 will be placed, 0 cannot be placed, 0 kept."
    result = dialog.model.index(0, 2).data()
    assert result.endswith(" · walking 90°"), result
    assert dialog.model.index(4, 2).data().endswith(" · walking 0°")
    assert [row[0] for row in fake.preview] == [p.id for p in dialog.photos]
    for (_pid, lat, lon), seconds in zip(fake.preview, SHOTS, strict=True):
        assert distance_m(lat, lon, *_track_point(seconds)) < 0.5
    assert dialog.apply_button.isEnabled()
    assert Photo.select().where(Photo.latitude.is_null(False)).count() == 0  # nothing written


def test_the_preview_follows_the_settings_live(qtbot, dialog: GeotagDialog) -> None:
    dialog.add_tracks()
    dialog.offset_edit.setText("+00:07:05")
    qtbot.waitUntil(lambda: kinds(dialog) == ["placed"] * 5, timeout=3000)
    dialog.offset_edit.setText("2 minutes")
    qtbot.waitUntil(lambda: bool(dialog.settings_error.text()), timeout=3000)
    assert "±hh:mm:ss" in dialog.settings_error.text()
    assert not dialog.apply_button.isEnabled()
    assert dialog.map_panel.preview == []
    dialog.offset_edit.setText("+00:07:05")
    dialog.tz_edit.setText("+03:00")  # an hour early: before the track
    qtbot.waitUntil(lambda: kinds(dialog) == ["before_track"] * 5, timeout=3000)
    dialog.tz_edit.setText("")
    qtbot.waitUntil(lambda: "5 photos record no time zone" in dialog.summary.text(), timeout=3000)


def test_a_bad_gpx_file_is_reported_by_name_and_the_rest_used(
    dialog: GeotagDialog, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.gpx"
    bad.write_text("<gpx><trk>")
    good = write_gpx(tmp_path / "good.gpx", [walk_fixes()])
    dialog.choose_gpx_files = lambda: [str(bad), str(good)]  # type: ignore[method-assign]
    dialog.add_tracks()
    assert dialog.tracks_list.count() == 1
    assert len(dialog.errors) == 1 and "broken.gpx: not valid XML" in dialog.errors[0]


def test_drop_one_photo_on_the_map_and_the_offset_is_computed(
    dialog: GeotagDialog, walk: tuple[int, list[int]]
) -> None:
    _, ids = walk
    dialog.add_tracks()
    # The volunteer places IMG_2 from the map's tray where it was taken (the map's own command).
    dialog.undo_stack.push(PlacePhoto(ids[2], *truth(SHOTS[2]), "Place photo", lambda: None))
    assert dialog.sync.list.count() == 1
    assert "IMG_2.jpg (placed on the map): 0 m from the track" in dialog.sync.list.item(0).text()
    dialog.sync.compute()
    assert dialog.offset_edit.text() == "+00:07:05"
    assert dialog.drift_spin.value() == 0.0
    dialog.recompute()
    assert kinds(dialog) == ["placed", "placed", "kept_manual", "placed", "placed"]
    assert "Offset +00:07:05 from 1 photo." in dialog.sync.status.text()


def test_choose_photos_and_points_to_solve_offset_and_drift(
    dialog: GeotagDialog, walk: tuple[int, list[int]]
) -> None:
    _, ids = walk
    # This camera also loses a second every two minutes: IMG_4 is 7 s further behind.
    drifted = camera_time(SHOTS[4] - (SHOTS[4] - SHOTS[0]) / 120)
    Photo.update(taken_at=drifted).where(Photo.id == ids[4]).execute()
    dialog.reload_photos()
    dialog.add_tracks()
    for index in (0, 4):
        dialog.sync.photo_combo.setCurrentIndex(dialog.sync.photo_combo.findData(ids[index]))
        lat, lon = _track_point(SHOTS[index])
        dialog.sync.point_edit.setText(f"{lat:.7f}, {lon:.7f}")
        dialog.sync.add_chosen_point()
    assert dialog.sync.list.count() == 2
    dialog.sync.compute()
    assert dialog.drift_spin.value() == pytest.approx(720.0, abs=15)  # 1 s per 120 s
    dialog.recompute()
    placed = {row[0]: (row[1], row[2]) for row in dialog.map_panel.preview}
    assert distance_m(*placed[ids[4]], *_track_point(SHOTS[4])) < 1.0
    # Unchecking a point leaves only the other one: offset only.
    dialog.sync.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.sync.compute()
    assert dialog.drift_spin.value() == 0.0
    assert Photo.select().where(Photo.latitude.is_null(False)).count() == 0


def _track_point(seconds: float) -> tuple[float, float]:
    """Where the walker is ``seconds`` after START (the second leg goes north at 600 s)."""
    if seconds <= 600:
        return truth(seconds)
    return destination_point(*truth(600), 0.0, 1.4 * (seconds - 600))


def test_typos_in_the_point_are_explained(dialog: GeotagDialog) -> None:
    dialog.add_tracks()
    dialog.sync.point_edit.setText("somewhere near the bridge")
    dialog.sync.add_chosen_point()
    assert "latitude, longitude" in dialog.errors[-1]
    dialog.sync.point_edit.setText("95, 20")
    dialog.sync.add_chosen_point()
    assert "on the globe" in dialog.errors[-1]
    assert dialog.sync.list.count() == 0 and not dialog.sync.compute_button.isEnabled()


def test_apply_is_one_undoable_step_and_keeps_manual_positions(
    dialog: GeotagDialog, walk: tuple[int, list[int]]
) -> None:
    _, ids = walk
    Photo.update(latitude=44.0, longitude=20.0, position_source="manual").where(
        Photo.id == ids[1]
    ).execute()
    dialog.reload_photos()
    dialog.add_tracks()
    dialog.offset_edit.setText("+00:07:05")
    stack = dialog.undo_stack
    before = stack.count()
    dialog.apply()
    assert stack.count() == before + 1
    assert stack.undoText() == "Place photos from GPX track"
    placed = Photo.get_by_id(ids[0])
    assert placed.position_source == "gpx"
    assert distance_m(placed.latitude, placed.longitude, *truth(SHOTS[0])) < 0.5
    assert Photo.get_by_id(ids[1]).latitude == 44.0  # the volunteer's own placement
    assert dialog.map_panel.preview == [] and dialog.map_panel.track == []  # closed
    assert dialog.map_panel.refreshed >= 1

    stack.undo()
    assert Photo.select().where(Photo.position_source == "gpx").count() == 0
    assert Photo.get_by_id(ids[1]).latitude == 44.0
    stack.redo()
    assert Photo.select().where(Photo.position_source == "gpx").count() == 4


def test_removing_a_track_clears_it_from_the_walk(dialog: GeotagDialog) -> None:
    dialog.add_tracks()
    dialog.tracks_list.setCurrentRow(0)
    dialog.remove_selected_track()
    assert dialog.tracks_list.count() == 0 and dialog.map_panel.track == []
    dialog.recompute()
    assert set(kinds(dialog)) == {"no_track"}


def test_the_real_map_shows_the_track_and_the_preview(
    qtbot, workspace: Workspace, walk: tuple[int, list[int]], tmp_path: Path
) -> None:
    from surveyor.ui.map import MapPanel

    walk_id, _ = walk
    stack = QUndoStack()
    panel = MapPanel(workspace, stack)
    panel.resize(800, 500)
    with qtbot.waitSignal(panel.mapIdle, timeout=20_000):
        panel.show()
    dialog = GeotagDialog(workspace, walk_id, stack, map_panel=panel)
    try:
        gpx = write_gpx(tmp_path / "tuesday.gpx", [walk_fixes()])
        dialog.choose_gpx_files = lambda: [str(gpx)]  # type: ignore[method-assign]
        dialog.tz_edit.setText("+02:00")
        dialog.offset_edit.setText("+00:07:05")
        dialog.add_tracks()
        dialog.recompute()

        def state() -> dict[str, Any]:
            box: dict[str, Any] = {}
            panel.run_javascript(
                "JSON.stringify(SurveyorMap.state)", lambda v: box.setdefault("v", v)
            )
            qtbot.waitUntil(lambda: "v" in box, timeout=5000)
            return json.loads(box["v"])

        qtbot.waitUntil(lambda: state().get("preview") == 5, timeout=10_000)
        assert state()["trackPoints"] == 241
        dialog.reject()
        qtbot.waitUntil(lambda: state().get("preview") == 0, timeout=10_000)
        assert state()["trackPoints"] == 0
    finally:
        # Delete the page now, before the shared web profile goes at exit: otherwise Qt
        # warns "Release of profile requested but WebEnginePage still not deleted" and the
        # process may crash on the way out.
        dialog.deleteLater()
        panel.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class FakeMapWidget(QWidget):
    """A map stand-in the main window can hold (its map factory is a test seam)."""

    def __init__(self, workspace: Workspace, stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self.recorder = FakeMap()
        for name in ("show_track", "show_preview", "clear_preview", "refresh", "select_photo"):
            setattr(self, name, getattr(self.recorder, name))

    def select_camera(self, camera_id: int) -> None:
        pass


def test_the_file_menu_opens_the_dialog_on_the_window_undo_stack(
    qtbot, filled_workspace: Workspace, settings, tmp_path: Path
) -> None:
    from surveyor.ui.main_window import MainWindow

    window = MainWindow(filled_workspace, settings, map_factory=FakeMapWidget)
    qtbot.addWidget(window)
    window.action_set.geotag.trigger()
    dialog = window.findChild(GeotagDialog)
    assert dialog is not None and dialog.isVisible()
    assert isinstance(dialog.map_panel, FakeMapWidget)
    # The unplaced photo of the "Centre" walk was taken at 10:03 local (+02:00) on 2026-05-16.
    start = dt.datetime(2026, 5, 16, 8, 0, tzinfo=dt.UTC)
    gpx = write_gpx(tmp_path / "centre.gpx", [walk_fixes(start=start)])
    dialog.choose_gpx_files = lambda: [str(gpx)]  # type: ignore[method-assign]
    dialog.add_tracks()
    dialog.tz_edit.setText("+02:00")
    dialog.recompute()
    assert sorted(kinds(dialog)) == ["kept_exif", "kept_exif", "kept_exif", "placed"]
    unplaced = Photo.get(Photo.latitude.is_null())
    dialog.apply()
    assert window.undo_stack.undoText() == "Place photos from GPX track"
    assert Photo.get_by_id(unplaced.id).position_source == "gpx"
    qtbot.waitUntil(lambda: window.model.photo_by_id(unplaced.id).has_position, timeout=3000)
    window.undo_stack.undo()
    assert Photo.get_by_id(unplaced.id).latitude is None


def test_an_apply_that_changes_nothing_leaves_no_undo_step(dialog: GeotagDialog) -> None:
    dialog.add_tracks()
    dialog.offset_edit.setText("+00:07:05")
    dialog.recompute()
    plan = dialog.plan
    assert plan is not None and len(plan.changes) == 5
    # Meanwhile the volunteer places every photo by hand: the plan may no longer touch them.
    Photo.update(latitude=1.0, longitude=1.0, position_source="manual").execute()
    dialog.undo_stack.push(ApplyGeotag(plan, "Place photos from GPX track", lambda ids: None))
    assert dialog.undo_stack.count() == 0
    assert Photo.select().where(Photo.position_source == "gpx").count() == 0


def test_time_zone_and_gap_limit_are_remembered_settings(
    qtbot, workspace: Workspace, walk, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from surveyor.ui.settings import Settings

    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    stack = QUndoStack()
    first = GeotagDialog(workspace, walk[0], stack, map_panel=FakeMap(), settings=Settings(store))
    qtbot.addWidget(first)
    assert first.gap_spin.value() == 30 and first.tz_edit.text() == ""  # the defaults
    first.tz_edit.setText("+05:30")
    first.tz_edit.editingFinished.emit()
    first.gap_spin.setValue(45)
    first.tz_edit.setText("not a zone")
    first.tz_edit.editingFinished.emit()  # an invalid zone is not kept
    again = GeotagDialog(workspace, walk[0], stack, map_panel=FakeMap(), settings=Settings(store))
    qtbot.addWidget(again)
    assert again.tz_edit.text() == "+05:30"
    assert again.gap_spin.value() == 45
    assert again.settings().max_gap_s == 45 * 60


def test_nothing_to_place_means_no_apply_and_a_hint(dialog: GeotagDialog) -> None:
    dialog.add_tracks()
    dialog.offset_edit.setText("+00:07:05")
    dialog.tz_edit.setText("+03:00")  # an hour off: every photo falls before the track
    dialog.recompute()
    assert kinds(dialog) == ["before_track"] * 5
    assert dialog.summary.text().startswith("0 will be placed, 5 cannot be placed, 0 kept.")
    assert "check the camera time zone" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()  # it would only write notes


def test_photos_with_their_own_gps_are_kept_not_unplaceable(dialog: GeotagDialog, walk) -> None:
    walk_id, _ = walk
    catalogue_photo(
        walk_id, "phone.jpg", "2030-01-01T00:00:00", latitude=44.8, longitude=20.4,
        position_source="exif",
    )  # fmt: skip
    catalogue_photo(walk_id, "phone-no-time.jpg", None, latitude=44.8, longitude=20.4)
    from surveyor.core.geotag import placement as geotag

    dialog.photos = geotag.walk_photos(walk_id)
    dialog.add_tracks()
    dialog.offset_edit.setText("+00:07:05")
    dialog.recompute()
    assert dialog.summary.text() == "5 will be placed, 0 cannot be placed, 2 kept."

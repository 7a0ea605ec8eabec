"""Item models without widgets: roles, states, filters, walk counts."""

from __future__ import annotations

from PySide6.QtTest import QAbstractItemModelTester

from surveyor.core import camera_records as cameras
from surveyor.core.photos.rows import STATE_CAMERAS, STATE_NO_CAMERA, STATE_REVIEW, STATE_TODO
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo
from surveyor.ui.photo_filter import PhotoFilter, PhotoFilterProxy
from surveyor.ui.photo_model import PhotoListModel, PhotoRole
from surveyor.ui.walk_model import ALL_WALKS, SummaryRole, WalkIdRole, WalkListModel


def _ids(workspace: Workspace) -> list[int]:
    return [p.id for p in Photo.select(Photo.id).order_by(Photo.original_name)]


def _shown(proxy: PhotoFilterProxy) -> list[str]:
    return sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount()))


def test_model_exposes_named_roles_and_states(qapp, filled_workspace: Workspace) -> None:
    ids = _ids(filled_workspace)
    cameras.create_camera([ids[0]], manufacturer="Huawei", notes="Safe City")
    cameras.set_photo_mark([ids[1]], "no_camera")
    cameras.set_photo_mark([ids[2]], "needs_review")
    model = PhotoListModel(filled_workspace)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.reload()
    assert model.rowCount() == 4
    states = {model.index(r).data(): model.index(r).data(PhotoRole.State) for r in range(4)}
    assert states == {
        "IMG_0000.jpg": STATE_CAMERAS,
        "IMG_0001.jpg": STATE_NO_CAMERA,
        "IMG_0002.jpg": STATE_REVIEW,
        "IMG_0003.jpg": STATE_TODO,
    }
    first = model.index(model.row_of(ids[0]))
    assert first.data(PhotoRole.Id) == ids[0]
    assert first.data(PhotoRole.CameraCount) == 1
    assert "huawei" in first.data(PhotoRole.SearchText)
    assert model.index(model.row_of(ids[3])).data(PhotoRole.HasPosition) is False
    assert b"cameraCount" in model.roleNames().values()


def test_refresh_photos_updates_one_row(qapp, qtbot, filled_workspace: Workspace) -> None:
    ids = _ids(filled_workspace)
    model = PhotoListModel(filled_workspace)
    model.reload()
    row = model.row_of(ids[1])
    cameras.set_photo_mark([ids[1]], "no_camera")
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.refresh_photos([ids[1]])
    assert blocker.args[0].row() == row
    assert model.index(row).data(PhotoRole.State) == STATE_NO_CAMERA


def test_filters_and_search(qapp, filled_workspace: Workspace) -> None:
    ids = _ids(filled_workspace)
    cameras.create_camera([ids[0]], manufacturer="Hikvision", notes="bank entrance")
    cameras.set_photo_mark([ids[1]], "no_camera")
    cameras.set_photo_mark([ids[2]], "needs_review")
    model = PhotoListModel(filled_workspace)
    model.reload()
    proxy = PhotoFilterProxy()
    proxy.setSourceModel(model)
    expected = {
        PhotoFilter.ALL: ["IMG_0000.jpg", "IMG_0001.jpg", "IMG_0002.jpg", "IMG_0003.jpg"],
        PhotoFilter.TODO: ["IMG_0003.jpg"],
        PhotoFilter.HAS_CAMERAS: ["IMG_0000.jpg"],
        PhotoFilter.NO_CAMERA: ["IMG_0001.jpg"],
        PhotoFilter.NO_POSITION: ["IMG_0003.jpg"],
        PhotoFilter.NEEDS_REVIEW: ["IMG_0002.jpg"],
    }
    for value, names in expected.items():
        proxy.set_photo_filter(value)
        assert _shown(proxy) == names, value
    proxy.set_photo_filter(PhotoFilter.ALL)
    proxy.set_search("HIKVISION")
    assert _shown(proxy) == ["IMG_0000.jpg"]
    proxy.set_search("bank")
    assert _shown(proxy) == ["IMG_0000.jpg"]
    proxy.set_search("dahua")
    assert _shown(proxy) == []
    proxy.set_search("")
    proxy.set_walk(-1)
    assert _shown(proxy) == []


def test_pinned_photo_stays_until_selection_moves(qapp, filled_workspace: Workspace) -> None:
    ids = _ids(filled_workspace)
    model = PhotoListModel(filled_workspace)
    model.reload()
    proxy = PhotoFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_photo_filter(PhotoFilter.TODO)
    proxy.set_pinned({ids[0]})
    cameras.create_camera([ids[0]])
    model.refresh_photos([ids[0]])
    assert "IMG_0000.jpg" in _shown(proxy)  # still described: not pulled away
    proxy.set_pinned({ids[1]})
    assert "IMG_0000.jpg" not in _shown(proxy)


def test_walk_model_counts(qapp, filled_workspace: Workspace) -> None:
    ids = _ids(filled_workspace)
    cameras.create_camera([ids[0], ids[1]])
    cameras.set_photo_mark([ids[2]], "no_camera")
    model = WalkListModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.reload()
    assert model.rowCount() == 2
    total = model.index(0).data(SummaryRole)
    walk = model.index(1).data(SummaryRole)
    assert model.index(0).data(WalkIdRole) == ALL_WALKS
    assert (walk.name, walk.photos, walk.cameras, walk.todo) == ("Centre", 4, 1, 1)
    assert (total.photos, total.cameras, total.todo) == (4, 1, 1)
    assert "1 to do" in model.index(1).data()

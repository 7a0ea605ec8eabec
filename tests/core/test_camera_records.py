from __future__ import annotations

import pytest

from surveyor.core import camera_records as cameras
from surveyor.core import geometry
from surveyor.store.models import Camera, CameraPhoto, Photo, Walk


def _photo(walk: Walk, n: int, **values) -> Photo:
    defaults = dict(
        sha256=f"{n:064x}",
        walk=walk,
        original_name=f"IMG_{n}.jpg",
        extension=".jpg",
        size=1000,
    )
    defaults.update(values)
    return Photo.create(**defaults)


@pytest.fixture
def walk(workspace) -> Walk:
    return Walk.create(name="Centre")


def test_create_projects_along_bearing(walk: Walk) -> None:
    p = _photo(walk, 1, latitude=44.8176, longitude=20.4569, bearing=90.0, position_source="exif")
    cam = cameras.create_camera([p.id], camera_type="dome", camera_mount="pole")
    assert cam.position_source == "projected"
    assert cam.direction is None  # the bearing is where the volunteer looked, not the camera
    assert cam.walk_id == walk.id
    assert geometry.distance_m(44.8176, 20.4569, cam.latitude, cam.longitude) == pytest.approx(8.0)
    assert geometry.bearing_deg(44.8176, 20.4569, cam.latitude, cam.longitude) == pytest.approx(90)
    assert cameras.camera_photo_ids(cam.id) == [p.id]
    assert len(cam.uuid) == 36


def test_create_without_bearing_uses_photo_position_and_source(walk: Walk) -> None:
    p = _photo(walk, 1, latitude=-33.9, longitude=-70.6, position_source="gpx")
    cam = cameras.create_camera([p.id], projection_m=20)
    assert (cam.latitude, cam.longitude, cam.position_source) == (-33.9, -70.6, "gpx")
    assert cam.direction is None
    q = _photo(walk, 2, latitude=1.0, longitude=2.0)
    assert cameras.create_camera([q.id]).position_source == "exif"


def test_a_photo_placed_by_hand_does_not_make_a_camera_placed_by_hand(walk: Walk) -> None:
    # The volunteer placed where they stood; the camera is still only a suggestion.
    p = _photo(walk, 1, latitude=44.8, longitude=20.4, position_source="manual")
    cam = cameras.create_camera([p.id])
    assert (cam.latitude, cam.longitude, cam.position_source) == (44.8, 20.4, "photo")
    assert not cam.placed_by_hand


def test_facing_direction_is_the_bearing_turned_around() -> None:
    assert cameras.facing_direction(109.0) == 289.0
    assert cameras.facing_direction(300.5) == pytest.approx(120.5)
    assert cameras.facing_direction(None) is None


def test_create_manual_position_and_photo_without_position(walk: Walk) -> None:
    p = _photo(walk, 1)
    cam = cameras.create_camera([p.id])
    assert cam.latitude is None and cam.position_source is None
    cam2 = cameras.create_camera([p.id], lat=10.5, lon=-3.25)
    assert (cam2.latitude, cam2.longitude, cam2.position_source) == (10.5, -3.25, "manual")
    # One photo may show several cameras.
    assert CameraPhoto.select().where(CameraPhoto.photo == p.id).count() == 2


def test_create_validates_and_writes_nothing_on_error(walk: Walk) -> None:
    p = _photo(walk, 1)
    with pytest.raises(cameras.CameraError, match="camera_type"):
        cameras.create_camera([p.id], camera_type="spaceship")
    with pytest.raises(cameras.NotFound, match="999"):
        cameras.create_camera([p.id, 999])
    with pytest.raises(cameras.CameraError):
        cameras.create_camera([])
    with pytest.raises(cameras.CameraError, match="both"):
        cameras.create_camera([p.id], lat=1.0)
    with pytest.raises(cameras.CameraError, match="latitude"):
        cameras.create_camera([p.id], lat=95.0, lon=0.0)
    assert Camera.select().count() == 0


def test_make_unknown_and_manufacturer_exclude_each_other(walk: Walk) -> None:
    p = _photo(walk, 1)
    cam = cameras.create_camera([p.id], manufacturer="Huawei")
    previous = cameras.update_camera(cam.id, make_unknown=True)
    assert previous == {"make_unknown": False, "manufacturer": "Huawei"}
    cam = Camera.get_by_id(cam.id)
    assert cam.make_unknown and cam.manufacturer is None
    cameras.update_camera(cam.id, **previous)  # undo
    cam = Camera.get_by_id(cam.id)
    assert cam.manufacturer == "Huawei" and not cam.make_unknown


def test_update_returns_previous_and_bumps_updated_at(walk: Walk) -> None:
    p = _photo(walk, 1)
    cam = cameras.create_camera([p.id], camera_mount="wall", direction=10)
    before = Camera.get_by_id(cam.id).updated_at
    previous = cameras.update_camera(cam.id, camera_mount="pole", direction=-90, height=4.5)
    assert previous == {"camera_mount": "wall", "direction": 10.0, "height": None}
    cam = Camera.get_by_id(cam.id)
    assert (cam.camera_mount, cam.direction, cam.height) == ("pole", 270.0, 4.5)
    assert cam.updated_at >= before
    with pytest.raises(cameras.CameraError, match="camera_mount"):
        cameras.update_camera(cam.id, camera_mount="rocket")
    with pytest.raises(cameras.CameraError, match="unknown camera attribute"):
        cameras.update_camera(cam.id, uuid="x")
    with pytest.raises(cameras.CameraError, match="together"):
        cameras.update_camera(cam.id, latitude=1.0)
    with pytest.raises(cameras.CameraError, match="true or false"):
        cameras.update_camera(cam.id, confirmed="yes")
    with pytest.raises(cameras.NotFound):
        cameras.update_camera(12345, confirmed=True)
    assert Camera.get_by_id(cam.id).camera_mount == "pole"


def test_link_and_unlink(walk: Walk) -> None:
    p1, p2, p3 = (_photo(walk, n) for n in (1, 2, 3))
    cam = cameras.create_camera([p1.id])
    assert cameras.link_photos(cam.id, [p1.id, p2.id, p3.id]) == [p2.id, p3.id]
    assert cameras.link_photos(cam.id, [p2.id]) == []
    assert cameras.unlink_photo(cam.id, p2.id) is True
    assert cameras.unlink_photo(cam.id, p2.id) is False
    assert cameras.camera_photo_ids(cam.id) == [p1.id, p3.id]
    with pytest.raises(cameras.NotFound):
        cameras.link_photos(cam.id, [777])


def test_delete_and_restore(walk: Walk) -> None:
    p1, p2 = _photo(walk, 1), _photo(walk, 2)
    cam = cameras.create_camera([p1.id, p2.id], camera_type="fixed", notes="corner")
    uuid = cam.uuid
    snapshot = cameras.delete_camera(cam.id)
    assert Camera.select().count() == 0 and CameraPhoto.select().count() == 0
    assert Photo.select().count() == 2  # photos stay
    restored = cameras.restore_camera(snapshot)
    assert (restored.id, restored.uuid, restored.camera_type, restored.notes) == (
        cam.id,
        uuid,
        "fixed",
        "corner",
    )
    assert cameras.camera_photo_ids(cam.id) == [p1.id, p2.id]


def test_set_photo_mark(walk: Walk) -> None:
    p1, p2 = _photo(walk, 1), _photo(walk, 2, mark="needs_review")
    previous = cameras.set_photo_mark([p1.id, p2.id], "no_camera")
    assert previous == {p1.id: None, p2.id: "needs_review"}
    assert {p.mark for p in Photo.select()} == {"no_camera"}
    cameras.restore_photo_marks(previous)
    assert Photo.get_by_id(p2.id).mark == "needs_review"
    assert Photo.get_by_id(p1.id).mark is None
    with pytest.raises(cameras.CameraError):
        cameras.set_photo_mark([p1.id], "maybe")


def test_cameras_near_sorted_and_within_radius(walk: Walk) -> None:
    p = _photo(walk, 1)
    origin = (44.8176, 20.4569)
    made = {}
    for dist, bearing in ((30, 10), (5, 200), (49, 300), (60, 90), (1000, 0)):
        lat, lon = geometry.destination_point(*origin, bearing, dist)
        made[dist] = cameras.create_camera([p.id], lat=lat, lon=lon)
    cameras.create_camera([p.id])  # no position: never "near"
    near = cameras.cameras_near(*origin, 50)
    assert [c.id for c, _ in near] == [made[5].id, made[30].id, made[49].id]
    assert [round(d) for _, d in near] == [5, 30, 49]
    assert [c.id for c, _ in cameras.cameras_near(*origin, 50, exclude_id=made[5].id)] == [
        made[30].id,
        made[49].id,
    ]


def test_cameras_near_across_antimeridian(walk: Walk) -> None:
    p = _photo(walk, 1)
    cam = cameras.create_camera([p.id], lat=0.0, lon=-179.9999)
    near = cameras.cameras_near(0.0, 179.9999, 100)
    assert [c.id for c, _ in near] == [cam.id]


def test_suggested_position(walk: Walk) -> None:
    assert cameras.suggested_position(_photo(walk, 1)) is None
    p = _photo(walk, 2, latitude=0.0, longitude=0.0, bearing=0.0)
    guess = cameras.suggested_position(p, projection_m=100)
    assert guess is not None and guess.source == "projected"
    assert guess.latitude == pytest.approx(100 / 111_195, rel=1e-3)
    flat = cameras.suggested_position(p, projection_m=0)
    assert flat is not None and (flat.latitude, flat.source) == (0.0, "exif")

"""Walk management: rename, merge, split, remove (and every change undone exactly)."""

from __future__ import annotations

from pathlib import Path

import pytest

from surveyor.core import walks
from surveyor.core.camera_records import create_camera
from surveyor.core.photos.importer import import_paths
from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera, CameraPhoto, Photo, Track, TrackPoint, Walk
from tests.fixtures.photos import make_jpeg


def _catalogue() -> dict[str, list[tuple]]:
    """Everything a walk change may touch, as plain tuples, to compare before and after."""
    return {
        "walks": sorted(Walk.select(Walk.id, Walk.name, Walk.date).tuples()),
        "photos": sorted(Photo.select(Photo.id, Photo.walk, Photo.sha256).tuples()),
        "cameras": sorted(Camera.select(Camera.id, Camera.walk, Camera.uuid).tuples()),
        "links": sorted(CameraPhoto.select(CameraPhoto.camera, CameraPhoto.photo).tuples()),
        "tracks": sorted(Track.select(Track.id, Track.walk).tuples()),
        "points": sorted(TrackPoint.select(TrackPoint.id, TrackPoint.track).tuples()),
    }


@pytest.fixture
def two_walks(workspace: Workspace, tmp_path: Path) -> tuple[int, int]:
    morning = [
        make_jpeg(tmp_path / "m" / f"m{i}.jpg", color=(i, 1, 1), lat=44.8, lon=20.46,
                  taken_at=f"2026:05:16 09:{i * 10:02d}:00")
        for i in range(3)
    ] + [
        make_jpeg(tmp_path / "m" / f"e{i}.jpg", color=(i, 2, 2), lat=44.81, lon=20.47,
                  taken_at=f"2026:05:16 18:{i * 10:02d}:00")
        for i in range(2)
    ]  # fmt: skip
    first = import_paths(workspace, morning, walk_name="Slavija", workers=0).walk_id
    other = make_jpeg(tmp_path / "o" / "o.jpg", color=(5, 5, 5), taken_at="2026:05:17 10:00:00")
    second = import_paths(workspace, [other], walk_name="Vračar", workers=0).walk_id
    photos = {p.original_name: p.id for p in Photo.select()}
    create_camera([photos["m0.jpg"], photos["m1.jpg"]], lat=44.8, lon=20.46)
    create_camera([photos["e0.jpg"]], lat=44.81, lon=20.47)
    create_camera([photos["o.jpg"], photos["m2.jpg"]], lat=44.82, lon=20.48)
    track = Track.create(
        walk=first, name="log", file_name="log.gpx", sha256="0" * 64, point_count=1,
        start_utc=0.0, end_utc=0.0,
    )  # fmt: skip
    TrackPoint.create(track=track, seq=0, time_utc=0.0, lat=44.8, lon=20.46)
    return int(first), int(second)


def test_rename_refuses_a_taken_name(two_walks) -> None:
    first, _second = two_walks
    assert walks.rename_walk(first, "Slavija, 16 May") == "Slavija"
    with pytest.raises(walks.WalkError, match="already a walk called “Vračar”"):
        walks.rename_walk(first, "Vračar")
    with pytest.raises(walks.WalkError, match="needs a name"):
        walks.rename_walk(first, "  ")


def test_merge_moves_everything_and_undo_restores_it(two_walks) -> None:
    first, second = two_walks
    before = _catalogue()
    record = walks.merge_walks(first, [second])
    assert Walk.select().count() == 1
    assert {p.walk_id for p in Photo.select()} == {first}
    assert {c.walk_id for c in Camera.select()} == {first}
    walks.restore(record)
    assert _catalogue() == before


def test_split_at_a_pause_and_undo(two_walks) -> None:
    first, _ = two_walks
    plan = walks.split_plan(first, gap_minutes=60)
    assert [len(part.photo_ids) for part in plan] == [3, 2]
    assert plan[1].name == "Slavija (2)"
    before = _catalogue()
    record = walks.split_walk(first, gap_minutes=60)
    evening = Walk.get(Walk.name == "Slavija (2)")
    names = {p.original_name for p in Photo.select().where(Photo.walk == evening.id)}
    assert names == {"e0.jpg", "e1.jpg"}
    # The evening camera goes with its photo; the others stay.
    assert Camera.select().where(Camera.walk == evening.id).count() == 1
    walks.restore(record)
    assert _catalogue() == before
    with pytest.raises(walks.WalkError, match="no pause longer than 600"):
        walks.split_walk(first, gap_minutes=600)


def test_remove_a_walk_and_undo_with_the_same_ids(workspace: Workspace, two_walks) -> None:
    first, _second = two_walks
    before = _catalogue()
    record = walks.remove_walk(first)
    assert Walk.select().count() == 1
    assert Photo.select().count() == 1 and Track.select().count() == 0
    # Cameras seen only in this walk go; the one also seen from Vračar stays.
    assert Camera.select().count() == 1
    assert len(record.sha256s) == 5
    for sha in record.sha256s:  # the files wait for an undo
        assert any(workspace.media_dir.glob(f"{sha[:2]}/{sha}.*"))
    walks.restore(record)
    assert _catalogue() == before


def test_removed_photos_lose_their_files_only_once_nothing_refers_to_them(
    workspace: Workspace, two_walks
) -> None:
    photo = Photo.get(Photo.original_name == "m0.jpg")
    sha = str(photo.sha256)
    record = walks.remove_photos([photo.id])
    assert walks.purge_unreferenced_media(workspace, []) == 0
    walks.restore(record)
    assert walks.purge_unreferenced_media(workspace, record.sha256s) == 0  # back in use
    assert any(workspace.media_dir.glob(f"{sha[:2]}/{sha}.*"))
    walks.remove_photos([photo.id])
    assert walks.purge_unreferenced_media(workspace, record.sha256s) == 1
    assert not any(workspace.media_dir.glob(f"{sha[:2]}/{sha}.*"))
    assert not any(workspace.thumbs_dir.glob(f"*/{sha[:2]}/{sha}.jpg"))
    assert Camera.select().count() == 3  # the camera stays, with its other photo

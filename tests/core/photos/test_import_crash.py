"""A real ``kill -9`` of a real import process, then the catalogue is checked and re-imported."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fixtures.photos import make_jpeg

N_PHOTOS = 60


def _rows(catalogue: Path) -> int:
    if not catalogue.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{catalogue}?mode=ro", uri=True, timeout=5) as db:
            return int(db.execute("SELECT count(*) FROM photo").fetchone()[0])
    except sqlite3.OperationalError:  # schema not made yet
        return 0


def _group_alive(pgid: int) -> list[int]:
    """Processes still in the import's process group (its workers, if any survived)."""
    alive = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid and fields[0] != "Z":
                alive.append(int(entry.name))
    return alive


def _import(workspace: Path, folder: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "surveyor",
            "import",
            "--workspace",
            str(workspace),
            "--jobs",
            "2",
            "--json",
            str(folder),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: we can see its workers
    )


@pytest.mark.slow
def test_kill_9_mid_batch_leaves_a_consistent_catalogue(tmp_path: Path) -> None:
    folder = tmp_path / "card"
    for i in range(N_PHOTOS):
        make_jpeg(
            folder / f"IMG_{i:03}.jpg",
            size=(2400, 1800),
            color=(i * 4, 90, 200 - i * 3),
            lat=44.8 + i / 10_000,
            lon=20.4,
        )
    workspace = tmp_path / "ws"
    catalogue = workspace / "catalogue.sqlite"

    proc = _import(workspace, folder)
    deadline = time.monotonic() + 60
    while _rows(catalogue) == 0:
        assert proc.poll() is None, "the import finished before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    killed_at = _rows(catalogue)
    assert 0 < killed_at < N_PHOTOS

    # The workers notice their parent is gone and leave by themselves.
    deadline = time.monotonic() + 30  # a worker may sit in fsync on a busy disk
    while _group_alive(proc.pid):
        if time.monotonic() > deadline:
            survivors = [
                Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
                for pid in _group_alive(proc.pid)
            ]
            for pid in _group_alive(proc.pid):  # only processes this test started
                os.kill(pid, signal.SIGKILL)
            pytest.fail(f"import workers outlived their killed parent: {survivors}")
        time.sleep(0.1)

    with sqlite3.connect(catalogue) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = db.execute("SELECT sha256, extension FROM photo").fetchall()
    for sha, ext in rows:  # no row without its complete file
        stored = workspace / "media" / sha[:2] / f"{sha}{ext}"
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == sha

    rerun = _import(workspace, folder)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    assert b"Traceback" not in err
    summary = json.loads(out)
    assert summary["duplicates"] == killed_at  # rows committed before the kill
    assert summary["imported"] == N_PHOTOS - killed_at  # including the adopted orphans

    with sqlite3.connect(catalogue) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        hashes = {sha for (sha,) in db.execute("SELECT sha256 FROM photo")}
    assert len(hashes) == N_PHOTOS
    media_files = {p.stem for p in (workspace / "media").rglob("*.jpg")}
    assert media_files == hashes  # every orphan adopted, none left over
    for size in (256, 1600):
        assert {p.stem for p in (workspace / "thumbs" / str(size)).rglob("*.jpg")} == hashes
    assert list((workspace / "tmp").iterdir()) == []

"""The thumbnail queue stays short while the grid scrolls, and paths are made off the UI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtGui import QImage

from surveyor.ui.background import Task
from surveyor.ui.thumbnails import ThumbnailLoader


@pytest.fixture(autouse=True)
def _threaded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Task, "synchronous", False)  # the real worker threads, as in the app


class _Block(QRunnable):
    """Keeps the pool's only thread busy until released, so requests stay queued."""

    def __init__(self, gate: threading.Event) -> None:
        super().__init__()
        self.gate = gate

    def run(self) -> None:
        self.gate.wait(10)


def test_oldest_queued_requests_are_dropped_and_can_be_asked_again(qtbot, tmp_path: Path) -> None:
    image = QImage(120, 90, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    path = tmp_path / "p.png"
    image.save(str(path))
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    gate = threading.Event()
    pool.start(_Block(gate))
    loader = ThumbnailLoader(64, pool=pool, max_pending=5)
    made_on: list[int] = []

    def files() -> list[Path]:
        made_on.append(threading.get_ident())
        return [path]

    try:
        for key in range(12):  # rows scrolled past, oldest first
            loader.request(key, files)
        assert sorted(loader._pending) == [7, 8, 9, 10, 11]  # only the newest wait
        loader.request(0, files)  # row 0 back in view: asked for again
        assert 0 in loader._pending and 7 not in loader._pending
    finally:
        gate.set()
    qtbot.waitUntil(lambda: all(loader.pixmap(k) is not None for k in (0, 8, 9, 10, 11)))
    assert loader.pixmap(7) is None  # dropped, never decoded
    assert loader.pixmap(11).width() == 64
    assert made_on and threading.get_ident() not in made_on  # paths listed on the worker
    pool.waitForDone(5000)


def test_the_grid_thumbnails_come_from_the_background_workers(
    qtbot, filled_workspace, settings
) -> None:
    from surveyor.ui.main_window import MainWindow

    window = MainWindow(filled_workspace, settings)
    qtbot.addWidget(window)
    loader = window.model.thumbnails
    made_on: list[int] = []
    rows = [window.model.index(row, 0) for row in range(window.model.rowCount())]
    assert len(rows) == 4
    for index in rows:
        key = index.row()
        sha = window.model.rows()[key].sha256

        def files(sha: str = sha) -> list[Path]:
            made_on.append(threading.get_ident())
            return [filled_workspace.thumb_path(sha, 256)]

        loader.request(("probe", key), files)
    qtbot.waitUntil(lambda: all(loader.pixmap(("probe", i.row())) for i in rows), timeout=10_000)
    assert len(made_on) == 4 and threading.get_ident() not in made_on
    window.close()

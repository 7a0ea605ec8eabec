"""The Qt half of ``surveyor self-test``: the main window and the map page, offscreen.

The window is opened on a temporary demo workspace (never the volunteer's own), and the map
page must load its scripts (Leaflet, markercluster, ours) without asking the network for
anything. ``run_all`` runs these after the checks of ``surveyor.core.install.self_test``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

# QtWebEngine and the map's URL scheme must exist before the application does.
import PySide6.QtWebEngineWidgets  # noqa: F401
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

import surveyor.ui.map.scheme  # noqa: F401
from surveyor.core.install import self_test
from surveyor.core.install.self_test import CheckResult

PAGE_TIMEOUT_S = 60.0
# What the map page must have once its scripts ran: Leaflet, markercluster, the camera layer.
PAGE_PROBE = (
    "[typeof L, typeof (L && L.markerClusterGroup), document.querySelectorAll("
    "'.leaflet-container').length].join(',')"
)


def _wait(condition: Callable[[], bool], timeout: float) -> bool:
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        app.processEvents()  # type: ignore[union-attr]
        time.sleep(0.01)
    return True


def _open_window(tmp: Path) -> tuple[object, object]:
    from surveyor.core.demo import build_demo_workspace
    from surveyor.ui.main_window import MainWindow
    from surveyor.ui.settings import Settings

    workspace = build_demo_workspace(tmp / "demo", workers=0)
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(workspace, settings)
    window.resize(1200, 800)
    window.show()
    return window, workspace


def check_main_window(tmp: Path) -> str:
    window, workspace = _open_window(tmp)
    try:
        if not _wait(lambda: window.model.rowCount() > 0, 30.0):  # type: ignore[attr-defined]
            raise RuntimeError("the demo photos did not appear in the window")
        return f"opened on a demo workspace with {window.model.rowCount()} photos"  # type: ignore[attr-defined]
    finally:
        window.close()  # type: ignore[attr-defined]
        workspace.close()  # type: ignore[attr-defined]


def check_map_page(tmp: Path) -> str:
    window, workspace = _open_window(tmp)
    try:
        window.show_map()  # type: ignore[attr-defined]
        panel = window.map_slot.ensure_map()  # type: ignore[attr-defined]
        if panel is None:
            raise RuntimeError(window.map_slot.error or "the map could not be created")  # type: ignore[attr-defined]
        if not _wait(lambda: panel.is_ready, PAGE_TIMEOUT_S):
            raise RuntimeError(f"the map page did not start within {PAGE_TIMEOUT_S:.0f} s")
        answer: list[object] = []
        panel.run_javascript(PAGE_PROBE, answer.append)
        if not _wait(lambda: bool(answer), 10.0):
            raise RuntimeError("the map page does not answer")
        leaflet, cluster, containers = str(answer[0]).split(",")
        if leaflet != "object" or cluster != "function" or containers == "0":
            raise RuntimeError(
                f"scripts missing (Leaflet: {leaflet}, markercluster: {cluster}, "
                f"map containers: {containers})"
            )
        if panel.blocked_requests:
            raise RuntimeError(f"the page asked the network for {panel.blocked_requests[0]}")
        return "loaded with Leaflet, markercluster and the camera layer, nothing from the network"
    finally:
        window.close()  # type: ignore[attr-defined]
        workspace.close()  # type: ignore[attr-defined]


QT_CHECKS: list[tuple[str, self_test.Check]] = [
    ("main window", check_main_window),
    ("map page", check_map_page),
]


def run_all() -> Iterator[CheckResult]:
    """Every check, core ones first; the QApplication is made here if there is none yet."""
    if QApplication.instance() is None:
        QApplication([sys.argv[0] or "surveyor", "self-test"])
    yield from self_test.run_checks(self_test.CORE_CHECKS + QT_CHECKS)

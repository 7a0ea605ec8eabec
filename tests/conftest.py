"""Session-wide test setup: headless Qt, no network, a fresh workspace per test."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: offscreen rendering; QtWebEngine refuses to start as root with its
# sandbox on (CI runs as root). Set here for the tests only, never by the app.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --no-sandbox")

# QtWebEngine must be imported before the QApplication exists.
import PySide6.QtWebEngineWidgets  # noqa: F401

import surveyor.ui.map.scheme  # noqa: F401  (the map's URL scheme must exist before the app)
from surveyor.core.workspace import Workspace


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    # QtWebEngine aborts with an empty argv.
    return ["surveyor-tests"]


def _build_translations() -> None:
    """The compiled translations, as ``make`` builds them (tests may run without make)."""
    import subprocess
    import sys

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    folder = Path(__file__).resolve().parents[1] / "resources" / "translations"
    for ts in folder.glob("surveyor_*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """The app speaks English as it does for users: plural forms come from surveyor_en.qm."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from surveyor.ui.language import install_translations

    _build_translations()

    class EnglishApplication(QApplication):
        def __init__(self, argv: list[str]) -> None:
            super().__init__(argv)
            install_translations(self, QLocale("en_GB"))

    return EnglishApplication


class _NetworkBlocked(RuntimeError):
    pass


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """A field tool must never need the network: any non-local connection fails the test."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        if self.family == socket.AF_UNIX or str(host) in {"127.0.0.1", "::1", "localhost"}:
            return real_connect(self, address)  # type: ignore[arg-type]
        raise _NetworkBlocked(f"test tried to reach the network: {address!r}")

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keys, settings and the default workspace go to temporary folders, never the user's."""
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("SURVEYOR_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("SURVEYOR_WORKSPACE", str(base / "workspace"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "xdg-data"))
    return base


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "ws")
    try:
        yield ws
    finally:
        ws.close()

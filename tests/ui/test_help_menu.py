"""Help ▸ User guide, Check installation, About; and the dialog an unexpected error shows."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

import surveyor
from surveyor.core import logs
from surveyor.core.install import licences
from surveyor.core.resources import resources_dir
from surveyor.core.workspace import Workspace
from surveyor.ui import crash_dialog, user_guide
from surveyor.ui.about_dialog import AboutDialog
from surveyor.ui.install_check_dialog import InstallCheckDialog
from surveyor.ui.main_window import MainWindow
from surveyor.ui.settings import Settings


@pytest.fixture
def window(qtbot, workspace: Workspace, settings: Settings) -> MainWindow:
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    return window


def test_the_help_menu_lists_guide_check_and_about(window: MainWindow) -> None:
    texts = [a.text().replace("&", "") for a in window.menus["help"].actions() if a.text()]
    assert texts == ["Keyboard shortcuts", "User guide", "Check installation", "About Surveyor"]


def test_about_names_version_licence_and_every_vendored_licence(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert f"Surveyor {surveyor.__version__}" in text
    assert "GPL-3.0-or-later" in text
    for item in licences.VENDORED:
        assert f"{item.name} {item.version}: {item.licence}" in text
    assert "Volodymyr Agafonkin" in text  # Leaflet's licence text itself
    assert "David Leaver" in text and "Protomaps LLC" in text
    assert "GNU GENERAL PUBLIC LICENSE" in text


def test_every_licence_file_of_the_vendored_code_is_named() -> None:
    web = resources_dir() / "web"
    found = {
        str(p.relative_to(resources_dir()))
        for p in web.rglob("*")
        if p.is_file() and "licen" in p.name.lower()
    }
    assert found == {item.licence_file for item in licences.VENDORED}


def test_the_user_guide_opens_from_the_package(window: MainWindow, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(user_guide, "open_url", lambda url: opened.append(url) or True)
    window.action_set.user_guide.trigger()
    assert len(opened) == 1
    page = Path(opened[0].toLocalFile())
    assert page == resources_dir() / "guide" / "en" / "index.html"
    assert page.is_file()


def test_a_missing_guide_is_said_in_words(window, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(user_guide, "resource", lambda *parts: tmp_path.joinpath(*parts))
    problem = user_guide.open_user_guide()
    assert problem is not None and "missing from this installation" in problem


def test_check_installation_shows_the_self_test_lines(qtbot) -> None:
    dialog = InstallCheckDialog()
    qtbot.addWidget(dialog)
    dialog.start()  # the real command, in its own process
    qtbot.waitUntil(lambda: dialog.passed is not None, timeout=180_000)
    lines = dialog.output.toPlainText().splitlines()
    assert dialog.passed, "\n".join(lines)
    assert [line.split()[0] for line in lines[:6]] == ["ok"] * 6
    assert lines[-1] == "all checks passed"
    assert dialog.status.text() == "Everything needed is installed."
    dialog.copy_report()
    assert QApplication.clipboard().text().endswith("all checks passed")


def _raise_and_handle(handler: crash_dialog.CrashHandler) -> None:
    try:
        raise KeyError("camera at 44.8125317, 20.4612849")
    except KeyError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)


def test_an_unexpected_error_shows_a_copyable_report(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SURVEYOR_LOG_DIR", str(tmp_path / "logs"))
    handler = crash_dialog.CrashHandler()
    shown: list[str] = []
    handler.show = shown.append
    _raise_and_handle(handler)
    assert len(shown) == 1
    report = shown[0]
    assert "KeyError" in report and "_raise_and_handle" in report
    assert "44.8125" not in report and "<number>" in report

    dialog = crash_dialog.CrashDialog(report)
    qtbot.addWidget(dialog)
    assert str(tmp_path / "logs" / "surveyor.log") in dialog.log_label.text()
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert copied.startswith(report) and copied.endswith(str(logs.log_file()))


def test_an_error_on_a_worker_thread_reaches_the_ui_thread(qtbot) -> None:
    handler = crash_dialog.CrashHandler()
    shown: list[str] = []
    handler.show = shown.append
    worker = threading.Thread(target=_raise_and_handle, args=(handler,))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown))
    assert "KeyError" in shown[0]


def test_the_handler_is_installed_for_slots_and_threads(monkeypatch) -> None:
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    handler = crash_dialog.install()
    assert sys.excepthook == handler.handle
    assert threading.excepthook == handler._thread_hook


def test_the_guide_shows_every_screenshot_the_script_makes() -> None:
    import re

    guide = resources_dir() / "guide" / "en"
    page = (guide / "index.html").read_text(encoding="utf-8")
    shown = set(re.findall(r'<img src="([^"]+)"', page))
    made = {f"images/{p.name}" for p in (guide / "images").glob("*.png")}
    assert shown == made and len(made) == 6
    for anchor in re.findall(r'href="#([^"]+)"', page):
        assert f'id="{anchor}"' in page

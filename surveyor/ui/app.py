"""Starting the desktop app: the QApplication, translations, the workspace, the window."""

from __future__ import annotations

import argparse
import logging
import os
import sys

log = logging.getLogger(__name__)


def _prepare_webengine() -> None:
    """QtWebEngine (and the map's URL scheme) must be set up before the QApplication."""
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError as exc:  # the window still works, without the map
        log.warning("QtWebEngine is not available: %s", exc)
        return
    try:
        import surveyor.ui.map  # noqa: F401  (registers the surveyor: scheme)
    except Exception as exc:
        log.warning("the map is not available: %s", exc)


def settle_heap() -> None:
    """Move everything alive once the window is up out of the garbage collector's sight.

    Full collections walk the whole heap; with Qt's wrappers and a large catalogue that is
    60-90 ms on the UI thread, long enough to make the grid stutter, and the start-up objects
    (modules, widgets, the first rows) live until the app quits anyway (``gc.freeze``).
    """
    import gc

    gc.collect()
    gc.freeze()


def install_translator(app: object, setting: str = "") -> None:
    """The interface's language: the one chosen in Settings, else the system's."""
    from PySide6.QtCore import QCoreApplication

    from surveyor.ui.language import chosen_locale, install_translations

    assert isinstance(app, QCoreApplication)
    install_translations(app, chosen_locale(setting))


def choose_workspace_dir(explicit: str | None, last: str) -> str | None:
    """--workspace, then $SURVEYOR_WORKSPACE, then the last one used, then the default."""
    if explicit:
        return explicit
    if os.environ.get("SURVEYOR_WORKSPACE"):
        return None  # Workspace.open reads the variable itself
    return last or None


def run_app(args: argparse.Namespace) -> int:
    from surveyor.ui import platform_check

    trouble = platform_check.problem()
    if trouble:
        print(trouble, file=sys.stderr)
        return 2
    _prepare_webengine()
    from PySide6.QtWidgets import QApplication, QMessageBox

    from surveyor.ui.main_window import MainWindow
    from surveyor.ui.settings import APPLICATION, ORGANIZATION, Settings

    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication([sys.argv[0] or "surveyor"])
    )
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("org.surveyor.Surveyor")
    settings = Settings()
    install_translator(app, settings.language)
    root = choose_workspace_dir(getattr(args, "workspace", None), settings.last_workspace)
    from surveyor.ui.unlock import OpenCancelled, dialog_asker, open_workspace

    try:
        workspace = open_workspace(root, dialog_asker(None))  # asks when it is encrypted
    except OpenCancelled:
        return 0
    except Exception as exc:
        QMessageBox.critical(
            None,
            app.translate("App", "Surveyor"),
            app.translate("App", "Could not open the workspace {folder}:\n{reason}").format(
                folder=root or "", reason=exc
            ),
        )
        return 1
    settings.last_workspace = str(workspace.root)
    window = MainWindow(workspace, settings)
    from surveyor.ui import crash_dialog

    crash_handler = crash_dialog.install(window)
    log.info("window opened on the workspace %s", workspace.root)
    window.show()
    app.processEvents()
    settle_heap()
    code = int(app.exec())
    del crash_handler  # kept alive while the app runs
    workspace = window.workspace
    workspace.close()
    return code

"""Opening a campaign from the main window (File ▸ Open campaign… calls ``open_campaign``).

A campaign is its own catalogue, and the models bind to one catalogue per process, so the
campaign window runs as a separate process: ``python -m surveyor.ui.campaign.launch DIR``.
An empty or new folder becomes a new campaign. ``--screenshot PNG`` renders the window to a
file and exits (used by the tests and for documentation).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from peewee import DatabaseError
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("Campaign", text)


def choose_campaign_folder(parent: QWidget | None) -> str | None:
    """Seam: tests replace it."""
    folder = QFileDialog.getExistingDirectory(parent, tr("Campaign folder (new or existing)"))
    return folder or None


def open_campaign(
    parent: QWidget | None = None, folder: str | Path | None = None
) -> subprocess.Popen[bytes] | None:
    """Start the campaign window for a chosen folder in its own process."""
    chosen = folder if folder is not None else choose_campaign_folder(parent)
    if not chosen:
        return None
    return subprocess.Popen([sys.executable, "-m", "surveyor.ui.campaign.launch", str(chosen)])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="surveyor-campaign")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--screenshot", type=Path, help="render to this PNG and exit")
    args = parser.parse_args(argv)
    import PySide6.QtWebEngineWidgets  # noqa: F401  (must precede the application)

    import surveyor.ui.map.scheme  # noqa: F401  (the review map's URL scheme, before the app)

    app = QApplication.instance() or QApplication(["surveyor-campaign"])
    from surveyor.ui.campaign.window import CampaignWindow

    try:
        window = CampaignWindow.open(args.folder)
    except (OSError, RuntimeError, DatabaseError) as exc:  # unreadable, newer, not a catalogue
        print(f"surveyor: cannot open the campaign {args.folder}: {exc}", file=sys.stderr)
        return 1
    window.resize(1200, 800)
    window.show()
    if args.screenshot is not None:

        def shoot() -> None:
            if not window.isVisible():  # already taken
                return
            window.grab().save(str(args.screenshot))
            window.close()
            app.quit()

        # The review map's page loads in the background: wait for it (a little), then shoot.
        review_map = window.review.map
        if review_map.is_ready:
            QTimer.singleShot(0, shoot)
        else:
            review_map.pageLoaded.connect(lambda _ok: QTimer.singleShot(300, shoot))
            QTimer.singleShot(15_000, shoot)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())

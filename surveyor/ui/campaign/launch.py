"""Opening a campaign from the main window (File ▸ Open campaign… calls ``open_campaign``).

The campaign window runs as a separate process: ``python -m surveyor.ui.campaign.launch DIR``.
An empty or new folder becomes a new campaign. ``--screenshot PNG`` renders the window to a
file and exits (used by the tests and for documentation).

Why a process, now that opening a catalogue no longer rebinds the models process-wide:

- The models use the catalogue current in the running context (``surveyor.store.models``),
  and the UI thread has one context: the workspace the main window shows. The campaign
  window's views query the campaign's catalogue from their own UI-thread slots; in the same
  process each of those slots would have to switch the context and back
  (``Workspace.as_current``), and one forgotten slot would write a coordinator's decision
  into the volunteer's catalogue, the very mistake a per-workspace database removed.
  ``tests/store/test_current_catalogue.py`` shows the two catalogues keep apart where the
  context is explicit.
- Merging decodes bundles from strangers (see the hostile-bundle tests): in its own process
  a crash there cannot take the volunteer's window, and what it has not saved, with it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from peewee import DatabaseError
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Campaign", text)


class CampaignFolderDialog(QDialog):
    """A campaign folder by name: an existing one (Choose…) or a new one that does not exist
    yet (type its name; it is created when the campaign opens)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New or open campaign"))
        self.path = QLineEdit(str(Path.home() / tr("My campaign")))
        self.path.selectAll()
        browse = QPushButton(tr("Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Campaign folder: an existing campaign, or the name of a new folder"))
        )
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.path.textChanged.connect(self._explain)
        self._explain()
        self.resize(560, 0)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Campaign folder"), self.path.text())
        if folder:
            self.path.setText(folder)

    def chosen(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text).expanduser() if text else None

    def _explain(self) -> None:
        folder = self.chosen()
        ok = folder is not None and not (folder.exists() and not folder.is_dir())
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(ok)
        if folder is None:
            self.note.setText(tr("Type a folder's name."))
        elif folder.exists() and not folder.is_dir():
            self.note.setText(tr("“{name}” is a file, not a folder.").format(name=folder.name))
        elif folder.is_dir() and (folder / "catalogue.sqlite").exists():
            self.note.setText(tr("Opens the campaign in “{name}”.").format(name=folder.name))
        elif folder.is_dir():
            self.note.setText(tr("Starts a new campaign in “{name}”.").format(name=folder.name))
        else:
            self.note.setText(
                tr("Creates the folder “{name}” for a new campaign.").format(name=folder.name)
            )


def choose_campaign_folder(parent: QWidget | None) -> str | None:
    """Seam: tests replace it."""
    dialog = CampaignFolderDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    folder = dialog.chosen()
    return str(folder) if folder is not None else None


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

    app = QApplication.instance()
    if app is None:
        app = QApplication(["surveyor-campaign"])
        # Its own process: the language chosen in Settings, as the main window speaks it.
        from surveyor.ui.app import install_translator
        from surveyor.ui.settings import Settings

        install_translator(app, Settings().language)
    from surveyor.ui.campaign.window import CampaignWindow

    try:
        window = CampaignWindow.open(args.folder)
    except (OSError, RuntimeError, DatabaseError) as exc:  # in use, unreadable, newer, …
        print(f"surveyor: cannot open the campaign {args.folder}: {exc}", file=sys.stderr)
        if args.screenshot is None:  # started from a menu: say it where the user looks
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                None,
                tr("Campaign not opened"),
                tr("Cannot open the campaign “{name}”: {reason}").format(
                    name=args.folder.name, reason=exc
                ),
            )
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

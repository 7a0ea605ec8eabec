"""Opening a workspace from the window: an encrypted one asks for its passphrase until it is
right or the volunteer gives up. ``ask`` is the test seam (it replaces the dialog)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from surveyor.core.vault.keyfile import WrongPassphrase, is_encrypted
from surveyor.core.workspace import Workspace, resolve_workspace_dir
from surveyor.ui.passphrase_dialog import PassphraseDialog

# (folder, why asked again or "") -> the passphrase, or None when the volunteer cancelled.
Ask = Callable[[Path, str], str | None]


class OpenCancelled(Exception):
    """The volunteer closed the passphrase prompt."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Unlock", text)


def dialog_asker(parent: QWidget | None) -> Ask:
    def ask(folder: Path, error: str) -> str | None:
        dialog = PassphraseDialog(folder, error, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase()

    return ask


def open_workspace(root: str | Path | None, ask: Ask, *, current: bool = True) -> Workspace:
    """Open ``root``; an encrypted one asks until the passphrase fits (OpenCancelled if not).

    ``current`` as in ``Workspace.open``.
    """
    folder = resolve_workspace_dir(root)
    if not is_encrypted(folder):
        return Workspace.open(folder, current=current)
    error = ""
    while True:
        passphrase = ask(folder, error)
        if passphrase is None:
            raise OpenCancelled(str(folder))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # scrypt takes a moment
        try:
            return Workspace.open(folder, passphrase, current=current)
        except WrongPassphrase:
            error = tr("That passphrase does not open this workspace. Try again.")
        finally:
            QApplication.restoreOverrideCursor()

"""File ▸ New workspace…, Encrypt this workspace…, Lock now, Lock after…, Destroy this
workspace…, and the idle lock: a thin layer over ``surveyor.core.vault``.

Locking an encrypted workspace hides every window, drops the decoded pictures and the keys
(the catalogue is closed), then asks for the passphrase again. Dialogs are methods a test
replaces (``ask``, ``ask_new_passphrase``, ``confirm``, ``choose_new_workspace``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
)

from surveyor.core.vault import convert
from surveyor.core.vault.keyfile import VaultError
from surveyor.core.workspace import Workspace, default_workspace_dir
from surveyor.ui.idle_lock import IdleWatch
from surveyor.ui.passphrase_dialog import NewPassphraseDialog
from surveyor.ui.unlock import Ask, OpenCancelled, dialog_asker, open_workspace

if TYPE_CHECKING:  # the window imports this module to install it
    from surveyor.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("WorkspaceSecurity", text)


def why() -> str:
    """The one sentence on why to encrypt (the first-start screen shows it too)."""
    return tr(
        "If your laptop could be taken (at a protest, at a border), encrypt the workspace: "
        "without the passphrase nobody can see your photos, where you stood or when."
    )


class WorkspaceSecurity(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.locked = False
        self.ask: Ask = dialog_asker(None)
        a = window.action_set
        self.new_workspace_action, self.encrypt_action = a.new_workspace, a.encrypt_workspace
        self.lock_action, self.lock_after_action = a.lock_now, a.lock_after
        self.destroy_action = a.destroy_workspace
        self.new_workspace_action.triggered.connect(self.new_workspace)
        self.encrypt_action.triggered.connect(self.encrypt_current)
        self.lock_action.triggered.connect(self.lock)
        self.lock_after_action.triggered.connect(self.choose_lock_after)
        self.destroy_action.triggered.connect(self.destroy_current)
        self.idle = IdleWatch(window.settings.lock_after_minutes, self)
        self.idle.idle.connect(self.lock)
        window.winId()  # makes the native window now, so its input can be watched
        handle = window.windowHandle()
        if handle is not None:
            self.idle.watch(handle)
        window.welcome.encryptRequested.connect(self.encrypt_current)
        self.update_actions()

    def update_actions(self) -> None:
        encrypted = self.window.workspace.encrypted
        self.encrypt_action.setEnabled(not encrypted)
        self.lock_action.setEnabled(encrypted)
        self.window.welcome.show_encrypt_offer(not encrypted)

    # Seams a test replaces -------------------------------------------------------------------
    def ask_new_passphrase(self, title: str) -> str | None:
        dialog = NewPassphraseDialog(title, why(), self.window)
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.warning(
            self.window,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_new_workspace(self) -> tuple[Path, bool] | None:
        """An empty folder for the new workspace, and whether to encrypt it."""
        dialog = QFileDialog(self.window, tr("New workspace: choose an empty folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        encrypt = QCheckBox(tr("Encrypt it (asks for a passphrase)"), dialog)
        encrypt.setToolTip(why())
        encrypt.setChecked(True)
        layout = dialog.layout()
        if layout is not None:
            layout.addWidget(encrypt)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0]), encrypt.isChecked()

    # Commands ----------------------------------------------------------------------------------
    def _release_current(self) -> Path:
        """Let go of the open workspace (its catalogue and keys); return its folder."""
        window = self.window
        window.panel.commit_pending()
        window.model.wait_for_background()
        window.redaction_bar.wait()
        window.walk_actions.purge(window.workspace)
        window.model.thumbnails.clear()
        window.preview.loader.clear()
        root: Path = window.workspace.root
        window.workspace.close()
        return root

    def _adopt(self, workspace: Workspace) -> None:
        self.window.model.thumbnails.clear()  # failures while locked are not the photos' fault
        self.window.preview.loader.clear()
        self.window.adopt_workspace(workspace)
        self.update_actions()

    def new_workspace(self) -> None:
        if self.window.importer.is_running():
            self.window.show_error(tr("New workspace"), tr("Wait for the import to end."))
            return
        choice = self.choose_new_workspace()
        if choice is None:
            return
        folder, encrypt = choice
        if (folder / convert.CATALOGUE).exists() or (folder / "workspace.key").exists():
            self.window.show_error(
                tr("New workspace"), tr("{folder} already holds a workspace.").format(folder=folder)
            )
            return
        passphrase = self.ask_new_passphrase(tr("New encrypted workspace")) if encrypt else None
        if encrypt and passphrase is None:
            return
        try:
            if passphrase is not None:
                convert.create_encrypted(folder, passphrase)
            workspace = Workspace.open(folder, passphrase, current=False)
        except (OSError, VaultError) as exc:
            self.window.show_error(tr("New workspace"), str(exc))
            return
        self.window.walk_actions.purge(self.window.workspace)
        self._adopt(workspace)

    def encrypt_current(self) -> None:
        window = self.window
        if window.workspace.encrypted:
            return
        if window.importer.is_running():
            window.show_error(tr("Encrypt this workspace"), tr("Wait for the import to end."))
            return
        passphrase = self.ask_new_passphrase(tr("Encrypt this workspace"))
        if passphrase is None:
            return
        root = self._release_current()
        progress = QProgressDialog(tr("Encrypting the photos…"), "", 0, 0, window)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()

        try:
            convert.encrypt_workspace(root, passphrase, step)
            workspace = Workspace.open(root, passphrase, current=False)
        except (OSError, VaultError) as exc:
            progress.close()
            window.show_error(tr("Encrypt this workspace"), str(exc))
            self._adopt(Workspace.open(root, current=False))  # not committed: still the plain one
            return
        progress.close()
        self._adopt(workspace)
        window.show_message(tr("This workspace is encrypted now."))

    def lock(self) -> None:
        """Hide everything, drop the keys, and ask for the passphrase again."""
        window = self.window
        if self.locked or not window.workspace.encrypted or window.importer.is_running():
            return
        self.locked = True
        self.idle.pause()
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in shown:
            widget.hide()
        root = self._release_current()
        try:
            workspace = open_workspace(root, self.ask, current=False)
        except OpenCancelled:
            QApplication.quit()  # no passphrase, no window: the data stays locked
            return
        finally:
            self.locked = False
        self._adopt(workspace)
        for widget in shown:
            widget.show()
        self.idle.resume()

    def choose_lock_after(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self.window,
            tr("Lock after idle time"),
            tr("Lock an encrypted workspace after this many minutes without use (0: never):"),
            self.window.settings.lock_after_minutes,
            0,
            24 * 60,
        )
        if ok:
            self.set_lock_after(minutes)

    def set_lock_after(self, minutes: int) -> None:
        self.window.settings.lock_after_minutes = minutes
        self.idle.set_minutes(minutes)

    def destroy_current(self) -> None:
        window = self.window
        if window.importer.is_running():
            window.show_error(tr("Destroy this workspace"), tr("Wait for the import to end."))
            return
        root = window.workspace.root
        question = tr(
            "Destroy the workspace {folder}? Its key goes first, then every photo, thumbnail "
            "and the catalogue. There is no undo."
        ).format(folder=root)
        if not self.confirm(tr("Destroy this workspace"), question):
            return
        self._release_current()
        try:
            convert.destroy_workspace(root)
        except (OSError, VaultError) as exc:
            window.show_error(tr("Destroy this workspace"), str(exc))
        fallback = default_workspace_dir()
        self._adopt(Workspace.open(fallback if fallback != root else root, current=False))
        window.show_message(tr("The workspace {folder} was destroyed.").format(folder=root))


def install_workspace_security(window: MainWindow) -> WorkspaceSecurity:
    return WorkspaceSecurity(window)

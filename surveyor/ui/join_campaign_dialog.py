"""File ▸ Join a campaign…: check a coordinator's kit, show what it holds, then install it.

Choosing the file checks it at once (signature and every hash, nothing installed) and shows the
campaign, the coordinator's key id to compare with what the coordinator said, and what joining
changes. *Join* installs it; a kit signed by another key than the campaign's known one needs a
confirmation first. Checking and installing run off the UI thread (basemaps can be large).
Seams: ``choose_kit()`` and ``confirm_new_key(error)``.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.kit.install import REKEYED, KeyChangedError, KitInstalled, install_kit
from surveyor.core.kit.manifest import KNOWN_CAMERAS
from surveyor.core.kit.verify import KitError
from surveyor.core.map.basemaps import load_settings
from surveyor.core.vocabulary import load_vocabulary
from surveyor.ui.background import Task, run_task


def tr(text: str) -> str:
    return QCoreApplication.translate("JoinCampaignDialog", text)


def _run_install(path: Path, accept_new_key: bool, dry_run: bool) -> KitInstalled | KitError:
    """On the worker: a refusal is a result to show, not a failure of the program."""
    try:
        return install_kit(path, accept_new_key=accept_new_key, dry_run=dry_run)
    except KitError as exc:
        return exc


class JoinCampaignDialog(QDialog):
    joined = Signal(object)  # KitInstalled

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Join a campaign"))
        self.setMinimumWidth(600)
        self.path: Path | None = None
        self.checked: KitInstalled | None = None
        self.key_change: KeyChangedError | None = None
        self.result_: KitInstalled | None = None
        self.error: str | None = None
        self._task: Task | None = None
        self._busy = False  # set before the task starts: a synchronous one ends at once

        intro = QLabel(
            tr(
                "Your coordinator gives you one kit file. It holds the campaign's map, the "
                "cameras already known, and the keys that keep your bundles private and let you "
                "check their receipts. It is checked completely before anything is installed."
            )
        )
        intro.setWordWrap(True)
        self.choose_button = QPushButton(tr("Choose kit file…"))
        self.file_label = QLabel(tr("No file chosen"))
        self.file_label.setWordWrap(True)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QDialogButtonBox()
        self.join_button = self.buttons.addButton(
            tr("Join"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.join_button.setEnabled(False)
        self.join_button.setToolTip(tr("Choose a kit file first."))
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self.choose)
        self.buttons.accepted.connect(self.join)
        self.buttons.rejected.connect(self.reject)

    # -- seams (tests replace these) -------------------------------------------------------

    def choose_kit(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Campaign kit"), "", tr("Surveyor campaign kits (*.kit *.zip);;All (*)")
        )
        return path or None

    def confirm_new_key(self, error: KeyChangedError) -> bool:
        answer = QMessageBox.warning(
            self,
            tr("Another key"),
            tr(
                "This kit for “{campaign}” is signed by key {new}, but you joined the campaign "
                "with key {old}. Anyone can make a kit: accept the new key only if your "
                "coordinator told you, in person or by a channel you trust, that it changed."
            ).format(campaign=error.campaign, new=error.new_key_id, old=error.old_key_id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- steps -----------------------------------------------------------------------------

    def choose(self) -> None:
        chosen = self.choose_kit()
        if chosen:
            self.open_file(Path(chosen))

    def open_file(self, path: Path) -> None:
        """Check ``path`` (installs nothing) and show what joining would do."""
        self.path, self.checked, self.key_change, self.error = path, None, None, None
        self.file_label.setText(str(path))
        self._start(tr("Checking the kit…"), accept_new_key=False, dry_run=True)

    def join(self) -> None:
        if self.path is None or self._busy:
            return
        accept = False
        if self.key_change is not None:
            if not self.confirm_new_key(self.key_change):
                return
            accept = True
        self._start(tr("Installing…"), accept_new_key=accept, dry_run=False)

    def _start(self, message: str, *, accept_new_key: bool, dry_run: bool) -> None:
        assert self.path is not None
        path = self.path
        self.summary.setText(html.escape(message))
        self.join_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self._busy = True
        self._task = run_task(
            lambda: _run_install(path, accept_new_key, dry_run),
            self._done,
            self._failed,
            self,
        )

    def _done(self, outcome: KitInstalled | KitError) -> None:
        self._busy = False
        self.choose_button.setEnabled(True)
        if isinstance(outcome, KeyChangedError) and self.checked is None:
            self.key_change = outcome
            self.summary.setText(
                "<b>"
                + html.escape(tr("Signed by another key."))
                + "</b><br>"
                + html.escape(str(outcome))
            )
            self.join_button.setEnabled(True)
            self.join_button.setText(tr("Accept the new key and join…"))
            return
        if isinstance(outcome, KitError):
            self._failed(str(outcome))
            return
        if not outcome.installed:
            self.checked = outcome
            self.summary.setText(self.describe(outcome))
            self.join_button.setEnabled(True)
            self.join_button.setText(tr("Join") if outcome.status == "joined" else tr("Update"))
            return
        self.result_ = outcome
        self.summary.setText(self.describe(outcome))
        self.join_button.setEnabled(False)
        self.close_button.setText(tr("Close"))
        self.joined.emit(outcome)

    def reject(self) -> None:
        if self._busy:  # the worker is still writing: closing now would lose track of it
            return
        super().reject()

    def _failed(self, message: str) -> None:
        self._busy = False
        self.error = message
        self.choose_button.setEnabled(True)
        self.join_button.setEnabled(False)
        self.summary.setText(
            "<b>" + html.escape(tr("Refused.")) + "</b><br>" + html.escape(message)
        )

    def describe(self, done: KitInstalled) -> str:
        c = done.campaign
        if not done.installed:
            head = {
                "joined": tr("Ready to join “{name}”."),
                "updated": tr("A newer kit of “{name}”: ready to update."),
                "reinstalled": tr("The kit of “{name}” you already have."),
                REKEYED: tr("“{name}”, signed by a new key."),
            }.get(done.status, "{name}")
        else:
            head = {
                "joined": tr("You joined “{name}”."),
                "updated": tr("“{name}” is up to date."),
                "reinstalled": tr("“{name}” is installed again."),
                REKEYED: tr("You accepted the new key of “{name}”."),
            }.get(done.status, "{name}")
        lines = [
            "<b>" + html.escape(head.format(name=c.name)) + "</b>",
            html.escape(
                tr(
                    "Coordinator's key: {key}. Compare it with the key id your coordinator "
                    "gave you."
                ).format(key=c.key_id)
            ),
            html.escape(
                tr(
                    "Your bundles will be encrypted for this campaign (you can turn it off in "
                    "the Export dialog)."
                )
            ),
            html.escape(
                tr(
                    "Known cameras: {known} · basemaps: {maps} · camera makes added: {makes}."
                ).format(
                    known=done.known_cameras or 0,
                    maps=len(done.basemaps),
                    makes=done.vocabulary_makes,
                )
            ),
        ]
        if done.replaces_active:
            lines.append(
                html.escape(
                    tr("Until now your bundles were encrypted for “{other}”.").format(
                        other=done.replaces_active
                    )
                )
            )
        return "<br>".join(lines)


def open_join_dialog(window: QWidget) -> JoinCampaignDialog:
    """File ▸ Join a campaign…: once joined, the map shows the kit's basemaps and cameras."""
    dialog = JoinCampaignDialog(window)
    dialog.joined.connect(lambda done: show_joined_campaign(window, done))
    dialog.exec()
    return dialog


def show_joined_campaign(window: QWidget, done: KitInstalled) -> None:
    """The camera panel offers the kit's makes; an open map shows its basemaps and cameras."""
    camera_panel: Any = getattr(window, "panel", None)
    if hasattr(camera_panel, "set_vocabulary"):
        vocabulary = load_vocabulary()
        window.vocabulary = vocabulary  # type: ignore[attr-defined]
        camera_panel.set_vocabulary(vocabulary)
    slot = getattr(window, "map_slot", None)
    panel = slot.panel if slot is not None else None
    if panel is None:
        return  # the map reads the settings when it is first shown
    panel.apply_settings(load_settings())
    if done.known_cameras is not None:
        panel.load_known_cameras(done.campaign.file(KNOWN_CAMERAS))

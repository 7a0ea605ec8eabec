"""The coordinator's "Volunteer kit…": make the one file volunteers open to join the campaign.

The same as ``surveyor kit create``: the campaign's name, basemaps to hand out, where to save,
and the key's passphrase when it has one. The kit is written on a worker thread (basemaps can
be large). Seams: ``choose_basemaps()`` and ``choose_output()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.bundle import identity
from surveyor.core.bundle.minisign import MinisignError
from surveyor.core.campaign.age_identity import CampaignIdentityError, campaign_id
from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.kit.create import KitCreated, KitCreateError, create_kit
from surveyor.core.workspace import Workspace
from surveyor.ui.background import Task, run_task
from surveyor.ui.locale_format import number


def tr(text: str) -> str:
    return QCoreApplication.translate("KitDialog", text)


class KitDialog(QDialog):
    created = Signal(object)  # KitCreated

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.result_: KitCreated | None = None
        self.error: str | None = None
        self._task: Task | None = None
        self._busy = False  # set before the task starts: a synchronous one ends at once
        self.setWindowTitle(tr("Volunteer kit"))
        self.setMinimumWidth(560)
        try:
            name = campaign_id(ws.root).name
        except CampaignIdentityError:
            name = ws.root.name
        self.name = QLineEdit(name)
        self.basemaps = QListWidget()
        self.basemaps.setMaximumHeight(110)
        self.add_basemap = QPushButton(tr("Add…"))
        self.remove_basemap = QPushButton(tr("Remove"))
        self.out = QLineEdit()
        self.out.setPlaceholderText(tr("Where to save the kit"))
        self.browse = QPushButton(tr("Choose…"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(
            tr(
                "Volunteers open this file with File ▸ Join a campaign…. It holds the campaign's "
                "name and area, your public key, the campaign's encryption key for their "
                "bundles, the known cameras, these basemaps and the camera makes the campaign "
                "has seen. It is signed with your key."
            )
        )
        self.message.setWordWrap(True)

        maps_buttons = QVBoxLayout()
        maps_buttons.addWidget(self.add_basemap)
        maps_buttons.addWidget(self.remove_basemap)
        maps_buttons.addStretch(1)
        maps_row = QHBoxLayout()
        maps_row.addWidget(self.basemaps, 1)
        maps_row.addLayout(maps_buttons)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(tr("Campaign name"), self.name)
        form.addRow(tr("Basemaps"), maps_row)
        form.addRow(tr("Save as"), out_row)
        self.passphrase_label = QLabel(tr("Key passphrase"))
        form.addRow(self.passphrase_label, self.passphrase)
        self.buttons = QDialogButtonBox()
        self.make_button = self.buttons.addButton(
            tr("Make kit"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.add_basemap.clicked.connect(self._add_basemaps)
        self.remove_basemap.clicked.connect(self._remove_basemap)
        self.browse.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        self.out.textChanged.connect(self._update)
        self.ident = identity.load() if identity.exists() else None
        encrypted = self.ident is not None and self.ident.encrypted
        self.passphrase.setVisible(encrypted)
        self.passphrase_label.setVisible(encrypted)
        if self.ident is None:
            self.message.setText(
                tr(
                    "You have no signing key yet: make one in the workbench (Settings ▸ "
                    "Identity…) or with `surveyor key create`. The kit, the known cameras and "
                    "the receipts are signed with it."
                )
            )
        self._update()

    # -- seams (tests replace these) -------------------------------------------------------

    def choose_basemaps(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Basemaps"), "", tr("Basemaps (*.mbtiles *.pmtiles);;All (*)")
        )
        return list(paths)

    def choose_output(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save kit"), f"{self.name.text() or 'campaign'}.kit", tr("Kit (*.kit)")
        )
        return path

    # -- actions ---------------------------------------------------------------------------

    def basemap_paths(self) -> list[Path]:
        return [Path(self.basemaps.item(i).text()) for i in range(self.basemaps.count())]

    def _add_basemaps(self) -> None:
        have = {str(p) for p in self.basemap_paths()}
        for path in self.choose_basemaps():
            if path not in have:
                self.basemaps.addItem(path)

    def _remove_basemap(self) -> None:
        for item in self.basemaps.selectedItems():
            self.basemaps.takeItem(self.basemaps.row(item))

    def _browse(self) -> None:
        path = self.choose_output()
        if path:
            self.out.setText(path)

    def _update(self) -> None:
        busy = self._busy
        self.make_button.setEnabled(
            not busy and self.ident is not None and bool(self.out.text().strip())
        )
        for widget in (self.name, self.add_basemap, self.remove_basemap, self.out, self.browse):
            widget.setEnabled(not busy)

    def make(self) -> None:
        if self.ident is None or self._busy or not self.out.text().strip():
            return
        try:
            key = self.ident.secret_key(self.passphrase.text() or None)
        except (MinisignError, identity.IdentityError) as exc:
            self._failed(str(exc))
            return
        out = Path(self.out.text().strip()).expanduser()
        name, basemaps = self.name.text(), self.basemap_paths()
        ws = self.ws

        def work() -> KitCreated | str:
            try:
                return create_kit(ws.root, load_consensus(), key, out, name=name, basemaps=basemaps)
            except (KitCreateError, CampaignIdentityError, OSError) as exc:
                return str(exc)

        self.message.setText(tr("Writing the kit…"))
        self._busy = True
        self._task = run_task(work, self._done, self._failed, self)
        self._update()

    def _done(self, outcome: KitCreated | str) -> None:
        self._busy = False
        self._update()
        if isinstance(outcome, str):
            self._failed(outcome)
            return
        self.result_ = outcome
        m = outcome.manifest
        self.message.setText(
            tr(
                "Saved {path} ({size} MB): “{name}”, {known} known cameras, {maps} basemaps. "
                "Tell volunteers your key id {key} (in person or by a channel you trust) so "
                "they can check it when they join."
            ).format(
                path=outcome.path,
                size=number(outcome.size / 1e6, 1),
                name=m.campaign_name,
                known=m.known_cameras or 0,
                maps=len(m.basemaps),
                key=m.key_id,
            )
        )
        self.created.emit(outcome)

    def reject(self) -> None:
        if self._busy:  # the worker is still writing: closing now would lose track of it
            return
        super().reject()

    def _failed(self, message: str) -> None:
        self._busy = False
        self.error = message
        self._update()
        self.message.setText(tr("No kit was made: {reason}").format(reason=message))

"""File ▸ Publish web map…: the campaign's accepted cameras as a static site in a folder.

The dialog says how many cameras go out and how many wait (in review, or seen by too few
volunteers) before anything is written; the site is built on a worker thread because every
published photo is decoded and downscaled. The folder picker is a method tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.campaign.publication import select_published
from surveyor.core.campaign.webmap import (
    WebmapError,
    WebmapOptions,
    WebmapResult,
    check_target,
    publish_webmap,
)
from surveyor.core.map.basemaps import list_basemaps
from surveyor.core.workspace import Workspace
from surveyor.ui.background import run_task
from surveyor.ui.locale_format import number, words_after_count


def tr(text: str) -> str:
    return QCoreApplication.translate("PublishDialog", text)


class PublishDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.result_: WebmapResult | None = None
        self.setWindowTitle(tr("Publish web map"))
        self.title = QLineEdit(tr("Surveillance cameras"))  # the site's title, as people read it
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(tr("an empty folder, or an earlier web map"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.basemap = QLineEdit(library_vector_basemap())
        self.basemap.setPlaceholderText(tr("none: cameras on a plain background"))
        basemap_browse = QPushButton(tr("Choose…"))
        basemap_browse.clicked.connect(self._browse_basemap)
        basemap_row = QHBoxLayout()
        basemap_row.addWidget(self.basemap, 1)
        basemap_row.addWidget(basemap_browse)
        self.photos = QCheckBox(tr("Include the cameras' photos (as volunteers redacted them)"))
        self.photos.setChecked(True)
        self.min_volunteers = QSpinBox()
        self.min_volunteers.setRange(1, 99)
        self.min_volunteers.valueChanged.connect(self._count_words)
        self._count_words(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Title:"), self.title)
        form.addRow(tr("Folder:"), row)
        form.addRow(tr("Street map:"), basemap_row)
        form.addRow(tr("Confirmed by at least:"), self.min_volunteers)
        form.addRow("", self.photos)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.publish_button = self.buttons.addButton(
            tr("Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.publish)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.min_volunteers.valueChanged.connect(lambda _n: self._count())
        self._count()

    def _count_words(self, n: int) -> None:
        """ "1 volonter", "2 volontera": the suffix follows the value's plural form."""
        counted = QCoreApplication.translate("PublishDialog", "%n volunteer(s)", None, n)
        self.min_volunteers.setSuffix(words_after_count(counted, n))

    def choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, tr("Folder for the web map"))

    def choose_basemap(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("The campaign's vector basemap"), "", tr("Basemaps (*.pmtiles *.mbtiles)")
        )
        return path

    def _browse_basemap(self) -> None:
        chosen = self.choose_basemap()
        if chosen:
            self.basemap.setText(chosen)

    def _browse(self) -> None:
        chosen = self.choose_folder()
        if chosen:
            self.folder.setText(chosen)

    def _count(self) -> None:
        pub = select_published(self.min_volunteers.value())
        self.summary.setText(
            tr(
                "{n} cameras will be published. Held back: {review} in review, "
                "{few} seen by too few volunteers. Notes are never published."
            ).format(n=len(pub.cameras), review=pub.in_review, few=pub.too_few_volunteers)
        )

    def publish(self) -> None:
        text = self.folder.text().strip()
        if not text:
            self.status.setText(tr("Choose a folder for the web map first."))
            return
        out = Path(text).expanduser()
        try:
            check_target(out)
        except WebmapError as exc:
            self.status.setText(str(exc))
            return
        basemap = self.basemap.text().strip()
        if basemap and not Path(basemap).expanduser().is_file():
            self.status.setText(tr("{path}: no such file").format(path=basemap))
            return
        options = WebmapOptions(
            title=self.title.text().strip() or WebmapOptions.title,
            photos=self.photos.isChecked(),
            basemap=Path(basemap).expanduser() if basemap else None,
        )
        publication = select_published(self.min_volunteers.value())
        self.publish_button.setEnabled(False)
        self.status.setText(tr("Publishing {n} cameras…").format(n=len(publication.cameras)))

        def work() -> WebmapResult:
            return publish_webmap(self.ws, publication, out, options)

        run_task(work, self._done, self._failed, self)

    def _done(self, result: WebmapResult) -> None:
        self.result_ = result
        self.publish_button.setEnabled(True)
        self.status.setText(
            tr(
                "{n} cameras, {p} photos and {t} street-map tiles published to {path} "
                "({mb} MB)."
            ).format(
                n=result.cameras, p=result.photos, t=result.basemap_tiles,
                path=result.folder / "index.html", mb=number(result.bytes / 1e6, 1),
            )
        )  # fmt: skip

    def _failed(self, message: str) -> None:
        self.publish_button.setEnabled(True)
        self.status.setText(tr("Publishing failed: {reason}").format(reason=message))


def library_vector_basemap() -> str:
    """The first vector basemap in the basemap library (Settings ▸ Basemaps), or ""."""
    for basemap, info in list_basemaps():
        if not isinstance(info, Exception) and info.kind == "vector":
            return basemap.path
    return ""


def install_publish_action(window: QMainWindow, ws: Workspace) -> QAction:
    """File ▸ Publish web map… (and the same on the toolbar) in the campaign window."""
    action = QAction(tr("Publish &web map…"), window)
    action.triggered.connect(lambda: PublishDialog(ws, window).exec())
    bar = window.menuBar()
    menu = QMenu(tr("&File"), window)
    first = bar.actions()[0] if bar.actions() else None
    if first is not None:
        bar.insertMenu(first, menu)
    else:
        bar.addMenu(menu)
    menu.addAction(action)
    toolbar = window.findChild(QToolBar)
    if toolbar is not None:
        toolbar.addAction(action)
    return action

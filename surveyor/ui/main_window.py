"""The workbench window: walks, the photo grid, the preview or map, and the camera panel.

Widgets live in their own modules (``workbench.py`` lays them out); this one wires them
together. Every command is a QAction made in ``actions.py`` and placed in the menus by
``menus.py``; ``_connect`` ties the workbench's own to the window, ``WindowDialogs`` the
dialogs of the File, Settings and Help menus.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from surveyor.core.camera_records import camera_photo_ids, facing_direction
from surveyor.core.demo import build_demo_workspace, demo_workspace_dir
from surveyor.core.photos.importer import ImportReport
from surveyor.core.photos.rows import LinkCandidate, PhotoRow, camera_count
from surveyor.core.vault.storage import Blob
from surveyor.core.vocabulary import load_vocabulary
from surveyor.core.workspace import Workspace
from surveyor.ui.actions import build_actions
from surveyor.ui.background import Task, run_task, wait_for, wait_for_all
from surveyor.ui.camera_commands import CameraCommands
from surveyor.ui.dropped_files import FileDrops
from surveyor.ui.events import CatalogueEvents
from surveyor.ui.import_controller import ImportController
from surveyor.ui.link_dialog import choose_camera
from surveyor.ui.map_slot import MapFactory
from surveyor.ui.menus import build_menus, shortcut_text
from surveyor.ui.photo_filter import PhotoFilter, PhotoFilterProxy
from surveyor.ui.photo_model import PhotoListModel
from surveyor.ui.photo_selection import PhotoSelection
from surveyor.ui.preview import PREVIEW_SIZE
from surveyor.ui.recording import Recorder
from surveyor.ui.selection_text import describe_selection
from surveyor.ui.settings import Settings
from surveyor.ui.status_line import StatusLine
from surveyor.ui.thumbnails import sources
from surveyor.ui.unlock import OpenCancelled
from surveyor.ui.unlock import open_workspace as open_workspace_asking
from surveyor.ui.walk_actions import WalkActions
from surveyor.ui.window_dialogs import WindowDialogs
from surveyor.ui.window_layout import restore_layout, save_layout
from surveyor.ui.workbench import MAP_TAB, Workbench
from surveyor.ui.workspace_security import install_workspace_security


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        settings: Settings | None = None,
        map_factory: MapFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings or Settings()
        self.vocabulary = load_vocabulary()
        self.events = CatalogueEvents(self)
        self.undo_stack = QUndoStack(self)
        self.recorder = Recorder(self.undo_stack, self.events, self)
        self.walk_actions = WalkActions(self, self.undo_stack, self.events, self.show_message)
        self.importer = ImportController(
            self,
            lambda: self.workspace,
            self.settings,
            ask_walk_name=self.walk_actions.walk_name_for_import,
        )
        self.action_set = build_actions(self, self.vocabulary, self.undo_stack)
        self.model = PhotoListModel(workspace, parent=self)
        self.proxy = PhotoFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._current_camera: int | None = None
        self._demo_task: Task | None = None
        self._select_after_reload: list[int] | None = None
        self.demo_workers: int | None = None  # import processes for the demo (tests: 0)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_after_edit)
        self._build_widgets(map_factory)
        self.menus = build_menus(self.menuBar(), self.action_set)
        self.dialogs = WindowDialogs(
            self,
            lambda: self.workspace,
            self.settings,
            self.undo_stack,
            self.events,
            self.stack,
            self.show_message,
            self.reload,
            self.review_suggested_cameras,
        )
        self.dialogs.connect_actions(self.action_set, self.menus)
        # New / encrypt / lock / destroy a workspace, and the idle lock.
        self.security = install_workspace_security(self)
        self._connect()
        restore_layout(self, self.stack, self.settings)
        self.drops = FileDrops(self, self.import_paths)
        if self.settings.geometry is None:
            self.resize(1400, 900)
        self._select_after_reload = self._last_photo_worked_on()
        self.reload()
        if self.stack.showing_welcome():
            # The first switch to the workbench lays out and polishes every widget (~0.1 s):
            # do it now, while nothing is going on, rather than when the first import ends.
            QTimer.singleShot(0, self.stack.warm_up)

    # Seams a test replaces -------------------------------------------------------------------
    def choose_camera(self, candidates: list[LinkCandidate]) -> int | None:
        return choose_camera(candidates, self)

    def pick_workspace_dir(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Open a workspace folder"))

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, str(text))  # str(): a core message translated

    # Building --------------------------------------------------------------------------------
    def _build_widgets(self, map_factory: MapFactory | None) -> None:
        self.stack = Workbench(
            self.proxy,
            lambda: self.workspace,
            self.undo_stack,
            self.events,
            self.action_set.recording(),
            self.action_set.facing_hint,
            self.vocabulary,
            map_factory,
            self,
        )
        self.setCentralWidget(self.stack)
        # The parts the window connects (and tests reach) by their own names.
        w = self.stack
        self.sidebar, self.filter_bar, self.grid = w.sidebar, w.filter_bar, w.grid
        self.preview, self.map_slot, self.viewer = w.preview, w.map_slot, w.viewer
        self.redaction_bar, self.panel, self.welcome = w.redaction_bar, w.panel, w.welcome
        self.main_split, self.middle_split = w.main_split, w.middle_split
        self.redaction_bar.message = self.show_message
        self.selection = PhotoSelection(self.grid, self.proxy, self.model, self._show_all_photos)
        self.cameras = CameraCommands(
            self.recorder, self.panel, self.selection, lambda c: self.choose_camera(c), self
        )
        self.status = StatusLine(self.statusBar())
        self._counts = self.status.counts

    def _connect(self) -> None:
        a = self.action_set
        a.import_files.triggered.connect(self.importer.import_files)
        a.import_folder.triggered.connect(self.importer.import_folder)
        a.open_workspace.triggered.connect(self._open_workspace_dialog)
        a.open_demo.triggered.connect(self.open_demo)
        a.quit.triggered.connect(self.close)
        self.cameras.connect_actions(a)
        self.cameras.cameraChosen.connect(self._on_camera_made)
        a.accept_next.triggered.connect(self.accept_and_next)
        self.stack.connect_actions(a)
        self.welcome.importRequested.connect(self.importer.import_files)
        self.welcome.demoRequested.connect(self.open_demo)
        self.importer.finished.connect(self._on_import_finished)
        self.importer.progressed.connect(self.status.import_progress)
        self.recorder.message.connect(self.show_message)
        self.events.changed.connect(self._on_catalogue_changed)
        self.events.reset.connect(lambda: self.reload())  # walks merged, split, removed…
        self.walk_actions.attach_context_menus(self.sidebar, self.grid, self.selected_photos)
        self.selection.follow_filters(self.sidebar, self.filter_bar, self._update_status)
        self.grid.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.grid.selectionModel().currentChanged.connect(self._on_current_changed)
        self.panel.cameraChosen.connect(self._on_panel_camera)
        self.viewer.currentChanged.connect(self._on_viewer_tab)
        self.map_slot.photoSelected.connect(self.select_photo)
        self.map_slot.cameraSelected.connect(self.select_camera)
        self.map_slot.camerasChanged.connect(self._on_map_changed)
        self.model.reloaded.connect(self._after_reload)

    def show_message(self, text: str) -> None:
        self.status.message(text)

    # Loading ---------------------------------------------------------------------------------
    def reload(self, background: bool = False) -> None:
        """Re-read everything (after an import, a map edit, another workspace).

        ``background`` reads the catalogue on a worker thread (20,000 photos take a few
        hundred milliseconds); the view updates when the rows arrive.
        """
        if self._select_after_reload is None:
            self._select_after_reload = [p.id for p in self.selected_photos()]
        if background:
            self.model.reload_in_background()
        else:
            self.model.reload()

    def _after_reload(self) -> None:
        keep, self._select_after_reload = self._select_after_reload or [], None
        self.sidebar.reload(camera_count())
        self.stack.show_workbench(self.model.rowCount() > 0)
        if keep:
            self.select_photos(keep)
        self.selection.select_first_if_none()
        self._show_selection()
        self._update_status()
        self._update_title()
        self.map_slot.refresh()

    def _update_title(self) -> None:
        self.setWindowTitle(
            self.tr("Surveyor — {folder}").format(folder=self.workspace.root.name or "/")
        )

    def _update_status(self) -> None:
        self.status.show_counts(self.sidebar.model.summary(0), self.proxy.rowCount())

    # Selection -------------------------------------------------------------------------------
    def selected_photos(self) -> list[PhotoRow]:
        return self.selection.photos()

    def current_photo(self) -> PhotoRow | None:
        return self.selection.current()

    def select_photos(self, photo_ids: list[int]) -> None:
        self.selection.select(photo_ids)

    def select_photo(self, photo_id: int) -> None:
        self.selection.select_one(photo_id)

    def _show_all_photos(self) -> None:
        self.sidebar.view.setCurrentIndex(self.sidebar.model.index(0))
        self.filter_bar.set_filter(PhotoFilter.ALL)
        self.filter_bar.search.clear()
        self.filter_bar.flush()

    def select_camera(self, camera_id: int) -> None:
        photos = camera_photo_ids(camera_id)
        if photos:
            self.select_photo(photos[0])  # this pans the map to the photo…
        self._current_camera = camera_id
        self._show_selection()
        # …so show the camera again: a camera 300 m from its photo must stay on screen.
        self.map_slot.select_camera(camera_id)

    def _on_selection_changed(self, *_args: object) -> None:
        self.panel.commit_pending()  # typed text goes to the camera it was typed for
        photos = self.selected_photos()
        self.proxy.set_pinned({p.id for p in photos})
        self._show_selection()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        photo = self.current_photo()
        if photo is None:
            self.preview.show_photo(None)
            self.redaction_bar.show_photo(None)
            return
        self.redaction_bar.show_photo(photo.id)
        self.preview.show_photo(
            photo.sha256,
            sources(
                self.workspace.storage,
                [
                    Blob.thumbnail(photo.sha256, PREVIEW_SIZE),
                    Blob.original(photo.sha256, photo.extension),
                ],
            ),
        )
        self.map_slot.select_photo(photo.id)
        self.settings.set_last_photo(self.workspace.root, photo.id)

    def _last_photo_worked_on(self) -> list[int]:
        last = self.settings.last_photo(self.workspace.root)
        return [last] if last is not None else []

    def _show_selection(self) -> None:
        photos = self.selected_photos()
        if not photos:
            self.panel.show_nothing()
            return
        cameras = self.recorder.cameras_of(photos)
        heading, hint = describe_selection(photos, cameras, self.panel.key_legend())
        facing = facing_direction(photos[0].bearing) if len(photos) == 1 else None
        self.panel.show_selection(
            heading, hint, cameras, self._current_camera, multi=len(photos) > 1, facing=facing
        )

    def _on_panel_camera(self, camera_id: int) -> None:
        self._current_camera = camera_id
        self._show_selection()  # fill the fields with the chosen camera
        self.map_slot.select_camera(camera_id)

    # Recording -------------------------------------------------------------------------------
    def _on_camera_made(self, camera_id: int) -> None:
        self._current_camera = camera_id
        self._show_selection()

    def accept_and_next(self) -> None:
        """Enter: keep what was typed, then go to the next photo still to do."""
        self.panel.commit_pending()
        row = self.selection.next_to_do()
        if row is None:
            self.show_message(self.tr("Nothing left to do in this view."))
        else:
            self.selection.select_row(row)

    def _on_catalogue_changed(self, photo_ids: set[int], _camera_ids: set[int]) -> None:
        self.model.refresh_photos(photo_ids)
        self._refresh_timer.start()

    def _refresh_after_edit(self) -> None:
        self.sidebar.reload(camera_count())
        self._update_status()
        self._show_selection()
        self.map_slot.refresh()

    # Map -------------------------------------------------------------------------------------
    def _on_viewer_tab(self, index: int) -> None:
        if index == MAP_TAB and self.map_slot.ensure_map() is not None:
            photo = self.current_photo()
            if self._current_camera is not None:
                self.map_slot.select_camera(self._current_camera)
            elif photo is not None:
                self.map_slot.select_photo(photo.id)

    def _on_map_changed(self) -> None:
        self.reload(background=True)  # the map does not say which photos: re-read, off-thread

    def show_map(self) -> None:
        self.stack.show_map()

    def review_suggested_cameras(self, camera_ids: list[int]) -> None:
        """From the Export dialog: show the first camera still at a suggested spot on the map."""
        if not camera_ids:
            return
        self.select_camera(camera_ids[0])
        self.show_map()
        self.map_slot.select_camera(camera_ids[0])
        self.statusBar().showMessage(
            self.tr(
                "{n} cameras are still at a suggested spot (camera #{id} is selected): drag "
                "each to where it really is. Left as they are, they are sent shifted."
            ).format(n=len(camera_ids), id=camera_ids[0]),
            20_000,
        )

    def shortcut_text(self) -> str:
        return shortcut_text(self.menus.values(), self.action_set)

    # Import ----------------------------------------------------------------------------------
    def import_paths(self, paths: list[str]) -> bool:
        return self.importer.start(paths)

    def _on_import_finished(self, report: ImportReport | None) -> None:
        self.status.clear()  # the "Importing: n of m" line
        if report is not None and report.imported:
            self._select_after_reload = [int(i) for i in report.imported[:1]]
            if self.settings.search_after_import:
                self.redaction_bar.search_after_import([int(i) for i in report.imported])
        self.reload(background=True)

    # Workspaces ------------------------------------------------------------------------------
    def _open_workspace_dialog(self) -> None:
        if folder := self.pick_workspace_dir():
            self.open_workspace(Path(folder))

    def open_workspace(self, root: Path) -> bool:
        if self.importer.is_running():
            self.show_error(self.tr("Open workspace"), self.tr("Wait for the import to end."))
            return False
        try:
            # Opening changes nothing for the workspace shown until adopt_workspace switches.
            workspace = open_workspace_asking(root, self.security.ask, current=False)
        except OpenCancelled:
            return False
        except Exception as exc:
            self.show_error(
                self.tr("Open workspace"),
                self.tr("Could not open {folder}: {reason}").format(folder=root, reason=exc),
            )
            return False
        self.adopt_workspace(workspace)
        return True

    def adopt_workspace(self, workspace: Workspace) -> None:
        """Show ``workspace``: background work for the old one ends first, then the models of
        the UI thread use the new catalogue, and the old one closes."""
        self.model.wait_for_background()  # it reads the old catalogue
        self.redaction_bar.wait()
        self.redaction_bar.show_photo(None)
        self.model.thumbnails.drop_pending()  # rows of the old workspace: not worth waiting for
        wait_for_all()  # e.g. the map's data: each task carries the old catalogue to its end
        # While the old catalogue is still the current one: after the switch no undo can want them.
        self.walk_actions.purge(self.workspace)
        old, self.workspace = self.workspace, workspace
        workspace.make_current()
        if old is not workspace:
            old.close()
        self.walk_actions.removed_media.clear()
        self.undo_stack.clear()  # another catalogue: the old history means nothing here
        self.settings.last_workspace = str(workspace.root)
        self.map_slot.set_workspace(workspace)
        self.grid.selectionModel().clearSelection()
        self._select_after_reload = self._last_photo_worked_on()
        self.model.set_workspace(workspace)  # reloads; _after_reload updates the rest
        self.security.update_actions()

    def open_demo(self) -> None:
        """Build the demo workspace (on a worker thread) and switch to it."""
        if self._demo_task is not None:
            return
        root = demo_workspace_dir()
        self.statusBar().showMessage(self.tr("Building the demo workspace…"))
        self.welcome.setEnabled(False)

        def build() -> Workspace:
            # Current only in this task's context: the window keeps its own catalogue.
            return build_demo_workspace(root, workers=self.demo_workers)

        def done(workspace: Workspace) -> None:
            self._demo_task = None
            self.welcome.setEnabled(True)
            self.adopt_workspace(workspace)
            self.statusBar().showMessage(
                self.tr("Demo workspace opened: {folder}").format(folder=root), 8000
            )

        def failed(reason: str) -> None:
            self._demo_task = None
            self.welcome.setEnabled(True)
            self.show_error(self.tr("Demo workspace"), reason)

        self._demo_task = run_task(build, done, failed, self)

    # Layout ----------------------------------------------------------------------------------
    def save_layout(self) -> None:
        save_layout(self, self.stack, self.settings)
        self.settings.last_workspace = str(self.workspace.root)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.commit_pending()
        if self.importer.is_running():
            self.importer.cancel()
            self.importer.wait(30_000)
        self.model.wait_for_background()
        self.redaction_bar.wait()
        wait_for(self._demo_task)
        self.save_layout()
        self.walk_actions.purge(self.workspace)
        super().closeEvent(event)

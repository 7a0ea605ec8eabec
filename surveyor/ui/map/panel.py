"""MapPanel: the embedded offline map, its "no position" tray and its warning list.

One ``QWebEngineView`` is created once; the page (``resources/web/map.html``, served from
``surveyor:`` under a strict Content-Security-Policy) loads once, and every later change reaches
it through the web channel (``PageCalls``). The JSON is built on a worker thread
(``MapRefresher``); ``refreshed`` says when it has been applied. The warning list, the page's
words and the panel's catalogue queries live in their own modules.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, QUrl, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.map.basemaps import MapSettings, load_settings, save_settings
from surveyor.core.map.known_cameras import KnownCamerasError, load_known_cameras
from surveyor.core.map.page import CAMERA_FIELDS, PAGE_URL, known_camera_rows
from surveyor.core.map.queries import camera_has_no_position, camera_is_confirmed, walk_track
from surveyor.core.workspace import Workspace
from surveyor.ui.map.bridge import MapBridge
from surveyor.ui.map.json_types import CameraFacts, CameraRow, JsonObject, camera_facts
from surveyor.ui.map.page_calls import PageCalls
from surveyor.ui.map.page_layers import page_layers
from surveyor.ui.map.page_texts import no_basemap_hint, page_labels
from surveyor.ui.map.profile import map_profile, register_page
from surveyor.ui.map.refresher import MapRefresher, MapUpdate
from surveyor.ui.map.sidebar import MapSidebar
from surveyor.ui.map.undo import ConfirmPosition, DismissWarning, MoveCamera, PlacePhoto
from surveyor.ui.map.warning_list import Answer, dismiss_command_text
from surveyor.ui.map.web_page import ConsolePage

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("MapPanel", text)


class MapPanel(QWidget):
    """The map with its tray and warnings. See the module docstring of ``surveyor.ui.map``."""

    cameraSelected = Signal(int)
    photoSelected = Signal(int)
    camerasChanged = Signal()
    pageLoaded = Signal()
    mapIdle = Signal(dict)
    editFailed = Signal(str)
    # The tray, the warnings and the page's data now show the catalogue as of the latest
    # refresh() (refreshes run in the background; tests wait for this).
    refreshed = Signal()

    def __init__(
        self, workspace: Workspace, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.settings: MapSettings = load_settings()
        self.known_rows: list[JsonObject] = []
        self._camera_rows: dict[int, CameraRow] = {}  # by id, as of the last refresh
        self._refreshes = 0
        self._shared = map_profile()
        self._refresher = MapRefresher(lambda: self.settings.projection_m, page_labels, self)
        self._refresher.built.connect(self._apply_update)

        self.view = QWebEngineView(self)
        self.page = ConsolePage(self._shared.profile, "map page", self.view)
        self.view.setPage(self.page)
        register_page(self.page)
        self.bridge = MapBridge(self)
        self.channel = QWebChannel(self.page)
        self.channel.registerObject("bridge", self.bridge)
        self.page.setWebChannel(self.channel)
        self.page_calls = PageCalls(self.bridge, self._shared.handler)

        self.sidebar = MapSidebar(self)
        # Its parts, for the window and tests to reach.
        self.tray, self.warnings = self.sidebar.tray, self.sidebar.warnings
        self.dismiss_button = self.sidebar.dismiss_button
        self.known_button = QPushButton(tr("Load known cameras…"), self)
        self.confirm_button = QPushButton(tr("Confirm position"), self)
        self.settings_button = QPushButton(tr("Basemaps…"), self)
        self.confirm_button.setEnabled(False)
        self._selected_camera: int | None = None
        # A selection asked for before the first data reached the page (e.g. the window
        # selects the current photo as the map is created) is shown again once it has.
        self._early_selection: tuple[str, int, bool] | None = None
        self._has_data = False
        self._build_layout()
        self._connect()
        self._apply_basemaps(push=False)
        self.view.loadFinished.connect(self._on_load_finished)
        # The JSON documents this panel handed to the page go with it.
        calls = self.page_calls
        self.destroyed.connect(lambda *_: calls.forget_documents())
        self.view.load(QUrl(PAGE_URL))
        self.refresh()
        self._reload_known_cameras()

    # Seams a test replaces -----------------------------------------------------------------
    def choose_known_file(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Load known cameras"),
            "",
            tr("Camera files (*.geojson *.json *.osm *.xml);;All files (*)"),
        )
        return path or None

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, tr("Map"), text)

    def choose_image_file(self) -> str | None:
        from surveyor.ui.map.save_image import choose_image_file

        return choose_image_file(self)

    def save_map_image(self, path: str | None = None) -> Path | None:
        """File ▸ Save map image…: the current view as a PNG; the path, or None."""
        from surveyor.ui.map.save_image import save_map_image

        return save_map_image(self, path)

    def open_settings_dialog(self) -> None:
        from surveyor.ui.map.settings_dialog import MapSettingsDialog

        dialog = MapSettingsDialog(self.settings, self)
        if dialog.exec():
            self.apply_settings(dialog.result_settings())

    # Public API ------------------------------------------------------------------------------
    @property
    def is_ready(self) -> bool:
        """The page is up and listening on the web channel."""
        return self.page_calls.is_ready

    def refresh(self) -> None:
        """Re-read the catalogue and push it to the page (no reload), in the background.

        Several calls while a build runs make one more build after it; ``refreshed`` fires
        when the latest data is shown.
        """
        self._refreshes += 1
        self._refresher.request()

    @property
    def refreshing(self) -> bool:
        """A refresh is being built or waits to be."""
        return self._refresher.busy

    def wait_refreshed(self, timeout_ms: int = 30_000) -> bool:
        """Process events until every requested refresh is applied; False on timeout.

        For tests and the benchmark; the window itself never waits.
        """
        if not self.refreshing:
            return True
        loop = QEventLoop()
        self.refreshed.connect(loop.quit)
        self._refresher.failed.connect(loop.quit)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(timeout_ms)
        try:
            while self.refreshing and timer.isActive():
                loop.exec()
        finally:
            self.refreshed.disconnect(loop.quit)
            self._refresher.failed.disconnect(loop.quit)
        return not self.refreshing

    def _apply_update(self, update: MapUpdate) -> None:
        self._camera_rows = update.camera_rows
        self.page_calls.push_bytes("data", update.document, "setData")
        self._has_data = True
        if self._early_selection is not None:
            self.page_calls.call(*self._early_selection, key="select")
            self._early_selection = None
        self.sidebar.show_update(update.unplaced_photos, self._camera_rows, update.warnings)
        self._update_confirm_button()
        if not self._refresher.busy:
            self.refreshed.emit()

    def select_camera(self, camera_id: int) -> None:
        """Pan to the camera and highlight it (zooming out of clusters as needed)."""
        self._selected_camera = int(camera_id)
        self._update_confirm_button()
        self._select("selectCamera", int(camera_id))

    def select_photo(self, photo_id: int) -> None:
        self._selected_camera = None
        self._update_confirm_button()
        self._select("selectPhoto", int(photo_id))

    def _select(self, function: str, item_id: int) -> None:
        if not self._has_data:
            self._early_selection = (function, item_id, True)
        self.page_calls.call(function, item_id, True, key="select")

    def show_track(self, walk_id_or_points: int | Sequence[tuple[float, float]]) -> None:
        """Draw a track: a list of (lat, lon), or a walk id (its photos in time order)."""
        if isinstance(walk_id_or_points, int):
            points = walk_track(walk_id_or_points)
        else:
            points = [(float(lat), float(lon)) for lat, lon in walk_id_or_points]
        self.page_calls.call("showTrack", points, key="track")

    def show_preview(self, placements: Iterable[tuple[int, float, float]]) -> None:
        """Show where photos would land (e.g. a GPX match before it is applied)."""
        rows = [[int(pid), float(lat), float(lon)] for pid, lat, lon in placements]
        self.page_calls.call("showPreview", rows, key="preview")

    def clear_preview(self) -> None:
        self.page_calls.call("clearPreview", key="preview")

    def load_known_cameras(self, path: str | Path) -> int:
        """Show a GeoJSON / OSM XML file's cameras in grey; returns how many were read."""
        try:
            known = load_known_cameras(path)
        except KnownCamerasError as exc:
            self.show_error(str(exc))
            return 0
        self.known_rows = known_camera_rows(known)
        self.page_calls.push_document("known", self.known_rows, "setKnown")
        resolved = str(Path(path).resolve())
        if self.settings.known_cameras_path != resolved:
            self.settings.known_cameras_path = resolved
            save_settings(self.settings)
        return len(known)

    def _reload_known_cameras(self) -> None:
        path = self.settings.known_cameras_path
        if not path:
            return
        try:
            known = load_known_cameras(path)
        except KnownCamerasError as exc:
            log.warning("known cameras not shown again: %s", exc)  # moved or deleted: no popup
            return
        self.known_rows = known_camera_rows(known)
        self.page_calls.push_document("known", self.known_rows, "setKnown")

    def apply_settings(self, settings: MapSettings) -> None:
        """Save new map settings (basemaps, projection distance, online layer) and show them."""
        self.settings = settings
        save_settings(settings)
        self._apply_basemaps(push=True)
        self.refresh()

    @property
    def blocked_requests(self) -> list[str]:
        """Every non-local URL the page tried to load (and was refused)."""
        return list(self._shared.interceptor.blocked)

    def run_javascript(
        self, script: str, callback: Callable[[object], object] | None = None
    ) -> None:
        """Run a script in the page: tests and the benchmark read the page's state this way.

        The app itself never does: it talks to the page through ``page_calls`` only."""
        if callback is None:
            self.page.runJavaScript(script)
        else:
            self.page.runJavaScript(script, 0, callback)

    # Layout and wiring -------------------------------------------------------------------------
    def _build_layout(self) -> None:
        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.sidebar)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        for button in (self.confirm_button, self.known_button, self.settings_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.bridge.ready.connect(self._on_ready)
        self.bridge.idle.connect(self.mapIdle)
        self.bridge.clicked_camera.connect(self._on_camera_clicked)
        self.bridge.clicked_photo.connect(self._on_photo_clicked)
        self.bridge.moved_camera.connect(self.move_camera)
        self.bridge.place_requested.connect(self.place_at)
        self.bridge.confirm_requested.connect(self.confirm_camera)
        self.tray.itemSelectionChanged.connect(self._on_tray_selection)
        self.warnings.cameraActivated.connect(self._on_warning_activated)
        self.sidebar.dismissRequested.connect(self._dismiss)
        self.known_button.clicked.connect(self.ask_load_known_cameras)
        self.confirm_button.clicked.connect(self._on_confirm_clicked)
        self.settings_button.clicked.connect(self.open_settings_dialog)

    # Edits -------------------------------------------------------------------------------------
    def move_camera(self, camera_id: int, lat: float, lon: float) -> None:
        """Put a camera at (lat, lon): manual, confirmed, undoable."""
        text = tr("Move camera #{id}").format(id=camera_id)
        self._push(MoveCamera(camera_id, lat, lon, text, self._after_edit))

    def place_at(self, kind: str, item_id: int, lat: float, lon: float) -> None:
        """Place a tray item (a photo, or a camera with no position) where the map was clicked."""
        if kind == "photo":
            self._push(
                PlacePhoto(item_id, lat, lon, tr("Place photo on the map"), self._after_edit)
            )
        else:
            self._push(MoveCamera(item_id, lat, lon, tr("Place camera"), self._after_edit))

    def confirm_camera(self, camera_id: int) -> None:
        """Accept the camera's position, or its suggested one when it has none yet."""
        row = self._camera_facts(camera_id)
        if row is None:
            return
        # The rows may be a moment old (refreshes run in the background): ask the catalogue.
        suggestion = None
        if camera_has_no_position(camera_id):
            if row.suggested is None:
                self.show_error(tr("This camera has no position yet: place it on the map."))
                return
            suggestion = (row.suggested[0], row.suggested[1])
        text = tr("Confirm position of camera #{id}").format(id=camera_id)
        self._push(ConfirmPosition(camera_id, suggestion, text, self._after_edit))

    def dismiss_current_warning(self) -> None:
        """Answer the selected warning ("two cameras" / "it is there"): undoable."""
        answer = self.sidebar.current_answer()
        if answer is not None:
            self._dismiss(answer)

    def _dismiss(self, answer: Answer) -> None:
        kind, camera_id, other_id = answer
        text = dismiss_command_text(answer)
        self._push(DismissWarning(kind, camera_id, other_id, text, self._after_edit))

    def _push(self, command: MoveCamera | PlacePhoto | ConfirmPosition | DismissWarning) -> None:
        self.undo_stack.push(command)
        if command.error:
            self.editFailed.emit(command.error)
            self.show_error(command.error)
            self.refresh()  # put a dragged marker back where the database says it is

    def _after_edit(self) -> None:
        # The window usually answers camerasChanged by refreshing every view, this one too;
        # refresh here only if it did not, so a 20,000-camera map is not rebuilt twice.
        before = self._refreshes
        self.camerasChanged.emit()
        if self._refreshes == before:
            self.refresh()

    # Page events -------------------------------------------------------------------------------
    def _on_ready(self) -> None:
        self.page_calls.page_ready()
        self.pageLoaded.emit()

    def _on_load_finished(self, ok: bool) -> None:
        if not ok:
            log.error("the map page did not load (%s)", PAGE_URL)
            self.sidebar.show_failure()

    def _on_camera_clicked(self, camera_id: int) -> None:
        self._selected_camera = camera_id
        self._update_confirm_button()
        self.cameraSelected.emit(camera_id)

    def _on_photo_clicked(self, photo_id: int) -> None:
        self._selected_camera = None
        self._update_confirm_button()
        self.photoSelected.emit(photo_id)

    def _on_tray_selection(self) -> None:
        entry = self.tray.current_entry()
        if entry is None:
            self.page_calls.call("setPlacing", None, key="placing")
        else:
            self.page_calls.call("setPlacing", entry[0], entry[1], key="placing")

    def _on_warning_activated(self, camera_id: int) -> None:
        self.select_camera(camera_id)
        self.cameraSelected.emit(camera_id)

    def ask_load_known_cameras(self) -> None:
        """File ▸ Load known cameras…: pick a GeoJSON / OSM file and show it in grey."""
        path = self.choose_known_file()
        if path:
            self.load_known_cameras(path)

    def _on_confirm_clicked(self) -> None:
        if self._selected_camera is not None:
            self.confirm_camera(self._selected_camera)

    # Helpers ------------------------------------------------------------------------------------
    def _apply_basemaps(self, push: bool) -> None:
        layers, errors = page_layers(self._shared, self.settings)
        self.page_calls.call("setBasemaps", layers, no_basemap_hint(), key="basemaps")
        if errors and push:
            self.show_error("\n".join(reason for _path, reason in errors))

    def _camera(self, camera_id: int) -> JsonObject | None:
        """The camera's row as of the last refresh, by field name (tests read it)."""
        row = self._camera_rows.get(camera_id)
        return None if row is None else dict(zip(CAMERA_FIELDS, row, strict=True))

    def _camera_facts(self, camera_id: int) -> CameraFacts | None:
        row = self._camera_rows.get(camera_id)
        return None if row is None else camera_facts(row)

    def _update_confirm_button(self) -> None:
        row = None if self._selected_camera is None else self._camera_facts(self._selected_camera)
        # A camera marked for review (red) can still have its position confirmed: the two
        # are separate questions, and the map's colour shows only one of them.
        unconfirmed = row is not None and (
            row.state == "unconfirmed"
            or (row.state == "review" and not camera_is_confirmed(row.id))
        )
        self.confirm_button.setEnabled(
            row is not None and unconfirmed and (row.placed or row.suggested is not None)
        )

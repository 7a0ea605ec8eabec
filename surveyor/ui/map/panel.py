"""MapPanel: the embedded offline map, its "no position" tray and its warning list.

One ``QWebEngineView`` is created once; the page (built by folium, served from ``surveyor:``)
loads once, and every later change is pushed as JSON through ``SurveyorMap.setData``. The JSON
is built on a worker thread (``MapRefresher``); ``refreshed`` says when it has been applied.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.map.basemaps import MapSettings, load_settings, save_settings
from surveyor.core.map.known_cameras import KnownCamerasError, load_known_cameras
from surveyor.core.map.page import (
    C_LAT,
    CAMERA_FIELDS,
    DATA_URL,
    DUPLICATE_M,
    FAR_FROM_PHOTOS_M,
    ONLINE_TILE_URL,
    PAGE_URL,
    basemap_layers,
    encode_json,
    known_camera_rows,
)
from surveyor.core.vocabulary import load_vocabulary
from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera, Photo
from surveyor.ui.map.bridge import MapBridge
from surveyor.ui.map.profile import map_profile, register_page
from surveyor.ui.map.refresher import MapRefresher, MapUpdate
from surveyor.ui.map.tray import PositionTray
from surveyor.ui.map.undo import ConfirmPosition, DismissWarning, MoveCamera, PlacePhoto

log = logging.getLogger(__name__)
_DOCUMENT_NUMBERS = itertools.count(1)
# Documents of one kind the page has not yet said it is done with; past this many, the oldest
# go anyway (the page skips superseded ones, so only a page that stopped answering hits it).
_DOCUMENTS_KEPT = 32
WARNING_CAMERA_ROLE = Qt.ItemDataRole.UserRole
WARNING_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, camera id, other camera id or None)


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
        self.known_rows: list[dict[str, Any]] = []
        self.is_ready = False
        self._camera_rows: dict[int, tuple[Any, ...]] = {}  # by id, as of the last refresh
        self._pending_js: list[str] = []
        # Documents handed to the page, newest last per kind. A superseded one is dropped once
        # the page says it is done with it (it may be fetching it right now), or when too many
        # wait: dropping it earlier made the page log "data-4.json: 404" on quick edits.
        self._documents: dict[str, list[str]] = {}
        self._refreshes = 0
        self._shared = map_profile()
        self._refresher = MapRefresher(lambda: self.settings.projection_m, self._labels, self)
        self._refresher.built.connect(self._apply_update)

        self.view = QWebEngineView(self)
        self.page = _MapPage(self._shared.profile, self.view)
        self.view.setPage(self.page)
        register_page(self.page)
        self.bridge = MapBridge(self)
        self.channel = QWebChannel(self.page)
        self.channel.registerObject("bridge", self.bridge)
        self.page.setWebChannel(self.channel)

        self.tray = PositionTray(self)
        self.warnings = QListWidget(self)
        self.tray_label = QLabel(tr("No position yet: select, then click on the map"), self)
        self.tray_label.setWordWrap(True)
        self.warnings_label = QLabel(self)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setVisible(False)
        self.known_button = QPushButton(tr("Load known cameras…"), self)
        self.confirm_button = QPushButton(tr("Confirm position"), self)
        self.settings_button = QPushButton(tr("Basemaps…"), self)
        self.confirm_button.setEnabled(False)
        self._selected_camera: int | None = None
        # A selection asked for before the first data reached the page (e.g. the window
        # selects the current photo as the map is created) is shown again once it has.
        self._early_selection: str | None = None
        self._has_data = False
        self._build_layout()
        self._connect()
        self._apply_basemaps(push=False)
        self.view.loadFinished.connect(self._on_load_finished)
        # The JSON documents this panel handed to the page go with it.
        documents, handler = self._documents, self._shared.handler
        self.destroyed.connect(
            lambda *_: [
                handler.documents.pop(name, None) for names in documents.values() for name in names
            ]
        )
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
        self._push_bytes("data", update.document, "setData")
        self._has_data = True
        if self._early_selection is not None:
            self._run(self._early_selection, key="select")
            self._early_selection = None
        self._refresh_tray(update.unplaced_photos)
        self._refresh_warnings(update.warnings)
        self._update_confirm_button()
        if not self._refresher.busy:
            self.refreshed.emit()

    def select_camera(self, camera_id: int) -> None:
        """Pan to the camera and highlight it (zooming out of clusters as needed)."""
        self._selected_camera = int(camera_id)
        self._update_confirm_button()
        self._select(f"SurveyorMap.selectCamera({int(camera_id)}, true);")

    def select_photo(self, photo_id: int) -> None:
        self._selected_camera = None
        self._update_confirm_button()
        self._select(f"SurveyorMap.selectPhoto({int(photo_id)}, true);")

    def _select(self, script: str) -> None:
        if not self._has_data:
            self._early_selection = script
        self._run(script, key="select")

    def show_track(self, walk_id_or_points: int | Sequence[tuple[float, float]]) -> None:
        """Draw a track: a list of (lat, lon), or a walk id (its photos in time order)."""
        if isinstance(walk_id_or_points, int):
            points = [
                (lat, lon)
                for lat, lon in Photo.select(Photo.latitude, Photo.longitude)
                .where(
                    Photo.walk == walk_id_or_points,
                    Photo.latitude.is_null(False),
                    Photo.longitude.is_null(False),
                )
                .order_by(Photo.taken_at, Photo.id)
                .tuples()
                .iterator()
            ]
        else:
            points = [(float(lat), float(lon)) for lat, lon in walk_id_or_points]
        self._run("SurveyorMap.showTrack(" + _json(points) + ");", key="track")

    def show_preview(self, placements: Iterable[tuple[int, float, float]]) -> None:
        """Show where photos would land (e.g. a GPX match before it is applied)."""
        rows = [[int(pid), float(lat), float(lon)] for pid, lat, lon in placements]
        self._run("SurveyorMap.showPreview(" + _json(rows) + ");", key="preview")

    def clear_preview(self) -> None:
        self._run("SurveyorMap.clearPreview();", key="preview")

    def load_known_cameras(self, path: str | Path) -> int:
        """Show a GeoJSON / OSM XML file's cameras in grey; returns how many were read."""
        try:
            known = load_known_cameras(path)
        except KnownCamerasError as exc:
            self.show_error(str(exc))
            return 0
        self.known_rows = known_camera_rows(known)
        self._push_document("known", self.known_rows, "setKnown")
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
        self._push_document("known", self.known_rows, "setKnown")

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

    def run_javascript(self, script: str, callback: Callable[[Any], None] | None = None) -> None:
        """Run a script in the page (tests and the benchmark read the page's state this way)."""
        if callback is None:
            self.page.runJavaScript(script)
        else:
            self.page.runJavaScript(script, 0, callback)

    # Layout and wiring -------------------------------------------------------------------------
    def _build_layout(self) -> None:
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.tray_label)
        side_layout.addWidget(self.tray, 2)
        side_layout.addWidget(self.warnings_label)
        side_layout.addWidget(self.warnings, 1)
        side_layout.addWidget(self.dismiss_button)
        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        side.setMaximumWidth(260)  # the map gets the room; long lines wrap instead
        for label in (self.tray_label, self.warnings_label):
            label.setWordWrap(True)
        for listing in (self.tray, self.warnings):
            listing.setWordWrap(True)
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
        self.bridge.document_done.connect(self._on_document_done)
        self.bridge.idle.connect(self.mapIdle)
        self.bridge.clicked_camera.connect(self._on_camera_clicked)
        self.bridge.clicked_photo.connect(self._on_photo_clicked)
        self.bridge.moved_camera.connect(self.move_camera)
        self.bridge.place_requested.connect(self.place_at)
        self.bridge.confirm_requested.connect(self.confirm_camera)
        self.tray.itemSelectionChanged.connect(self._on_tray_selection)
        self.warnings.itemActivated.connect(self._on_warning_activated)
        self.warnings.itemClicked.connect(self._on_warning_activated)
        self.warnings.currentItemChanged.connect(self._update_dismiss_button)
        self.dismiss_button.clicked.connect(self.dismiss_current_warning)
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
        row = self._camera(camera_id)
        if row is None:
            return
        # The rows may be a moment old (refreshes run in the background): ask the catalogue.
        current = Camera.get_or_none(Camera.id == camera_id)
        suggestion = None
        if current is not None and (current.latitude is None or current.longitude is None):
            if row["suggested"] is None:
                self.show_error(tr("This camera has no position yet: place it on the map."))
                return
            suggestion = (row["suggested"][0], row["suggested"][1])
        text = tr("Confirm position of camera #{id}").format(id=camera_id)
        self._push(ConfirmPosition(camera_id, suggestion, text, self._after_edit))

    def _update_dismiss_button(self, *_args: object) -> None:
        item = self.warnings.currentItem()
        answer = item.data(WARNING_ROLE) if item is not None else None
        self.dismiss_button.setVisible(answer is not None)
        if answer is not None:
            self.dismiss_button.setText(
                tr("These are two cameras") if answer[0] == "duplicate" else tr("It is there")
            )
            self.dismiss_button.setToolTip(
                tr("Stop warning about this: Edit ▸ Undo brings the warning back.")
            )

    def dismiss_current_warning(self) -> None:
        item = self.warnings.currentItem()
        if item is None or item.data(WARNING_ROLE) is None:
            return
        kind, camera_id, other_id = item.data(WARNING_ROLE)
        text = (
            tr("Camera #{a} and #{b} are two cameras").format(a=camera_id, b=other_id)
            if kind == "duplicate"
            else tr("Camera #{a} is where it is").format(a=camera_id)
        )
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
        self.is_ready = True
        pending, self._pending_js = self._pending_js, []
        for script in pending:
            self.page.runJavaScript(script)
        self.pageLoaded.emit()

    def _on_load_finished(self, ok: bool) -> None:
        if not ok:
            log.error("the map page did not load (%s)", PAGE_URL)
            self.tray_label.setText(tr("The map could not be shown; see the log for details."))

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
            self._run("SurveyorMap.setPlacing(null);", key="placing")
        else:
            self._run(f"SurveyorMap.setPlacing({_json(entry[0])}, {entry[1]});", key="placing")

    def _on_warning_activated(self, item: QListWidgetItem) -> None:
        camera_id = item.data(WARNING_CAMERA_ROLE)
        if camera_id is not None:
            self.select_camera(int(camera_id))
            self.cameraSelected.emit(int(camera_id))

    def ask_load_known_cameras(self) -> None:
        """File ▸ Load known cameras…: pick a GeoJSON / OSM file and show it in grey."""
        path = self.choose_known_file()
        if path:
            self.load_known_cameras(path)

    def _on_confirm_clicked(self) -> None:
        if self._selected_camera is not None:
            self.confirm_camera(self._selected_camera)

    # Helpers ------------------------------------------------------------------------------------
    def _push_document(self, kind: str, value: Any, function: str) -> None:
        """Hand a (possibly megabytes-large) JSON document to ``SurveyorMap.<function>``."""
        self._push_bytes(kind, encode_json(value).encode(), function)

    def _push_bytes(self, kind: str, document: bytes, function: str) -> None:
        # A name never used before in this process: the browser must not serve an older copy.
        name = f"{kind}-{next(_DOCUMENT_NUMBERS)}.json"
        documents = self._shared.handler.documents
        names = self._documents.setdefault(kind, [])
        names.append(name)
        while len(names) > _DOCUMENTS_KEPT:
            documents.pop(names.pop(0), None)
        documents[name] = document
        url = DATA_URL + name
        # loadLatest queues the load itself and skips it if a newer document of this kind
        # arrives first: the older one is gone from the handler by then (no 404 in the log).
        script = f"SurveyorMap.loadLatest({_json(url)}, {_json(function)});"
        self._run(script, key=kind, queued=False)

    def _on_document_done(self, url: str) -> None:
        """The page loaded (or skipped) a document: drop it unless it is its kind's newest."""
        name = url.rsplit("/", 1)[-1]
        for names in self._documents.values():
            if name in names and name != names[-1]:
                names.remove(name)
                self._shared.handler.documents.pop(name, None)

    def _run(self, script: str, key: str, queued: bool = True) -> None:
        if queued:
            # Queued in the page behind any pending data load, so calls keep their order.
            script = "SurveyorMap.enqueue(function () { return " + script.rstrip(";") + "; });"
        if self.is_ready:
            self.page.runJavaScript(script)
            return
        # Before the page is up only the latest call of each kind matters.
        self._pending_js = [s for s in self._pending_js if not s.startswith(_prefix(key))]
        self._pending_js.append(_prefix(key) + script)

    def _apply_basemaps(self, push: bool) -> None:
        entries, errors = self._shared.handler.open_basemaps(self.settings.basemaps)
        for path, reason in errors:
            log.warning("basemap %s not shown: %s", path, reason)
        layers = basemap_layers(entries)
        online = self._shared.online
        online.configure(self.settings.online_enabled, self.settings.online_url)
        # Cached online tiles stay visible offline, with the network switched off.
        if online.enabled or online.has_cached_tiles():
            layers.append(
                {
                    "id": "online",
                    "url": ONLINE_TILE_URL.replace("{key}", str(next(_DOCUMENT_NUMBERS))),
                    "name": tr("Online map"),
                    "bounds": [[-85.05, -180], [85.05, 180]],
                    "minZoom": 0,
                    "maxNativeZoom": 19,
                    "attribution": self.settings.online_url,
                }
            )
        hint = tr(
            "No basemap: add an .mbtiles or .pmtiles file with the “Basemaps…” button above"
            " the map."
        )
        script = f"SurveyorMap.setBasemaps({_json(layers)}, {_json(hint)});"
        self._run(script, key="basemaps")
        if errors and push:
            self.show_error("\n".join(reason for _path, reason in errors))

    def _refresh_tray(self, unplaced_photos: list[tuple[int, str, str]]) -> None:
        entries = [
            ("photo", pid, tr("Photo: {name}").format(name=name), note)
            for pid, name, note in unplaced_photos
        ]
        for cam_id, row in self._camera_rows.items():
            if row[C_LAT] is None:
                entries.append(("camera", cam_id, tr("Camera #{id}").format(id=cam_id), ""))
        self.tray.set_entries(entries)

    def _refresh_warnings(self, warnings: list[dict[str, Any]]) -> None:
        self.warnings.setUpdatesEnabled(False)  # one repaint for the whole list
        self.warnings.clear()
        for w in warnings:
            if w["kind"] == "duplicate":
                text = tr(
                    "Camera #{a} is {d} m from camera #{b}: the same camera? Link the photos"
                    " to one of them instead."
                ).format(a=w["camera"], b=w["other"], d=w["m"])
            else:
                text = tr("Camera #{a} is {d} m from the photos that show it.").format(
                    a=w["camera"], d=w["m"]
                )
            item = QListWidgetItem(text)
            item.setData(WARNING_CAMERA_ROLE, w["camera"])
            item.setData(WARNING_ROLE, (w["kind"], w["camera"], w.get("other")))
            self.warnings.addItem(item)
        self.warnings.setUpdatesEnabled(True)
        self._update_dismiss_button()
        count = self.warnings.count()
        self.warnings_label.setText(
            tr(
                "Warnings: {n} (duplicates within {dup:.0f} m, cameras over {far:.0f} m away)"
            ).format(n=count, dup=DUPLICATE_M, far=FAR_FROM_PHOTOS_M)
            if count
            else tr("No warnings")
        )

    def _camera(self, camera_id: int) -> dict[str, Any] | None:
        row = self._camera_rows.get(camera_id)
        return None if row is None else dict(zip(CAMERA_FIELDS, row, strict=True))

    def _update_confirm_button(self) -> None:
        row = None if self._selected_camera is None else self._camera(self._selected_camera)
        # A camera marked for review (red) can still have its position confirmed: the two
        # are separate questions, and the map's colour shows only one of them.
        unconfirmed = row is not None and (
            row["state"] == "unconfirmed"
            or (row["state"] == "review" and not _is_confirmed(int(row["id"])))
        )
        self.confirm_button.setEnabled(
            row is not None
            and unconfirmed
            and (row["lat"] is not None or row["suggested"] is not None)
        )

    def _labels(self) -> dict[str, dict[str, str]]:
        vocab = load_vocabulary()

        def field_labels(name: str) -> dict[str, str]:
            field = vocab.field(name)
            return {
                c.value: QCoreApplication.translate("vocabulary", c.label) for c in field.choices
            }

        return {
            "surveillance_type": field_labels("surveillance_type"),
            "camera_type": field_labels("camera_type"),
            "state": {
                "unconfirmed": tr("Position not confirmed"),
                "confirmed": tr("Position confirmed"),
                "review": tr("Needs review"),
            },
            "warn": {
                "duplicate": tr("Another camera is within 15 m: the same camera?"),
                "far": tr("More than 200 m from the photos that show it"),
            },
            "ui": {
                "camera": tr("Camera"),
                "make_unknown": QCoreApplication.translate("vocabulary", vocab.unknown_make_label),
                "confirm": tr("Confirm position"),
                "known": tr("Already mapped camera"),
            },
        }


class _MapPage(QWebEnginePage):
    """Sends the page's console messages to our log: a script error must not go unnoticed."""

    console: list[str]

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        text = f"{source}:{line}: {message}"
        if not hasattr(self, "console"):
            self.console = []
        self.console.append(text)
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            log.error("map page: %s", text)
        else:
            log.debug("map page: %s", text)


def _prefix(key: str) -> str:
    return f"/*{key}*/"


_json = encode_json


def _is_confirmed(camera_id: int) -> bool:
    camera = Camera.get_or_none(Camera.id == camera_id)
    return camera is not None and bool(camera.confirmed)

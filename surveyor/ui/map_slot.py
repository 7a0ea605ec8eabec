"""The map tab: a placeholder until the map is first shown, then one MapPanel for good.

QtWebEngine takes a second or two to start, so the map is created once, on demand, and
imported lazily so the window works (and tests run) without it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Protocol, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from surveyor.core.map.basemaps import MapSettings
from surveyor.core.workspace import Workspace

MapFactory = Callable[[Workspace, QUndoStack, QWidget], QWidget]


class MapView(Protocol):
    """What the window and its dialogs ask of the map (``ui/map``'s ``MapPanel``)."""

    def refresh(self) -> None: ...
    def select_photo(self, photo_id: int) -> None: ...
    def select_camera(self, camera_id: int) -> None: ...
    def ask_load_known_cameras(self) -> None: ...
    def load_known_cameras(self, path: str | Path) -> int: ...
    def open_settings_dialog(self) -> None: ...
    def apply_settings(self, settings: MapSettings) -> None: ...
    def save_map_image(self, path: str | None = None) -> Path | None: ...
    def show_track(self, walk_id_or_points: int | Sequence[tuple[float, float]]) -> None: ...
    def show_preview(self, placements: Iterable[tuple[int, float, float]]) -> None: ...
    def clear_preview(self) -> None: ...


def default_map_factory(workspace: Workspace, stack: QUndoStack, parent: QWidget) -> QWidget:
    from surveyor.ui.map import MapPanel

    return MapPanel(workspace, stack, parent)


class MapSlot(QWidget):
    """Holds the map; forwards its selection signals, whatever map is inside."""

    cameraSelected = Signal(int)
    photoSelected = Signal(int)
    camerasChanged = Signal()

    def __init__(
        self,
        workspace: Workspace,
        undo_stack: QUndoStack,
        factory: MapFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.factory = factory or default_map_factory
        self.panel: MapView | None = None
        self._widget: QWidget | None = None
        self.error = ""
        self.placeholder = QLabel(self.tr("The map opens here."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.placeholder)

    def ensure_map(self) -> MapView | None:
        """Create the map the first time it is needed; None when it cannot be made."""
        if self.panel is not None or self.error:
            return self.panel
        try:
            panel = self.factory(self.workspace, self.undo_stack, self)
        except Exception as exc:  # a missing QtWebEngine must not take the window down
            self.error = str(exc)
            self.placeholder.setText(
                self.tr("The map is not available: {reason}").format(reason=self.error)
            )
            return None
        self.placeholder.hide()
        self._layout.addWidget(panel)
        for name in ("cameraSelected", "photoSelected", "camerasChanged"):
            signal = getattr(panel, name, None)
            if signal is not None:
                signal.connect(getattr(self, name))
        self._widget = panel
        # The factory makes a widget that is a map: MapPanel, or a test's stand-in for it.
        self.panel = cast(MapView, panel)
        return self.panel

    def set_workspace(self, workspace: Workspace) -> None:
        """Another workspace: the old map is dropped and rebuilt when next shown."""
        self.workspace = workspace
        if self._widget is not None:
            self._widget.hide()
            self._layout.removeWidget(self._widget)
            self._widget.deleteLater()
            self._widget = self.panel = None
            self.placeholder.show()

    def refresh(self) -> None:
        if self.panel is not None:
            self.panel.refresh()

    def select_photo(self, photo_id: int) -> None:
        if self.panel is not None:
            self.panel.select_photo(photo_id)

    def select_camera(self, camera_id: int) -> None:
        if self.panel is not None:
            self.panel.select_camera(camera_id)

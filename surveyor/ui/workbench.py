"""The window's central area: the welcome page, or walks | photo grid over preview/map | panel.

``Workbench`` only builds and lays out the widgets; ``MainWindow`` connects them. The splitter
sizes are remembered by name ("main", "middle") in the settings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.vocabulary import Vocabulary
from surveyor.core.workspace import Workspace
from surveyor.ui.camera_panel import CameraPanel
from surveyor.ui.events import CatalogueEvents
from surveyor.ui.filter_bar import FilterBar
from surveyor.ui.map_slot import MapFactory, MapSlot
from surveyor.ui.photo_grid import PhotoGrid
from surveyor.ui.preview import PreviewView
from surveyor.ui.redaction_bar import RedactionBar
from surveyor.ui.settings import Settings
from surveyor.ui.walk_sidebar import WalkSidebar
from surveyor.ui.welcome import WelcomePage

PHOTO_TAB, MAP_TAB = 0, 1
WELCOME_PAGE, WORKBENCH_PAGE = 0, 1


class Workbench(QStackedWidget):
    """The welcome page until the workspace has photos, then the three-column workbench."""

    def __init__(
        self,
        photos: QSortFilterProxyModel,
        workspace: Callable[[], Workspace],
        undo_stack: QUndoStack,
        events: CatalogueEvents,
        recording_actions: list[QAction],
        facing_action: QAction,
        vocabulary: Vocabulary,
        map_factory: MapFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sidebar = WalkSidebar(self)
        self.filter_bar = FilterBar(self)
        self.grid = PhotoGrid(self)
        self.grid.setModel(photos)
        grid_box = QWidget(self)
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.filter_bar)
        grid_layout.addWidget(self.grid)

        self.preview = PreviewView(parent=self)
        self.map_slot = MapSlot(workspace(), undo_stack, map_factory, self)
        self.viewer = QTabWidget(self)
        self.redaction_bar = RedactionBar(self.preview, workspace, undo_stack, events, self)
        photo_page = QWidget(self)
        photo_layout = QVBoxLayout(photo_page)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        photo_layout.addWidget(self.redaction_bar)
        photo_layout.addWidget(self.preview, 1)
        self.viewer.addTab(photo_page, self.tr("Photo"))
        self.viewer.addTab(self.map_slot, self.tr("Map"))

        self.panel = CameraPanel(recording_actions, vocabulary, self, facing_action=facing_action)
        panel_scroll = QScrollArea(self)
        panel_scroll.setWidget(self.panel)
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel_scroll.setMinimumWidth(300)

        self.middle_split = QSplitter(Qt.Orientation.Vertical, self)
        self.middle_split.addWidget(grid_box)
        self.middle_split.addWidget(self.viewer)
        self.middle_split.setSizes([330, 570])
        self.main_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_split.addWidget(self.sidebar)
        self.main_split.addWidget(self.middle_split)
        self.main_split.addWidget(panel_scroll)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([210, 840, 350])

        self.welcome = WelcomePage(self)
        self.addWidget(self.welcome)
        self.addWidget(self.main_split)

    def show_workbench(self, has_photos: bool) -> None:
        self.setCurrentIndex(WORKBENCH_PAGE if has_photos else WELCOME_PAGE)

    def showing_welcome(self) -> bool:
        return self.currentWidget() is self.welcome

    def warm_up(self) -> None:
        """Lay out and polish the workbench once (~0.1 s) while nothing else is going on."""
        self.main_split.resize(self.size())
        self.main_split.grab()

    def splitters(self) -> dict[str, QSplitter]:
        return {"main": self.main_split, "middle": self.middle_split}

    def restore_splitters(self, settings: Settings) -> None:
        for name, splitter in self.splitters().items():
            sizes = settings.splitter_sizes(name)
            if len(sizes) == splitter.count() and all(s >= 0 for s in sizes):
                splitter.setSizes(sizes)

    def save_splitters(self, settings: Settings) -> None:
        for name, splitter in self.splitters().items():
            settings.set_splitter_sizes(name, splitter.sizes())

"""Managing walks and photos from the window: the sidebar's and the grid's context menus,
and the walk name asked for on import.

Questions go through ``Questions`` (dialogs), which tests replace.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QPoint
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from surveyor.core import walks
from surveyor.core.photos.importer import expand_paths
from surveyor.core.photos.rows import PhotoRow
from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera, Photo, Walk
from surveyor.ui.events import CatalogueEvents
from surveyor.ui.photo_grid import PhotoGrid
from surveyor.ui.walk_sidebar import WalkSidebar
from surveyor.ui.walk_undo import MergeWalks, RemoveRows, RenameWalk, SplitWalk

DEFAULT_PAUSE_MINUTES = 60


class Questions:
    """The dialogs walk management asks; a test replaces these methods."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def text(self, title: str, label: str, value: str) -> str | None:
        text, ok = QInputDialog.getText(self.parent, title, label, text=value)
        return text if ok else None

    def choice(self, title: str, label: str, items: list[str], editable: bool) -> str | None:
        item, ok = QInputDialog.getItem(self.parent, title, label, items, 0, editable)
        return item if ok else None

    def number(self, title: str, label: str, value: int) -> int | None:
        number, ok = QInputDialog.getInt(self.parent, title, label, value, 1, 24 * 60)
        return number if ok else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes


class WalkActions(QObject):
    def __init__(
        self,
        parent: QWidget,
        stack: QUndoStack,
        events: CatalogueEvents,
        show_message: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.stack, self.events, self.show_message = stack, events, show_message
        self.questions = Questions(parent)
        self.removed_media: set[str] = set()  # files to delete once no undo can want them

    # Import ----------------------------------------------------------------------------------
    def walk_name_for_import(self, paths: Sequence[str | Path]) -> str | None:
        """Ask which walk the photos are: a new one (named after their day) or an existing one."""
        sample = list(itertools.islice(expand_paths(paths), 40))
        suggested = walks.suggest_walk_name(sample)
        existing = [str(w.name) for w in Walk.select(Walk.name).order_by(Walk.date.desc())]
        name = self.questions.choice(
            self.tr("Import photos"),
            self.tr("Name of this walk (or choose a walk to add the photos to):"),
            [suggested, *existing],
            True,
        )
        if name is None:
            return None
        return name.strip() or suggested

    # The sidebar's menu ----------------------------------------------------------------------
    def walk_menu(self, walk_id: int, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        menu.addAction(self.tr("Rename…"), lambda: self.rename(walk_id))
        merge = menu.addAction(self.tr("Merge into another walk…"), lambda: self.merge(walk_id))
        merge.setEnabled(Walk.select().count() > 1)
        menu.addAction(self.tr("Split at pauses…"), lambda: self.split(walk_id))
        menu.addSeparator()
        menu.addAction(self.tr("Remove walk…"), lambda: self.remove_walk(walk_id))
        return menu

    def show_walk_menu(self, walk_id: int, parent: QWidget, where: QPoint) -> None:
        self.walk_menu(walk_id, parent).exec(where)

    def attach_context_menus(
        self, sidebar: WalkSidebar, grid: PhotoGrid, selected: Callable[[], list[PhotoRow]]
    ) -> None:
        """Right-click a walk: rename, merge, split, remove; the selected photos: remove."""

        def walk_menu(pos: QPoint) -> None:
            index = sidebar.view.indexAt(pos)
            walk_id = sidebar.walk_at(index.row()) if index.isValid() else None
            if walk_id is not None:
                self.show_walk_menu(walk_id, sidebar, sidebar.view.viewport().mapToGlobal(pos))

        def grid_menu(pos: QPoint) -> None:
            photos = selected()
            if not photos:
                return
            menu = QMenu(grid)
            menu.addAction(
                QCoreApplication.translate(
                    "MainWindow", "Remove {n} photo(s) from the workspace…"
                ).format(n=len(photos)),
                lambda: self.remove_photos([p.id for p in photos]),
            )
            menu.exec(grid.viewport().mapToGlobal(pos))

        sidebar.view.customContextMenuRequested.connect(walk_menu)
        grid.customContextMenuRequested.connect(grid_menu)

    def rename(self, walk_id: int) -> None:
        walk = Walk.get_by_id(walk_id)
        name = self.questions.text(self.tr("Rename walk"), self.tr("New name:"), str(walk.name))
        if name is None or name.strip() == walk.name:
            return
        text = self.tr("Rename walk “{name}”").format(name=walk.name)
        self._push(RenameWalk(self.events, walk_id, name, text))

    def merge(self, walk_id: int) -> None:
        walk = Walk.get_by_id(walk_id)
        others = [w for w in Walk.select().order_by(Walk.name) if w.id != walk_id]
        chosen = self.questions.choice(
            self.tr("Merge walks"),
            self.tr("Move every photo of “{name}” into:").format(name=walk.name),
            [str(w.name) for w in others],
            False,
        )
        target = next((w for w in others if w.name == chosen), None)
        if target is None:
            return
        text = self.tr("Merge “{name}” into “{target}”").format(name=walk.name, target=target.name)
        self._push(MergeWalks(self.events, int(target.id), [walk_id], text))

    def split(self, walk_id: int) -> None:
        walk = Walk.get_by_id(walk_id)
        minutes = self.questions.number(
            self.tr("Split walk"),
            self.tr("Start a new walk after every pause longer than (minutes):"),
            DEFAULT_PAUSE_MINUTES,
        )
        if minutes is None:
            return
        parts = walks.split_plan(walk_id, minutes)
        if len(parts) < 2:
            self.show_message(
                self.tr("No pause longer than {n} minutes in “{name}”.").format(
                    n=minutes, name=walk.name
                )
            )
            return
        sizes = ", ".join(f"{p.name}: {len(p.photo_ids)}" for p in parts)
        if not self.questions.confirm(
            self.tr("Split walk"),
            self.tr("Split “{name}” into {n} walks ({sizes})?").format(
                name=walk.name, n=len(parts), sizes=sizes
            ),
        ):
            return
        text = self.tr("Split “{name}”").format(name=walk.name)
        self._push(SplitWalk(self.events, walk_id, minutes, text))

    def remove_walk(self, walk_id: int) -> None:
        walk = Walk.get_by_id(walk_id)
        photos = Photo.select().where(Photo.walk == walk_id).count()
        cameras = Camera.select().where(Camera.walk == walk_id).count()
        if not self.questions.confirm(
            self.tr("Remove walk"),
            self.tr(
                "Remove “{name}” with its {photos} photos and {cameras} cameras from this "
                "workspace? Edit ▸ Undo brings it back while Surveyor is open."
            ).format(name=walk.name, photos=photos, cameras=cameras),
        ):
            return
        text = self.tr("Remove walk “{name}”").format(name=walk.name)
        self._push(RemoveRows(self.events, lambda: walks.remove_walk(walk_id), text, self._keep))

    # The grid's menu -------------------------------------------------------------------------
    def remove_photos(self, photo_ids: list[int]) -> None:
        if not photo_ids:
            return
        count = len(photo_ids)  # a plain name: lupdate reads no expression as the plural count
        if not self.questions.confirm(
            self.tr("Remove photos"),
            self.tr(
                "Remove %n photo(s) from this workspace? Their cameras stay. "
                "Edit ▸ Undo brings them back while Surveyor is open.",
                "",
                count,
            ),
        ):
            return
        ids = list(photo_ids)
        text = self.tr("Remove %n photo(s)", "", count)
        self._push(RemoveRows(self.events, lambda: walks.remove_photos(ids), text, self._keep))

    # Files -----------------------------------------------------------------------------------
    def _keep(self, sha256s: set[str]) -> None:
        self.removed_media |= sha256s

    def purge(self, workspace: Workspace) -> int:
        """Delete the files of removed photos that nothing refers to (no undo can want them)."""
        removed = walks.purge_unreferenced_media(workspace, self.removed_media)
        self.removed_media.clear()
        return removed

    def _push(self, command: RenameWalk | MergeWalks | SplitWalk | RemoveRows) -> None:
        self.stack.push(command)
        if command.error is not None:
            self.show_message(self.tr("Not done: {reason}").format(reason=command.error))
        else:
            self.show_message(command.text())

"""Undoable walk changes for the window: rename, merge, split, remove a walk or photos.

Each writes through ``surveyor.core.walks`` and keeps the record that undoes it exactly.
After any of them the window re-reads the catalogue (``CatalogueEvents.reset``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from surveyor.core import walks
from surveyor.ui.events import CatalogueEvents
from surveyor.ui.undo_base import EditCommand


class _WalkCommand(EditCommand):
    expected = (walks.WalkError,)

    def __init__(self, events: CatalogueEvents, text: str) -> None:
        super().__init__(text)
        self.events = events
        self._record: walks.Snapshot | None = None

    def _redo(self) -> None:
        self._record = self._do()

    def _do(self) -> walks.Snapshot | None:
        raise NotImplementedError

    def _undo(self) -> None:
        if self._record is not None:
            walks.restore(self._record)

    def _notify(self) -> None:
        self.events.reset.emit()


class RenameWalk(_WalkCommand):
    def __init__(self, events: CatalogueEvents, walk_id: int, name: str, text: str) -> None:
        super().__init__(events, text)
        self.walk_id, self.name, self.old_name = walk_id, name, ""

    def _do(self) -> None:
        self.old_name = walks.rename_walk(self.walk_id, self.name)

    def _undo(self) -> None:
        walks.rename_walk(self.walk_id, self.old_name)


class MergeWalks(_WalkCommand):
    def __init__(
        self, events: CatalogueEvents, target_id: int, source_ids: Sequence[int], text: str
    ) -> None:
        super().__init__(events, text)
        self.target_id, self.source_ids = target_id, list(source_ids)

    def _do(self) -> walks.Snapshot:
        return walks.merge_walks(self.target_id, self.source_ids)


class SplitWalk(_WalkCommand):
    def __init__(
        self, events: CatalogueEvents, walk_id: int, gap_minutes: float, text: str
    ) -> None:
        super().__init__(events, text)
        self.walk_id, self.gap_minutes = walk_id, gap_minutes

    def _do(self) -> walks.Snapshot:
        return walks.split_walk(self.walk_id, self.gap_minutes)


class RemoveRows(_WalkCommand):
    """Remove a walk or some photos; their files wait in ``media/`` for an undo.

    ``on_removed`` learns which photo files may be unreferenced, so the window can delete
    them once the history that could bring them back is gone.
    """

    def __init__(
        self,
        events: CatalogueEvents,
        remove: Callable[[], walks.Snapshot],
        text: str,
        on_removed: Callable[[set[str]], None],
    ) -> None:
        super().__init__(events, text)
        self.remove, self.on_removed = remove, on_removed

    def _do(self) -> walks.Snapshot:
        record = self.remove()
        self.on_removed(record.sha256s)
        return record

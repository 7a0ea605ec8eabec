"""One object that tells every view what an edit changed (no application-wide singletons)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal


class CatalogueEvents(QObject):
    """Emitted after an edit (or its undo) reached the database.

    ``changed(photo_ids, camera_ids)`` carries sets of ids; ``reset()`` means "reload all"
    (after an import or when another workspace was opened).
    """

    changed = Signal(object, object)
    reset = Signal()

    def notify(self, photo_ids: Iterable[int] = (), camera_ids: Iterable[int] = ()) -> None:
        self.changed.emit({int(i) for i in photo_ids}, {int(i) for i in camera_ids})

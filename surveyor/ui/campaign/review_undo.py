"""Undoable review decisions: each command calls the core, which records author and undo data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from surveyor.core.campaign import review


class ReviewCommand(QUndoCommand):
    """``redo`` makes the decision through the core (again after an undo); ``undo`` takes the
    recorded decision back. A first ``redo`` that fails marks the command obsolete and keeps the
    reason in ``error``."""

    def __init__(self, text: str, decide: Callable[[], int], changed: Callable[[], None]) -> None:
        super().__init__(text)
        self._decide = decide
        self._changed = changed
        self.decision_id: int | None = None
        self.error: str | None = None

    def redo(self) -> None:
        try:
            self.decision_id = self._decide()
        except review.ReviewError as exc:
            self.error = str(exc)
            self.setObsolete(True)
            return
        self._changed()

    def undo(self) -> None:
        if self.decision_id is not None:
            review.undo(self.decision_id)
            self.decision_id = None
        self._changed()

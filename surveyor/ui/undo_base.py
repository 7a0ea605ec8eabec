"""The base of every undoable edit in the app: write at once, tell the views, undo exactly.

A command whose *first* ``redo`` fails with one of its ``expected`` errors marks itself
obsolete (so the stack drops it) and keeps the reason in ``error`` for the window to show;
a later redo that fails is a bug and raises. Subclasses write in ``_redo``/``_undo`` and say
what changed in ``_notify``.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand


class EditCommand(QUndoCommand):
    expected: tuple[type[Exception], ...] = ()

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.error: str | None = None
        self._done_once = False

    def redo(self) -> None:
        try:
            self._redo()
        except self.expected as exc:
            if self._done_once:
                raise
            self.error = str(exc)
            self.setObsolete(True)
            return
        self._done_once = True
        self._notify()

    def undo(self) -> None:
        self._undo()
        self._notify()

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def _notify(self) -> None:
        raise NotImplementedError

"""Undoable redaction edits: each writes through ``surveyor.core.redaction.catalogue`` at once.

Like ``surveyor.ui.camera_undo``, commands hold ids, not rows; a command whose first ``redo`` fails
marks itself obsolete and keeps the reason in ``error`` for the window to show.
"""

from __future__ import annotations

from surveyor.core.redaction import catalogue
from surveyor.core.redaction.boxes import Box
from surveyor.core.redaction.catalogue import RedactionError
from surveyor.core.workspace import Workspace
from surveyor.ui.events import CatalogueEvents
from surveyor.ui.undo_base import EditCommand


class _RedactionCommand(EditCommand):
    expected = (RedactionError,)

    def __init__(self, events: CatalogueEvents, photo_id: int, text: str) -> None:
        super().__init__(text)
        self.events = events
        self.photo_id = photo_id

    def _notify(self) -> None:
        self.events.notify([self.photo_id])


class AddBox(_RedactionCommand):
    """Draw a box over something to blur (or around the camera); undo removes it."""

    def __init__(
        self,
        events: CatalogueEvents,
        workspace: Workspace,
        photo_id: int,
        box: Box,
        kind: str,
        text: str,
    ) -> None:
        super().__init__(events, photo_id, text)
        self.workspace = workspace
        self.box = box
        self.kind = kind
        self.box_id: int | None = None

    def _redo(self) -> None:
        if self.box_id is None:
            self.box_id = int(
                catalogue.add_box(self.workspace, self.photo_id, self.box, self.kind).id
            )
        else:
            catalogue.set_removed(self.box_id, False)

    def _undo(self) -> None:
        assert self.box_id is not None
        catalogue.set_removed(self.box_id, True)


class RemoveBox(_RedactionCommand):
    """Remove a false box; the area is sent as it is. Undo brings the box back."""

    def __init__(self, events: CatalogueEvents, photo_id: int, box_id: int, text: str) -> None:
        super().__init__(events, photo_id, text)
        self.box_id = box_id

    def _redo(self) -> None:
        catalogue.set_removed(self.box_id, True)

    def _undo(self) -> None:
        catalogue.set_removed(self.box_id, False)


class SetChecked(_RedactionCommand):
    """The volunteer looked at the photo and its boxes cover every bystander (or takes it back)."""

    def __init__(self, events: CatalogueEvents, photo_id: int, checked: bool, text: str) -> None:
        super().__init__(events, photo_id, text)
        self.checked = checked

    def _redo(self) -> None:
        catalogue.set_checked(self.photo_id, self.checked)

    def _undo(self) -> None:
        catalogue.set_checked(self.photo_id, not self.checked)


class SetCropOnly(_RedactionCommand):
    """Send only the camera box of this photo (or the whole frame again)."""

    def __init__(self, events: CatalogueEvents, photo_id: int, crop: bool, text: str) -> None:
        super().__init__(events, photo_id, text)
        self.crop = crop

    def _redo(self) -> None:
        catalogue.set_crop_only(self.photo_id, self.crop)

    def _undo(self) -> None:
        catalogue.set_crop_only(self.photo_id, not self.crop)

"""Why an export made no bundle: each error says what to do, and nothing was written."""

from __future__ import annotations

from surveyor.core.messages import Joined, Message


class ExportError(Exception):
    """The export could not be made; nothing was written."""


class ExportCancelled(ExportError):
    """The volunteer pressed Cancel; nothing was written."""


class SelectionError(ExportError):
    """The selection names no walk we know, or names nothing at all."""


class PhotosHeld(ExportError):
    """Face and plate detection could not run on these photos and nobody has looked at them."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        super().__init__(
            Message(
                "not sent: detection could not run on these photos, so they wait until you have "
                "looked at them (photo preview: boxes over every face and plate, then 'Checked'; "
                "or surveyor redact checked --photo ID):\n  {photos}",
                photos=Joined("\n  ", lines),
            )
        )

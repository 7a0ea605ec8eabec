"""Small pictograms for camera types and mounts, from ``resources/icons``."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from surveyor.core.resources import resource


@cache
def pictogram(name: str | None) -> QIcon:
    """The icon file ``name`` (as given in vocabulary.json), or an empty icon."""
    if not name:
        return QIcon()
    path = resource("icons", name)
    return QIcon(str(path)) if path.is_file() else QIcon()

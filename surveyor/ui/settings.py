"""Everything the app remembers, typed and with defaults, in one place.

One store: ``settings.ini`` in the config folder (``config_dir()``, moved by
``SURVEYOR_CONFIG_DIR`` with the identity keys and joined campaigns), read and written here
through QSettings in INI format, as Picard keeps its options. The map's settings (basemaps,
projection, online layer) live in the same file, group ``[map]``, typed as ``MapSettings``:
the core reads and writes that group without Qt (``core/map/basemaps.py`` over
``store/settings_file.py``) because the command line and a campaign kit change it too.
QSettings merges its own changes with the file when it syncs, so neither side loses the other's.

Before this file, the window used Qt's native store (``~/.config/Surveyor/Surveyor.conf``, the
registry on Windows, a plist on macOS): it is copied in once when ``settings.ini`` is made.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from surveyor.core.workspace import settings_file

ORGANIZATION = "Surveyor"
APPLICATION = "Surveyor"
NATIVE_COPIED = "settings/native_store_copied"


def open_store(path: Path | None = None) -> QSettings:
    """The settings file as a QSettings; the old native store is copied in on first use."""
    path = path or settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    store = QSettings(str(path), QSettings.Format.IniFormat)
    # Only the user's own folder had a native store; a chosen SURVEYOR_CONFIG_DIR starts clean.
    # The file may exist already (the map's group, written by the command line): a marker,
    # not the file's absence, says whether the copy was made.
    if not os.environ.get("SURVEYOR_CONFIG_DIR") and not store.contains(NATIVE_COPIED):
        old = QSettings(ORGANIZATION, APPLICATION)
        for key in old.allKeys():
            if not store.contains(key):
                store.setValue(key, old.value(key))
        store.setValue(NATIVE_COPIED, True)
        store.sync()
    return store


class Settings:
    """Typed accessors; widgets never spell QSettings keys themselves.

    Pass a ``QSettings`` (e.g. an INI file in a temporary folder) to keep tests apart from the
    user's settings.
    """

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else open_store()

    @property
    def path(self) -> Path:
        return Path(self._store.fileName())

    # Window layout ---------------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._store.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    def splitter_sizes(self, name: str) -> list[int]:
        value = self._store.value(f"splitters/{name}")
        if isinstance(value, (list, tuple)):
            try:
                return [int(v) for v in value]
            except (TypeError, ValueError):
                return []
        return []

    def set_splitter_sizes(self, name: str, sizes: list[int]) -> None:
        self._store.setValue(f"splitters/{name}", [int(s) for s in sizes])

    # Workspace and files ---------------------------------------------------------------------
    # Interface ------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """The interface language's code (``surveyor.ui.language``); "" follows the system."""
        return str(self._store.value("interface/language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("interface/language", value)

    @property
    def last_workspace(self) -> str:
        return str(self._store.value("workspace/last", "") or "")

    @last_workspace.setter
    def last_workspace(self, value: str) -> None:
        self._store.setValue("workspace/last", value)

    @staticmethod
    def _workspace_key(root: object) -> str:
        # A path holds slashes, which QSettings reads as groups: key by a digest instead.
        return hashlib.sha1(str(root).encode("utf-8")).hexdigest()[:16]

    def last_photo(self, workspace_root: object) -> int | None:
        """The photo last worked on in that workspace, to select it again on reopening."""
        value = self._store.value(f"last_photo/{self._workspace_key(workspace_root)}")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_last_photo(self, workspace_root: object, photo_id: int) -> None:
        self._store.setValue(f"last_photo/{self._workspace_key(workspace_root)}", int(photo_id))

    @property
    def search_after_import(self) -> bool:
        """Search new photos for faces and number plates as soon as they are imported."""
        value = self._store.value("redaction/search_after_import", True)
        return value not in (False, "false", "0", 0)

    @search_after_import.setter
    def search_after_import(self, value: bool) -> None:
        self._store.setValue("redaction/search_after_import", bool(value))

    @property
    def last_import_dir(self) -> str:
        return str(self._store.value("import/last_dir", "") or "")

    @last_import_dir.setter
    def last_import_dir(self, value: str) -> None:
        self._store.setValue("import/last_dir", value)

    # Export ----------------------------------------------------------------------------------
    @property
    def round_export_dates(self) -> bool:
        """Bundles say only the day a camera was seen (the default), not the time."""
        value = self._store.value("export/round_dates", True)
        return value not in (False, "false", "0", 0)

    @round_export_dates.setter
    def round_export_dates(self, value: bool) -> None:
        self._store.setValue("export/round_dates", bool(value))

    # Placing photos from GPX tracks ------------------------------------------------------------
    @property
    def geotag_time_zone(self) -> str:
        """The camera's zone (±HH:MM) for photos that do not record one; "" = this computer's."""
        return str(self._store.value("geotag/time_zone", "") or "")

    @geotag_time_zone.setter
    def geotag_time_zone(self, value: str) -> None:
        self._store.setValue("geotag/time_zone", value)

    @property
    def geotag_max_gap_min(self) -> int:
        """The longest gap between track points to interpolate across, as exiftool: 30 min."""
        try:
            return max(1, int(str(self._store.value("geotag/max_gap_min", 30))))
        except (TypeError, ValueError):
            return 30

    @geotag_max_gap_min.setter
    def geotag_max_gap_min(self, value: int) -> None:
        self._store.setValue("geotag/max_gap_min", int(value))

    def sync(self) -> None:
        self._store.sync()

    # An encrypted workspace locks after this many idle minutes (0: never) -------------------
    @property
    def lock_after_minutes(self) -> int:
        try:
            return max(0, int(str(self._store.value("security/lock_after_minutes", 10))))
        except (TypeError, ValueError):
            return 10

    @lock_after_minutes.setter
    def lock_after_minutes(self, value: int) -> None:
        self._store.setValue("security/lock_after_minutes", max(0, int(value)))

    # The coordinator's public key last used to check a receipt ---------------------------------
    @property
    def receipt_coordinator_key(self) -> str:
        return str(self._store.value("receipts/coordinator_key", "") or "")

    @receipt_coordinator_key.setter
    def receipt_coordinator_key(self, value: str) -> None:
        self._store.setValue("receipts/coordinator_key", value)

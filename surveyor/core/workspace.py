"""A workspace is a folder: ``catalogue.sqlite``, ``media/`` (photos by SHA-256), ``thumbs/``.

An encrypted workspace also has ``workspace.key``; its catalogue is SQLCipher and its files are
sealed under opaque names (``surveyor.core.vault``). It opens only with its passphrase.

The default folder is the user data dir (platformdirs); ``--workspace DIR`` or the
``SURVEYOR_WORKSPACE`` environment variable choose another.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from peewee import DatabaseError, SqliteDatabase

from surveyor.core.messages import Message
from surveyor.core.vault import convert
from surveyor.core.vault.keyfile import VaultError, is_encrypted, key_file_path, unlock
from surveyor.core.vault.storage import Blob, PlainStorage, SealedStorage, Storage
from surveyor.core.vault.subkeys import Subkeys
from surveyor.store.connection import (
    close_database,
    current_database,
    make_current,
    open_database,
    restore_current,
)
from surveyor.store.file_keys import CatalogueKeys

APP_NAME = "Surveyor"
ENV_WORKSPACE = "SURVEYOR_WORKSPACE"
THUMB_SIZES = (256, 1600)
SETTINGS_FILE = "settings.ini"


def default_workspace_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "workspace"


def config_dir() -> Path:
    """Per-user settings shared by all workspaces: ``settings.ini``, identity keys, joined
    campaigns. ``SURVEYOR_CONFIG_DIR`` moves all of it."""
    override = os.environ.get("SURVEYOR_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    """The one settings file (INI): the window's through QSettings, the map's through core."""
    return config_dir() / SETTINGS_FILE


def resolve_workspace_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_WORKSPACE)
    if env:
        return Path(env).expanduser()
    return default_workspace_dir()


class WorkspaceError(RuntimeError):
    """A folder that cannot be opened as a workspace; the message names it and says why."""


class PassphraseNeeded(VaultError):
    """An encrypted workspace was opened without its passphrase."""


@dataclass
class Workspace:
    """Paths of one workspace, its open catalogue and, when encrypted, its keys."""

    root: Path
    db: SqliteDatabase | None = field(default=None, repr=False)
    subkeys: Subkeys | None = field(default=None, repr=False)
    _storage: Storage | None = field(default=None, repr=False)

    @property
    def encrypted(self) -> bool:
        return is_encrypted(self.root)

    @property
    def storage(self) -> Storage:
        """Where originals and thumbnails are read and written (sealed when encrypted)."""
        # Read once: thumbnail threads may ask while the window locks (close() clears them).
        storage, subkeys, db = self._storage, self.subkeys, self.db
        if storage is not None:
            return storage
        if subkeys is not None and db is not None:
            storage = SealedStorage(self.root, subkeys.names, CatalogueKeys(db))
        elif self.encrypted:
            raise PassphraseNeeded(
                Message("{root}: this workspace is encrypted and locked", root=self.root)
            )
        else:
            storage = PlainStorage(self.root)
        self._storage = storage
        return storage

    @property
    def catalogue_path(self) -> Path:
        return self.root / "catalogue.sqlite"

    @property
    def media_dir(self) -> Path:
        return self.root / "media"

    @property
    def thumbs_dir(self) -> Path:
        return self.root / "thumbs"

    @property
    def tmp_dir(self) -> Path:
        # Same filesystem as media/ so that the final rename is atomic.
        return self.root / "tmp"

    def media_path(self, sha256: str, extension: str) -> Path:
        """Where an original is on disk (sealed under an opaque name when encrypted)."""
        return self.storage.path_of(Blob.original(sha256, extension))

    def thumb_path(self, sha256: str, size: int) -> Path:
        return self.storage.path_of(Blob.thumbnail(sha256, size))

    @classmethod
    def open(
        cls,
        root: str | os.PathLike[str] | None = None,
        passphrase: str | None = None,
        *,
        current: bool = True,
        subkeys: Subkeys | None = None,
    ) -> Workspace:
        """Open (creating if needed) the workspace at ``root``; an encrypted one needs its
        ``passphrase``, or the ``subkeys`` of an already unlocked one (the window's import
        child gets them). A wrong or missing passphrase raises WrongPassphrase or
        PassphraseNeeded (both VaultError) and changes nothing.

        With ``current`` (the command line, one workspace per process) the models use its
        catalogue from now on in the calling thread; nothing changes for other threads or
        other contexts. The window opens with ``current=False`` and calls ``make_current``
        when it shows the workspace.
        """
        ws = cls(resolve_workspace_dir(root))
        if ws.root.exists() and not ws.root.is_dir():
            raise WorkspaceError(Message("{root} is a file, not a workspace folder", root=ws.root))
        ws.root.mkdir(parents=True, exist_ok=True)
        convert.finish_interrupted(ws.root)
        if is_encrypted(ws.root) and subkeys is not None:
            ws.subkeys = subkeys
        elif is_encrypted(ws.root):
            if passphrase is None:
                raise PassphraseNeeded(
                    Message(
                        "{root}: this workspace is encrypted; give its passphrase "
                        "(--passphrase-stdin)",
                        root=ws.root,
                    )
                )
            ws.subkeys = Subkeys.from_data_key(unlock(key_file_path(ws.root), passphrase))
        for folder in (ws.media_dir, ws.thumbs_dir, ws.tmp_dir):
            folder.mkdir(parents=True, exist_ok=True)
        key = ws.subkeys.sqlcipher_key() if ws.subkeys is not None else None
        try:
            ws.db = open_database(ws.catalogue_path, current=current, key=key)
        except DatabaseError as exc:
            raise WorkspaceError(
                Message(
                    "{path} is not a catalogue Surveyor can read ({exc})",
                    path=ws.catalogue_path,
                    exc=exc,
                )
            ) from exc
        return ws

    @contextmanager
    def as_current(self) -> Iterator[Workspace]:
        """Within the block, the models of this context use this catalogue; then the one
        before again (an explicit context, e.g. a campaign beside the volunteer's workspace)."""
        if self.db is None:
            raise WorkspaceError(Message("the workspace {root} is closed", root=self.root))
        token = make_current(self.db)
        try:
            yield self
        finally:
            restore_current(token)

    def make_current(self) -> None:
        """The models of the running context (thread or background task) use this catalogue."""
        if self.db is None:
            raise WorkspaceError(Message("the workspace {root} is closed", root=self.root))
        make_current(self.db)

    @property
    def is_current(self) -> bool:
        return self.db is not None and current_database() is self.db

    def close(self) -> None:
        """Close this thread's connection (the models here no longer use the catalogue) and
        drop the keys from memory."""
        if self._storage is not None and isinstance(self._storage, SealedStorage):
            self._storage.keys.forget()
        self._storage = None
        self.subkeys = None
        if self.db is not None:
            if current_database() is self.db:
                make_current(None)
            close_database(self.db)
            if "passphrase" in self.db.connect_params:  # SQLCipher: the key goes too
                self.db.connect_params["passphrase"] = ""
            self.db = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

"""A workspace is a folder: ``catalogue.sqlite``, ``media/`` (photos by SHA-256), ``thumbs/``.

The default folder is the user data dir (platformdirs); ``--workspace DIR`` or the
``SURVEYOR_WORKSPACE`` environment variable choose another.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from peewee import SqliteDatabase

from surveyor.store.connection import close_database, open_database

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


@dataclass
class Workspace:
    """Paths of one workspace and its open catalogue."""

    root: Path
    db: SqliteDatabase | None = field(default=None, repr=False)

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
        return self.media_dir / sha256[:2] / f"{sha256}{extension}"

    def thumb_path(self, sha256: str, size: int) -> Path:
        return self.thumbs_dir / str(size) / sha256[:2] / f"{sha256}.jpg"

    @classmethod
    def open(cls, root: str | os.PathLike[str] | None = None) -> Workspace:
        ws = cls(resolve_workspace_dir(root))
        for folder in (ws.root, ws.media_dir, ws.thumbs_dir, ws.tmp_dir):
            folder.mkdir(parents=True, exist_ok=True)
        ws.db = open_database(ws.catalogue_path)
        return ws

    def close(self) -> None:
        if self.db is not None:
            close_database(self.db)
            self.db = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

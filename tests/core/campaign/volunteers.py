"""Real bundles made by the bundle exporter from generated volunteer workspaces."""

from __future__ import annotations

import itertools
import zipfile
from pathlib import Path
from typing import Any

from surveyor.core.bundle_export import ExportResult, Selection, export_bundle
from surveyor.core.minisign import SecretKey
from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera, Walk, db_proxy
from tests.fixtures.bundles import add_camera, add_photo, leaky_jpeg

_n = itertools.count(1)


class Volunteer:
    """A volunteer with a key and a workspace of their own."""

    def __init__(self, root: Path, name: str) -> None:
        self.name = name
        self.key = SecretKey.generate()
        self.root = root / f"volunteer-{name}"

    @property
    def public(self) -> str:
        return self.key.public_key.to_base64()

    @property
    def key_id(self) -> str:
        return self.key.key_id_hex

    def bundle(
        self, out: Path, cameras: list[dict[str, Any]], back_to: Workspace | None = None
    ) -> ExportResult:
        """Catalogue ``cameras`` (dicts of Camera fields, ``uuid`` to re-send one) and export.

        The catalogue binding is given back to ``back_to`` (an open campaign) afterwards.
        """
        ws = Workspace.open(self.root)
        try:
            walk = Walk.create(name=f"walk {next(_n)}")
            n = next(_n)
            photo = add_photo(
                ws, walk, leaky_jpeg(self.root / f"src{n}.jpg", color=(n % 250, 40, 90))
            )
            for spec in cameras:
                spec = dict(spec)
                existing = Camera.get_or_none(Camera.uuid == spec.get("uuid"))
                if existing is not None:
                    Camera.update(exported_at=None, **spec).where(
                        Camera.id == existing.id
                    ).execute()
                else:
                    add_camera(walk, [photo], **spec)
            return export_bundle(
                ws, self.key, out, Selection(all_unexported=True), pseudonym=self.name
            )
        finally:
            ws.close()
            if back_to is not None and back_to.db is not None:
                db_proxy.initialize(back_to.db)


def rewrite_zip(src: Path, dst: Path, replace: dict[str, bytes] | None = None) -> Path:
    """Copy a zip, replacing some members' bytes."""
    replace = replace or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, replace.get(info.filename, zin.read(info.filename)))
    return dst

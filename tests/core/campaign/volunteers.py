"""Real bundles made by the bundle exporter from generated volunteer workspaces."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import uuid
import zipfile
from pathlib import Path
from typing import Any

from surveyor.core.bundle.bagit_writer import BagZipWriter
from surveyor.core.bundle.export_selection import Selection
from surveyor.core.bundle.layout import SUBMISSION_SCHEMA
from surveyor.core.bundle.minisign import SecretKey, join_digest
from surveyor.core.bundle.writer import ExportResult, export_bundle
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
        self,
        out: Path,
        cameras: list[dict[str, Any]],
        back_to: Workspace | None = None,
        **export: Any,
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
                ws, self.key, out, Selection(all_unexported=True), pseudonym=self.name, **export
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


def feature(cam_uuid: str, camera_type: str, man_made: str = "surveillance") -> dict[str, Any]:
    """A camera feature as a bundle carries it (no photos)."""
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [20.462, 44.813]},
        "properties": {
            "man_made": man_made,
            "camera:type": camera_type,
            "surveyor:uuid": cam_uuid,
            "surveyor:observed": "2026-11-01",
            "surveyor:photos": [],
        },
    }


def craft_bundle(
    out: Path, key: SecretKey, features: list[dict[str, Any]], bagging_date: dt.date
) -> Path:
    """A signed bundle with a chosen Bagging-Date, written by the exporter's bag writer."""
    bundle_uuid = str(uuid.uuid4())
    with out.open("xb") as handle:
        writer = BagZipWriter(handle, bagging_date)
        writer.add_payload(
            "cameras.geojson",
            json.dumps({"type": "FeatureCollection", "features": features}).encode(),
        )
        submission = {
            "schema": SUBMISSION_SCHEMA,
            "bundle_uuid": bundle_uuid,
            "created": f"{bagging_date.isoformat()}T10:00:00Z",
            "pseudonym": "crafted",
            "key_id": key.key_id_hex,
            "cameras": [],
        }
        writer.add_payload("submission.json", json.dumps(submission).encode())
        comment = f"surveyor bundle {bundle_uuid} key {key.key_id_hex}"
        writer.finish(
            [
                ("External-Identifier", bundle_uuid),
                ("Surveyor-Pseudonym", "crafted"),
                ("Surveyor-Key-Id", key.key_id_hex),
                ("Surveyor-App-Version", "test"),
                ("Surveyor-Vocabulary-Version", "1"),
                ("Surveyor-Schema-Version", "1"),
            ],
            lambda tagmanifest: key.sign_digest(join_digest([tagmanifest]), comment).to_text(),
        )
    return out

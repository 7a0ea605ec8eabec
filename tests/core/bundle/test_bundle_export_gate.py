"""export-bundle never writes what the coordinator's gate would refuse: it names the camera."""

from __future__ import annotations

from pathlib import Path

import pytest

from surveyor.core.bundle.export_errors import ExportError
from surveyor.core.bundle.export_selection import Selection
from surveyor.core.bundle.minisign import SecretKey
from surveyor.core.bundle.writer import export_bundle
from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera
from tests.fixtures.bundles import make_survey


def test_a_value_stored_before_the_rules_is_named_before_export(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws") as ws:
        make_survey(ws, tmp_path, cameras=2)
        bad = Camera.select().order_by(Camera.id).first()
        Camera.update(model="IPC\x0b6625").where(Camera.id == bad.id).execute()
        out = tmp_path / "b.zip"
        with pytest.raises(ExportError) as info:
            export_bundle(ws, SecretKey.generate(), out, Selection(all_unexported=True))
        assert f"camera #{bad.id} ({bad.uuid}): model holds the control character U+000B" in str(
            info.value
        )
        assert not out.exists() and not list(tmp_path.glob(".b.zip*"))
        Camera.update(model="IPC6625").where(Camera.id == bad.id).execute()
        assert (
            export_bundle(ws, SecretKey.generate(), out, Selection(all_unexported=True)).cameras
            == 2
        )

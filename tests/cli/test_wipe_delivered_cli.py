"""``surveyor workspace wipe-delivered``: exactly what a verified receipt covers goes."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from surveyor.cli import main
from surveyor.core.bundle.minisign import SecretKey, sign_file
from surveyor.core.campaign.receipts import RECEIPT_SCHEMA, trusted_comment
from surveyor.core.vault.storage import Blob
from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera, Photo, Track
from tests.fixtures.survey_workspace import build_survey

PASS = "correct horse battery"


def _receipt(folder: Path, key: SecretKey, outcomes: dict[str, str]) -> Path:
    path = folder / "receipt-kestrel-2026-11-29-b1.json"
    doc = {
        "schema": RECEIPT_SCHEMA,
        "bundle_uuid": "b1",
        "coordinator_key_id": key.key_id_hex,
        "volunteer_key_id": "0000000000000000",
        "issued": "2026-11-29T10:00:00Z",
        "cameras": [{"uuid": u, "outcome": o} for u, o in outcomes.items()],
    }
    path.write_text(json.dumps(doc))
    sign_file(key, path, trusted_comment("b1", key.key_id_hex))
    return path


@pytest.mark.parametrize("encrypted", [False, True])
def test_wipe_removes_exactly_what_the_receipt_covers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, encrypted: bool
) -> None:
    survey = build_survey(tmp_path, photos=4)
    ws = str(survey.root)
    args = ["--workspace", ws] + (["--passphrase-stdin"] if encrypted else [])
    if encrypted:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
        assert main(["workspace", "encrypt", *args]) == 0
    coordinator = SecretKey.generate()
    delivered, kept = survey.camera_uuids
    receipt = _receipt(tmp_path, coordinator, {delivered: "new", kept: "rejected"})
    pubkey = coordinator.public_key.to_base64()

    # A receipt checked against another key justifies nothing.
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    other = SecretKey.generate().public_key.to_base64()
    assert main(["workspace", "wipe-delivered", *args, str(receipt), "--pubkey", other]) == 2

    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    assert main(["workspace", "wipe-delivered", *args, str(receipt), "--pubkey", pubkey]) == 0
    listing = capsys.readouterr().out
    assert f"remove photo {survey.names[0]}" in listing
    assert f"remove photo {survey.names[1]}" in listing
    assert survey.names[2] not in listing.split("keep camera")[0]
    assert "remove track" not in listing  # photos of the walk remain: the track stays
    assert f"keep camera {kept}" in listing
    assert "nothing removed yet" in listing

    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    assert (
        main(["workspace", "wipe-delivered", *args, str(receipt), "--pubkey", pubkey, "--yes"]) == 0
    )
    with Workspace.open(survey.root, PASS if encrypted else None) as workspace:
        left = {str(p.sha256) for p in Photo.select()}
        assert left == set(survey.hashes[2:])
        assert {str(c.uuid) for c in Camera.select()} == set(survey.camera_uuids)
        assert Track.select().count() == 1
        storage = workspace.storage
        for sha in survey.hashes[:2]:
            for blob in (Blob.original(sha, ".jpg"), Blob.thumbnail(sha, 256)):
                assert not storage.exists(blob) and not storage.path_of(blob).exists()
        for sha in survey.hashes[2:]:
            assert storage.read_bytes(Blob.original(sha, ".jpg")).startswith(b"\xff\xd8")

    # The rest delivered too: now the walk has no photo left and its track goes.
    everything = _receipt(tmp_path, coordinator, {delivered: "new", kept: "confirmed"})
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    assert (
        main(["workspace", "wipe-delivered", *args, str(everything), "--pubkey", pubkey, "--yes"])
        == 0
    )
    assert "remove track" in capsys.readouterr().out
    with Workspace.open(survey.root, PASS if encrypted else None):
        assert Photo.select().count() == 0 and Track.select().count() == 0
        assert Camera.select().count() == 2

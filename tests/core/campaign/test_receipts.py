"""Signed receipts and the signed known-cameras file, checked by us and by the real minisign."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from surveyor.core.bundle.minisign import SecretKey
from surveyor.core.campaign import keyring
from surveyor.core.campaign.intake import Intake
from surveyor.core.campaign.known_cameras_export import (
    KnownCamerasSignatureError,
    export_known_cameras,
    verify_known_cameras,
)
from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.campaign.receipts import ReceiptError, read_receipt, write_receipt
from surveyor.core.map.known_cameras import load_known_cameras
from surveyor.store.campaign_models import ReceivedBundle
from tests.core.campaign.volunteers import Volunteer


def test_receipt_lists_each_camera_and_verifies(campaign, tmp_path: Path) -> None:
    coordinator = SecretKey.generate()
    a = Volunteer(tmp_path, "kestrel")
    keyring.add_key(a.public, a.name, trust=True)
    made = a.bundle(tmp_path / "a.zip", [{"lat": 44.81}, {"lat": 44.82}], campaign)
    intake = Intake(
        campaign, on_merged=lambda b, r: write_receipt(campaign, b, r.outcomes, coordinator)
    )
    result = intake.merge(made.path)
    assert result.receipt is not None and result.receipt.is_file()
    receipt = read_receipt(result.receipt, coordinator.public_key)
    assert receipt.verified
    assert receipt.cameras == {u: "new" for u in made.camera_uuids}
    assert receipt.bundle_uuid == made.bundle_uuid
    subprocess.run(
        ["minisign", "-Vm", str(result.receipt), "-P", coordinator.public_key.to_base64()],
        check=True, capture_output=True,
    )  # fmt: skip


def test_altered_receipt_or_wrong_key_is_refused(campaign, tmp_path: Path) -> None:
    coordinator = SecretKey.generate()
    bundle = ReceivedBundle.create(
        bundle_uuid="b-1", sha256="0" * 64, key_id="A" * 16, file_name="x.zip", status="merged"
    )
    path = write_receipt(campaign, bundle, [("cam-1", "conflict")], coordinator)
    with pytest.raises(ReceiptError, match="does not verify"):
        read_receipt(path, SecretKey.generate().public_key)
    doc = json.loads(path.read_text())
    doc["cameras"][0]["outcome"] = "new"
    path.write_text(json.dumps(doc))
    with pytest.raises(ReceiptError, match="does not match"):
        read_receipt(path, coordinator.public_key)
    assert read_receipt(path).verified is False  # without the key: read, but not verified


def test_known_cameras_file_loads_in_the_map_layer_and_verifies(campaign, tmp_path) -> None:
    from tests.core.campaign.factory import place, sighting

    place(sighting("A", 0, 0, camera_type="dome", direction=45), sighting("B", 50, 0))
    key = SecretKey.generate()
    out, sig = export_known_cameras(load_consensus(), tmp_path / "known.geojson", key)
    cams = load_known_cameras(out)
    assert len(cams) == 2 and cams[0].camera_type == "dome" and cams[0].directions == (45.0,)
    subprocess.run(
        ["minisign", "-Vm", str(out), "-x", str(sig), "-P", key.public_key.to_base64()],
        check=True, capture_output=True,
    )  # fmt: skip
    assert verify_known_cameras(out, key.public_key).startswith("surveyor known cameras 2 ")
    with pytest.raises(KnownCamerasSignatureError, match="signed by key"):
        verify_known_cameras(out, SecretKey.generate().public_key)
    out.write_text(out.read_text().replace("dome", "fixed"))
    with pytest.raises(KnownCamerasSignatureError, match="does not match the file"):
        verify_known_cameras(out, key.public_key)

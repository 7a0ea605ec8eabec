"""A volunteer opens a receipt: outcomes per camera, the signature checked, their own cameras."""

from __future__ import annotations

import json
from pathlib import Path

from surveyor.core.bundle.minisign import SecretKey
from surveyor.core.campaign.receipts import write_receipt
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import ReceivedBundle
from surveyor.store.models import Camera
from surveyor.ui.campaign.receipt_dialog import ReceiptDialog


def test_volunteer_reads_a_signed_receipt(qtbot, tmp_path: Path) -> None:
    coordinator = SecretKey.generate()
    ws = Workspace.open(tmp_path / "volunteer")
    try:
        mine = Camera.create(latitude=44.81, longitude=20.46)
        bundle = ReceivedBundle.create(
            bundle_uuid="b-1", sha256="0" * 64, key_id="A" * 16, file_name="x.zip", status="merged"
        )
        path = write_receipt(
            ws, bundle, [(mine.uuid, "confirmed"), ("someone-else", "conflict")], coordinator
        )
        dialog = ReceiptDialog()
        qtbot.addWidget(dialog)
        dialog.choose_receipt = lambda: str(path)
        dialog.open_button.click()
        assert "NOT checked" in dialog.summary.text()
        assert dialog.table.rowCount() == 2
        dialog.pubkey.setText(coordinator.public_key.to_base64())
        dialog.check_button.click()
        assert dialog.receipt is not None and dialog.receipt.verified
        assert "1 confirmed, 1 waiting for review" in dialog.summary.text()
        assert [dialog.table.item(r, 2).text() for r in range(2)] == ["yes", "no"]

        doc = json.loads(path.read_text())
        doc["cameras"][1]["outcome"] = "new"
        path.write_text(json.dumps(doc))
        dialog.check_button.click()
        assert dialog.receipt is None and "Not accepted" in dialog.summary.text()
        assert dialog.table.rowCount() == 0
    finally:
        ws.close()

"""Receipts checked against the joined campaign's key, so volunteers need no ``--pubkey``."""

from __future__ import annotations

from pathlib import Path

from surveyor.core.campaign.receipts import read_receipt
from surveyor.core.kit.joined import JoinedCampaign, campaign_for_key


def campaign_for_receipt(path: Path) -> JoinedCampaign | None:
    """The joined campaign whose coordinator the receipt names (its signature must then verify
    against that campaign's key); None when it names none of them. ``ReceiptError`` when the
    file is not a receipt."""
    return campaign_for_key(read_receipt(path, None).coordinator_key_id)

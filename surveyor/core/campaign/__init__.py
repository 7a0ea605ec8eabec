"""The coordinator's campaign: keyring, bundle intake, clustering, consensus, review, outputs.

A campaign is a workspace (``Workspace.open(dir)``) whose catalogue also holds the campaign
tables; quarantined bundles and issued receipts live in folders beside the catalogue.
"""

from __future__ import annotations

from pathlib import Path

from surveyor.core.workspace import Workspace


def quarantine_dir(ws: Workspace) -> Path:
    """Bundles signed by a key not (yet) trusted, kept unextracted until released."""
    return ws.root / "quarantine"


def bundles_dir(ws: Workspace) -> Path:
    """Merged bundles kept exactly as received (signed evidence; photos are read from them)."""
    return ws.root / "bundles"


def receipts_dir(ws: Workspace) -> Path:
    """Signed receipts issued to volunteers, one per merged bundle."""
    return ws.root / "receipts"

"""Photos of sightings, read from the signed bundles the campaign keeps (never unpacked)."""

from __future__ import annotations

import hashlib
import re

from surveyor.core.bundle.safezip import SafeZip, UnsafeZipError, ZipLimits
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import ReceivedBundle, Sighting

_SHA = re.compile(r"^[0-9a-f]{64}$")


def sighting_photo(ws: Workspace, sighting: Sighting, sha: str) -> bytes | None:
    """The JPEG ``sha`` of a sighting, checked against its name; None if it cannot be had."""
    if not _SHA.match(sha):
        return None
    bundle = ReceivedBundle.get_or_none(ReceivedBundle.id == sighting.bundle_id)
    if bundle is None or not bundle.stored_path:
        return None
    try:
        with SafeZip.open(ws.root / bundle.stored_path) as z:
            data = z.read(f"data/photos/{sha}.jpg", ZipLimits().max_member_size)
    except (UnsafeZipError, KeyError, OSError):
        return None
    return data if hashlib.sha256(data).hexdigest() == sha else None

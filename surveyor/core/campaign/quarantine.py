"""Bundles waiting for their key: list them, and merge them once the key is trusted."""

from __future__ import annotations

from pathlib import Path

from surveyor.core.bundle.verify import verify_bundle
from surveyor.core.campaign.intake import Intake
from surveyor.core.campaign.intake_result import DUPLICATE, REFUSED, IntakeResult
from surveyor.core.campaign.keyring import lookup, public_key_of
from surveyor.store.campaign_models import BUNDLE_MERGED, BUNDLE_QUARANTINED, ReceivedBundle


def merged_bundle(key_id: str, bundle_uuid: str) -> ReceivedBundle | None:
    """The merged bundle known by (key, bundle id), if any."""
    return ReceivedBundle.get_or_none(
        (ReceivedBundle.key_id == key_id)
        & (ReceivedBundle.bundle_uuid == bundle_uuid)
        & (ReceivedBundle.status == BUNDLE_MERGED)
    )


def release_quarantined(intake: Intake, key_id: str) -> list[IntakeResult]:
    """Merge the bundles that waited for ``key_id`` (call after trusting it).

    A waiting copy that is now refused for good (its signature is not this key's, say) leaves
    the quarantine: the refusal is on record and it holds nothing back. One refused for a
    passing reason (the database could not be written) keeps waiting.
    """
    waiting = ReceivedBundle.select().where(
        (ReceivedBundle.status == BUNDLE_QUARANTINED) & (ReceivedBundle.key_id == key_id.upper())
    )
    results = []
    for bundle in list(waiting):
        stored = intake.ws.root / bundle.stored_path
        result = intake.merge(stored)
        result.file = Path(bundle.file_name)
        if result.status == DUPLICATE or (result.status == REFUSED and _forged(stored, key_id)):
            ReceivedBundle.delete().where(ReceivedBundle.id == bundle.id).execute()
            stored.unlink(missing_ok=True)
        results.append(result)
    return results


def _forged(stored: Path, key_id: str) -> bool:
    """True when the waiting copy does not verify against the now-trusted key (a lasting
    reason); a passing failure, such as a full disk, leaves it waiting for another try."""
    key = lookup(key_id)
    if key is None or not stored.is_file():
        return True
    return not verify_bundle(stored, public_key_of(key)).valid


def quarantined() -> list[ReceivedBundle]:
    return list(ReceivedBundle.select().where(ReceivedBundle.status == BUNDLE_QUARANTINED))

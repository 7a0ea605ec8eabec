"""Signed receipts: what the campaign did with each camera of a bundle.

The coordinator signs ``receipt-<volunteer>-<date>-<bundle id>.json`` with their minisign
key (a detached ``.minisig``; the trusted comment names the bundle and the key). The volunteer
checks it with the coordinator's public key and sees, per camera UUID, whether it was
``new``, ``confirmed`` (matched a camera others saw, or re-sent unchanged), ``conflict``
(waiting for a person) or ``rejected``.

A receipt is written right after the merge commits and its path recorded on the bundle; a
bundle whose receipt was never written (the run was killed in between, or the coordinator had
no key yet) gets it on the next run with a key (``reissue_missing``), and any receipt can be
issued again (``reissue_receipt``, ``surveyor receipt --reissue``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from surveyor.core.bundle.minisign import (
    MinisignError,
    PublicKey,
    SecretKey,
    Signature,
    join_digest,
    sign_file,
)
from surveyor.core.campaign import receipts_dir
from surveyor.core.messages import Message
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import BUNDLE_MERGED, ReceivedBundle, Sighting, VolunteerKey

RECEIPT_SCHEMA = "surveyor.receipt/1"
OUTCOMES = ("new", "confirmed", "conflict", "rejected")
MAX_RECEIPT = 16 * 2**20


class ReceiptError(ValueError):
    """A receipt that cannot be read, or whose signature does not check out."""


@dataclass(frozen=True)
class Receipt:
    path: Path
    bundle_uuid: str
    coordinator_key_id: str
    volunteer_key_id: str
    issued: str
    cameras: dict[str, str]  # camera uuid -> outcome
    verified: bool  # checked against the coordinator's public key

    def counts(self) -> dict[str, int]:
        return {o: sum(1 for v in self.cameras.values() if v == o) for o in OUTCOMES}

    def issued_line(self) -> str:
        """``Issued 16/05/2026 12:00``: when the coordinator signed it (the window shows the
        time in the user's zone and locale); "" when the receipt does not say."""
        try:
            when = dt.datetime.fromisoformat(self.issued.replace("Z", "+00:00"))
        except ValueError:
            return ""
        return Message("Issued {when:%Y-%m-%d %H:%M}", when=when)


def trusted_comment(bundle_uuid: str, key_id: str) -> str:
    return f"surveyor receipt {bundle_uuid} key {key_id}"


def receipt_document(
    bundle: ReceivedBundle, outcomes: list[tuple[str, str]], coordinator_key_id: str
) -> dict[str, Any]:
    return {
        "schema": RECEIPT_SCHEMA,
        "bundle_uuid": bundle.bundle_uuid,
        "bundle_sha256": bundle.sha256,
        "volunteer_key_id": bundle.key_id,
        "volunteer": _keyring_name(bundle.key_id),
        "coordinator_key_id": coordinator_key_id,
        "issued": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "cameras": [{"uuid": u, "outcome": o} for u, o in outcomes],
    }


def _keyring_name(key_id: str) -> str:
    """The sender as the coordinator's keyring names them (never the bundle's own claim)."""
    key = VolunteerKey.get_or_none(VolunteerKey.key_id == key_id)
    return str(key.pseudonym) if key is not None and key.pseudonym else key_id


def _file_safe(name: str) -> str:
    """A volunteer's name as a file name part: letters and digits kept, the rest ``-``."""
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in name).strip("-")
    while "--" in cleaned:
        cleaned = cleaned.replace("--", "-")
    return cleaned[:40] or "volunteer"


def _receipt_path(ws: Workspace, bundle: ReceivedBundle) -> Path:
    """``receipt-<volunteer>-<date>-<bundle id, first 8>.json``, so a coordinator sending
    receipts finds each by who it is for; a receipt written before keeps its name. A second
    key that used the same bundle id gets its own name."""
    folder = receipts_dir(ws)
    if bundle.receipt_path:
        return folder / Path(bundle.receipt_path).name
    earlier = ReceivedBundle.get_or_none(
        (ReceivedBundle.bundle_uuid == bundle.bundle_uuid)
        & (ReceivedBundle.status == BUNDLE_MERGED)
        & (ReceivedBundle.key_id != bundle.key_id)
        & (ReceivedBundle.id < bundle.id)
    )
    suffix = f"-{bundle.key_id}" if earlier is not None else ""
    who = _file_safe(_keyring_name(bundle.key_id))
    day = dt.date.today().isoformat()
    return folder / f"receipt-{who}-{day}-{bundle.bundle_uuid[:8]}{suffix}.json"


def write_receipt(
    ws: Workspace, bundle: ReceivedBundle, outcomes: list[tuple[str, str]], key: SecretKey
) -> Path:
    """Write and sign the receipt in the campaign's ``receipts/``; return the JSON's path.

    The bundle row records the path once the signature is written, so a receipt that was
    never finished is issued again on the next run.
    """
    out = _receipt_path(ws, bundle)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = receipt_document(bundle, outcomes, key.key_id_hex)
    part = out.with_name(f".{out.name}.part")
    part.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    os.replace(part, out)
    sign_file(key, out, trusted_comment(bundle.bundle_uuid, key.key_id_hex))
    ReceivedBundle.update(receipt_path=str(out)).where(ReceivedBundle.id == bundle.id).execute()
    return out


def _outcomes(bundle: ReceivedBundle) -> list[tuple[str, str]]:
    rows = Sighting.select().where(Sighting.bundle == bundle.id).order_by(Sighting.id)
    return [(r.camera_uuid, r.outcome) for r in rows]


def reissue_receipt(
    ws: Workspace, bundle_uuid: str, key: SecretKey, volunteer_key_id: str | None = None
) -> Path:
    """A receipt for an already-merged bundle, with each camera's current outcome."""
    query = ReceivedBundle.select().where(
        (ReceivedBundle.bundle_uuid == bundle_uuid.strip().lower())
        & (ReceivedBundle.status == BUNDLE_MERGED)
    )
    if volunteer_key_id:
        query = query.where(ReceivedBundle.key_id == volunteer_key_id.strip().upper())
    found = list(query)
    if not found:
        raise ReceiptError(
            Message("no merged bundle {bundle} in this campaign", bundle=bundle_uuid)
        )
    if len(found) > 1:
        keys = ", ".join(b.key_id for b in found)
        raise ReceiptError(
            Message(
                "bundle {bundle} was sent by several keys ({keys}): name one",
                bundle=bundle_uuid,
                keys=keys,
            )
        )
    return write_receipt(ws, found[0], _outcomes(found[0]), key)


def merged_bundles() -> list[ReceivedBundle]:
    """Every merged bundle, oldest first (what a receipt can be issued for)."""
    query = ReceivedBundle.select().where(ReceivedBundle.status == BUNDLE_MERGED)
    return list(query.order_by(ReceivedBundle.id))


def missing_receipts() -> list[ReceivedBundle]:
    """Merged bundles whose signed receipt was never written."""
    return list(
        ReceivedBundle.select()
        .where((ReceivedBundle.status == BUNDLE_MERGED) & (ReceivedBundle.receipt_path == ""))
        .order_by(ReceivedBundle.id)
    )


def reissue_missing(ws: Workspace, key: SecretKey) -> list[Path]:
    """Write every receipt that a merge left unwritten; return their paths."""
    return [write_receipt(ws, b, _outcomes(b), key) for b in missing_receipts()]


def read_receipt(path: Path, coordinator: PublicKey | None = None) -> Receipt:
    """Read a receipt; with the coordinator's key, its signature must verify."""
    sig_path = path.with_name(path.name + ".minisig")
    try:
        if path.stat().st_size > MAX_RECEIPT:
            raise ReceiptError(Message("{path}: too large to be a receipt", path=path))
        raw = path.read_bytes()
        doc = json.loads(raw)
    except OSError as exc:
        raise ReceiptError(Message("{path}: cannot be read ({exc})", path=path, exc=exc)) from exc
    except ValueError as exc:
        raise ReceiptError(Message("{path}: not JSON ({exc})", path=path, exc=exc)) from exc
    if not isinstance(doc, dict) or doc.get("schema") != RECEIPT_SCHEMA:
        raise ReceiptError(Message("{path}: not a Surveyor receipt", path=path))
    cameras = doc.get("cameras")
    if not isinstance(cameras, list) or not all(
        isinstance(c, dict) and c.get("outcome") in OUTCOMES and isinstance(c.get("uuid"), str)
        for c in cameras
    ):
        raise ReceiptError(Message("{path}: the camera list is malformed", path=path))
    verified = False
    if coordinator is not None:
        try:
            signature = Signature.from_text(sig_path.read_text(encoding="utf-8"))
            coordinator.verify(join_digest([raw]), signature)
        except OSError as exc:
            raise ReceiptError(
                Message("{path}: the signature file cannot be read ({exc})", path=sig_path, exc=exc)
            ) from exc
        except MinisignError as exc:
            raise ReceiptError(
                Message("{path}: signature does not verify: {exc}", path=path, exc=exc)
            ) from exc
        expected = trusted_comment(str(doc.get("bundle_uuid")), coordinator.key_id_hex)
        if signature.trusted_comment != expected:
            raise ReceiptError(
                Message("{path}: the signature was made for another receipt", path=path)
            )
        verified = True
    return Receipt(
        path=path,
        bundle_uuid=str(doc.get("bundle_uuid")),
        coordinator_key_id=str(doc.get("coordinator_key_id")),
        volunteer_key_id=str(doc.get("volunteer_key_id")),
        issued=str(doc.get("issued")),
        cameras={c["uuid"]: c["outcome"] for c in cameras},
        verified=verified,
    )

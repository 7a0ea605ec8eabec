"""Take bundles from volunteers into the campaign: check first, extract only what checks out.

For each file, in this order:

1. ``.zip.age``: decrypted with the coordinator's age identity into the campaign's ``tmp/``.
2. The archive is opened with ``safezip`` and the bag checked *without* trusting anyone yet
   (structure, every hash, no links/``..``/devices, size and compression-ratio limits, then
   the gate in ``bundle_gate``: every file's schema, vocabulary, ranges, clean text, photo
   headers): a hostile or damaged file is refused with the reason, and nothing is unpacked.
3. A bundle is known by (signing key, bundle UUID). The same pair already merged with the
   same bytes → ``duplicate`` (a no-op); with different bytes → refused. A quarantined copy
   reserves nothing: someone else's key claiming the same UUID never blocks the real one.
4. The signer's key: unknown or not yet trusted → ``quarantined`` (the file is kept, unopened,
   until the coordinator trusts the key); revoked → refused.
5. The signature is verified against the trusted key (``read_submission``); the bundle is kept
   as received in ``bundles/`` (the signed evidence, and where its photos are read from, each
   checked against its SHA-256 name) and the cameras become sightings, placed into campaign
   cameras in one transaction.

How the cameras become sightings (and a re-sent camera an update) is ``sighting_intake``; where
files are kept, ``received_files``; waiting bundles, ``quarantine``. Whatever happens inside
one bundle, the batch goes on.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from peewee import DatabaseError

from surveyor.core.bundle.safezip import ZipLimits
from surveyor.core.bundle.verify import (
    BundleInvalid,
    read_submission,
    verify_bundle,
)
from surveyor.core.campaign.age_identity import campaign_age_secret
from surveyor.core.campaign.intake_result import (
    DUPLICATE,
    MERGED,
    QUARANTINED,
    REFUSED,
    IntakeResult,
)
from surveyor.core.campaign.keyring import lookup, public_key_of
from surveyor.core.campaign.placement import Placer
from surveyor.core.campaign.received_files import (
    bag_header,
    keep_bundle,
    problems_text,
    quarantine,
    sha256_file,
)
from surveyor.core.campaign.sighting_intake import known_sightings, take_camera
from surveyor.core.messages import Message
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import (
    BUNDLE_MERGED,
    BUNDLE_QUARANTINED,
    KEY_REVOKED,
    KEY_TRUSTED,
    ReceivedBundle,
    RefusedBundle,
)
from surveyor.store.models import _now, db_proxy

MAX_PHOTO = ZipLimits().max_member_size
_KEY_ID = re.compile(r"^[0-9A-F]{16}$")
_INSERT_SQL: dict[tuple[str, ...], str] = {}


class Intake:
    """Merge bundles into one campaign; keep one instance for a whole batch (one index build)."""

    def __init__(
        self,
        ws: Workspace,
        *,
        age_identity: str | None = None,
        on_merged: Callable[[ReceivedBundle, IntakeResult], Path | None] | None = None,
    ) -> None:
        self.ws = ws
        self.age_identity = age_identity
        # Bundles volunteers encrypted for the campaign (its kit's recipient) need no identity.
        self.campaign_age = campaign_age_secret(ws.root)
        self.on_merged = on_merged  # e.g. issue a signed receipt
        self._placer: Placer | None = None

    @property
    def placer(self) -> Placer:
        if self._placer is None:
            self._placer = Placer()
        return self._placer

    # -- the steps -------------------------------------------------------------------------

    def merge_many(self, paths: Iterable[Path]) -> list[IntakeResult]:
        return [self.merge(Path(p)) for p in paths]

    def merge(self, path: Path) -> IntakeResult:
        """Take one file; never raises (the result says what happened, and why).

        Whatever goes wrong inside one bundle (a bug included) becomes that bundle's refusal,
        so a batch always goes on to the next file.
        """
        try:
            if not path.is_file():
                return self._refuse(path, "", Message("not a file (or cannot be read)"))
            if path.name.endswith(".age"):
                return self._merge_encrypted(path)
            return self._merge_zip(path, path)
        except Exception as exc:  # the last line of defence for the batch, not a code path
            self._placer = None
            reason = Message(
                "could not be merged ({kind}: {detail})",
                kind=type(exc).__name__,
                detail=str(exc)[:200],
            )
            try:
                return self._refuse(path, "", reason)
            except Exception:  # even the refusal could not be recorded: still say why
                return IntakeResult(path, REFUSED, reason)

    def _merge_encrypted(self, path: Path) -> IntakeResult:
        if not self.age_identity and not self.campaign_age:
            return self._refuse(
                path, "", Message("encrypted with age: give the coordinator's age identity")
            )
        import pyrage

        try:
            identities = [
                pyrage.x25519.Identity.from_str(secret.strip())
                for secret in (self.age_identity, self.campaign_age)
                if secret
            ]
        except Exception:
            return self._refuse(
                path, "", Message("the age identity given is not AGE-SECRET-KEY-1…")
            )
        self.ws.tmp_dir.mkdir(parents=True, exist_ok=True)
        plain = self.ws.tmp_dir / f"{os.getpid()}-{path.name.removesuffix('.age')}"
        try:
            try:
                pyrage.decrypt_file(str(path), str(plain), identities)
            except Exception as exc:
                return self._refuse(
                    path,
                    "",
                    Message("cannot be decrypted with this identity ({exc})", exc=exc),
                )
            return self._merge_zip(plain, path)
        finally:
            plain.unlink(missing_ok=True)

    def _merge_zip(self, path: Path, shown: Path) -> IntakeResult:
        try:
            sha = sha256_file(path)
        except OSError as exc:
            return self._refuse(shown, "", Message("cannot be read ({exc})", exc=exc))
        info = bag_header(path)
        if info is None:  # unreadable or hostile: the full check names every problem
            problems = verify_bundle(path, None).problems
            reason = (
                problems_text(problems)
                if problems
                else Message("bag-info.txt: no External-Identifier or Surveyor-Key-Id to go by")
            )
            return self._refuse(shown, sha, reason)
        bundle_uuid, key_id = info["External-Identifier"], info["Surveyor-Key-Id"]
        claimed = info.get("Surveyor-Pseudonym", "")
        result = IntakeResult(shown, "", "", bundle_uuid, key_id, claimed_pseudonym=claimed)
        key = lookup(key_id)
        result.pseudonym = key.pseudonym if key is not None else ""
        copies = list(
            ReceivedBundle.select().where(
                (ReceivedBundle.key_id == key_id) & (ReceivedBundle.bundle_uuid == bundle_uuid)
            )
        )  # one query: the merged copy (at most one) and any copies waiting in quarantine
        merged = next((b for b in copies if b.status == BUNDLE_MERGED), None)
        if merged is not None and merged.sha256 != sha:
            return self._refuse(
                shown,
                sha,
                Message(
                    "bundle {bundle} from key {key} was already merged with different content",
                    bundle=bundle_uuid,
                    key=key_id,
                ),
                result,
            )
        if merged is not None:
            result.status = DUPLICATE
            result.reason = Message("bundle {bundle} was already merged", bundle=bundle_uuid)
            return result
        existing = next(
            (b for b in copies if b.status == BUNDLE_QUARANTINED and b.sha256 == sha), None
        )
        if key is not None and key.status == KEY_REVOKED:
            why = Message("signed by revoked key {key} ({name})", key=key_id, name=key.pseudonym)
            return self._refuse(shown, sha, why, result)
        if key is None or key.status != KEY_TRUSTED:
            why = (
                Message("signed by unknown key {key}", key=key_id)
                if key is None
                else Message(
                    "key {key} ({name}) is not trusted yet", key=key_id, name=key.pseudonym
                )
            )
            # Structure, hashes, contents and archive safety are checked now; the signature
            # too when the key is known. Unknown keys: when the key is added and trusted.
            pub = public_key_of(key) if key is not None else None
            problems = verify_bundle(path, pub).problems
            if problems:
                return self._refuse(shown, sha, problems_text(problems), result)
            quarantine(self.ws, path, sha, result, existing, why)
            result.status, result.reason = QUARANTINED, why
            return result
        try:
            submission = read_submission(path, public_key_of(key))
        except BundleInvalid as exc:
            reason = problems_text(exc.report.problems) if exc.report.problems else str(exc)
            return self._refuse(shown, sha, reason, result)
        waited = existing.stored_path if existing is not None else ""
        try:
            kept = keep_bundle(self.ws, path, key_id, bundle_uuid)
        except OSError as exc:
            why = Message("cannot be stored in the campaign ({exc})", exc=exc)
            return self._refuse(shown, sha, why, result)
        try:
            # IMMEDIATE: the write lock from the start, so ids handed out in the batch stay ours.
            with db_proxy.atomic(lock_type="IMMEDIATE"):
                bundle = self._record_bundle(existing, submission, shown, sha, info, kept)
                uuids = [c.uuid for c in submission.cameras]
                known = known_sightings(bundle.key_id, uuids)
                self.placer.begin_batch()
                for camera in submission.cameras:
                    outcome = take_camera(self.placer, bundle, camera, known.get(camera.uuid))
                    result.outcomes.append((camera.uuid, outcome))
                self.placer.flush()
        except DatabaseError as exc:  # rolled back: nothing of this bundle was saved
            self._placer = None  # its in-memory index may hold what was rolled back
            if kept != waited:
                (self.ws.root / kept).unlink(missing_ok=True)
            why = Message("could not be saved in the campaign ({exc})", exc=exc)
            return self._refuse(shown, sha, why, result)
        result.status = MERGED
        if waited and waited != kept:  # released from quarantine: now kept with the others
            (self.ws.root / waited).unlink(missing_ok=True)
        if self.on_merged is not None:
            # A receipt that cannot be written now is re-issued on the next run (its
            # receipt_path stays empty); the merge itself is done and stays done.
            try:
                result.receipt = self.on_merged(bundle, result)
            except Exception as exc:
                result.reason = Message(
                    "merged, but the receipt could not be written ({exc})", exc=exc
                )
            if result.receipt is not None:
                ReceivedBundle.update(receipt_path=str(result.receipt)).where(
                    ReceivedBundle.id == bundle.id
                ).execute()
        return result

    # -- helpers ---------------------------------------------------------------------------

    def _refuse(
        self, path: Path, sha: str, reason: str, known: IntakeResult | None = None
    ) -> IntakeResult:
        """Record the refusal; ``known`` keeps what the bundle says of its key and id."""
        RefusedBundle.create(file_name=str(path), sha256=sha, reason=reason)
        result = known or IntakeResult(path, "", "")
        result.status, result.reason, result.outcomes = REFUSED, reason, []
        return result

    def _record_bundle(
        self,
        existing: ReceivedBundle | None,
        submission: Any,
        shown: Path,
        sha: str,
        bag_info: dict[str, str],
        kept: str,
    ) -> ReceivedBundle:
        fields = {
            "status": BUNDLE_MERGED,
            "reason": "",
            "stored_path": kept,
            "merged_at": _now(),
            "pseudonym": submission.pseudonym,  # what the bundle claims; the keyring names it
            "bagging_date": bag_info.get("Bagging-Date", ""),
            "sequence": submission.sequence,
        }
        if existing is not None:
            for name, value in fields.items():
                setattr(existing, name, value)
            existing.save()
            return existing
        bundle: ReceivedBundle = ReceivedBundle.create(
            bundle_uuid=submission.bundle_uuid,
            sha256=sha,
            key_id=submission.key_id,
            file_name=shown.name,
            **fields,
        )
        return bundle

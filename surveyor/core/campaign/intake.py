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

A newer bundle from the same volunteer that re-sends a camera UUID updates that sighting; the
old state is kept in ``SightingRevision``. "Newer" is the volunteer's signed export counter
(``sequence`` in ``submission.json``), never the order of arrival: an older bundle cannot
overwrite a newer one. Whatever happens inside one bundle, the batch goes on.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import DatabaseError

from surveyor.core.bundle.safezip import SafeZip, UnsafeZipError, ZipLimits
from surveyor.core.bundle.verify import (
    BundleInvalid,
    Problem,
    SubmittedCamera,
    read_submission,
    verify_bundle,
)
from surveyor.core.campaign import bundles_dir, quarantine_dir
from surveyor.core.campaign.age_identity import campaign_age_secret
from surveyor.core.campaign.cluster import Member
from surveyor.core.campaign.keyring import lookup, public_key_of
from surveyor.core.campaign.placement import CONFIRMED, REJECTED, Placer
from surveyor.core.campaign.sighting_fields import COMPARED, sighting_values, snapshot
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import (
    BUNDLE_MERGED,
    BUNDLE_QUARANTINED,
    KEY_REVOKED,
    KEY_TRUSTED,
    ReceivedBundle,
    RefusedBundle,
    Sighting,
    SightingRevision,
)
from surveyor.store.models import _now, db_proxy

MERGED, DUPLICATE, QUARANTINED, REFUSED = "merged", "duplicate", "quarantined", "refused"
MAX_PHOTO = ZipLimits().max_member_size
_KEY_ID = re.compile(r"^[0-9A-F]{16}$")
_INSERT_SQL: dict[tuple[str, ...], str] = {}


@dataclass
class IntakeResult:
    """What happened to one file; ``to_json()`` is one entry of ``surveyor merge --json``."""

    file: Path
    status: str
    reason: str = ""
    bundle_uuid: str | None = None
    key_id: str | None = None
    pseudonym: str | None = None  # the keyring's name for the signing key
    outcomes: list[tuple[str, str]] = field(default_factory=list)  # (camera uuid, outcome)
    receipt: Path | None = None
    claimed_pseudonym: str = ""  # what the bundle says about itself: a claim, not a name

    @property
    def ok(self) -> bool:
        return self.status in (MERGED, DUPLICATE)

    def counts(self) -> dict[str, int]:
        return dict(Counter(outcome for _, outcome in self.outcomes))

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.file),
            "status": self.status,
            "reason": self.reason,
            "bundle_uuid": self.bundle_uuid,
            "key_id": self.key_id,
            "pseudonym": self.pseudonym,
            "claimed_pseudonym": self.claimed_pseudonym,
            "cameras": self.counts(),
            "receipt": str(self.receipt) if self.receipt else None,
        }


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _bag_header(path: Path) -> dict[str, str] | None:
    """``bag-info.txt`` read from the safety-checked archive (nothing extracted), or None."""
    try:
        with SafeZip.open(path) as z:
            if "bag-info.txt" not in z.names:
                return None
            text = z.read("bag-info.txt", 1 << 16).decode("utf-8")
    except (UnsafeZipError, UnicodeDecodeError):
        return None
    info: dict[str, str] = {}
    for line in text.splitlines():
        label, sep, value = line.partition(":")
        if sep:
            info[label.strip()] = value.strip()
    if not info.get("External-Identifier") or not _KEY_ID.match(info.get("Surveyor-Key-Id", "")):
        return None
    return info


def _problems_text(problems: Sequence[Problem], shown: int = 5) -> str:
    """``file: reason; file: reason …`` — every problem names its file."""
    text = "; ".join(f"{p.file}: {p.reason}" for p in problems[:shown])
    return text + (f" (and {len(problems) - shown} more)" if len(problems) > shown else "")


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
                return self._refuse(path, "", "not a file (or cannot be read)")
            if path.name.endswith(".age"):
                return self._merge_encrypted(path)
            return self._merge_zip(path, path)
        except Exception as exc:  # the last line of defence for the batch, not a code path
            self._placer = None
            reason = f"could not be merged ({type(exc).__name__}: {str(exc)[:200]})"
            try:
                return self._refuse(path, "", reason)
            except Exception:  # even the refusal could not be recorded: still say why
                return IntakeResult(path, REFUSED, reason)

    def _merge_encrypted(self, path: Path) -> IntakeResult:
        if not self.age_identity and not self.campaign_age:
            return self._refuse(path, "", "encrypted with age: give the coordinator's age identity")
        import pyrage

        try:
            identities = [
                pyrage.x25519.Identity.from_str(secret.strip())
                for secret in (self.age_identity, self.campaign_age)
                if secret
            ]
        except Exception:
            return self._refuse(path, "", "the age identity given is not AGE-SECRET-KEY-1…")
        self.ws.tmp_dir.mkdir(parents=True, exist_ok=True)
        plain = self.ws.tmp_dir / f"{os.getpid()}-{path.name.removesuffix('.age')}"
        try:
            try:
                pyrage.decrypt_file(str(path), str(plain), identities)
            except Exception as exc:
                return self._refuse(path, "", f"cannot be decrypted with this identity ({exc})")
            return self._merge_zip(plain, path)
        finally:
            plain.unlink(missing_ok=True)

    def _merge_zip(self, path: Path, shown: Path) -> IntakeResult:
        try:
            sha = sha256_file(path)
        except OSError as exc:
            return self._refuse(shown, "", f"cannot be read ({exc})")
        info = _bag_header(path)
        if info is None:  # unreadable or hostile: the full check names every problem
            problems = verify_bundle(path, None).problems
            reason = (
                _problems_text(problems)
                if problems
                else "bag-info.txt: no External-Identifier or Surveyor-Key-Id to go by"
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
                f"bundle {bundle_uuid} from key {key_id} was already merged with different content",
                result,
            )
        if merged is not None:
            result.status, result.reason = DUPLICATE, f"bundle {bundle_uuid} was already merged"
            return result
        existing = next(
            (b for b in copies if b.status == BUNDLE_QUARANTINED and b.sha256 == sha), None
        )
        if key is not None and key.status == KEY_REVOKED:
            return self._refuse(
                shown, sha, f"signed by revoked key {key_id} ({key.pseudonym})", result
            )
        if key is None or key.status != KEY_TRUSTED:
            why = (
                f"signed by unknown key {key_id}"
                if key is None
                else f"key {key_id} ({key.pseudonym}) is not trusted yet"
            )
            # Structure, hashes, contents and archive safety are checked now; the signature
            # too when the key is known. Unknown keys: when the key is added and trusted.
            pub = public_key_of(key) if key is not None else None
            problems = verify_bundle(path, pub).problems
            if problems:
                return self._refuse(shown, sha, _problems_text(problems), result)
            self._quarantine(path, sha, result, existing, why)
            result.status, result.reason = QUARANTINED, why
            return result
        try:
            submission = read_submission(path, public_key_of(key))
        except BundleInvalid as exc:
            reason = _problems_text(exc.report.problems) if exc.report.problems else str(exc)
            return self._refuse(shown, sha, reason, result)
        waited = existing.stored_path if existing is not None else ""
        try:
            kept = self._keep_bundle(path, key_id, bundle_uuid)
        except OSError as exc:
            return self._refuse(shown, sha, f"cannot be stored in the campaign ({exc})", result)
        try:
            # IMMEDIATE: the write lock from the start, so ids handed out in the batch stay ours.
            with db_proxy.atomic(lock_type="IMMEDIATE"):
                bundle = self._record_bundle(existing, submission, shown, sha, info, kept)
                uuids = [c.uuid for c in submission.cameras]
                known = self._known_sightings(bundle.key_id, uuids)
                self.placer.begin_batch()
                for camera in submission.cameras:
                    outcome = self._take_camera(bundle, camera, known.get(camera.uuid))
                    result.outcomes.append((camera.uuid, outcome))
                self.placer.flush()
        except DatabaseError as exc:  # rolled back: nothing of this bundle was saved
            self._placer = None  # its in-memory index may hold what was rolled back
            if kept != waited:
                (self.ws.root / kept).unlink(missing_ok=True)
            return self._refuse(shown, sha, f"could not be saved in the campaign ({exc})", result)
        result.status = MERGED
        if waited and waited != kept:  # released from quarantine: now kept with the others
            (self.ws.root / waited).unlink(missing_ok=True)
        if self.on_merged is not None:
            # A receipt that cannot be written now is re-issued on the next run (its
            # receipt_path stays empty); the merge itself is done and stays done.
            try:
                result.receipt = self.on_merged(bundle, result)
            except Exception as exc:
                result.reason = f"merged, but the receipt could not be written ({exc})"
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

    def _quarantine(
        self,
        path: Path,
        sha: str,
        result: IntakeResult,
        existing: ReceivedBundle | None,
        why: str,
    ) -> None:
        if existing is not None:  # this very file already waits: keep the copy we have
            return
        folder = quarantine_dir(self.ws)
        target = self._free_name(folder, str(result.bundle_uuid), str(result.key_id), sha)
        folder.mkdir(parents=True, exist_ok=True)
        part = target.with_name(target.name + ".part")
        shutil.copyfile(path, part)
        os.replace(part, target)
        ReceivedBundle.create(
            bundle_uuid=result.bundle_uuid,
            sha256=sha,
            key_id=result.key_id,
            pseudonym=result.claimed_pseudonym,
            file_name=result.file.name,
            status=BUNDLE_QUARANTINED,
            reason=why,
            stored_path=str(target.relative_to(self.ws.root)),
        )

    def _free_name(self, folder: Path, bundle_uuid: str, key_id: str, sha: str = "") -> Path:
        """``<uuid>.zip``, unless another key's (or another file's) bundle already has it."""
        target = folder / f"{bundle_uuid}.zip"
        if not target.exists():
            return target
        relative = str(target.relative_to(self.ws.root))
        holder = ReceivedBundle.get_or_none(ReceivedBundle.stored_path == relative)
        if holder is None or (holder.key_id == key_id and (not sha or holder.sha256 == sha)):
            return target
        suffix = f"{key_id}-{sha[:12]}" if sha else key_id
        return folder / f"{bundle_uuid}-{suffix}.zip"

    def _keep_bundle(self, path: Path, key_id: str, bundle_uuid: str) -> str:
        """Keep the signed bundle as received: the evidence, and where its photos are read."""
        folder = bundles_dir(self.ws)
        folder.mkdir(parents=True, exist_ok=True)
        target = self._free_name(folder, bundle_uuid, key_id)
        part = target.with_name(target.name + ".part")
        shutil.copyfile(path, part)
        os.replace(part, target)
        return str(target.relative_to(self.ws.root))

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

    @staticmethod
    def _known_sightings(key_id: str, uuids: list[str]) -> dict[str, Sighting]:
        """This volunteer's sightings already in the campaign among ``uuids`` (one query each
        500, not one per camera)."""
        found: dict[str, Sighting] = {}
        for start in range(0, len(uuids), 500):
            chunk = uuids[start : start + 500]
            query = Sighting.select().where(
                (Sighting.key_id == key_id) & (Sighting.camera_uuid.in_(chunk))
            )
            found.update((row.camera_uuid, row) for row in query)
        return found

    def _queue_sighting(
        self,
        bundle: ReceivedBundle,
        sighting_id: int,
        camera_uuid: str,
        values: dict[str, Any],
        camera_id: int,
        outcome: str,
    ) -> None:
        # Plain SQL, written in one executemany per bundle: this runs once per sighting and
        # the ORM's statement building cost more than the rest of the merge.
        columns: tuple[str, ...] = ("id", "camera_uuid", "key_id", "bundle_id", "camera_id")
        columns += ("outcome", "updated_at", *values)
        params = [sighting_id, camera_uuid, bundle.key_id, bundle.id, camera_id, outcome]
        params += [str(_now()), *values.values()]
        sql = _INSERT_SQL.get(columns)
        if sql is None:
            sql = _INSERT_SQL[columns] = (
                f"INSERT INTO sighting ({', '.join(columns)})"
                f" VALUES ({', '.join('?' for _ in columns)})"
            )
        self.placer.queue_sighting(sql, params)

    def _take_camera(
        self, bundle: ReceivedBundle, camera: SubmittedCamera, row: Sighting | None
    ) -> str:
        if camera.tags.get("man_made") != "surveillance":
            return REJECTED  # not a surveillance device record: nothing to merge
        values = sighting_values(camera)
        if values["surveillance_type"] is None:
            values["surveillance_type"] = "camera"
        if row is None:
            traits = {
                "key_id": bundle.key_id,
                "lat": values["latitude"],
                "lon": values["longitude"],
                "surveillance_type": values["surveillance_type"],
                "camera_type": values["camera_type"],
                "camera_mount": values["camera_mount"],
                "manufacturer": None if values["make_unknown"] else values["manufacturer"],
                "direction": values["direction"],
                "position_source": values["position_source"],
                "accuracy_m": values["position_accuracy"],
            }
            camera_id, outcome, decision = self.placer.assign(Member(sighting_id=0, **traits))
            sighting_id = self.placer.new_sighting_id()
            self._queue_sighting(bundle, sighting_id, camera.uuid, values, camera_id, outcome)
            self.placer.record(camera_id, Member(sighting_id=sighting_id, **traits), decision)
            return outcome
        self.placer.flush()  # the update below writes at once: pending rows go first
        try:
            return self._update_sighting(bundle, row, values)
        finally:
            self.placer.begin_batch()

    def _update_sighting(
        self, bundle: ReceivedBundle, row: Sighting, values: dict[str, Any]
    ) -> str:
        previous = ReceivedBundle.get_by_id(row.bundle_id)
        theirs = version_order(previous)
        mine = version_order(bundle)
        if theirs > mine:
            return REJECTED  # an older bundle arriving late never overwrites newer data
        before = snapshot(row)
        if all(before[name] == values[name] for name in COMPARED):
            return CONFIRMED  # re-sent unchanged
        if theirs == mine and previous.id != bundle.id:
            return REJECTED  # nothing signed says which is newer: keep what we have
        SightingRevision.create(
            sighting=row.id, bundle=row.bundle_id, data=json.dumps(before, default=str)
        )
        for name, value in values.items():
            setattr(row, name, value)
        row.bundle = bundle
        row.updated_at = _now()
        row.save()
        old_camera = self.placer.withdraw(row)
        return self.placer.place(row, reuse_camera_id=old_camera)


def version_order(bundle: ReceivedBundle) -> tuple[int, str]:
    """How a volunteer's bundles are ordered: their signed export counter, then (for bundles
    from before the counter) the signed Bagging-Date. Never the order they arrived in."""
    return (int(bundle.sequence or 0), str(bundle.bagging_date or ""))


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

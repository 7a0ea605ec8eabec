"""The volunteer's side: join a campaign (or update it) from its kit.

``install_kit(path)`` verifies the whole kit into a staging folder first (``verify.py``); only
when every check passed does it decide whether this kit may speak for the campaign:

- a campaign not joined before is joined (the kit's key is trusted from now on: show its id so
  the volunteer can compare it with what the coordinator told them);
- a kit from the same key replaces the installed one when it is newer, and is refused when it
  is older (an old kit must not bring back an old recipient);
- a kit signed by another key is refused (``KeyChangedError``) unless the volunteer accepts
  the new key.

Then the staged folder replaces the campaign's folder in one rename, the basemaps are added to
the basemap library (and the previous kit's basemaps that are gone are taken out of it), the
known-cameras layer points at the new set, and the campaign becomes the active one.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from surveyor.core.kit.joined import (
    COORDINATOR_PUB,
    JoinedCampaign,
    active_campaign,
    campaigns_dir,
    load_joined,
    set_active,
    write_record,
)
from surveyor.core.kit.manifest import KNOWN_CAMERAS, MANIFEST, SIGNATURE, KitManifest
from surveyor.core.kit.verify import KitError, VerifiedKit, verify_kit
from surveyor.core.map.basemaps import load_settings, save_settings
from surveyor.core.messages import Message

JOINED, UPDATED, REINSTALLED, REKEYED = "joined", "updated", "reinstalled", "new key accepted"


class KeyChangedError(KitError):
    """The kit is for a campaign already joined, but signed by another key."""

    def __init__(self, message: str, campaign: str, old_key_id: str, new_key_id: str) -> None:
        super().__init__(message)
        self.campaign = campaign
        self.old_key_id = old_key_id
        self.new_key_id = new_key_id


class OlderKitError(KitError):
    """The kit is older than the one installed for the same campaign."""


@dataclass(frozen=True)
class KitInstalled:
    campaign: JoinedCampaign
    status: str  # JOINED, UPDATED, REINSTALLED or REKEYED
    previous_key_id: str | None
    basemaps: tuple[Path, ...]
    known_cameras: int | None
    vocabulary_makes: int
    installed: bool  # False for a check only (``dry_run``)
    # Another campaign bundles were encrypted for until now (its name), if any.
    replaces_active: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "status": self.status,
            "installed": self.installed,
            "campaign": self.campaign.to_json(),
            "previous_key_id": self.previous_key_id,
            "basemaps": [str(p) for p in self.basemaps],
            "known_cameras": self.known_cameras,
            "vocabulary_makes": self.vocabulary_makes,
            "replaces_active": self.replaces_active,
        }


def _status(manifest: KitManifest, current: JoinedCampaign | None, accept_new_key: bool) -> str:
    if current is None:
        return JOINED
    if current.key_id != manifest.key_id:
        if not accept_new_key:
            raise KeyChangedError(
                Message(
                    "this kit for campaign “{campaign_name}” is signed by key {key_id}, "
                    "but you joined it with key {key_id2}; nothing was installed. Ask your "
                    "coordinator whether the key changed, then accept the new key "
                    "(--accept-new-key)",
                    campaign_name=manifest.campaign_name,
                    key_id=manifest.key_id,
                    key_id2=current.key_id,
                ),
                manifest.campaign_name,
                current.key_id,
                manifest.key_id,
            )
        return REKEYED
    if manifest.created < current.kit_created:
        raise OlderKitError(
            Message(
                "this kit of “{campaign_name}” ({created}) is older than the one "
                "installed ({kit_created}); nothing was installed",
                campaign_name=manifest.campaign_name,
                created=manifest.created,
                kit_created=current.kit_created,
            )
        )
    return REINSTALLED if manifest.created == current.kit_created else UPDATED


def _record(kit: VerifiedKit, folder: Path) -> JoinedCampaign:
    m = kit.manifest
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return JoinedCampaign(
        folder=folder,
        uuid=m.campaign_uuid,
        name=m.campaign_name,
        area=m.area,
        public_key=kit.public_key,
        age_recipient=m.age_recipient,
        kit_created=m.created,
        joined=now,
    )


def _swap_in(staged: Path, final: Path) -> None:
    """Replace ``final`` by ``staged`` with renames only (same file system)."""
    old = final.with_name(f".old-{final.name}-{uuid.uuid4().hex[:8]}")
    if final.exists():
        os.replace(final, old)
    try:
        os.replace(staged, final)
    except BaseException:
        if old.exists():
            os.replace(old, final)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _update_map_settings(campaign: JoinedCampaign, basemaps: list[Path], known: bool) -> None:
    settings = load_settings()
    folder = campaign.folder.resolve()
    wanted = {p.resolve() for p in basemaps}
    settings.basemaps = [
        b for b in settings.basemaps if folder not in Path(b.path).parents or Path(b.path) in wanted
    ]
    for path in basemaps:
        settings.add_basemap(path)
    if known:
        settings.known_cameras_path = str(campaign.file(KNOWN_CAMERAS))
    save_settings(settings)


def _sweep_leftovers(root: Path, older_than_s: float = 3600.0) -> None:
    """Remove staging and replaced folders a killed run left behind (never a recent one: it
    may belong to another install running now)."""
    now = time.time()
    for entry in root.iterdir():
        if not entry.name.startswith((".staging-", ".old-")):
            continue
        try:
            if now - entry.stat().st_mtime > older_than_s:
                shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            pass


def install_kit(path: Path, *, accept_new_key: bool = False, dry_run: bool = False) -> KitInstalled:
    """Verify the kit, then (unless ``dry_run``) install it; ``KitError`` says why not."""
    root = campaigns_dir()
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    _sweep_leftovers(root)
    staging = root / f".staging-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        kit = verify_kit(path, staging)
        m = kit.manifest
        current = load_joined(m.campaign_uuid)
        status = _status(m, current, accept_new_key)
        active = active_campaign()
        replaces = active.name if active is not None and active.uuid != m.campaign_uuid else None
        final = root / m.campaign_uuid
        basemaps = [final / member for member in m.basemaps]
        if not dry_run:
            (staging / MANIFEST).write_bytes(kit.manifest_bytes)
            (staging / SIGNATURE).write_text(kit.signature_text, encoding="utf-8")
            (staging / COORDINATOR_PUB).write_text(kit.public_key.to_file_text(), encoding="utf-8")
            write_record(_record(kit, staging))
            _swap_in(staging, final)
        campaign = _record(kit, final)
        if not dry_run:
            _update_map_settings(campaign, basemaps, m.known_cameras is not None)
            set_active(m.campaign_uuid)
        return KitInstalled(
            campaign=campaign,
            status=status,
            previous_key_id=current.key_id if current is not None else None,
            basemaps=tuple(basemaps),
            known_cameras=m.known_cameras,
            vocabulary_makes=len(kit.additions),
            installed=not dry_run,
            replaces_active=replaces,
        )
    finally:
        shutil.rmtree(staging, ignore_errors=True)

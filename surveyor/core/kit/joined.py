"""The campaigns this volunteer joined, remembered in the config folder.

``config_dir()/campaigns/<campaign uuid>/`` holds what the campaign's latest kit installed:
``campaign.json`` (the record below), ``coordinator.pub``, the kit's signed ``kit.json`` and
``kit.json.minisig`` (kept as evidence), ``known-cameras.geojson`` with its signature,
``vocabulary.json`` and ``basemaps/``. ``campaigns/active.json`` names the campaign that
bundles are encrypted for by default: the one joined (or updated) last.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from surveyor.core.bundle.minisign import MinisignError, PublicKey
from surveyor.core.workspace import config_dir

CAMPAIGNS = "campaigns"
RECORD = "campaign.json"
ACTIVE = "active.json"
COORDINATOR_PUB = "coordinator.pub"
VOCABULARY_FILE = "vocabulary.json"  # as in the kit (manifest.VOCABULARY)


@dataclass(frozen=True)
class JoinedCampaign:
    """A campaign joined through its kit: whom to encrypt for, whose signatures to trust."""

    folder: Path
    uuid: str
    name: str
    area: tuple[float, float, float, float] | None
    public_key: PublicKey  # the coordinator's key: kits and receipts must verify against it
    age_recipient: str
    kit_created: str
    joined: str  # when this volunteer installed the current kit

    @property
    def key_id(self) -> str:
        return self.public_key.key_id_hex

    def file(self, name: str) -> Path:
        return self.folder / name

    def to_json(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid,
            "name": self.name,
            "area": list(self.area) if self.area else None,
            "coordinator_key": self.public_key.to_base64(),
            "coordinator_key_id": self.key_id,
            "age_recipient": self.age_recipient,
            "kit_created": self.kit_created,
            "joined": self.joined,
            "folder": str(self.folder),
        }


def campaigns_dir(base: Path | None = None) -> Path:
    return (base or config_dir()) / CAMPAIGNS


def _read(folder: Path) -> JoinedCampaign | None:
    """The record in ``folder``, or None when it is missing or unreadable (never half-read)."""
    try:
        raw = json.loads((folder / RECORD).read_text(encoding="utf-8"))
        area = raw.get("area")
        return JoinedCampaign(
            folder=folder,
            uuid=str(raw["uuid"]),
            name=str(raw["name"]),
            area=tuple(float(v) for v in area) if area else None,  # type: ignore[arg-type]
            public_key=PublicKey.from_base64(str(raw["coordinator_key"])),
            age_recipient=str(raw["age_recipient"]),
            kit_created=str(raw["kit_created"]),
            joined=str(raw.get("joined", "")),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, MinisignError):
        return None


def write_record(campaign: JoinedCampaign) -> None:
    record = campaign.to_json()
    record.pop("folder")
    text = json.dumps(record, ensure_ascii=False, indent=1) + "\n"
    (campaign.folder / RECORD).write_text(text, encoding="utf-8")


def load_joined(campaign_uuid: str, base: Path | None = None) -> JoinedCampaign | None:
    if not campaign_uuid or "/" in campaign_uuid or campaign_uuid.startswith("."):
        return None
    return _read(campaigns_dir(base) / campaign_uuid)


def list_joined(base: Path | None = None) -> list[JoinedCampaign]:
    root = campaigns_dir(base)
    if not root.is_dir():
        return []
    found = (_read(p) for p in sorted(root.iterdir()) if p.is_dir() and not p.name.startswith("."))
    return [c for c in found if c is not None]


def active_campaign(base: Path | None = None) -> JoinedCampaign | None:
    """The campaign bundles are encrypted for by default (None: not in any campaign)."""
    try:
        raw = json.loads((campaigns_dir(base) / ACTIVE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return load_joined(str(raw.get("uuid", "")), base) if isinstance(raw, dict) else None


def set_active(campaign_uuid: str, base: Path | None = None) -> None:
    path = campaigns_dir(base) / ACTIVE
    tmp = path.with_name(ACTIVE + ".tmp")
    tmp.write_text(json.dumps({"uuid": campaign_uuid}) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def campaign_for_key(key_id: str, base: Path | None = None) -> JoinedCampaign | None:
    """The joined campaign whose coordinator signs with ``key_id`` (the active one first)."""
    active = active_campaign(base)
    if active is not None and active.key_id == key_id:
        return active
    return next((c for c in list_joined(base) if c.key_id == key_id), None)


def joined_vocabulary_path(base: Path | None = None) -> Path | None:
    """The active campaign's vocabulary additions (None: not in a campaign, or it has none).

    Asked for on every vocabulary lookup, so it costs one ``stat`` unless the active campaign
    changed."""
    if base is None:
        env = os.environ
        active = _active_file(env.get("SURVEYOR_CONFIG_DIR"), env.get("XDG_CONFIG_HOME"))
    else:
        active = str(campaigns_dir(base) / ACTIVE)
    try:
        stamp = os.stat(active).st_mtime_ns
    except OSError:
        return None
    return _vocabulary_of(active, stamp)


@lru_cache(maxsize=8)
def _active_file(_override: str | None, _xdg: str | None) -> str:
    return str(campaigns_dir() / ACTIVE)  # platformdirs is slow to ask on every lookup


@lru_cache(maxsize=4)
def _vocabulary_of(active: str, _stamp: int) -> Path | None:
    campaign = active_campaign(Path(active).parent.parent)
    if campaign is None:
        return None
    path = campaign.file(VOCABULARY_FILE)
    return path if path.is_file() else None

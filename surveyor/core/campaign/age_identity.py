"""The campaign's own age identity and its stable id, kept in the campaign folder.

Volunteers who joined the campaign (through its kit) encrypt their bundles to the campaign's
age recipient; ``merge`` decrypts them with the identity kept here, so the coordinator never
passes ``--age-identity``. Files:

- ``age/identity.txt`` (folder 0700, file 0600): the secret ``AGE-SECRET-KEY-1…`` in the layout
  ``age-keygen`` writes (``# created``, ``# public key: age1…`` comments), so ``age -d -i`` reads
  it as it is;
- ``campaign.json``: ``{"uuid": …, "name": …}``, the id a kit carries so that volunteers can tell
  a newer kit of the same campaign from another campaign.

Both are made on first need and never replaced: a new identity would strand every bundle
already encrypted to the old recipient.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from surveyor.core.bundle.identity import _write_private
from surveyor.core.messages import Message

AGE_DIR = "age"
AGE_FILE = "identity.txt"
CAMPAIGN_FILE = "campaign.json"
SECRET_PREFIX = "AGE-SECRET-KEY-1"


class CampaignIdentityError(ValueError):
    """The campaign's identity files exist but cannot be used; the message names the file."""


def age_identity_path(root: Path) -> Path:
    return root / AGE_DIR / AGE_FILE


@dataclass(frozen=True)
class CampaignAge:
    """The campaign's age key pair (the secret stays in the campaign folder)."""

    path: Path
    secret: str  # AGE-SECRET-KEY-1…
    recipient: str  # age1…


def read_age_identity(path: Path) -> CampaignAge:
    import pyrage

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CampaignIdentityError(
            Message("{path}: cannot be read ({exc})", path=path, exc=exc)
        ) from exc
    secret = next((ln.strip() for ln in lines if ln.strip().startswith(SECRET_PREFIX)), None)
    if secret is None:
        raise CampaignIdentityError(
            Message("{path}: no {SECRET_PREFIX}… line", path=path, SECRET_PREFIX=SECRET_PREFIX)
        )
    try:
        recipient = str(pyrage.x25519.Identity.from_str(secret).to_public())
    except Exception as exc:  # pyrage raises its own IdentityError
        raise CampaignIdentityError(
            Message("{path}: not a valid age identity ({exc})", path=path, exc=exc)
        ) from exc
    return CampaignAge(path, secret, recipient)


def load_age_identity(root: Path) -> CampaignAge | None:
    """The campaign's identity, or None when it has none yet."""
    path = age_identity_path(root)
    return read_age_identity(path) if path.is_file() else None


def campaign_age_secret(root: Path) -> str | None:
    """The secret for decrypting bundles made for the campaign; None when there is none (or
    the file is unusable: the bundle's refusal then says an identity is needed)."""
    try:
        found = load_age_identity(root)
    except CampaignIdentityError:
        return None
    return found.secret if found is not None else None


def ensure_age_identity(root: Path) -> CampaignAge:
    """The campaign's identity, made (mode 0600, as ``age-keygen`` writes it) on first need."""
    existing = load_age_identity(root)
    if existing is not None:
        return existing
    import pyrage

    identity = pyrage.x25519.Identity.generate()
    recipient = str(identity.to_public())
    folder = root / AGE_DIR
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    text = f"# created: {created}\n# public key: {recipient}\n{identity}\n"
    path = age_identity_path(root)
    _write_private(path, text, 0o600)
    return CampaignAge(path, str(identity), recipient)


@dataclass(frozen=True)
class CampaignId:
    """What names the campaign in its kits."""

    uuid: str
    name: str


def campaign_id(root: Path, name: str | None = None) -> CampaignId:
    """The campaign's stable id (made on first need); a name given is remembered."""
    path = root / CAMPAIGN_FILE
    raw: dict[str, object] = {}
    if path.is_file():
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CampaignIdentityError(
                Message("{path}: unreadable ({exc})", path=path, exc=exc)
            ) from exc
        if not isinstance(loaded, dict) or not isinstance(loaded.get("uuid"), str):
            raise CampaignIdentityError(Message("{path}: no campaign uuid in it", path=path))
        raw = loaded
    current = CampaignId(
        uuid=str(raw.get("uuid") or uuid.uuid4()),
        name=str(raw.get("name") or root.resolve().name),
    )
    given = "".join(ch for ch in name or "" if ch.isprintable()).strip()[:200]
    wanted = CampaignId(current.uuid, given or current.name)
    if wanted != current or not path.is_file():
        text = json.dumps({"uuid": wanted.uuid, "name": wanted.name}, ensure_ascii=False)
        _write_private(path, text + "\n", 0o644)
    return wanted

"""What the coordinator's commands share: opening the campaign folder, the signing key."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from peewee import DatabaseError

from surveyor.cli import UsageError
from surveyor.cli.keys import read_passphrase
from surveyor.core.bundle import identity
from surveyor.core.bundle.minisign import MinisignError, SecretKey
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import VolunteerKey

KNOWN_CAMERAS = "known-cameras"
WEBMAP = "webmap"


def open_campaign(args: argparse.Namespace, create: bool = False) -> Workspace:
    root = Path(args.campaign).expanduser()
    if not create and not (root / "catalogue.sqlite").is_file():
        raise UsageError(f"{root}: no campaign there (create one with `surveyor keys add`)")
    if root.exists() and not root.is_dir():
        raise UsageError(f"{root}: not a folder")
    try:
        return Workspace.open(root)
    except (RuntimeError, DatabaseError) as exc:  # a newer schema, or not a catalogue at all
        raise UsageError(f"{root}: cannot open the campaign catalogue ({exc})") from exc


def key_json(key: VolunteerKey) -> dict[str, Any]:
    return {
        "key_id": key.key_id,
        "public_key": key.public_key,
        "pseudonym": key.pseudonym,
        "status": key.status,
        "withdrawn": bool(key.withdrawn),
    }


def signing_key(args: argparse.Namespace, required: bool) -> SecretKey | None:
    """The coordinator's own key (``surveyor key create``), or None when there is none."""
    if not identity.exists():
        if required:
            raise UsageError("no signing key: create one with `surveyor key create`")
        return None
    ident = identity.load()
    passphrase = read_passphrase() if args.passphrase_stdin else None
    if ident.encrypted and passphrase is None:
        if required:
            raise UsageError("your key is protected by a passphrase: use --passphrase-stdin")
        return None
    try:
        return ident.secret_key(passphrase)
    except (MinisignError, identity.IdentityError) as exc:
        raise UsageError(str(exc)) from exc

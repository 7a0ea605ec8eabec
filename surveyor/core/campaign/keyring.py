"""The coordinator's keyring: volunteers' minisign public keys, each with a pseudonym.

A key is added untrusted unless asked otherwise (bundles it signed wait in quarantine), then
trusted (bundles merge) or revoked (bundles are refused, even validly signed ones). Keys are
named on the command line by key id (16 hex digits) or by pseudonym.

Revoking stops what a key sends from now on; *withdrawing* a key (a stolen key, a volunteer
who made things up) also takes everything it already sent out of the consensus and the
exports. The sightings stay on record, the withdrawal is a review decision with its author,
and ``review.undo`` brings them back.
"""

from __future__ import annotations

import json
from pathlib import Path

from surveyor.core.bundle.minisign import MinisignError, PublicKey
from surveyor.core.messages import Message
from surveyor.store.campaign_models import (
    KEY_REVOKED,
    KEY_TRUSTED,
    KEY_UNTRUSTED,
    ReceivedBundle,
    ReviewDecision,
    VolunteerKey,
)
from surveyor.store.models import _now, db_proxy

WITHDRAW_ACTION = "withdraw_key"

STATUSES = (KEY_UNTRUSTED, KEY_TRUSTED, KEY_REVOKED)
_MAX_KEY_FILE = 4096


class KeyringError(ValueError):
    """A key that cannot be read, is unknown, or clashes with one already in the keyring."""


def read_public_key(text_or_path: str) -> PublicKey:
    """A pasted ``RW…`` key, the text of a ``.pub`` file, or the path of one."""
    candidate = text_or_path.strip()
    path = Path(candidate)
    looks_like_path = "\n" not in candidate and (path.suffix == ".pub" or path.is_file())
    if looks_like_path:
        try:
            if path.stat().st_size > _MAX_KEY_FILE:
                raise KeyringError(
                    Message("{path}: too large to be a minisign public key", path=path)
                )
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KeyringError(
                Message("{path}: cannot read the key file ({exc})", path=path, exc=exc)
            ) from exc
        where = str(path)
    else:
        text, where = candidate, Message("the pasted key")
    try:
        return PublicKey.from_text(text)
    except MinisignError as exc:
        raise KeyringError(Message("{where}: {reason}", where=where, reason=exc)) from exc


def add_key(text_or_path: str, pseudonym: str = "", trust: bool = False) -> VolunteerKey:
    """Add a key (or rename it if already there); ``trust`` marks it trusted at once."""
    public = read_public_key(text_or_path)
    name = "".join(ch for ch in pseudonym if ch.isprintable()).strip()
    existing = VolunteerKey.get_or_none(VolunteerKey.key_id == public.key_id_hex)
    if existing is not None:
        if existing.public_key != public.to_base64():
            raise KeyringError(
                Message(
                    "key id {key_id_hex} is already in the keyring with a different key",
                    key_id_hex=public.key_id_hex,
                )
            )
        if name:
            existing.pseudonym = name
        if trust and existing.status == KEY_UNTRUSTED:
            existing.status = KEY_TRUSTED
        existing.changed_at = _now()
        existing.save()
        return existing
    return VolunteerKey.create(
        key_id=public.key_id_hex,
        public_key=public.to_base64(),
        pseudonym=name,
        status=KEY_TRUSTED if trust else KEY_UNTRUSTED,
    )


def find_key(ident: str) -> VolunteerKey:
    """A key by id (case-insensitive) or by its pseudonym (which must be unambiguous)."""
    ident = ident.strip()
    key = VolunteerKey.get_or_none(VolunteerKey.key_id == ident.upper())
    if key is not None:
        return key
    named = list(VolunteerKey.select().where(VolunteerKey.pseudonym == ident))
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise KeyringError(
            Message("{ident!r} names {count} keys: use the key id", ident=ident, count=len(named))
        )
    raise KeyringError(Message("no key {ident!r} in the keyring", ident=ident))


def lookup(key_id: str) -> VolunteerKey | None:
    return VolunteerKey.get_or_none(VolunteerKey.key_id == key_id.upper())


def set_status(ident: str, status: str) -> VolunteerKey:
    if status not in STATUSES:
        raise KeyringError(Message("unknown key status {status!r}", status=status))
    key = find_key(ident)
    key.status = status
    key.changed_at = _now()
    key.save()
    return key


def trust(ident: str) -> VolunteerKey:
    return set_status(ident, KEY_TRUSTED)


def revoke(ident: str) -> VolunteerKey:
    return set_status(ident, KEY_REVOKED)


def rename(ident: str, pseudonym: str) -> VolunteerKey:
    """Give a key the name the coordinator knows its volunteer by (printable, ≤ 80 chars)."""
    name = "".join(ch for ch in pseudonym if ch.isprintable()).strip()
    if len(name) > 80:
        raise KeyringError(Message("a name is at most 80 characters"))
    key = find_key(ident)
    key.pseudonym = name
    key.changed_at = _now()
    key.save()
    return key


def claimed_names() -> dict[str, str]:
    """What each key's latest bundle calls its sender (a claim, not the keyring's name)."""
    claims: dict[str, str] = {}
    for row in ReceivedBundle.select(ReceivedBundle.key_id, ReceivedBundle.pseudonym).order_by(
        ReceivedBundle.id
    ):
        if row.pseudonym:
            claims[row.key_id] = row.pseudonym
    return claims


def list_keys() -> list[VolunteerKey]:
    return list(VolunteerKey.select().order_by(VolunteerKey.pseudonym, VolunteerKey.key_id))


def public_key_of(key: VolunteerKey) -> PublicKey:
    return PublicKey.from_base64(key.public_key)


def withdraw(ident: str, author: str) -> int:
    """Take every sighting the key sent out of consensus and exports; the decision's id."""
    with db_proxy.atomic():
        key = find_key(ident)
        if key.withdrawn:
            raise KeyringError(Message("key {key_id} is already withdrawn", key_id=key.key_id))
        VolunteerKey.update(withdrawn=True, changed_at=_now()).where(
            VolunteerKey.id == key.id
        ).execute()
        decision = ReviewDecision.create(
            action=WITHDRAW_ACTION, author=author, payload=json.dumps({"key_id": key.key_id})
        )
    return int(decision.id)


def restore_withdrawn(key_id: str) -> None:
    """Undo a withdrawal (called by ``review.undo``)."""
    VolunteerKey.update(withdrawn=False, changed_at=_now()).where(
        VolunteerKey.key_id == key_id
    ).execute()


def withdrawal_decision(key_id: str) -> int | None:
    """The decision that withdrew ``key_id`` (for undoing it), or None if it is not withdrawn."""
    key = lookup(key_id)
    if key is None or not key.withdrawn:
        return None
    decisions = ReviewDecision.select().where(
        (ReviewDecision.action == WITHDRAW_ACTION) & ~ReviewDecision.undone
    )
    for decision in decisions.order_by(ReviewDecision.id.desc()):
        if json.loads(decision.payload).get("key_id") == key.key_id:
            return int(decision.id)
    return None

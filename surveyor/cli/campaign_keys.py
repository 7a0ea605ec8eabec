"""``keyring`` (alias ``keys``): add, list, trust, revoke and withdraw volunteers' keys."""

from __future__ import annotations

import argparse

from surveyor.cli import EXIT_FAILED, EXIT_OK, UsageError
from surveyor.cli.campaign_common import key_json, open_campaign
from surveyor.cli.campaign_merge import intake_for, result_line
from surveyor.cli.common import print_json
from surveyor.core.campaign import keyring, review
from surveyor.core.campaign.intake_result import IntakeResult
from surveyor.core.campaign.quarantine import release_quarantined
from surveyor.store.campaign_models import ReceivedBundle


def run_keys_add(args: argparse.Namespace) -> int:
    with open_campaign(args, create=True):
        try:
            key = keyring.add_key(args.key, args.name, trust=args.trust)
        except keyring.KeyringError as exc:
            raise UsageError(str(exc)) from exc
        if args.json:
            print_json(key_json(key))
        else:
            print(f"{key.key_id}  {key.status}  {key.pseudonym}")
    return EXIT_OK


def run_keys_list(args: argparse.Namespace) -> int:
    with open_campaign(args):
        keys = keyring.list_keys()
        waiting: dict[str, int] = {}
        for b in ReceivedBundle.select().where(ReceivedBundle.status == "quarantined"):
            waiting[b.key_id] = waiting.get(b.key_id, 0) + 1
        if args.json:
            print_json(
                {
                    "keys": [key_json(k) for k in keys],
                    "quarantined": waiting,
                }
            )
            return EXIT_OK
        for k in keys:
            gone = "  (sightings withdrawn)" if k.withdrawn else ""
            print(f"{k.key_id}  {k.status:<9}  {k.pseudonym or '-'}{gone}")
        unknown = {kid: n for kid, n in waiting.items() if keyring.lookup(kid) is None}
        for kid, n in sorted(unknown.items()):
            print(f"{kid}  unknown    ({n} bundle(s) in quarantine: add this key to release)")
    return EXIT_OK


def run_keys_status(args: argparse.Namespace) -> int:
    with open_campaign(args) as ws:
        decision = None
        try:
            key = (
                keyring.trust(args.ident) if args.status == "trust" else keyring.revoke(args.ident)
            )
            if getattr(args, "withdraw", False):
                decision = keyring.withdraw(key.key_id, review.default_author())
        except keyring.KeyringError as exc:
            raise UsageError(str(exc)) from exc
        released: list[IntakeResult] = []
        if args.status == "trust":
            released = release_quarantined(intake_for(ws, args, receipts=True), key.key_id)
        if args.json:
            print_json(
                {
                    **key_json(key),
                    "withdrawn_decision": decision,
                    "released": [r.to_json() for r in released],
                }
            )
        else:
            print(f"{key.key_id}  {key.status}  {key.pseudonym}")
            if decision is not None:
                print(
                    f"withdrawn: its sightings are out of the consensus and exports "
                    f"(decision {decision}; `surveyor review undo {decision}` brings them back)"
                )
            for result in released:
                print(result_line(result))
    return EXIT_OK if all(r.ok for r in released) else EXIT_FAILED

"""``merge`` bundles into the campaign, and the signed receipts: ``receipt``, reissue."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from surveyor.cli import EXIT_FAILED, EXIT_OK, UsageError
from surveyor.cli.campaign_common import open_campaign, signing_key
from surveyor.cli.common import print_json
from surveyor.core.campaign import keyring
from surveyor.core.campaign.intake import Intake
from surveyor.core.campaign.intake_result import IntakeResult
from surveyor.core.campaign.receipts import (
    ReceiptError,
    read_receipt,
    reissue_missing,
    reissue_receipt,
    write_receipt,
)
from surveyor.core.kit.receipts import campaign_for_receipt
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import ReceivedBundle


def intake_for(ws: Workspace, args: argparse.Namespace, receipts: bool) -> Intake:
    age = None
    age_file = getattr(args, "age_identity", None)
    if age_file is not None:
        try:
            lines = Path(age_file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UsageError(f"{age_file}: cannot read the age identity ({exc})") from exc
        age = next((ln.strip() for ln in lines if ln.startswith("AGE-SECRET-KEY-")), None)
        if age is None:
            raise UsageError(f"{age_file}: no AGE-SECRET-KEY-1… line")
    key = None
    if receipts and not getattr(args, "no_receipts", False):
        args.passphrase_stdin = getattr(args, "passphrase_stdin", False)
        key = signing_key(args, required=False)
        if key is None:
            print(
                "note: no receipts signed (no usable signing key; see `surveyor key create`)",
                file=sys.stderr,
            )
    on_merged = None
    if key is not None:
        signer = key
        for path in reissue_missing(ws, signer):  # a run killed before, or merged keyless
            print(f"receipt issued for an earlier merge: {path}", file=sys.stderr)

        def on_merged(bundle: ReceivedBundle, result: IntakeResult) -> Path:
            return write_receipt(ws, bundle, result.outcomes, signer)

    return Intake(ws, age_identity=age, on_merged=on_merged)


def _sender(r: IntakeResult) -> str:
    """The keyring's name for the signer; what the bundle says of itself is only a claim."""
    if not r.key_id:
        return ""
    name = r.pseudonym or f"key {r.key_id}"
    if r.claimed_pseudonym and r.claimed_pseudonym != r.pseudonym:
        name += f", claims {r.claimed_pseudonym!r}"
    return f" [{name}]"


def result_line(r: IntakeResult) -> str:
    counts = ", ".join(f"{n} {what}" for what, n in sorted(r.counts().items()))
    detail = counts if r.status == "merged" else r.reason
    if r.status == "merged" and r.reason:
        detail += f" ({r.reason})"
    return f"{r.status:<11} {r.file}{_sender(r)}: {detail}"


def run_merge(args: argparse.Namespace) -> int:
    with open_campaign(args, create=True) as ws:
        intake = intake_for(ws, args, receipts=True)
        results = []
        for path in args.bundles:
            result = intake.merge(path)
            results.append(result)
            if not args.json:
                print(result_line(result), flush=True)
        summary: dict[str, int] = {}
        for r in results:
            summary[r.status] = summary.get(r.status, 0) + 1
        if args.json:
            print_json({"bundles": [r.to_json() for r in results], "summary": summary})
        else:
            print(", ".join(f"{n} {s}" for s, n in summary.items()), file=sys.stderr)
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED


def run_reissue(args: argparse.Namespace) -> int:
    if not args.campaign:
        raise UsageError("--reissue needs --campaign DIR")
    with open_campaign(args) as ws:
        key = signing_key(args, required=True)
        assert key is not None
        try:
            path = reissue_receipt(ws, args.reissue, key, args.key)
        except ReceiptError as exc:
            raise UsageError(str(exc)) from exc
    if args.json:
        print_json({"bundle_uuid": args.reissue, "receipt": str(path)})
    else:
        print(f"receipt written to {path}")
    return EXIT_OK


def run_receipt(args: argparse.Namespace) -> int:
    if args.reissue:
        return run_reissue(args)
    if args.file is None:
        raise UsageError("give a receipt file to read, or --reissue BUNDLE-ID --campaign DIR")
    coordinator = None
    if args.pubkey:
        try:
            coordinator = keyring.read_public_key(args.pubkey)
        except keyring.KeyringError as exc:
            raise UsageError(str(exc)) from exc
    try:
        # Without --pubkey: the key of the joined campaign whose coordinator issued it.
        campaign = None if coordinator else campaign_for_receipt(args.file)
        coordinator = coordinator or (campaign.public_key if campaign else None)
        receipt = read_receipt(args.file, coordinator)
    except ReceiptError as exc:
        if args.json:
            print_json({"receipt": str(args.file), "valid": False, "reason": str(exc)})
        else:
            print(f"surveyor receipt: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        print_json(
            {
                "receipt": str(args.file),
                "valid": True,
                "verified": receipt.verified,
                "campaign": campaign.name if campaign is not None else None,
                "bundle_uuid": receipt.bundle_uuid,
                "coordinator_key_id": receipt.coordinator_key_id,
                "issued": receipt.issued,
                "counts": receipt.counts(),
                "cameras": receipt.cameras,
            }
        )
        return EXIT_OK
    state = "signature verified" if receipt.verified else "NOT verified (give --pubkey)"
    if campaign is not None:
        state += f" with the key of campaign “{campaign.name}”"
    print(f"bundle {receipt.bundle_uuid}, issued {receipt.issued} by "
          f"{receipt.coordinator_key_id}: {state}")  # fmt: skip
    for cam_uuid, outcome in receipt.cameras.items():
        print(f"{outcome:<10} {cam_uuid}")
    return EXIT_OK

"""``surveyor export-bundle`` and ``surveyor verify``: signed submission bundles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from surveyor.cli import EXIT_FAILED, EXIT_OK, UsageError, common_parent
from surveyor.cli.common import print_json
from surveyor.cli.keys import REPLACE_HINT, read_passphrase
from surveyor.core.bundle import identity
from surveyor.core.bundle.export_errors import ExportError, SelectionError
from surveyor.core.bundle.export_selection import Selection
from surveyor.core.bundle.minisign import (
    MinisignError,
    PassphraseRequired,
    PublicKey,
    SecretKey,
    WrongPassphrase,
)
from surveyor.core.bundle.scrub import ScrubError
from surveyor.core.bundle.verify import VerifyReport, verify_bundle
from surveyor.core.bundle.writer import export_bundle
from surveyor.core.kit.joined import active_campaign
from surveyor.core.workspace import Workspace


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = subparsers.add_parser(
        "export-bundle",
        parents=[common_parent()],
        help="export cameras as a signed, privacy-scrubbed bundle for a coordinator",
        description="Write one .zip (a BagIt bag signed with your minisign key) holding the "
        "cameras' positions and tags, their photos rebuilt from pixels, the day each was seen, "
        "your pseudonym and public key. A camera placed by hand on the map goes exactly there; "
        "one still at a suggested spot is shifted (up to about 45 m) so it cannot lead back to "
        "where you stood. Your own positions, compass bearings, tracks, file names, photo "
        "metadata and times of day never leave the machine. A key is made on first use, "
        "protected by the passphrase given with --passphrase-stdin.",
    )
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--walk", metavar="NAME", help="the cameras of this walk")
    which.add_argument("--all", action="store_true", help="all cameras not yet exported")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    encrypt = export.add_mutually_exclusive_group()
    encrypt.add_argument(
        "--encrypt-to",
        metavar="age1…",
        help="encrypt for the coordinator (writes FILE.age); default: the campaign you joined",
    )
    encrypt.add_argument(
        "--no-encrypt", action="store_true", help="do not encrypt for the joined campaign"
    )
    export.add_argument(
        "--exact-times", action="store_true", help="keep photo times (default: the day only)"
    )
    export.add_argument(
        "--passphrase-stdin", action="store_true", help="read the key's passphrase from stdin"
    )
    export.add_argument(
        "--no-detect",
        action="store_true",
        help="do not search photos for faces and number plates (only boxes already drawn or "
        "found are blurred); the summary says so",
    )
    export.add_argument("--json", action="store_true", help="print one JSON summary")
    export.set_defaults(func=run_export)

    verify = subparsers.add_parser(
        "verify",
        help="check a bundle's signature, hashes and structure",
        description="Check a bundle: its structure, the minisign signature over the tag "
        "manifest, every tag and payload hash and the Payload-Oxum. Without --pubkey the "
        "contents are checked but the signer's key id is an unverified identity. Exit 0 "
        "valid, 1 invalid, 2 usage error.",
    )
    verify.add_argument("bundle", type=Path, metavar="BUNDLE")
    verify.add_argument("--pubkey", metavar="RW…|FILE", help="the signer's minisign public key")
    verify.add_argument(
        "--age-identity", type=Path, metavar="FILE", help="age identity file for a .zip.age"
    )
    verify.add_argument("--json", action="store_true", help="print one JSON report")
    verify.set_defaults(func=run_verify)


def _signing_key(args: argparse.Namespace) -> tuple[SecretKey, str]:
    passphrase = read_passphrase() if args.passphrase_stdin else None
    if not identity.exists():
        # First use: the passphrase given protects the new key from the start.
        ident = identity.create(passphrase=passphrase)
        protected = " protected by your passphrase" if ident.encrypted else ""
        print(
            f"created your signing key {ident.key_id}{protected} (surveyor key show)",
            file=sys.stderr,
        )
    ident = identity.load()
    if ident.encrypted and passphrase is None:
        raise UsageError("your key is protected by a passphrase: use --passphrase-stdin")
    if not ident.encrypted and passphrase is not None:
        raise UsageError(
            "--passphrase-stdin: your key has no passphrase, so this one would protect "
            "nothing; leave it out (or make a protected key: surveyor key create --replace "
            "--passphrase-stdin)"
        )
    try:
        return ident.secret_key(passphrase), ident.pseudonym
    except MinisignError as exc:
        if isinstance(exc, WrongPassphrase | PassphraseRequired):
            raise
        raise identity.IdentityError(f"{exc}; {REPLACE_HINT}") from exc


def run_export(args: argparse.Namespace) -> int:
    selection = Selection(walk=args.walk, all_unexported=bool(args.all))
    # After joining a campaign (surveyor kit open), bundles are encrypted for it by default.
    campaign = None if args.encrypt_to or args.no_encrypt else active_campaign()
    recipient = campaign.age_recipient if campaign is not None else args.encrypt_to
    try:
        key, pseudonym = _signing_key(args)
    except (identity.IdentityError, MinisignError) as exc:
        print(f"surveyor export-bundle: {exc}", file=sys.stderr)
        return EXIT_FAILED
    with Workspace.open(getattr(args, "workspace", None)) as workspace:
        try:
            result = export_bundle(
                workspace,
                key,
                args.out,
                selection,
                pseudonym=pseudonym,
                round_dates=not args.exact_times,
                encrypt_to=recipient,
                detect=not args.no_detect,
                search_progress=None if args.json else _searching,
            )
        except SelectionError as exc:
            raise UsageError(str(exc)) from exc
        except (ExportError, ScrubError) as exc:
            print(f"surveyor export-bundle: {exc}", file=sys.stderr)
            return EXIT_FAILED
    summary = {
        "path": str(result.path),
        "bundle_uuid": result.bundle_uuid,
        "key_id": result.key_id,
        "pseudonym": pseudonym,
        "cameras": result.cameras,
        "photos": result.photos,
        "size": result.size,
        "encrypted": result.encrypted,
        "recipient": recipient if result.encrypted else None,
        "campaign": campaign.name if campaign is not None else None,
        "suggested_positions": result.suggested,
        "detection": "on" if result.detection else "off",
        "redacted_boxes": result.redacted_boxes,
        "redacted_photos": result.redacted_photos,
    }
    if args.json:
        print_json(summary)
    else:
        if campaign is not None:
            encrypted = f" and encrypted for campaign “{campaign.name}” ({recipient})"
        elif result.encrypted:
            encrypted = f" and encrypted to {recipient}"
        else:
            encrypted = ", not encrypted"
        print(
            f"wrote {result.path}: {result.cameras} cameras, {result.photos} photos, "
            f"signed with key {result.key_id}{encrypted}"
        )
        if result.suggested:
            print(suggested_note(result.suggested))
        print(_redaction_line(result.detection, result.redacted_boxes, result.redacted_photos))
    return EXIT_OK


def suggested_note(count: int) -> str:
    """What the summary says about cameras not placed by hand."""
    cameras = "camera is" if count == 1 else "cameras are"
    return (
        f"{count} {cameras} still at a suggested spot: sent shifted up to about 45 m so they "
        "do not give away where you stood. Drag them to where they are on the map (the app's "
        "Map tab) to send their exact position."
    )


def _searching(done: int, total: int, name: str) -> None:
    end = "\n" if done == total else ""
    print(f"\rsearching for faces and plates {done}/{total}", end=end, file=sys.stderr, flush=True)


def _redaction_line(detection: bool, boxes: int, photos: int) -> str:
    blurred = f"boxes blurred: {boxes}, in {photos} photos"
    if detection:
        return f"faces and plates: {blurred}; look at every photo before you send it"
    return f"face and plate detection was OFF (--no-detect): {blurred}, all drawn or found earlier"


def _public_key(value: str | None) -> PublicKey | None:
    if value is None:
        return None
    text = value
    if not value.strip().startswith("RW"):
        try:
            text = Path(value).read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"--pubkey: {value}: {exc.strerror or exc}") from exc
    try:
        return PublicKey.from_text(text)
    except MinisignError as exc:
        raise UsageError(f"--pubkey: {exc}") from exc


def _describe(report: VerifyReport) -> list[str]:
    name = report.path.name
    if not report.valid:
        lines = [f"{name}: INVALID ({len(report.problems)} problem(s))"]
        lines += [f"  {p.file}: {p.reason}" for p in report.problems]
        return lines
    who = f'pseudonym "{report.pseudonym}"' if report.pseudonym else "no pseudonym"
    if report.signature == "verified":
        return [f"{name}: valid", f"  signed by key {report.key_id} ({who}): verified"]
    return [
        f"{name}: contents intact",
        f"  signature NOT checked (no --pubkey): key {report.key_id} ({who}) is an "
        "unverified identity",
    ]


def run_verify(args: argparse.Namespace) -> int:
    pubkey = _public_key(args.pubkey)
    if not args.bundle.is_file():
        raise UsageError(f"{args.bundle}: no such file")
    age_identity = None
    if args.age_identity is not None:
        try:
            lines = args.age_identity.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UsageError(f"--age-identity: {args.age_identity}: {exc}") from exc
        keys = [line.strip() for line in lines if line.strip().startswith("AGE-SECRET-KEY-")]
        if not keys:
            raise UsageError(f"--age-identity: {args.age_identity}: no AGE-SECRET-KEY line")
        age_identity = keys[0]
    try:
        report = verify_bundle(args.bundle, pubkey, age_identity=age_identity)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    if args.json:
        print_json(report.to_json())
    else:
        print("\n".join(_describe(report)))
    return EXIT_OK if report.valid else EXIT_FAILED

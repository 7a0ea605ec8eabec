"""``surveyor key``: the volunteer's signing identity (a minisign key pair and a pseudonym)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from surveyor.cli import EXIT_FAILED, EXIT_OK, UsageError
from surveyor.cli.common import print_json
from surveyor.core.bundle import identity


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    key = subparsers.add_parser(
        "key",
        help="(volunteers) create, show or export your own signing key",
        description="Your identity: an Ed25519 key pair in minisign's format (usable with the "
        "minisign program) kept in the user config folder, and a pseudonym of your choosing.",
    )
    actions = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    create = actions.add_parser(
        "create",
        help="make a new key pair (refuses to replace one unless --replace)",
        description="Make your signing key. An existing key is never replaced unless you say "
        "--replace (e.g. because it is damaged or you lost its passphrase): then its files are "
        "first moved to a dated backup folder beside it. Bundles signed with the old key stay "
        "valid, but your coordinator must trust the new public key.",
    )
    create.add_argument("--pseudonym", default="", metavar="NAME", help="name shown on bundles")
    create.add_argument(
        "--replace",
        action="store_true",
        help="replace an existing (e.g. damaged) identity, keeping a dated backup of its files",
    )
    create.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="protect the key with a passphrase read from the first line of stdin",
    )
    create.add_argument("--json", action="store_true", help="print the identity as JSON")
    create.set_defaults(func=run_create)

    show = actions.add_parser("show", help="print the public key (RW…) and key id")
    show.add_argument("--json", action="store_true", help="print the identity as JSON")
    show.set_defaults(func=run_show)

    export = actions.add_parser(
        "export",
        help="write the public key file for a coordinator",
        description="Write your public key (minisign .pub format) to FILE. Refuses any FILE "
        "inside the identity folder: the secret key is never touched.",
    )
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.set_defaults(func=run_export)

    pseudonym = actions.add_parser("pseudonym", help="change the pseudonym shown on bundles")
    pseudonym.add_argument("name", metavar="NAME")
    pseudonym.set_defaults(func=run_pseudonym)


REPLACE_HINT = (
    "to make a new key, keeping the old files in a dated backup: surveyor key create --replace"
)


def read_passphrase() -> str:
    """First line of stdin; a hidden prompt only when stdin is a terminal."""
    if sys.stdin is None:
        raise UsageError("--passphrase-stdin: no standard input")
    text = getpass.getpass("Passphrase: ") if sys.stdin.isatty() else sys.stdin.readline()
    text = text.rstrip("\r\n")
    if not text:
        raise UsageError("--passphrase-stdin: the passphrase is empty")
    return text


def identity_json(ident: identity.Identity) -> dict[str, object]:
    return {
        "public_key": ident.public_key.to_base64(),
        "key_id": ident.key_id,
        "pseudonym": ident.pseudonym,
        "passphrase_protected": ident.encrypted,
        "public_key_file": str(ident.public_path),
    }


def _print(ident: identity.Identity, as_json: bool) -> None:
    if as_json:
        print_json(identity_json(ident))
        return
    print(ident.public_key.to_base64())
    print(f"key id: {ident.key_id}")
    print(f"pseudonym: {ident.pseudonym or '(none)'}")


def run_create(args: argparse.Namespace) -> int:
    passphrase = read_passphrase() if args.passphrase_stdin else None
    try:
        ident = identity.create(args.pseudonym, passphrase, replace=args.replace)
    except (identity.IdentityError, OSError) as exc:
        print(f"surveyor key create: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if ident.replaced_to is not None:
        print(f"the old identity files were moved to {ident.replaced_to}", file=sys.stderr)
    _print(ident, args.json)
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    try:
        ident = identity.load()
    except identity.IdentityError as exc:
        print(f"surveyor key show: {exc}", file=sys.stderr)
        return EXIT_FAILED
    _print(ident, args.json)
    damage = identity.problem()
    if damage is not None:
        print(f"surveyor key show: your identity cannot sign: {damage}", file=sys.stderr)
        print(REPLACE_HINT, file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    try:
        identity.export_public_key(args.out)
    except (identity.IdentityError, OSError) as exc:
        print(f"surveyor key export: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"public key written to {args.out}", file=sys.stderr)
    return EXIT_OK


def run_pseudonym(args: argparse.Namespace) -> int:
    try:
        ident = identity.set_pseudonym(args.name)
    except identity.IdentityError as exc:
        print(f"surveyor key pseudonym: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"pseudonym: {ident.pseudonym or '(none)'}")
    return EXIT_OK

"""``surveyor workspace``: create, encrypt, passphrase, wipe-delivered, destroy.

Passphrases come on standard input (``--passphrase-stdin``), one a line, never as arguments
(they would show in the process list and the shell history). A wrong passphrase is one line
and exit 2, and changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from surveyor.cli import EXIT_OK, UsageError, common_parent
from surveyor.cli.common import open_workspace, passphrase_from_stdin, stdin_lines
from surveyor.core.campaign import keyring
from surveyor.core.campaign.receipts import ReceiptError, read_receipt
from surveyor.core.kit.delivered import WipeRefused, plan_wipe, wipe
from surveyor.core.kit.receipts import campaign_for_receipt
from surveyor.core.vault import convert, keyfile
from surveyor.core.workspace import Workspace, resolve_workspace_dir


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ws = subparsers.add_parser(
        "workspace",
        help="create or encrypt a workspace, change its passphrase, wipe delivered photos",
        description="An encrypted workspace keeps its catalogue, photos, thumbnails and "
        "tracks encrypted on disk; it opens only with its passphrase (--passphrase-stdin).",
    )
    actions = ws.add_subparsers(dest="workspace_command", metavar="ACTION", required=True)
    common = common_parent()

    create = actions.add_parser("create", parents=[common], help="make a new workspace")
    create.add_argument("--encrypt", action="store_true", help="encrypt it (asks a passphrase)")
    create.set_defaults(func=run_create)

    encrypt = actions.add_parser(
        "encrypt",
        parents=[common],
        help="encrypt an existing workspace (safe to interrupt; run again to finish)",
    )
    encrypt.set_defaults(func=run_encrypt)

    passphrase = actions.add_parser(
        "passphrase",
        parents=[common],
        help="change the passphrase (stdin: the old one, then the new one)",
    )
    passphrase.set_defaults(func=run_passphrase)

    wipe_parser = actions.add_parser(
        "wipe-delivered",
        parents=[common],
        help="remove the originals, thumbnails, positions, times and tracks of the cameras a "
        "verified receipt says the coordinator has",
        description="Prints what it would remove; removes it only with --yes.",
    )
    wipe_parser.add_argument("receipt", type=Path, metavar="RECEIPT")
    wipe_parser.add_argument("--pubkey", metavar="RW...|FILE", help="the coordinator's key")
    wipe_parser.add_argument("--yes", action="store_true", help="remove it (else only list)")
    wipe_parser.set_defaults(func=run_wipe_delivered)

    destroy = actions.add_parser(
        "destroy",
        parents=[common],
        help="quick wipe: destroy the key first, then every file of the workspace",
    )
    destroy.add_argument("--yes", action="store_true", help="the one confirmation")
    destroy.set_defaults(func=run_destroy)


def _root(args: argparse.Namespace) -> Path:
    return resolve_workspace_dir(getattr(args, "workspace", None))


def _new_passphrase(args: argparse.Namespace) -> str:
    if not getattr(args, "passphrase_stdin", False):
        raise UsageError("give the passphrase on standard input with --passphrase-stdin")
    return stdin_lines(args, 1)[0]


def run_create(args: argparse.Namespace) -> int:
    root = _root(args)
    if (root / convert.CATALOGUE).exists() or keyfile.is_encrypted(root):
        raise UsageError(f"{root}: a workspace is already there")
    if args.encrypt:
        convert.create_encrypted(root, _new_passphrase(args))
        Workspace.open(root, passphrase_from_stdin(args)).close()
        print(f"created the encrypted workspace {root}")
    else:
        Workspace.open(root).close()
        print(f"created the workspace {root}")
    return EXIT_OK


def run_encrypt(args: argparse.Namespace) -> int:
    root = _root(args)
    passphrase = _new_passphrase(args)

    def progress(done: int, total: int) -> None:
        print(f"sealed {done}/{total}", flush=True)

    count = convert.encrypt_workspace(root, passphrase, progress)
    print(f"encrypted {root}: catalogue and {count} file(s); plaintext copies removed")
    return EXIT_OK


def run_passphrase(args: argparse.Namespace) -> int:
    root = _root(args)
    if not keyfile.is_encrypted(root):
        raise UsageError(f"{root}: this workspace is not encrypted (see `workspace encrypt`)")
    if not getattr(args, "passphrase_stdin", False):
        raise UsageError("give the old and the new passphrase on standard input, one a line")
    lines = stdin_lines(args, 2, ("Current passphrase: ", "New passphrase: "))
    keyfile.change_passphrase(keyfile.key_file_path(root), lines[0], lines[1])
    print(f"{root}: passphrase changed (the photos were not re-encrypted)")
    return EXIT_OK


def run_wipe_delivered(args: argparse.Namespace) -> int:
    coordinator = None
    if args.pubkey:
        try:
            coordinator = keyring.read_public_key(args.pubkey)
        except keyring.KeyringError as exc:
            raise UsageError(str(exc)) from exc
    with open_workspace(args) as workspace:
        try:
            if coordinator is None:
                campaign = campaign_for_receipt(args.receipt)
                coordinator = campaign.public_key if campaign is not None else None
            if coordinator is None:
                raise UsageError(
                    f"{args.receipt}: no joined campaign has this coordinator's key; give --pubkey"
                )
            plan = plan_wipe(read_receipt(args.receipt, coordinator))
        except (ReceiptError, WipeRefused) as exc:
            raise UsageError(str(exc)) from exc
        for line in plan.lines():
            print(line)
        if not args.yes:
            print("nothing removed yet: run again with --yes to remove the above")
            return EXIT_OK
        files = wipe(workspace, plan)
        print(f"removed {len(plan.photos)} photo(s), {files} file(s), {len(plan.tracks)} track(s)")
    return EXIT_OK


def run_destroy(args: argparse.Namespace) -> int:
    root = _root(args)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("destroying a workspace needs --yes (there is no undo)")
        answer = input(f"Destroy the workspace {root} and everything in it? Type yes: ")
        if answer.strip().lower() != "yes":
            print("nothing destroyed")
            return EXIT_OK
    encrypted = keyfile.is_encrypted(root)
    count = convert.destroy_workspace(root)
    first = "key destroyed, then " if encrypted else ""
    print(f"{root}: {first}{count} file(s) removed")
    return EXIT_OK

"""The ``surveyor`` command line: a thin layer over ``surveyor.core``.

With no arguments it starts the desktop app. Each sub-command lives in its own module under
``surveyor.cli`` and exposes ``register(subparsers)``; it sets ``func`` on its parser,
which returns the exit code. ``--json`` output goes to stdout as one document; logs go to
stderr. Exit codes: 0 success, 1 the work failed for some inputs, 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from surveyor.core import logs
from surveyor.core.vault.keyfile import VaultError

# Modules under surveyor.cli, in the order their commands appear in --help.
COMMAND_MODULES: list[str] = [
    "surveyor.cli.workspace",
    "surveyor.cli.importing",
    "surveyor.cli.photos",
    "surveyor.cli.cameras",
    "surveyor.cli.geotag",
    "surveyor.cli.keys",
    "surveyor.cli.redact",
    "surveyor.cli.bundles",
    "surveyor.cli.campaign",
    "surveyor.cli.kit",
    "surveyor.cli.basemaps",
    "surveyor.cli.map_image",
    "surveyor.cli.self_test",
]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad arguments found after parsing (e.g. an unknown walk): exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="surveyor",
        description="Map surveillance cameras from survey photos, offline. "
        "With no command, surveyor opens the window; each command below works without it.",
        epilog="`surveyor COMMAND --help` explains a command.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more to stderr")
    parser.add_argument(
        "--workspace", help="workspace folder (default: $SURVEYOR_WORKSPACE or the user data dir)"
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read an encrypted workspace's passphrase from the first line of standard input",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def common_parent() -> argparse.ArgumentParser:
    """Options every sub-command accepts, so they may follow the command name too."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--workspace", default=argparse.SUPPRESS, help="workspace folder")
    parent.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help="read an encrypted workspace's passphrase from standard input",
    )
    return parent


def configure_logging(verbose: bool) -> None:
    """stderr shows warnings (everything with -v); the log file keeps INFO and up, redacted."""
    stderr_level = logging.DEBUG if verbose else logging.WARNING
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        handler.setLevel(stderr_level)
        root.addHandler(handler)
        root.setLevel(stderr_level)
    logs.start_file_log(logging.DEBUG if verbose else logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse: 0 for --help, 2 for usage errors
        return int(exc.code or 0)
    configure_logging(args.verbose)
    if args.command is None:
        from surveyor.ui.app import run_app  # Qt is only imported for the window

        return int(run_app(args))
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"surveyor {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except VaultError as exc:  # wrong or missing passphrase, damaged key file: one line
        print(f"surveyor {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (`surveyor photos | head`): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"surveyor {args.command}: {exc}", file=sys.stderr)
        return EXIT_FAILED

"""``surveyor self-test``: is this installation complete? One line per check, exit 0 if all pass.

The window and map checks need Qt, which is started only here (offscreen: nothing is shown).
"""

from __future__ import annotations

import argparse
import os
import sys

from surveyor.cli import EXIT_FAILED, EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "self-test",
        help="check that this installation is complete",
        description="Open the window and the map offscreen on a temporary copy of the demo "
        "workspace, make thumbnails from a JPEG and a HEIC, sign and verify a bundle. Your own "
        "workspace, keys and settings are not touched. Exits with 1 if any check fails.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # checks open no window on the screen
    from surveyor.ui.self_test import run_all

    failed = 0
    for result in run_all():
        print(result.line(), flush=True)
        failed += not result.ok
    if failed:
        print(f"{failed} check(s) failed", file=sys.stderr)
        return EXIT_FAILED
    print("all checks passed")
    return EXIT_OK

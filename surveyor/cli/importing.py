"""``surveyor import``: bring photos from files and folders into the workspace."""

from __future__ import annotations

import argparse

from surveyor.cli import EXIT_FAILED, EXIT_OK, common_parent
from surveyor.cli.common import open_workspace, print_json
from surveyor.core.photos.importer import ImportProgress, import_paths


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import",
        parents=[common_parent()],
        help="import photos (JPEG, PNG, HEIC, WebP) from files and folders",
        description="Import photos from files and folders (recursively) into the workspace. "
        "Files already in the catalogue are skipped; files that cannot be imported are "
        "listed with the reason. Exit code 1 when some files failed.",
    )
    parser.add_argument("--walk", metavar="NAME", help="walk (batch) name; made if new")
    parser.add_argument("--json", action="store_true", help="print one JSON summary object")
    parser.add_argument(
        "--jobs", type=int, default=None, metavar="N", help="worker processes (default: cores)"
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="photo files or folders")
    parser.set_defaults(func=run)


def _line(update: ImportProgress) -> str:
    if update.outcome == "failed":
        return f"failed     {update.path}: {update.reason}"
    if update.outcome == "duplicate":
        return f"duplicate  {update.path} (already in the catalogue)"
    note = "" if update.has_position else " (no position)"
    return f"imported   {update.path}{note}"


def run(args: argparse.Namespace) -> int:
    def show(update: ImportProgress) -> None:
        print(_line(update), flush=True)

    with open_workspace(args) as workspace:
        report = import_paths(
            workspace,
            args.paths,
            walk_name=args.walk,
            progress=None if args.json else show,
            workers=args.jobs,
        )
    if args.json:
        summary = {
            "imported": len(report.imported),
            "duplicates": len(report.duplicates),
            "without_position": report.without_position,
            "failed": [{"path": path, "reason": reason} for path, reason in report.failed],
        }
        print_json(summary)
    else:
        print(
            f"{len(report.imported)} imported ({report.without_position} without position), "
            f"{len(report.duplicates)} already in the catalogue, {len(report.failed)} failed"
        )
    return EXIT_FAILED if report.failed else EXIT_OK

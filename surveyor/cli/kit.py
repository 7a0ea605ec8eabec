"""``surveyor kit create`` (coordinators) and ``surveyor kit open`` (volunteers)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from surveyor.cli import EXIT_FAILED, EXIT_OK, UsageError
from surveyor.cli.campaign_common import open_campaign, signing_key
from surveyor.cli.common import print_json
from surveyor.core.campaign.age_identity import CampaignIdentityError
from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.kit.create import KitCreateError, create_kit
from surveyor.core.kit.install import REKEYED, KeyChangedError, KitInstalled, install_kit
from surveyor.core.kit.verify import KitError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    kit = subparsers.add_parser(
        "kit",
        help="a campaign kit: everything a volunteer needs to join a campaign, in one file",
        description="A kit is one file signed with the coordinator's key: the campaign's name "
        "and area, the coordinator's public key, the campaign's age recipient, the signed "
        "known-cameras set, basemaps and vocabulary additions.",
    )
    actions = kit.add_subparsers(dest="kit_command", metavar="ACTION", required=True)
    create = actions.add_parser(
        "create",
        help="make the kit of a campaign (coordinators)",
        description="Signs with your key (surveyor key create). The campaign's age identity is "
        "made on first use and kept in the campaign folder (age/identity.txt); bundles that "
        "volunteers encrypt for the campaign are then merged without --age-identity.",
    )
    create.add_argument("--campaign", required=True, metavar="DIR", help="campaign folder")
    create.add_argument("--out", required=True, type=Path, metavar="FILE")
    create.add_argument("--name", metavar="TEXT", help="the campaign's name (remembered)")
    create.add_argument(
        "--basemap", action="append", default=[], type=Path, metavar="FILE", help="repeatable"
    )
    create.add_argument("--area", metavar="W,S,E,N", help="default: around the cameras")
    create.add_argument(
        "--vocabulary",
        type=Path,
        metavar="FILE",
        help='makes and models to add: {"manufacturers": [{"name": …, "models": […]}]}',
    )
    create.add_argument("--passphrase-stdin", action="store_true")
    create.add_argument("--json", action="store_true")
    create.set_defaults(func=run_create)

    opener = actions.add_parser(
        "open",
        help="check a kit and join its campaign (volunteers)",
        description="Checks the signature and every file's hash before installing anything, "
        "then installs the basemaps and the known-cameras layer and remembers the campaign: "
        "from then on export-bundle encrypts for it and receipt checks its coordinator's "
        "signatures. Exit 0 installed, 1 refused (nothing installed), 2 usage error.",
    )
    opener.add_argument("file", type=Path, metavar="KIT")
    opener.add_argument(
        "--accept-new-key",
        action="store_true",
        help="accept a kit of a joined campaign signed by another key",
    )
    opener.add_argument("--check", action="store_true", help="verify only; install nothing")
    opener.add_argument("--json", action="store_true")
    opener.set_defaults(func=run_open)


def _area(text: str | None) -> tuple[float, float, float, float] | None:
    if text is None:
        return None
    try:
        w, s, e, n = (float(v) for v in text.split(","))
    except ValueError as exc:
        raise UsageError(f"--area {text!r}: give four numbers W,S,E,N") from exc
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise UsageError(f"--area {text!r}: not a box on Earth (west,south,east,north)")
    return (w, s, e, n)


def run_create(args: argparse.Namespace) -> int:
    area = _area(args.area)
    with open_campaign(args) as ws:
        key = signing_key(args, required=True)
        assert key is not None
        try:
            made = create_kit(
                ws.root,
                load_consensus(),
                key,
                args.out,
                name=args.name,
                area=area,
                basemaps=args.basemap,
                vocabulary=args.vocabulary,
            )
        except (KitCreateError, CampaignIdentityError) as exc:
            raise UsageError(str(exc)) from exc
    m = made.manifest
    if args.json:
        print_json({"path": str(made.path), "size": made.size, **m.to_json()})
        return EXIT_OK
    print(f"wrote {made.path} ({made.size} bytes): campaign “{m.campaign_name}”")
    print(f"  signed with key {m.key_id}; volunteers encrypt to {m.age_recipient}")
    print(f"  {m.known_cameras} known cameras, {len(m.basemaps)} basemaps")
    print(f"  tell volunteers your key id {m.key_id} so they can check it when they join")
    return EXIT_OK


def _describe(done: KitInstalled) -> list[str]:
    c = done.campaign
    verb = "checked, not installed:" if not done.installed else f"{done.status}:"
    lines = [
        f"{verb} campaign “{c.name}” (kit of {c.kit_created})",
        f"  coordinator key {c.key_id}: compare it with the id your coordinator gave you",
        f"  bundles will be encrypted to {c.age_recipient} (export-bundle --no-encrypt: not)",
        f"  {done.known_cameras or 0} known cameras, {len(done.basemaps)} basemaps, "
        f"{done.vocabulary_makes} makes added to the vocabulary",
    ]
    if done.replaces_active:
        lines.append(f"  bundles were encrypted for “{done.replaces_active}” until now")
    if done.status == REKEYED:
        lines.append(f"  replaces key {done.previous_key_id}")
    return lines


def run_open(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise UsageError(f"{args.file}: no such file")
    try:
        done = install_kit(args.file, accept_new_key=args.accept_new_key, dry_run=args.check)
    except KitError as exc:
        if args.json:
            document = {"kit": str(args.file), "installed": False, "reason": str(exc)}
            if isinstance(exc, KeyChangedError):
                document |= {"old_key_id": exc.old_key_id, "new_key_id": exc.new_key_id}
            print_json(document)
        else:
            print(f"surveyor kit open: refused: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except ValueError as exc:  # the basemap library refused a file it has checked before
        print(f"surveyor kit open: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        print_json({"kit": str(args.file), **done.to_json()})
    else:
        print("\n".join(_describe(done)))
    return EXIT_OK

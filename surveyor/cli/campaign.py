"""The coordinator's commands: ``keyring`` (alias ``keys``), ``merge``, ``review``, ``export``,
``stats``, ``receipt``.

Every command but ``receipt`` works on a campaign folder given with ``--campaign DIR`` (a
workspace whose catalogue holds the campaign tables; ``keys add`` and ``merge`` create it).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from peewee import DatabaseError

from surveyor.cli import EXIT_FAILED, EXIT_OK, UsageError
from surveyor.cli.common import print_json
from surveyor.cli.keys import read_passphrase
from surveyor.core.bundle import identity
from surveyor.core.bundle.minisign import MinisignError, SecretKey
from surveyor.core.campaign import history, keyring, review
from surveyor.core.campaign.consensus import ATTRIBUTES
from surveyor.core.campaign.exports import FORMATS, ExportError, export_cameras
from surveyor.core.campaign.intake import Intake
from surveyor.core.campaign.intake_result import IntakeResult
from surveyor.core.campaign.known_cameras_export import export_known_cameras
from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.campaign.publication import select_published
from surveyor.core.campaign.quarantine import release_quarantined
from surveyor.core.campaign.receipts import (
    ReceiptError,
    read_receipt,
    reissue_missing,
    reissue_receipt,
    write_receipt,
)
from surveyor.core.campaign.stats import campaign_stats, stats_table
from surveyor.core.campaign.webmap import (
    OnlineTiles,
    WebmapError,
    WebmapOptions,
    publish_webmap,
)
from surveyor.core.kit.receipts import campaign_for_receipt
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import CampaignCamera, ReceivedBundle, VolunteerKey

KNOWN_CAMERAS = "known-cameras"
WEBMAP = "webmap"


def _campaign_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--campaign", required=True, metavar="DIR", help="campaign folder")
    return parent


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    camp = _campaign_parent()
    keys = subparsers.add_parser(
        "keyring",
        aliases=["keys"],  # its first name; easy to confuse with the volunteer's own `key`
        help="(coordinators) the campaign's keyring of volunteers' public keys; `keys` works too",
        description="Volunteers' minisign public keys (RW…), each with a pseudonym. Bundles "
        "signed by an unknown or untrusted key wait in quarantine; a revoked key's are refused.",
    )
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[camp], help="add a key: pasted RW… or a .pub file")
    add.add_argument("key", metavar="RW...|FILE")
    add.add_argument("--name", default="", metavar="PSEUDONYM", help="the volunteer's pseudonym")
    add.add_argument("--trust", action="store_true", help="trust it at once")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=run_keys_add)
    listing = actions.add_parser("list", parents=[camp], help="list keys and their status")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=run_keys_list)
    for name, helptext in (
        ("trust", "trust a key and merge the bundles that waited for it"),
        ("revoke", "revoke a key: its bundles are refused from now on"),
    ):
        p = actions.add_parser(name, parents=[camp], help=helptext)
        p.add_argument("ident", metavar="KEYID|PSEUDONYM")
        p.add_argument("--json", action="store_true")
        if name == "revoke":
            p.add_argument(
                "--withdraw",
                action="store_true",
                help="also take everything this key already sent out of the consensus and "
                "the exports (a review decision: `surveyor review undo N` brings it back)",
            )
        p.add_argument("--passphrase-stdin", action="store_true", help=argparse.SUPPRESS)
        p.set_defaults(func=run_keys_status, status=name)

    merge = subparsers.add_parser(
        "merge",
        parents=[camp],
        help="check and merge volunteers' bundles into the campaign",
        description="Each bundle is verified before anything is extracted, then merged, "
        "reported as a duplicate, quarantined (unknown key) or refused (with the reason). "
        "Exit 0 when every bundle merged or was a duplicate, 1 otherwise.",
    )
    merge.add_argument("bundles", nargs="+", type=Path, metavar="BUNDLE")
    merge.add_argument("--json", action="store_true", help="print one JSON document")
    merge.add_argument(
        "--age-identity", type=Path, metavar="FILE", help="age identity for .zip.age bundles"
    )
    merge.add_argument(
        "--no-receipts", action="store_true", help="do not sign a receipt per merged bundle"
    )
    merge.add_argument(
        "--passphrase-stdin", action="store_true", help="read your key's passphrase from stdin"
    )
    merge.set_defaults(func=run_merge)

    export = subparsers.add_parser(
        "export",
        parents=[camp],
        help="write the consensus cameras as GeoJSON, CSV, KML or OSM XML, or a web map",
        description=f"Formats: {', '.join(FORMATS)}, {KNOWN_CAMERAS} (GeoJSON signed with "
        f"your key, for the volunteers' known-cameras map layer), and {WEBMAP} (a static web "
        "site in the folder --out: accepted cameras only, none in review, with their redacted "
        "photos; it opens from disk or any static host and asks no other site for anything).",
    )
    export.add_argument("--format", required=True, choices=[*FORMATS, KNOWN_CAMERAS, WEBMAP])
    export.add_argument("--out", required=True, type=Path, metavar="FILE|FOLDER")
    export.add_argument("--passphrase-stdin", action="store_true")
    web = export.add_argument_group("web map")
    web.add_argument("--title", default=WebmapOptions.title, help="the page's title")
    web.add_argument("--no-photos", action="store_true", help="publish no photos")
    web.add_argument(
        "--min-volunteers",
        type=int,
        default=1,
        metavar="N",
        help="publish only cameras confirmed by at least N volunteers",
    )
    web.add_argument(
        "--online-tiles",
        metavar="URL",
        help="offer an online street map (https://…/{z}/{x}/{y}.png), off until a reader "
        "switches it on; needs --tiles-attribution",
    )
    web.add_argument("--tiles-attribution", metavar="TEXT", help="credit for --online-tiles")
    web.add_argument(
        "--basemap",
        type=Path,
        metavar="FILE",
        help="the campaign's vector basemap (PMTiles or vector MBTiles), cut to the cameras' "
        "area and copied into the site",
    )
    export.add_argument("--json", action="store_true")
    export.set_defaults(func=run_export)

    stats = subparsers.add_parser(
        "stats", parents=[camp], help="cameras by make, type, mount, zone and by volunteer"
    )
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(func=run_stats)

    receipt = subparsers.add_parser(
        "receipt",
        help="show what a coordinator did with your bundle (a signed receipt)",
        description="Reads receipt-<bundle>.json and checks its .minisig against the "
        "coordinator's public key; exit 1 if the signature does not verify. A coordinator "
        "issues a bundle's receipt again with --reissue BUNDLE-ID --campaign DIR.",
    )
    receipt.add_argument("file", type=Path, nargs="?", metavar="RECEIPT")
    receipt.add_argument("--pubkey", metavar="RW...|FILE", help="the coordinator's public key")
    receipt.add_argument(
        "--reissue", metavar="BUNDLE-ID", help="sign a merged bundle's receipt again"
    )
    receipt.add_argument("--campaign", metavar="DIR", help="the campaign (with --reissue)")
    receipt.add_argument(
        "--key", metavar="KEYID", help="the volunteer's key, if several sent that bundle id"
    )
    receipt.add_argument("--passphrase-stdin", action="store_true")
    receipt.add_argument("--json", action="store_true")
    receipt.set_defaults(func=run_receipt)
    _register_review(subparsers, camp)


def _register_review(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    camp: argparse.ArgumentParser,
) -> None:
    rev = subparsers.add_parser(
        "review",
        help="the review queue: list, accept, merge, split, set a value, history, undo",
        description="Every decision is recorded with its author (your pseudonym) and can be "
        "undone by its number.",
    )
    actions = rev.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[camp], help="open review items")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=run_review_list)
    accept = actions.add_parser("accept", parents=[camp], help="accept items as they stand")
    accept.add_argument("items", nargs="*", type=int, metavar="ITEM")
    accept.add_argument(
        "--far-matches-within",
        type=float,
        metavar="M",
        help="accept every open far match joined within M metres",
    )
    accept.add_argument(
        "--all-like",
        type=int,
        metavar="ITEM",
        help="accept every open item of ITEM's class (e.g. every split vote on the mount)",
    )
    accept.set_defaults(func=run_review_decide, action="accept")
    merger = actions.add_parser(
        "merge-cameras",
        parents=[camp],
        help="merge any two cameras (UUID or number): B keeps its identity, A's sightings join",
    )
    merger.add_argument("source", metavar="A")
    merger.add_argument("target", metavar="B")
    merger.set_defaults(func=run_review_decide, action="merge-cameras")
    history = actions.add_parser(
        "history", parents=[camp], help="why each sighting of a camera is where it is"
    )
    history.add_argument("camera", metavar="CAMERA")
    history.add_argument("--json", action="store_true")
    history.set_defaults(func=run_review_history)
    unauto = actions.add_parser(
        "undo-auto",
        parents=[camp],
        help="take back an automatic decision from a camera's history (split or merge)",
    )
    unauto.add_argument("note", type=int, metavar="ENTRY")
    unauto.set_defaults(func=run_review_decide, action="undo-auto")
    for name, helptext in (
        ("merge", "merge the item's camera into the camera it was compared with"),
        ("split", "take the item's sighting out into a camera of its own"),
    ):
        p = actions.add_parser(name, parents=[camp], help=helptext)
        p.add_argument("item", type=int, metavar="ITEM")
        p.set_defaults(func=run_review_decide, action=name)
    setter = actions.add_parser("set", parents=[camp], help="decide a camera's attribute")
    setter.add_argument("camera", metavar="CAMERA_UUID")
    setter.add_argument("attribute", choices=ATTRIBUTES)
    setter.add_argument("value", nargs="?", help="the value (leave out: decide it has none)")
    setter.set_defaults(func=run_review_decide, action="set")
    undo = actions.add_parser("undo", parents=[camp], help="take a decision back")
    undo.add_argument("decision", type=int, metavar="DECISION")
    undo.set_defaults(func=run_review_decide, action="undo")


# -- helpers ---------------------------------------------------------------------------------


def open_campaign(args: argparse.Namespace, create: bool = False) -> Workspace:
    root = Path(args.campaign).expanduser()
    if not create and not (root / "catalogue.sqlite").is_file():
        raise UsageError(f"{root}: no campaign there (create one with `surveyor keys add`)")
    if root.exists() and not root.is_dir():
        raise UsageError(f"{root}: not a folder")
    try:
        return Workspace.open(root)
    except (RuntimeError, DatabaseError) as exc:  # a newer schema, or not a catalogue at all
        raise UsageError(f"{root}: cannot open the campaign catalogue ({exc})") from exc


def key_json(key: VolunteerKey) -> dict[str, Any]:
    return {
        "key_id": key.key_id,
        "public_key": key.public_key,
        "pseudonym": key.pseudonym,
        "status": key.status,
        "withdrawn": bool(key.withdrawn),
    }


def signing_key(args: argparse.Namespace, required: bool) -> SecretKey | None:
    """The coordinator's own key (``surveyor key create``), or None when there is none."""
    if not identity.exists():
        if required:
            raise UsageError("no signing key: create one with `surveyor key create`")
        return None
    ident = identity.load()
    passphrase = read_passphrase() if args.passphrase_stdin else None
    if ident.encrypted and passphrase is None:
        if required:
            raise UsageError("your key is protected by a passphrase: use --passphrase-stdin")
        return None
    try:
        return ident.secret_key(passphrase)
    except (MinisignError, identity.IdentityError) as exc:
        raise UsageError(str(exc)) from exc


# -- keys ------------------------------------------------------------------------------------


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
            released = release_quarantined(_intake(ws, args, receipts=True), key.key_id)
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
                print(_result_line(result))
    return EXIT_OK if all(r.ok for r in released) else EXIT_FAILED


# -- merge -----------------------------------------------------------------------------------


def _intake(ws: Workspace, args: argparse.Namespace, receipts: bool) -> Intake:
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


def _result_line(r: IntakeResult) -> str:
    counts = ", ".join(f"{n} {what}" for what, n in sorted(r.counts().items()))
    detail = counts if r.status == "merged" else r.reason
    if r.status == "merged" and r.reason:
        detail += f" ({r.reason})"
    return f"{r.status:<11} {r.file}{_sender(r)}: {detail}"


def run_merge(args: argparse.Namespace) -> int:
    with open_campaign(args, create=True) as ws:
        intake = _intake(ws, args, receipts=True)
        results = []
        for path in args.bundles:
            result = intake.merge(path)
            results.append(result)
            if not args.json:
                print(_result_line(result), flush=True)
        summary: dict[str, int] = {}
        for r in results:
            summary[r.status] = summary.get(r.status, 0) + 1
        if args.json:
            print_json({"bundles": [r.to_json() for r in results], "summary": summary})
        else:
            print(", ".join(f"{n} {s}" for s, n in summary.items()), file=sys.stderr)
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED


# -- review ----------------------------------------------------------------------------------


def run_review_list(args: argparse.Namespace) -> int:
    with open_campaign(args):
        items = review.open_items()
        cameras = {c.id: c.uuid for c in CampaignCamera.select()}
        rows = [
            {
                "item": i.id,
                "kind": i.kind,
                "distance_m": i.distance_m,
                "reason": i.reason,
                "class": review.class_label(*review.item_class(i)),
                "camera": cameras.get(i.camera_id) if i.camera_id else None,
                "other_camera": cameras.get(i.other_camera_id) if i.other_camera_id else None,
            }
            for i in items
        ]
    if args.json:
        print_json({"items": rows})
    else:
        for row in rows:
            print(f"{row['item']:>6}  {row['kind']:<18} {row['reason']}")
        print(f"{len(rows)} open review items", file=sys.stderr)
    return EXIT_OK


def run_review_history(args: argparse.Namespace) -> int:
    with open_campaign(args):
        try:
            camera = review.camera_by_reference(args.camera)
        except review.ReviewError as exc:
            raise UsageError(str(exc)) from exc
        entries = history.camera_history(camera.id)
    if args.json:
        print_json({"camera": camera.uuid, "history": [asdict(e) for e in entries]})
    else:
        for e in entries:
            mark = f"  (undo: review undo-auto {e.note_id})" if e.undoable else ""
            print(f"{e.note_id:>6}  {e.volunteer:<16} {e.text}{mark}")
    return EXIT_OK


def run_review_decide(args: argparse.Namespace) -> int:
    with open_campaign(args):
        who = review.default_author()
        try:
            decision = _decide(args, who)
        except review.ReviewError as exc:
            raise UsageError(str(exc)) from exc
    if decision is None:
        print("undone")
    else:
        print(f"decision {decision} by {who}")
    return EXIT_OK


def _decide(args: argparse.Namespace, who: str) -> int | None:
    if args.action == "accept":
        items = list(args.items)
        if args.far_matches_within is not None:
            items += [
                i.id
                for i in review.open_items()
                if i.kind == "far_match" and i.distance_m <= args.far_matches_within
            ]
        if args.all_like is not None:
            like = review.item_class(review.item_by_id(args.all_like))
            items += [i.id for i in review.open_items() if review.item_class(i) == like]
        if len(items) == 1:
            return review.accept(items[0], who)
        return review.accept_many(items, who)
    if args.action == "merge-cameras":
        return review.merge_cameras(args.source, args.target, who)
    if args.action == "undo-auto":
        return history.undo_automatic(args.note, who)
    if args.action == "merge":
        return review.merge_item(args.item, who)
    if args.action == "split":
        return review.split_item(args.item, who)
    if args.action == "set":
        camera = CampaignCamera.get_or_none(CampaignCamera.uuid == args.camera)
        if camera is None:
            raise review.ReviewError(f"no camera {args.camera} in this campaign")
        return review.set_value(camera.id, args.attribute, args.value, who)
    review.undo(args.decision)
    return None


# -- outputs ---------------------------------------------------------------------------------


def run_export(args: argparse.Namespace) -> int:
    if args.format == WEBMAP:
        return run_export_webmap(args)
    if args.out.is_dir():
        raise UsageError(f"{args.out}: is a folder; give a file name")
    if not args.out.parent.is_dir():
        raise UsageError(f"{args.out.parent}: no such folder")
    with open_campaign(args):
        cameras = load_consensus()
        written = [args.out]
        if args.format == KNOWN_CAMERAS:
            key = signing_key(args, required=True)
            assert key is not None
            written = list(export_known_cameras(cameras, args.out, key))
        else:
            try:
                export_cameras(cameras, args.format, args.out)
            except (ExportError, OSError) as exc:
                print(f"surveyor export: {exc}; {args.out} was left as it was", file=sys.stderr)
                return EXIT_FAILED
    if args.json:
        print_json(
            {"format": args.format, "cameras": len(cameras), "files": list(map(str, written))}
        )
    else:
        print(f"{len(cameras)} cameras written to {', '.join(map(str, written))}")
    return EXIT_OK


def run_export_webmap(args: argparse.Namespace) -> int:
    if args.min_volunteers < 1:
        raise UsageError("--min-volunteers must be 1 or more")
    tiles = None
    if args.online_tiles:
        if not args.tiles_attribution:
            raise UsageError("--online-tiles needs --tiles-attribution (the map's credit)")
        tiles = OnlineTiles(args.online_tiles, args.tiles_attribution)
    if args.basemap is not None and not args.basemap.is_file():
        raise UsageError(f"{args.basemap}: no such file")
    options = WebmapOptions(
        title=args.title,
        photos=not args.no_photos,
        online_tiles=tiles,
        basemap=args.basemap,
    )
    with open_campaign(args) as ws:
        publication = select_published(args.min_volunteers)
        try:
            result = publish_webmap(ws, publication, args.out, options)
        except WebmapError as exc:
            raise UsageError(str(exc)) from exc
    if args.json:
        print_json(
            {
                "format": WEBMAP,
                "folder": str(result.folder),
                "cameras": result.cameras,
                "photos": result.photos,
                "bytes": result.bytes,
                "basemap_tiles": result.basemap_tiles,
                "held_back": {
                    "in_review": result.in_review,
                    "too_few_volunteers": result.too_few_volunteers,
                },
            }
        )
    else:
        print(
            f"{result.cameras} cameras and {result.photos} photos published to "
            f"{result.folder}/index.html ({result.bytes / 1e6:.1f} MB)"
        )
        if result.in_review or result.too_few_volunteers:
            print(
                f"held back: {result.in_review} in review, "
                f"{result.too_few_volunteers} with too few volunteers",
                file=sys.stderr,
            )
    return EXIT_OK


def run_stats(args: argparse.Namespace) -> int:
    with open_campaign(args):
        stats = campaign_stats(load_consensus())
    if args.json:
        print_json(stats.to_json())
    else:
        sys.stdout.write(stats_table(stats))
    return EXIT_OK


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

"""The coordinator's commands: ``keyring`` (alias ``keys``), ``merge``, ``review``, ``export``,
``stats``, ``receipt``.

Every command but ``receipt`` works on a campaign folder given with ``--campaign DIR`` (a
workspace whose catalogue holds the campaign tables; ``keys add`` and ``merge`` create it).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from surveyor.cli.campaign_common import KNOWN_CAMERAS, WEBMAP
from surveyor.cli.campaign_keys import run_keys_add, run_keys_list, run_keys_status
from surveyor.cli.campaign_merge import run_merge, run_receipt
from surveyor.cli.campaign_outputs import run_export, run_stats
from surveyor.cli.campaign_review import run_review_decide, run_review_history, run_review_list
from surveyor.core.campaign.consensus import ATTRIBUTES
from surveyor.core.campaign.exports import FORMATS
from surveyor.core.campaign.webmap import (
    WebmapOptions,
)


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

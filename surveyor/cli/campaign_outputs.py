"""``export`` (cameras, known cameras, the web map) and ``stats``."""

from __future__ import annotations

import argparse
import sys

from surveyor.cli import EXIT_FAILED, EXIT_OK, UsageError
from surveyor.cli.campaign_common import KNOWN_CAMERAS, WEBMAP, open_campaign, signing_key
from surveyor.cli.common import print_json
from surveyor.core.campaign.exports import ExportError, export_cameras
from surveyor.core.campaign.known_cameras_export import export_known_cameras
from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.campaign.publication import select_published
from surveyor.core.campaign.stats import campaign_stats, stats_table
from surveyor.core.campaign.webmap import (
    OnlineTiles,
    WebmapError,
    WebmapOptions,
    publish_webmap,
)


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

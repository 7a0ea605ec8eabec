"""``surveyor render-map``: a PNG of the map (cameras, cones, basemap, scale, credit), offline.

The arguments are checked here, with no Qt; the drawing itself needs QtWebEngine, which is
started only then (offscreen: a command-line tool opens no window).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from surveyor.cli import EXIT_FAILED, EXIT_OK, UsageError, common_parent
from surveyor.cli.common import open_workspace
from surveyor.core.campaign import image_rows as campaign_image_rows
from surveyor.core.map import image as map_image
from surveyor.core.map.basemaps import Basemap, load_settings
from surveyor.core.map.tilesets import BasemapError, read_tileset_info


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "render-map",
        parents=[common_parent()],
        help="save a map image (PNG) for a report, with no network",
        description="Draw the map as the window shows it (cameras with their view cones, the "
        "basemap, a scale bar and the basemap's credit) to a PNG. Photo positions (where "
        "volunteers stood) and notes are never drawn. Exits with 1 if the map tried to reach "
        "the network.",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--campaign", metavar="DIR", help="draw a campaign's published cameras")
    parser.add_argument(
        "--basemap",
        action="append",
        type=Path,
        metavar="FILE",
        help="basemap file (.mbtiles, .pmtiles; repeat to stack); default: your basemap library",
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--bbox", metavar="W,S,E,N", help="area to show, in degrees (--bbox=-9.2,38.7,… west of 0)"
    )
    where.add_argument(
        "--center", metavar="LAT,LON", help="centre of the image (--center=-33.9,18.4 south of 0)"
    )
    parser.add_argument("--zoom", type=float, help="zoom with --center (17: a street, 19: a door)")
    parser.add_argument("--size", default="1600x1200", metavar="WxH", help="pixels (1600x1200)")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.png")
    parser.set_defaults(func=run)


def parse_view(args: argparse.Namespace) -> map_image.MapView:
    try:
        width, height = map_image.parse_size(args.size)
        if args.bbox:
            if args.zoom is not None:
                raise UsageError("--zoom goes with --center, not with --bbox")
            return map_image.MapView(width, height, bbox=map_image.parse_bbox(args.bbox))
        if args.zoom is None:
            raise UsageError("--center needs --zoom")
        return map_image.MapView(
            width,
            height,
            center=map_image.parse_center(args.center),
            zoom=map_image.parse_zoom(args.zoom),
        )
    except map_image.MapImageError as exc:
        raise UsageError(str(exc)) from exc


def chosen_basemaps(paths: list[Path] | None) -> list[Basemap]:
    if not paths:
        return load_settings().basemaps
    chosen = []
    for path in paths:
        try:
            read_tileset_info(path)
        except BasemapError as exc:
            raise UsageError(str(exc)) from exc
        chosen.append(Basemap(str(path.expanduser().resolve())))
    return chosen


def run(args: argparse.Namespace) -> int:
    if args.campaign and getattr(args, "workspace", None):
        raise UsageError("give --workspace or --campaign, not both")
    view = parse_view(args)
    if args.out.suffix.lower() != ".png":
        raise UsageError(f"--out {args.out}: the image is a PNG file (name it .png)")
    basemaps = chosen_basemaps(args.basemap)
    if args.campaign:
        from surveyor.cli.campaign_common import open_campaign

        with open_campaign(args):
            cameras = campaign_image_rows.campaign_cameras()
    else:
        with open_workspace(args):
            cameras = map_image.workspace_cameras()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window for a command
    from surveyor.ui.map.render_command import render_to_file

    try:
        result = render_to_file(view, cameras, basemaps, args.out)
    except RuntimeError as exc:  # the page did not load or draw in time (MapImageFailed)
        print(f"surveyor render-map: {exc}; no image was saved", file=sys.stderr)
        return EXIT_FAILED
    for path, reason in result.basemap_errors:
        print(f"surveyor render-map: basemap {path} not drawn: {reason}", file=sys.stderr)
    if result.blocked:
        shown = ", ".join(result.blocked[:5])
        print(
            f"surveyor render-map: the map tried to reach the network ({shown}); refused,"
            f" and no image was saved",
            file=sys.stderr,
        )
        return EXIT_FAILED
    print(f"saved {args.out} ({view.width}×{view.height}, {len(cameras)} cameras)")
    return EXIT_OK

"""``surveyor basemap``: the basemap library the map uses (Settings ▸ Basemaps in the window)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from surveyor.cli import EXIT_FAILED, EXIT_OK
from surveyor.cli.common import print_json
from surveyor.core.map import basemaps
from surveyor.core.map.tilesets import BasemapError, TilesetInfo


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    basemap = subparsers.add_parser(
        "basemap",
        help="add, list or remove offline basemaps (MBTiles, PMTiles)",
        description="The offline basemaps shown under the map, shared by all workspaces: raster "
        "MBTiles, vector MBTiles (tilemaker, planetiler, OpenMapTiles) and PMTiles (Protomaps). "
        "The files stay where they are; the library remembers their paths.",
    )
    actions = basemap.add_subparsers(dest="basemap_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="check a basemap file and add it")
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add.set_defaults(func=run_add)
    listing = actions.add_parser("list", help="the basemaps, bottom one first")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    listing.set_defaults(func=run_list)
    remove = actions.add_parser("remove", help="forget a basemap (the file is not deleted)")
    remove.add_argument("name", metavar="NAME", help="name as listed (or the file's path)")
    remove.set_defaults(func=run_remove)


def run_add(args: argparse.Namespace) -> int:
    failed = False
    for path in args.files:
        try:
            added = basemaps.add_basemap(path)
            info = added.info()
        except BasemapError as exc:
            print(f"surveyor basemap add: {exc}", file=sys.stderr)
            failed = True
            continue
        print(f"added {added.name}: {_summary(info)}")
    return EXIT_FAILED if failed else EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    entries = basemaps.list_basemaps()
    if args.json:
        print_json([basemaps.describe(b, info) for b, info in entries])
        return EXIT_OK
    if not entries:
        print("no basemaps: add one with `surveyor basemap add FILE`")
    for basemap, info in entries:
        if isinstance(info, BasemapError):
            print(f"{basemap.name}\tunreadable: {info}")
        else:
            print(f"{basemap.name}\t{_summary(info)}\t{basemap.path}")
    return EXIT_OK


def run_remove(args: argparse.Namespace) -> int:
    try:
        removed = basemaps.remove_basemap(args.name)
    except BasemapError as exc:
        print(f"surveyor basemap remove: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"removed {removed.name} ({removed.path})")
    return EXIT_OK


def _summary(info: TilesetInfo) -> str:
    what = f"{info.kind} {info.container}"
    if info.schema:
        what += f", {info.schema} schema"
    west, south, east, north = info.bounds
    return (
        f"{what}, zoom {info.minzoom}–{info.maxzoom},"
        f" bounds {west:.4f},{south:.4f},{east:.4f},{north:.4f}"
    )

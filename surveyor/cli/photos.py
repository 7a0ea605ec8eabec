"""``surveyor photos``: list the photos in the catalogue."""

from __future__ import annotations

import argparse
from typing import Any

from surveyor.cli import EXIT_OK, common_parent
from surveyor.cli.common import open_workspace, print_json, walk_named
from surveyor.store.models import Photo


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("photos", parents=[common_parent()], help="list imported photos")
    parser.add_argument("--walk", metavar="NAME", help="only the photos of this walk")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.set_defaults(func=run)


def photo_json(photo: Photo) -> dict[str, Any]:
    return {
        "id": photo.id,
        "hash": photo.sha256,
        "original_name": photo.original_name,
        "taken_at": photo.taken_at,
        "latitude": photo.latitude,
        "longitude": photo.longitude,
        "accuracy": photo.accuracy_m,
        "bearing": photo.bearing,
        "width": photo.width,
        "height": photo.height,
    }


def run(args: argparse.Namespace) -> int:
    with open_workspace(args):
        query = Photo.select().order_by(Photo.id)
        if args.walk is not None:
            walk = walk_named(args.walk)
            query = query.where(Photo.walk == walk.id)
        photos = [photo_json(p) for p in query]
    if args.json:
        print_json(photos)
        return EXIT_OK
    for p in photos:
        where = (
            f"{p['latitude']:.6f},{p['longitude']:.6f}"
            if p["latitude"] is not None
            else "no position"
        )
        print(f"{p['id']:>6}  {p['taken_at'] or '-':<25}  {where:<22}  {p['original_name']}")
    return EXIT_OK

"""``surveyor camera add`` and ``surveyor cameras``: record and list cameras."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from surveyor.cli import EXIT_OK, UsageError, common_parent
from surveyor.cli.common import open_workspace, photo_id, print_json, walk_named
from surveyor.core import camera_records as cameras
from surveyor.core.tags import osm_tags
from surveyor.core.vocabulary import load_vocabulary
from surveyor.store.models import Camera

UNKNOWN_MAKE = "unknown"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    vocab = load_vocabulary()
    camera = subparsers.add_parser("camera", help="record a camera")
    actions = camera.add_subparsers(dest="camera_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        parents=[common_parent()],
        help="record a camera seen in one or more photos; prints its number (#8) and UUID",
        description="Record a camera. Its position defaults to the first photo's, moved a "
        "few metres along the photo's bearing when it has one; such a suggested position is "
        "shifted in bundles, only --lat/--lon (placed by hand) is sent exactly. --direction "
        "is where the camera looks; the photo's bearing is never used for it.",
    )
    add.add_argument(
        "--photo",
        action="append",
        required=True,
        metavar="PHOTO",
        help="a photo the camera is seen in: its id (from `surveyor photos`) or its original "
        "file name; repeat for several photos",
    )
    add.add_argument("--make", metavar="M", help=f"manufacturer, or '{UNKNOWN_MAKE}'")
    add.add_argument("--model", metavar="MODEL")
    add.add_argument("--type", dest="camera_type", choices=vocab.field("camera_type").values())
    add.add_argument("--mount", dest="camera_mount", choices=vocab.field("camera_mount").values())
    add.add_argument("--surveillance", choices=vocab.field("surveillance").values())
    add.add_argument("--zone", choices=vocab.field("zone").values())
    add.add_argument("--direction", type=float, metavar="DEG", help="degrees from north")
    add.add_argument("--height", type=float, metavar="M", help="metres above ground")
    add.add_argument("--lat", type=float, metavar="LAT")
    add.add_argument("--lon", type=float, metavar="LON")
    add.add_argument("--notes", default="")
    add.add_argument("--json", action="store_true", help="print the camera as JSON")
    add.set_defaults(func=run_add)

    listing = subparsers.add_parser(
        "cameras", parents=[common_parent()], help="list recorded cameras with their OSM tags"
    )
    listing.add_argument("--walk", metavar="NAME", help="only the cameras of this walk")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(func=run_list)


def camera_json(camera: Camera) -> dict[str, Any]:
    return {
        "id": camera.id,
        "number": f"#{camera.id}",  # how the window and the map name it
        "uuid": camera.uuid,
        "latitude": camera.latitude,
        "longitude": camera.longitude,
        "position_source": camera.position_source,
        "confirmed": bool(camera.confirmed),
        "make_unknown": bool(camera.make_unknown),
        "photos": cameras.camera_photo_ids(camera.id),
        "tags": osm_tags(camera),
    }


def _attributes(args: argparse.Namespace) -> dict[str, Any]:
    attributes: dict[str, Any] = {"notes": args.notes}
    for name in ("camera_type", "camera_mount", "surveillance", "zone", "direction", "height"):
        value = getattr(args, name)
        if value is not None:
            attributes[name] = value
    if args.model:
        attributes["model"] = args.model
    if args.make is not None:
        if args.make.strip().casefold() == UNKNOWN_MAKE:
            attributes["make_unknown"] = True
        else:
            known = load_vocabulary().manufacturer(args.make)
            attributes["manufacturer"] = known.name if known else args.make  # canonical case
    return attributes


def run_add(args: argparse.Namespace) -> int:
    if (args.lat is None) != (args.lon is None):
        raise UsageError("give --lat and --lon together")
    with open_workspace(args):
        try:
            camera = cameras.create_camera(
                [photo_id(ref) for ref in args.photo],
                lat=args.lat,
                lon=args.lon,
                **_attributes(args),
            )
        except cameras.CameraError as exc:
            raise UsageError(str(exc)) from None
        if args.json:
            print_json(camera_json(camera))
        else:
            # The number the window and map show, then the UUID that scripts and bundles use.
            print(f"#{camera.id}  {camera.uuid}")
        if camera.latitude is None:
            print("note: the photo has no position; place the camera on the map", file=sys.stderr)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with open_workspace(args):
        query = Camera.select().order_by(Camera.id)
        if args.walk is not None:
            walk = walk_named(args.walk)
            query = query.where(Camera.walk == walk.id)
        listed = [camera_json(c) for c in query]
    if args.json:
        print_json(listed)
        return EXIT_OK
    for c in listed:
        where = (
            f"{c['latitude']:.6f},{c['longitude']:.6f} ({c['position_source']})"
            if c["latitude"] is not None
            else "no position"
        )
        tags = " ".join(f"{k}={v}" for k, v in c["tags"].items() if k != "man_made")
        print(f"{c['number']:>6}  {c['uuid']}  {where}  {tags}")
    return EXIT_OK

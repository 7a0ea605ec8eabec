"""``surveyor redact``: the boxes blurred out of photos before they leave (faces, plates, …).

Boxes are in pixels of the photo as shown (orientation applied): X,Y is the top-left corner.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from surveyor.cli import EXIT_FAILED, EXIT_OK, UsageError, common_parent
from surveyor.cli.common import open_workspace, print_json, walk_named
from surveyor.core.redaction import catalogue
from surveyor.core.redaction.boxes import CAMERA, HAND, BoxError, parse_box
from surveyor.core.redaction.catalogue import RedactionError
from surveyor.core.redaction.scan import detect_photos
from surveyor.store.models import Photo, RedactionBox


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "redact",
        parents=[common_parent()],
        help="faces, number plates and other boxes blurred before photos leave",
        description="List, add and remove the boxes that export-bundle blurs in each photo, "
        "and search photos for faces and number plates. Boxes are X,Y,W,H in pixels of the "
        "photo as shown (orientation applied). Look at every photo: detectors miss things.",
    )
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)

    listing = verbs.add_parser("list", parents=[common_parent()], help="show boxes per photo")
    which = listing.add_mutually_exclusive_group()
    which.add_argument("--photo", type=int, metavar="ID", help="only this photo")
    which.add_argument("--walk", metavar="NAME", help="only the photos of this walk")
    listing.add_argument("--removed", action="store_true", help="also boxes you removed")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(func=run_list)

    add = verbs.add_parser("add", parents=[common_parent()], help="draw a box over a photo")
    add.add_argument("--photo", type=int, required=True, metavar="ID")
    add.add_argument("--box", required=True, metavar="X,Y,W,H")
    add.add_argument(
        "--camera",
        action="store_true",
        help="the box is around the camera (not blurred; the crop for 'redact crop')",
    )
    add.set_defaults(func=run_add)

    remove = verbs.add_parser("remove", parents=[common_parent()], help="remove a false box")
    remove.add_argument("box_id", type=int, metavar="BOX-ID")
    remove.set_defaults(func=run_remove)

    detect = verbs.add_parser(
        "detect", parents=[common_parent()], help="search photos for faces and number plates"
    )
    scope = detect.add_mutually_exclusive_group()
    scope.add_argument("--walk", metavar="NAME", help="only the photos of this walk")
    scope.add_argument("--photo", type=int, metavar="ID", help="only this photo")
    detect.add_argument("--again", action="store_true", help="search photos searched before")
    detect.add_argument("--json", action="store_true", help="print one JSON summary")
    detect.set_defaults(func=run_detect)

    checked = verbs.add_parser(
        "checked",
        parents=[common_parent()],
        help="say you looked at a photo and its boxes cover every bystander",
    )
    checked.add_argument("--photo", type=int, required=True, metavar="ID")
    checked.add_argument("--undo", action="store_true", help="take the word back")
    checked.set_defaults(func=run_checked)

    crop = verbs.add_parser(
        "crop", parents=[common_parent()], help="send only the camera box of a photo"
    )
    crop.add_argument("--photo", type=int, required=True, metavar="ID")
    crop.add_argument("state", choices=["on", "off"])
    crop.set_defaults(func=run_crop)


def _photo_ids(args: argparse.Namespace) -> list[int]:
    query = Photo.select(Photo.id).order_by(Photo.id)
    if getattr(args, "photo", None) is not None:
        catalogue_photo(args.photo)
        query = query.where(Photo.id == args.photo)
    elif getattr(args, "walk", None) is not None:
        query = query.where(Photo.walk == walk_named(args.walk).id)
    return [p.id for p in query]


def catalogue_photo(photo_id: int) -> Photo:
    try:
        return catalogue.photo_or_error(photo_id)
    except RedactionError as exc:
        raise UsageError(str(exc)) from exc


def box_json(row: RedactionBox) -> dict[str, Any]:
    return {
        "id": row.id,
        "photo": row.photo_id,
        "kind": row.kind,
        "box": [row.x, row.y, row.w, row.h],
        "score": row.score,
        "removed": bool(row.removed),
    }


def photo_entry(photo: Photo, include_removed: bool) -> dict[str, Any]:
    state = catalogue.status_of(photo.id)
    return {
        "photo": photo.id,
        "original_name": photo.original_name,
        "detection": state.status if state is not None else "pending",
        "reason": state.reason if state is not None else "",
        "checked": bool(state.checked) if state is not None else False,
        "crop_only": bool(state.crop_only) if state is not None else False,
        "boxes": [
            box_json(b) for b in catalogue.boxes_of(photo.id, include_removed=include_removed)
        ],
    }


def run_list(args: argparse.Namespace) -> int:
    with open_workspace(args):
        ids = _photo_ids(args)
        photos = Photo.select().where(Photo.id.in_(ids)).order_by(Photo.id)
        entries = [photo_entry(p, args.removed) for p in photos]
    if args.json:
        print_json(entries)
        return EXIT_OK
    for entry in entries:
        state = entry["detection"] + (", checked" if entry["checked"] else "")
        state += ", camera crop only" if entry["crop_only"] else ""
        print(f"photo {entry['photo']}  {entry['original_name']}  ({state})")
        if entry["reason"]:
            print(f"  detection could not run: {entry['reason']}")
        for box in entry["boxes"]:
            x, y, w, h = box["box"]
            score = f"  score {box['score']:.2f}" if box["score"] is not None else ""
            gone = "  (removed)" if box["removed"] else ""
            print(f"  box {box['id']:>5}  {box['kind']:<6} {x},{y},{w},{h}{score}{gone}")
    return EXIT_OK


def run_add(args: argparse.Namespace) -> int:
    try:
        box = parse_box(args.box)
    except BoxError as exc:
        raise UsageError(f"--box: {exc}") from exc
    with open_workspace(args) as workspace:
        catalogue_photo(args.photo)
        try:
            row = catalogue.add_box(workspace, args.photo, box, CAMERA if args.camera else HAND)
        except RedactionError as exc:
            raise UsageError(str(exc)) from exc
        print(f"box {row.id} on photo {args.photo}: {row.x},{row.y},{row.w},{row.h}")
    return EXIT_OK


def run_remove(args: argparse.Namespace) -> int:
    with open_workspace(args):
        try:
            row = catalogue.set_removed(args.box_id, True)
        except RedactionError as exc:
            raise UsageError(str(exc)) from exc
        print(f"removed box {row.id} ({row.kind}) from photo {row.photo_id}")
    return EXIT_OK


def run_detect(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        ids = _photo_ids(args)

        def progress(done: int, total: int, name: str) -> None:
            if not args.json:
                print(f"\r{done}/{total} {name[:40]:<40}", end="", file=sys.stderr, flush=True)

        summary = detect_photos(workspace, ids, progress=progress, only_needed=not args.again)
        if summary.searched and not args.json:
            print(file=sys.stderr)
    if args.json:
        print_json(
            {
                "searched": summary.searched,
                "boxes": summary.boxes,
                "failed": [{"photo": n, "reason": r} for n, r in summary.failed],
            }
        )
    else:
        print(f"searched {summary.searched} photos: {summary.boxes} faces or plates found")
        for name, reason in summary.failed:
            print(f"  could not search {name}: {reason}")
    return EXIT_FAILED if summary.failed else EXIT_OK


def run_checked(args: argparse.Namespace) -> int:
    with open_workspace(args):
        catalogue_photo(args.photo)
        catalogue.set_checked(args.photo, not args.undo)
    print(f"photo {args.photo}: " + ("not checked" if args.undo else "checked by you"))
    return EXIT_OK


def run_crop(args: argparse.Namespace) -> int:
    with open_workspace(args):
        catalogue_photo(args.photo)
        try:
            catalogue.set_crop_only(args.photo, args.state == "on")
        except RedactionError as exc:
            raise UsageError(str(exc)) from exc
    print(
        f"photo {args.photo}: "
        + ("only the camera box is sent" if args.state == "on" else "the whole photo is sent")
    )
    return EXIT_OK

"""``review``: list, accept, merge, split, set and undo what the merge could not settle."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from surveyor.cli import EXIT_OK, UsageError
from surveyor.cli.campaign_common import open_campaign
from surveyor.cli.common import print_json
from surveyor.core.campaign import history, review
from surveyor.store.campaign_models import CampaignCamera


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

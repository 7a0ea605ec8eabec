"""The coordinator's decisions on cameras: accept, merge, split, set value — all undoable.

Each function changes the catalogue in one transaction, records a ``ReviewDecision`` with its
author and a payload holding what ``undo`` needs, and returns the decision's id. The window
wraps these in ``QUndoStack`` commands; the core never needs Qt for it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from surveyor.core.bundle import identity
from surveyor.core.campaign import keyring
from surveyor.core.campaign.cluster import weighted_mean
from surveyor.core.campaign.consensus import ATTRIBUTES
from surveyor.core.campaign.merged_cameras import WITHDRAWN, member_from_row

# The queue's reading lives in review_queue; callers know it as part of review.
from surveyor.core.campaign.review_queue import OPEN as OPEN
from surveyor.core.campaign.review_queue import class_label as class_label
from surveyor.core.campaign.review_queue import item_class as item_class
from surveyor.core.campaign.review_queue import open_items as open_items
from surveyor.core.campaign.review_queue import priority as priority
from surveyor.core.campaign.vote_items import ask, sync_cameras, unsync
from surveyor.core.messages import Message
from surveyor.core.value_rules import attribute_problem
from surveyor.store.campaign_models import (
    AttributeOverride,
    CampaignCamera,
    ReviewDecision,
    ReviewItem,
    Sighting,
)
from surveyor.store.models import _now, db_proxy

RESOLVED = "resolved"


class ReviewError(ValueError):
    """A decision that cannot be made (unknown item, camera or attribute; nothing to undo)."""


NO_KEY_AUTHOR = "no key on this computer"  # recorded as the author: data, kept in English


def default_author() -> str:
    """Who decides: the coordinator's pseudonym, else their key id.

    Without a key nobody can be named honestly (a login name proves nothing and may be a
    real name), so the record says exactly that.
    """
    try:
        if identity.exists():
            ident = identity.load()
            return ident.pseudonym or f"key {ident.key_id}"
    except identity.IdentityError:
        pass
    return NO_KEY_AUTHOR


def accept_class(kind: str, attribute: str, author: str) -> int:
    """Accept every open item of one class as one decision (one undo)."""
    ids = [i.id for i in open_items() if item_class(i) == (kind, attribute)]
    return accept_many(ids, author)


def _record(action: str, author: str, payload: dict[str, Any]) -> int:
    decision = ReviewDecision.create(action=action, author=author, payload=json.dumps(payload))
    return int(decision.id)


def _item(item_id: int) -> ReviewItem:
    item = ReviewItem.get_or_none(ReviewItem.id == item_id)
    if item is None:
        raise ReviewError(Message("no review item {item_id}", item_id=item_id))
    return item


def item_by_id(item_id: int) -> ReviewItem:
    """The review item, or a ``ReviewError`` naming the missing number."""
    return _item(item_id)


def _close(item: ReviewItem | None, resolution: str, author: str) -> dict[str, Any] | None:
    if item is None:
        return None
    before = {"id": item.id, "status": item.status, "resolution": item.resolution}
    ReviewItem.update(
        status=RESOLVED, resolution=resolution, resolved_by=author, resolved_at=_now()
    ).where(ReviewItem.id == item.id).execute()
    return before


def _reopen(before: dict[str, Any] | None) -> None:
    if before is None:
        return
    ReviewItem.update(
        status=before["status"], resolution=before["resolution"], resolved_by="", resolved_at=None
    ).where(ReviewItem.id == before["id"]).execute()


def recentre(camera_id: int) -> None:
    """Move a camera's cached position to the (accuracy-weighted) mean of its sightings."""
    rows = list(Sighting.select().where(Sighting.camera == camera_id))
    if rows:
        lat, lon, _weight = weighted_mean([member_from_row(r) for r in rows])
        CampaignCamera.update(
            latitude=lat,
            longitude=lon,
            updated_at=_now(),
        ).where(CampaignCamera.id == camera_id).execute()


def _camera(camera_id: int | None) -> CampaignCamera:
    camera = CampaignCamera.get_or_none(CampaignCamera.id == camera_id)
    if camera is None:
        raise ReviewError(Message("no camera {camera_id}", camera_id=camera_id))
    return camera


def accept(item_id: int, author: str) -> int:
    """Take the review item as it stands (keep the match, or keep the cameras apart)."""
    with db_proxy.atomic():
        item = _item(item_id)
        before = _close(item, "accepted", author)
        return _record("accept", author, {"item": before})


def accept_many(item_ids: Sequence[int], author: str) -> int:
    """Accept several items as one decision (e.g. every far match under some distance)."""
    if not item_ids:
        raise ReviewError(Message("nothing to accept"))
    with db_proxy.atomic():
        befores = [_close(_item(i), "accepted", author) for i in item_ids]
        return _record("accept_many", author, {"items": befores})


def merge(source_id: int, target_id: int, author: str, item_id: int | None = None) -> int:
    """Fold camera ``source_id`` into ``target_id``: its sightings move over.

    Any two cameras can be merged, with or without a review item between them. A vote the
    merged sightings cannot settle opens a ``vote_split`` item (undoing the merge removes it).
    """
    if source_id == target_id:
        raise ReviewError(Message("a camera cannot be merged into itself"))
    with db_proxy.atomic():
        _camera(source_id)
        _camera(target_id)
        moved = [r.id for r in Sighting.select().where(Sighting.camera == source_id)]
        if not moved:
            raise ReviewError(
                Message("camera {camera} has no sightings: nothing to merge", camera=source_id)
            )
        Sighting.update(camera=target_id).where(Sighting.id.in_(moved)).execute()
        recentre(target_id)
        before = _close(_item(item_id) if item_id is not None else None, "merged", author)
        repointed = _repoint_items(source_id, target_id, author)
        carried = _carry_overrides(source_id, target_id)
        opened, settled = sync_cameras([target_id])
        payload = {
            "source": source_id,
            "target": target_id,
            "moved": moved,
            "item": before,
            "repointed": repointed,
            "opened": opened,
            "settled": settled,
            "carried": carried,
        }
        return _record("merge", author, payload)


def _carry_overrides(source_id: int, target_id: int) -> list[int]:
    """Values the coordinator set on the merged-away camera hold for the camera it joined,
    unless that camera has its own value for the attribute; returns the overrides created."""
    taken = {
        o.attribute for o in AttributeOverride.select().where(AttributeOverride.camera == target_id)
    }
    created = []
    for o in AttributeOverride.select().where(AttributeOverride.camera == source_id):
        if o.attribute not in taken and o.attribute != WITHDRAWN:
            row = AttributeOverride.create(
                camera=target_id, attribute=o.attribute, value=o.value, author=o.author
            )
            created.append(int(row.id))
    return created


def camera_by_reference(reference: str) -> CampaignCamera:
    """A camera named by its UUID (as exports and ``review list`` show it) or its number."""
    camera = CampaignCamera.get_or_none(CampaignCamera.uuid == reference)
    if camera is None and reference.isdigit():
        camera = CampaignCamera.get_or_none(CampaignCamera.id == int(reference))
    if camera is None:
        raise ReviewError(Message("no camera {reference} in this campaign", reference=reference))
    return camera


def merge_cameras(source: str, target: str, author: str) -> int:
    """Merge any two cameras named by UUID or number (``review merge-cameras A B``)."""
    return merge(camera_by_reference(source).id, camera_by_reference(target).id, author)


def _repoint_items(source_id: int, target_id: int, author: str) -> list[dict[str, Any]]:
    """Open items about the merged-away camera now concern the camera it joined; an item
    that would compare that camera with itself is settled by the merge."""
    touched = ReviewItem.select().where(
        (ReviewItem.status == OPEN)
        & ((ReviewItem.camera == source_id) | (ReviewItem.other_camera == source_id))
    )
    saved = []
    for item in touched:
        saved.append({"id": item.id, "camera": item.camera_id, "other": item.other_camera_id})
        camera = target_id if item.camera_id == source_id else item.camera_id
        other = target_id if item.other_camera_id == source_id else item.other_camera_id
        fields: dict[str, Any] = {"camera": camera, "other_camera": other}
        if camera == other:
            fields.update(status=RESOLVED, resolution="merged", resolved_by=author)
        ReviewItem.update(**fields).where(ReviewItem.id == item.id).execute()
    return saved


def merge_item(item_id: int, author: str) -> int:
    """Merge a possible duplicate into the camera it was compared with."""
    item = _item(item_id)
    if item.camera_id is None or item.other_camera_id is None:
        raise ReviewError(
            Message(
                "review item {item_id} names only one camera: nothing to merge", item_id=item_id
            )
        )
    return merge(item.camera_id, item.other_camera_id, author, item_id)


def split(sighting_ids: Sequence[int], author: str, item_id: int | None = None) -> int:
    """Move sightings out of their camera into a new camera of their own."""
    if not sighting_ids:
        raise ReviewError(Message("nothing to split: no sightings chosen"))
    with db_proxy.atomic():
        rows = list(Sighting.select().where(Sighting.id.in_(list(sighting_ids))))
        if len(rows) != len(set(sighting_ids)):
            raise ReviewError(Message("some of those sightings do not exist"))
        origins = {r.camera_id for r in rows}
        if len(origins) != 1 or None in origins:
            raise ReviewError(Message("split sightings of one camera at a time"))
        origin = origins.pop()
        assert origin is not None
        remaining = Sighting.select().where(Sighting.camera == origin).count() - len(rows)
        if remaining <= 0:
            raise ReviewError(Message("those are all the camera's sightings: nothing to split off"))
        lat, lon, _weight = weighted_mean([member_from_row(r) for r in rows])
        new = CampaignCamera.create(latitude=lat, longitude=lon)
        moved = [r.id for r in rows]
        Sighting.update(camera=new.id).where(Sighting.id.in_(moved)).execute()
        recentre(origin)
        before = _close(_item(item_id) if item_id is not None else None, "split", author)
        opened, settled = sync_cameras([origin, new.id])
        payload = {
            "origin": origin,
            "new_camera": new.id,
            "moved": moved,
            "item": before,
            "opened": opened,
            "settled": settled,
        }
        return _record("split", author, payload)


def split_item(item_id: int, author: str) -> int:
    """Take the reviewed sighting out of the camera it joined."""
    item = _item(item_id)
    if item.sighting_id is None:
        raise ReviewError(Message("review item {item_id} names no sighting", item_id=item_id))
    return split([item.sighting_id], author, item_id)


def set_value(camera_id: int, attribute: str, value: str | None, author: str) -> int:
    """Decide an attribute's value for a camera (``None``: decide that it has none)."""
    if attribute not in ATTRIBUTES:
        raise ReviewError(Message("unknown attribute {attribute!r}", attribute=attribute))
    if value is not None and (why := attribute_problem(attribute, value)):
        raise ReviewError(Message("{attribute}: {why}", attribute=attribute, why=why))
    with db_proxy.atomic():
        _camera(camera_id)
        old = AttributeOverride.get_or_none(
            (AttributeOverride.camera == camera_id) & (AttributeOverride.attribute == attribute)
        )
        previous = None if old is None else {"value": old.value, "author": old.author}
        if old is None:
            AttributeOverride.create(
                camera=camera_id, attribute=attribute, value=value, author=author
            )
        else:
            AttributeOverride.update(value=value, author=author, at=_now()).where(
                AttributeOverride.id == old.id
            ).execute()
        opened, settled = sync_cameras([camera_id])  # a split vote on it is settled now
        payload = {
            "camera": camera_id,
            "attribute": attribute,
            "previous": previous,
            "opened": opened,
            "settled": settled,
        }
        return _record("set_value", author, payload)


def ask_vote(camera_id: int, attribute: str, author: str) -> int:
    """Ask a person about an attribute the merge settled by itself (undoing that)."""
    with db_proxy.atomic():
        return _record("ask_vote", author, {"opened": [ask(camera_id, attribute)]})


def withdraw_camera(camera_id: int, author: str) -> int:
    """Take a camera out of the consensus, the exports and the map (its sightings stay on
    record); undoing the decision brings it back."""
    with db_proxy.atomic():
        _camera(camera_id)
        where = (AttributeOverride.camera == camera_id) & (AttributeOverride.attribute == WITHDRAWN)
        if AttributeOverride.select().where(where).exists():
            raise ReviewError(
                Message("camera {camera_id} is already withdrawn", camera_id=camera_id)
            )
        AttributeOverride.create(camera=camera_id, attribute=WITHDRAWN, value="yes", author=author)
        return _record("withdraw_camera", author, {"camera": camera_id})


def restore_camera(camera_id: int, author: str) -> int:
    """Bring a withdrawn camera back (undoing this withdraws it again)."""
    with db_proxy.atomic():
        where = (AttributeOverride.camera == camera_id) & (AttributeOverride.attribute == WITHDRAWN)
        old = AttributeOverride.get_or_none(where)
        if old is None:
            raise ReviewError(Message("camera {camera_id} is not withdrawn", camera_id=camera_id))
        AttributeOverride.delete().where(where).execute()
        return _record("restore_camera", author, {"camera": camera_id, "by": old.author})


def undo(decision_id: int) -> None:
    """Take a decision back, restoring exactly what it changed."""
    with db_proxy.atomic():
        decision = ReviewDecision.get_or_none(ReviewDecision.id == decision_id)
        if decision is None or decision.undone:
            raise ReviewError(
                Message(
                    "decision {decision_id} does not exist or is already undone",
                    decision_id=decision_id,
                )
            )
        p = json.loads(decision.payload)
        if decision.action == "merge":
            for saved in p.get("repointed", []):
                ReviewItem.update(
                    camera=saved["camera"],
                    other_camera=saved["other"],
                    status=OPEN,
                    resolution="",
                    resolved_by="",
                ).where(ReviewItem.id == saved["id"]).execute()
            Sighting.update(camera=p["source"]).where(Sighting.id.in_(p["moved"])).execute()
            if p.get("carried"):
                AttributeOverride.delete().where(AttributeOverride.id.in_(p["carried"])).execute()
            unsync(p.get("opened", []), p.get("settled", []))
            recentre(p["source"])
            recentre(p["target"])
        elif decision.action == "split":
            Sighting.update(camera=p["origin"]).where(Sighting.id.in_(p["moved"])).execute()
            unsync(p.get("opened", []), p.get("settled", []))
            CampaignCamera.delete().where(CampaignCamera.id == p["new_camera"]).execute()
            recentre(p["origin"])
        elif decision.action == "ask_vote":
            unsync(p["opened"], [])
        elif decision.action == "withdraw_camera":
            AttributeOverride.delete().where(
                (AttributeOverride.camera == p["camera"])
                & (AttributeOverride.attribute == WITHDRAWN)
            ).execute()
        elif decision.action == "restore_camera":
            AttributeOverride.create(
                camera=p["camera"], attribute=WITHDRAWN, value="yes", author=p["by"]
            )
        elif decision.action == keyring.WITHDRAW_ACTION:
            keyring.restore_withdrawn(p["key_id"])
        elif decision.action == "set_value":
            where = (AttributeOverride.camera == p["camera"]) & (
                AttributeOverride.attribute == p["attribute"]
            )
            if p["previous"] is None:
                AttributeOverride.delete().where(where).execute()
            else:
                AttributeOverride.update(**p["previous"]).where(where).execute()
            unsync(p.get("opened", []), p.get("settled", []))
        _reopen(p.get("item"))
        for before in p.get("items", []):
            _reopen(before)
        ReviewDecision.update(undone=True).where(ReviewDecision.id == decision_id).execute()

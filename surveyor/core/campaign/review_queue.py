"""The review queue: which items are open, in what order they matter, and their classes in
plain words (what the coordinator settles alike, in one step)."""

from __future__ import annotations

from surveyor.core.campaign.decision_words import LABELS
from surveyor.core.messages import Message
from surveyor.store.campaign_models import ReviewItem, Sighting

OPEN = "open"


def open_items() -> list[ReviewItem]:
    """Open review items, most doubtful first (conflicts, then the farthest matches).

    Items about a camera that no longer has sightings (merged away) are left out.
    """
    alive = Sighting.select(Sighting.camera).where(Sighting.camera.is_null(False))
    items = list(
        ReviewItem.select().where(
            (ReviewItem.status == OPEN)
            & ReviewItem.camera.in_(alive)
            & (ReviewItem.other_camera.is_null() | ReviewItem.other_camera.in_(alive))
        )
    )
    items.sort(key=lambda i: (priority(i), -i.distance_m, i.id))
    return items


# What matters most comes first: a make in dispute before a device kind, type or mount, a close
# pair the rules could not settle next, far matches (farthest first) last.
_ATTRIBUTE_RANK = {"manufacturer": 0, "surveillance_type": 1, "camera_type": 2, "camera_mount": 3}
_KIND_RANK = {"vote_split": 0, "possible_duplicate": 1, "far_match": 2}


def priority(item: ReviewItem) -> tuple[int, int]:
    """Sort key: (how much the attribute in dispute matters, kind of item); lower first."""
    names = [n for n in (item.attribute or "").split(",") if n]
    rank = min((_ATTRIBUTE_RANK.get(n, 4) for n in names), default=4 if names else 5)
    if item.kind == "far_match":
        rank = 6
    return rank, _KIND_RANK.get(item.kind, 3)


def item_class(item: ReviewItem) -> tuple[str, str]:
    """Items a coordinator settles alike: the same kind about the same attribute."""
    return item.kind, item.attribute or ""


def class_label(kind: str, attribute: str, count: int = 2) -> str:
    """``split votes on mount``, ``far matches`` (``far match`` for a count of 1): a class of
    items in plain words."""
    names = [LABELS.get(n, n) for n in attribute.split(",") if n]
    what = names[0] if names else ""
    for name in names[1:]:
        what = Message("{first} and {second}", first=what, second=name)
    one = count == 1
    if kind == "vote_split":
        if one:
            return Message("split vote on {what}", what=what)
        return Message("split votes on {what}", what=what)
    if kind == "far_match":
        return Message("far match") if one else Message("far matches")
    if kind == "possible_duplicate" and names:
        if one:
            return Message("possible duplicate ({what} differs)", what=what)
        return Message("possible duplicates ({what} differs)", what=what)
    if kind == "possible_duplicate":
        return Message("possible duplicate") if one else Message("possible duplicates")
    return kind

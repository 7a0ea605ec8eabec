"""A camera's history: why each of its sightings is where the merge put it, and taking that back.

The merge leaves one ``PlacementNote`` per sighting it placed ("joined: 4.2 m, same type, mount
and make, 3 volunteers agree"; "new camera: 1.0 m from camera 12, which faces 180° another
way"; "mount: street lamp (street lamp is a kind of pole: both agree)"). Undoing an automatic
join splits the sighting off into a camera of its own; undoing "kept apart" merges the two
cameras; undoing "settled" asks a person to decide the attribute (a ``vote_split`` item). All
are ordinary review decisions, so they carry their author and can themselves be undone.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from surveyor.core.campaign import review
from surveyor.core.campaign.cluster import AUTO_RADIUS_M
from surveyor.core.campaign.vote_items import SETTLED_NOTE, can_ask
from surveyor.store.campaign_models import PlacementNote, Sighting, VolunteerKey


@dataclass(frozen=True)
class HistoryEntry:
    note_id: int
    sighting_id: int
    volunteer: str
    action: str  # "joined" | "new" | "apart"
    text: str
    at: str
    undoable: bool  # the decision still stands and taking it back changes something
    camera_id: int | None = None
    distance_m: float = 0.0
    words: str = ""  # ``text`` as translatable parts (``stored_words``)


# The automatic decisions a coordinator may want to look over, by class.
CATEGORIES = {
    "far": "joined beyond 5 m",
    "slip": "joined although type or mount differ",
    "apart": "kept apart from a close camera",
    "split": "split off (two ways seen)",
    "nested": "settled: one answer a kind of the other",
}


def automatic_decisions(category: str, limit: int = 5000) -> list[HistoryEntry]:
    """Automatic decisions of one class that still stand, the most doubtful first."""
    query = PlacementNote.select(PlacementNote, Sighting).join(Sighting)
    if category == "far":
        query = query.where(
            (PlacementNote.action == "joined") & (PlacementNote.distance_m > AUTO_RADIUS_M)
        ).order_by(PlacementNote.distance_m.desc())
    elif category == "slip":
        query = query.where(
            (PlacementNote.action == "joined") & PlacementNote.text.contains("(the vote decides)")
        ).order_by(PlacementNote.distance_m.desc())
    elif category == "nested":
        query = query.where(PlacementNote.action == SETTLED_NOTE).order_by(PlacementNote.id)
    elif category in ("apart", "split"):
        split = PlacementNote.text.startswith("split off")
        query = query.where(
            (PlacementNote.action == "apart") & (split if category == "split" else ~split)
        ).order_by(PlacementNote.distance_m)
    else:
        raise review.ReviewError(f"unknown class of decisions {category!r}")
    names = {k.key_id: k.pseudonym for k in VolunteerKey.select()}
    sizes = Sighting.select(Sighting.camera, fn.COUNT(Sighting.id).alias("n")).group_by(
        Sighting.camera
    )
    counts = {s.camera_id: int(getattr(s, "n")) for s in sizes}  # noqa: B009 (an alias)
    entries = []
    for note in query.limit(limit):
        row = note.sighting
        if note.action in ("joined", SETTLED_NOTE) and row.camera_id != note.camera_id:
            continue  # taken back or moved since: no longer a standing decision
        count = counts.get(row.camera_id, 0)
        entries.append(
            HistoryEntry(
                note_id=note.id,
                sighting_id=row.id,
                volunteer=names.get(row.key_id) or row.key_id,
                action=note.action,
                text=note.text,
                at=str(note.created_at)[:16],
                undoable=_undoable(note, row, count),
                camera_id=row.camera_id,
                distance_m=note.distance_m,
                words=note.words,
            )
        )
    return entries


def camera_history(camera_id: int) -> list[HistoryEntry]:
    """The automatic decisions behind a camera's current sightings, oldest first."""
    rows = {r.id: r for r in Sighting.select().where(Sighting.camera == camera_id)}
    names = {k.key_id: k.pseudonym for k in VolunteerKey.select()}
    count = len(rows)
    entries = []
    notes = PlacementNote.select().where(PlacementNote.sighting.in_(list(rows)))
    for note in notes.order_by(PlacementNote.id):
        row = rows[note.sighting_id]
        if note.action == SETTLED_NOTE and note.camera_id != camera_id:
            continue  # about the camera its sighting was in before a split or merge
        entries.append(
            HistoryEntry(
                note_id=note.id,
                sighting_id=note.sighting_id,
                volunteer=names.get(row.key_id) or row.key_id,
                action=note.action,
                text=note.text,
                at=str(note.created_at)[:16],
                undoable=_undoable(note, row, count),
                camera_id=camera_id,
                distance_m=note.distance_m,
                words=note.words,
            )
        )
    return entries


def _undoable(note: PlacementNote, row: Sighting, count: int) -> bool:
    if note.action == "joined":
        return row.camera_id == note.camera_id and count > 1
    if note.action == SETTLED_NOTE:
        return row.camera_id == note.camera_id and can_ask(row.camera_id, note.attribute)
    if note.action == "apart":
        other = note.other_camera_id
        return (
            other is not None
            and other != row.camera_id
            and Sighting.select().where(Sighting.camera == other).exists()
        )
    return False


def undo_automatic(note_id: int, author: str) -> int:
    """Take an automatic decision back as a review decision; return the decision id."""
    note = PlacementNote.get_or_none(PlacementNote.id == note_id)
    if note is None:
        raise review.ReviewError(f"no automatic decision {note_id}")
    row = Sighting.get_by_id(note.sighting_id)
    count = Sighting.select().where(Sighting.camera == row.camera_id).count()
    if not _undoable(note, row, count):
        raise review.ReviewError(
            "that decision no longer stands as it was made (the camera changed since)"
        )
    if note.action == "joined":
        return review.split([row.id], author)
    assert row.camera_id is not None
    if note.action == SETTLED_NOTE:
        return review.ask_vote(row.camera_id, note.attribute, author)
    assert note.other_camera_id is not None
    return review.merge(row.camera_id, note.other_camera_id, author)

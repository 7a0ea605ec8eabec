"""The plain words of an automatic decision, kept in the camera's history ("joined: 4.2 m,
same type, mount and make, 3 volunteers agree").

Each sentence is a ``Message`` of literals, vocabulary values in it ``Term``s, so the window
can show it in the coordinator's language (``stored_words``); its English is what the
catalogue's ``text`` column and the command line keep.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from surveyor.core.campaign.cluster import GPS_ERROR_M, Member, shown_m
from surveyor.core.campaign.matching import Candidate
from surveyor.core.campaign.nested_values import is_kind_of
from surveyor.core.campaign.stored_words import Term, listed
from surveyor.core.messages import Message

# An attribute's name inside a sentence ("has a different mount").
LABELS = {
    "surveillance_type": Message("kind of device"),
    "camera_type": Message("camera type"),
    "camera_mount": Message("mount"),
    "manufacturer": Message("make"),
    "direction": Message("direction"),
}
_SHORT = {
    "camera_type": Message("type"),
    "camera_mount": Message("mount"),
    "manufacturer": Message("make"),
}


def words(names: Sequence[object]) -> object:
    """``type, mount and make``."""
    return listed(names, "and")


def _terms(name: str, values: Iterable[object], last: str) -> object:
    return listed([Term(name, v) for v in sorted({str(v) for v in values})], last)


def explain_join(candidate: Candidate, member: Member) -> Message:
    """``joined: 4.2 m, same type, mount and make, faces the same way, 3 volunteers agree``."""
    distance = shown_m(candidate.distance)
    parts: list[object] = [Message("joined: {distance:.1f} m", distance=distance)]
    cluster = candidate.cluster
    same = [_SHORT[n] for n in candidate.agreements if n in _SHORT]
    if same:
        parts.append(Message("same {what}", what=words(same)))
    for name in candidate.nested:  # answers that nest: street lamp and pole
        parts.append(_nested_words(name, getattr(member, name), cluster.values(name)))
    if "direction" in candidate.agreements:
        parts.append(Message("faces the same way"))
    if member.error_m > GPS_ERROR_M:
        parts.append(
            Message(
                "its position shifted for privacy (good to {error} m)",
                error=f"{member.error_m:.0f}",
            )
        )
    for name in candidate.conflicts:
        if name in candidate.nested:
            continue  # said above: both answers are right
        theirs = [v for m in cluster.members if (v := getattr(m, name))]
        parts.append(
            Message(
                "says {attribute} {value} where others said {others} (the vote decides)",
                attribute=LABELS[name],
                value=Term(name, getattr(member, name)),
                others=_terms(name, theirs, "or"),
            )
        )
    agree, total = candidate.voters(member) + 1, len(cluster.key_ids()) + 1
    if agree == total:
        parts.append(Message("{count} volunteers agree", count=agree))
    else:
        parts.append(
            Message("{agree} of {total} volunteers agree on all of it", agree=agree, total=total)
        )
    return listed(parts)  # type: ignore[return-value]  # two parts or more: a Message


def provisional(note: Message) -> Message:
    """A join a person should still look at."""
    return Message("{note} (provisional: to review)", note=note)


def _nested_words(name: str, mine: object, theirs: Iterable[str]) -> Message:
    """``mount street lamp is a kind of pole``: answers that differ and are both right."""
    specific: object
    general: object
    if all(is_kind_of(name, str(mine), v) for v in theirs):
        specific, general = Term(name, mine), _terms(name, theirs, "and")
    else:
        specific, general = _terms(name, theirs, "and"), Term(name, mine)
    return Message(
        "{attribute} {specific} is a kind of {general}",
        attribute=LABELS[name],
        specific=specific,
        general=general,
    )


def explain_settled(
    attribute: str, value: str, broader: Sequence[str], agree: int, voters: int
) -> Message:
    """``mount: street lamp (street lamp is a kind of pole: both agree)``."""
    if agree == voters:
        who = Message("both agree") if voters == 2 else Message("all {count} agree", count=voters)
    else:
        who = Message("{agree} of {voters} agree", agree=agree, voters=voters)
    return Message(
        "{attribute}: {value} ({value} is a kind of {general}: {who})",
        attribute=LABELS[attribute],
        value=Term(attribute, value),
        general=_terms(attribute, broader, "and"),
        who=who,
    )


def explain_apart(candidate: Candidate) -> Message:
    """``new camera: 1.0 m from camera 12, which faces 180° another way``."""
    why: list[object] = []
    if candidate.faces_away or candidate.direction_unsure:
        why.append(Message("faces {gap}° another way", gap=f"{candidate.direction_gap:.0f}"))
    for name in candidate.conflicts:
        if name not in candidate.nested:  # a kind of the other answer is no different one
            why.append(Message("has a different {attribute}", attribute=LABELS[name]))
    if not why:
        why.append(Message("is too far for what the two share"))
    return Message(
        "new camera: {distance:.1f} m from camera {camera}, which {why}",
        distance=shown_m(candidate.distance),
        camera=candidate.cluster.camera_id,
        why=words(why),
    )

"""The plain words of an automatic decision, kept in the camera's history ("joined: 4.2 m,
same type, mount and make, 3 volunteers agree")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from surveyor.core.campaign.cluster import GPS_ERROR_M, Member, shown_m
from surveyor.core.campaign.matching import Candidate
from surveyor.core.campaign.nested_values import is_kind_of
from surveyor.core.campaign.vote_items import NestedSettlement

# Words a coordinator reads in the review queue and the history (stored as text).
LABELS = {
    "surveillance_type": "kind of device",
    "camera_type": "camera type",
    "camera_mount": "mount",
    "manufacturer": "make",
    "direction": "direction",
}
_SHORT = {"camera_type": "type", "camera_mount": "mount", "manufacturer": "make"}


def words(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _plain(value: object) -> str:
    """An OpenStreetMap value as words: ``traffic_signals`` → ``traffic signals``."""
    return str(value).replace("_", " ")


def explain_join(candidate: Candidate, member: Member) -> str:
    """``joined: 4.2 m, same type, mount and make, faces the same way, 3 volunteers agree``."""
    parts = [f"joined: {shown_m(candidate.distance)} m"]
    cluster = candidate.cluster
    same = [_SHORT[n] for n in candidate.agreements if n in _SHORT]
    if same:
        parts.append("same " + words(same))
    for name in candidate.nested:  # answers that nest: street lamp and pole
        parts.append(_nested_words(name, getattr(member, name), cluster.values(name)))
    if "direction" in candidate.agreements:
        parts.append("faces the same way")
    if member.error_m > GPS_ERROR_M:
        parts.append(f"its position shifted for privacy (good to {member.error_m:.0f} m)")
    for name in candidate.conflicts:
        theirs = sorted({_plain(v) for m in candidate.cluster.members if (v := getattr(m, name))})
        parts.append(
            f"says {LABELS[name]} {_plain(getattr(member, name))} where others said "
            f"{' or '.join(theirs)} (the vote decides)"
        )
    agree, total = candidate.voters(member) + 1, len(candidate.cluster.key_ids()) + 1
    if agree == total:
        parts.append(f"{agree} volunteers agree")
    else:
        parts.append(f"{agree} of {total} volunteers agree on all of it")
    return ", ".join(parts)


def _nested_words(name: str, mine: object, theirs: Iterable[str]) -> str:
    """``mount street lamp is a kind of pole``: answers that differ and are both right."""
    others = " and ".join(_plain(v) for v in sorted(theirs))
    if all(is_kind_of(name, str(mine), v) for v in theirs):
        return f"{LABELS[name]} {_plain(mine)} is a kind of {others}"
    return f"{LABELS[name]} {others} is a kind of {_plain(mine)}"


def explain_settled(settlement: NestedSettlement) -> str:
    """``mount: street lamp (street lamp is a kind of pole: both agree)``."""
    specific = _plain(settlement.value)
    broader = " and ".join(_plain(v) for v in settlement.broader)
    agree, voters = settlement.agree, settlement.voters
    if agree == voters:
        who = "both agree" if voters == 2 else f"all {voters} agree"
    else:
        who = f"{agree} of {voters} agree"
    label = LABELS[settlement.attribute]
    return f"{label}: {specific} ({specific} is a kind of {broader}: {who})"


def explain_apart(candidate: Candidate) -> str:
    """``new camera: 1.0 m from camera 12, which faces 180° another way``."""
    why: list[str] = []
    if candidate.faces_away or candidate.direction_unsure:
        why.append(f"faces {candidate.direction_gap:.0f}° another way")
    for name in candidate.conflicts:
        why.append(f"has a different {LABELS[name]}")
    if not why:
        why.append("is too far for what the two share")
    return (
        f"new camera: {shown_m(candidate.distance)} m from camera {candidate.cluster.camera_id},"
        f" which {words(why)}"
    )

"""What a merge did with each bundle, in words a coordinator can act on.

``report_line(result)`` turns one ``IntakeResult`` into: the file's name (never its full path),
who sent it (the keyring's name; the bundle's own pseudonym only as a claim), the outcome, a
plain reason and what to do next. The technical reason stays available as ``detail``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from surveyor.core.campaign.intake_result import (
    DUPLICATE,
    MERGED,
    QUARANTINED,
    REFUSED,
    IntakeResult,
)
from surveyor.core.messages import Message, joined

OUTCOME_LABELS = {
    MERGED: Message("Merged"),
    DUPLICATE: Message("Already merged"),
    QUARANTINED: Message("Waiting for a key"),
    REFUSED: Message("Refused"),
}


@dataclass(frozen=True)
class ReportLine:
    file: str
    sender: str
    outcome: str  # one of OUTCOME_LABELS' values
    status: str  # merged / duplicate / quarantined / refused
    reason: str
    todo: str
    detail: str  # the intake's own words, for the curious


@dataclass
class MergeReport:
    """One merge run: when, and a line per bundle."""

    when: dt.datetime
    lines: list[ReportLine] = field(default_factory=list)
    receipts_signed: bool = True

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for line in self.lines:
            out[line.status] = out.get(line.status, 0) + 1
        return out

    def summary(self) -> str:
        """``"3 merged, 1 refused"`` with the words the report uses."""
        return joined(_counted(status, n) for status, n in self.counts().items())

    def title(self) -> str:
        """``Merge report — 14:05`` (the time as the interface writes it)."""
        return Message("Merge report — {when:%H:%M}", when=self.when)

    def heading(self) -> str:
        """``2026-05-16 14:05: 3 merged, 1 refused``: the report in a list of merges."""
        return Message("{when:%Y-%m-%d %H:%M}: {summary}", when=self.when, summary=self.summary())


def _counted(status: str, n: int) -> str:
    if status == MERGED:
        return Message("%n merged", n=n)
    if status == DUPLICATE:
        return Message("%n already merged", n=n)
    if status == QUARANTINED:
        return Message("%n waiting for a key", n=n)
    if status == REFUSED:
        return Message("%n refused", n=n)
    return f"{n} {status}"


def sender(result: IntakeResult) -> str:
    """The keyring's name for the signer; the bundle's own name only as a claim."""
    if not result.key_id:
        return Message("unknown sender")
    name = result.pseudonym or Message("key {key} (not in your keyring)", key=result.key_id)
    if result.claimed_pseudonym and result.claimed_pseudonym != result.pseudonym:
        return Message(
            "{name}, claims to be “{claimed}”", name=name, claimed=result.claimed_pseudonym
        )
    return name


def _merged_reason(result: IntakeResult) -> str:
    counts = result.counts()
    words = {
        "new": lambda n: Message("%n new camera(s)", n=n),
        "confirmed": lambda n: Message("%n confirmed camera(s)", n=n),
        "conflict": lambda n: Message("%n camera(s) to review", n=n),
        "rejected": lambda n: Message("%n record(s) left out", n=n),
    }
    parts = [say(counts[k]) for k, say in words.items() if counts.get(k)]
    return joined(parts) if parts else Message("no cameras in it")


def _merged_todo(result: IntakeResult, receipts_signed: bool) -> str:
    low = result.reason.lower()
    if result.receipt is not None:
        todo = Message("Nothing to do; the receipt is {name}.", name=result.receipt.name)
    elif "receipt could not be written" in low:
        todo = Message("Write the receipt with Campaign ▸ Re-issue receipt….")
    elif not receipts_signed:
        todo = Message("No receipt yet (no signing key used): Campaign ▸ Re-issue receipt….")
    else:
        todo = Message("Nothing to do.")
    if result.counts().get("conflict"):
        return Message("Look at the new items in Review. {then}", then=todo)
    return todo


def _quarantined(low: str) -> tuple[str, str]:
    if "unknown key" in low:
        return Message("Signed by a key you have not added."), Message(
            "Ask the volunteer for their public key, add it in Keys… and trust it: "
            "the bundle merges then."
        )
    return Message("Signed by a key you have not trusted yet."), Message(
        "If the key is theirs, trust it in Keys…: the bundle merges then."
    )


def _refused(low: str) -> tuple[str, str]:
    """Why a bundle was refused and what to do, from the intake's (English) reason."""
    if "revoked key" in low:
        return Message("Signed by a key you revoked."), Message(
            "Nothing was merged. If revoking was a mistake, trust the key again in Keys…."
        )
    if "decrypt" in low or "age identity" in low:
        return Message("Encrypted for someone else: this campaign cannot open it."), Message(
            "Ask the volunteer to join this campaign's kit and export the bundle again, or "
            "give the key it was made for: Campaign ▸ Another age identity…."
        )
    if "already merged with different content" in low:
        return Message(
            "A different bundle with the same id from this key was merged before."
        ), Message("Ask the volunteer to export a new bundle (do not edit bundles by hand).")
    if "not a file" in low or "cannot be read" in low:
        return Message("The file could not be read."), Message(
            "Check the file (copied completely?) and merge it again."
        )
    if "could not be saved" in low or "cannot be stored" in low:
        return Message("The campaign could not store it (disk full or not writable)."), Message(
            "Free space or fix the folder's permissions, then merge it again."
        )
    if any(w in low for w in ("signature", "sha256", "hash", "manifest", "checksum")):
        return Message("The bundle was changed after it was signed, or is damaged."), Message(
            "Do not use it. Ask the volunteer to send the bundle again, directly."
        )
    return Message("The bundle is not a valid Surveyor bundle."), Message(
        "Ask the volunteer to export it again with Surveyor; the details say what is wrong."
    )


def report_line(result: IntakeResult, receipts_signed: bool = True) -> ReportLine:
    low = result.reason.lower()
    status = result.status
    if status == MERGED:
        reason, todo = _merged_reason(result), _merged_todo(result, receipts_signed)
    elif status == DUPLICATE:
        reason = Message("This bundle was merged before; nothing changed.")
        todo = Message("Nothing to do (the volunteer sent it twice).")
    elif status == QUARANTINED:
        reason, todo = _quarantined(low)
    else:
        reason, todo = _refused(low)
    return ReportLine(
        file=result.file.name,
        sender=sender(result),
        outcome=OUTCOME_LABELS.get(status, status),
        status=status,
        reason=reason,
        todo=todo,
        detail=result.reason,
    )


def merge_report(
    results: list[IntakeResult], receipts_signed: bool, when: dt.datetime | None = None
) -> MergeReport:
    return MergeReport(
        when=when or dt.datetime.now(),
        lines=[report_line(r, receipts_signed) for r in results],
        receipts_signed=receipts_signed,
    )

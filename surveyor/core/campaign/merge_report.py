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

OUTCOME_LABELS = {
    MERGED: "Merged",
    DUPLICATE: "Already merged",
    QUARANTINED: "Waiting for a key",
    REFUSED: "Refused",
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
        words = {MERGED: "merged", DUPLICATE: "already merged", QUARANTINED: "waiting for a key",
                 REFUSED: "refused"}  # fmt: skip
        return ", ".join(f"{n} {words.get(s, s)}" for s, n in self.counts().items())


def plural(n: int, one: str, many: str) -> str:
    """``"1 camera"``, ``"2 cameras"``."""
    return f"{n} {one if n == 1 else many}"


def sender(result: IntakeResult) -> str:
    """The keyring's name for the signer; the bundle's own name only as a claim."""
    if not result.key_id:
        return "unknown sender"
    name = result.pseudonym or f"key {result.key_id} (not in your keyring)"
    if result.claimed_pseudonym and result.claimed_pseudonym != result.pseudonym:
        name += f", claims to be “{result.claimed_pseudonym}”"
    return name


def _merged_reason(result: IntakeResult) -> str:
    counts = result.counts()
    parts = [
        plural(counts[k], one, many)
        for k, one, many in (
            ("new", "new camera", "new cameras"),
            ("confirmed", "confirmed camera", "confirmed cameras"),
            ("conflict", "camera to review", "cameras to review"),
            ("rejected", "record left out", "records left out"),
        )
        if counts.get(k)
    ]
    return ", ".join(parts) if parts else "no cameras in it"


def report_line(result: IntakeResult, receipts_signed: bool = True) -> ReportLine:
    raw = result.reason
    low = raw.lower()
    status = result.status
    if status == MERGED:
        reason = _merged_reason(result)
        if result.receipt is not None:
            todo = f"Nothing to do; the receipt is {result.receipt.name}."
        elif "receipt could not be written" in low:
            todo = "Write the receipt with Campaign ▸ Re-issue receipt…."
        elif not receipts_signed:
            todo = "No receipt yet (no signing key used): Campaign ▸ Re-issue receipt…."
        else:
            todo = "Nothing to do."
        if result.counts().get("conflict"):
            todo = "Look at the new items in Review. " + todo
    elif status == DUPLICATE:
        reason = "This bundle was merged before; nothing changed."
        todo = "Nothing to do (the volunteer sent it twice)."
    elif status == QUARANTINED:
        if "unknown key" in low:
            reason = "Signed by a key you have not added."
            todo = (
                "Ask the volunteer for their public key, add it in Keys… and trust it: "
                "the bundle merges then."
            )
        else:
            reason = "Signed by a key you have not trusted yet."
            todo = "If the key is theirs, trust it in Keys…: the bundle merges then."
    elif "revoked key" in low:
        reason = "Signed by a key you revoked."
        todo = "Nothing was merged. If revoking was a mistake, trust the key again in Keys…."
    elif "decrypt" in low or "age identity" in low:
        reason = "Encrypted for someone else: this campaign cannot open it."
        todo = (
            "Ask the volunteer to join this campaign's kit and export the bundle again, or "
            "give the key it was made for: Campaign ▸ Another age identity…."
        )
    elif "already merged with different content" in low:
        reason = "A different bundle with the same id from this key was merged before."
        todo = "Ask the volunteer to export a new bundle (do not edit bundles by hand)."
    elif "not a file" in low or "cannot be read" in low:
        reason = "The file could not be read."
        todo = "Check the file (copied completely?) and merge it again."
    elif "could not be saved" in low or "cannot be stored" in low:
        reason = "The campaign could not store it (disk full or not writable)."
        todo = "Free space or fix the folder's permissions, then merge it again."
    elif any(w in low for w in ("signature", "sha256", "hash", "manifest", "checksum")):
        reason = "The bundle was changed after it was signed, or is damaged."
        todo = "Do not use it. Ask the volunteer to send the bundle again, directly."
    else:
        reason = "The bundle is not a valid Surveyor bundle."
        todo = "Ask the volunteer to export it again with Surveyor; the details say what is wrong."
    return ReportLine(
        file=result.file.name,
        sender=sender(result),
        outcome=OUTCOME_LABELS.get(status, status),
        status=status,
        reason=reason,
        todo=todo,
        detail=raw,
    )


def merge_report(
    results: list[IntakeResult], receipts_signed: bool, when: dt.datetime | None = None
) -> MergeReport:
    return MergeReport(
        when=when or dt.datetime.now(),
        lines=[report_line(r, receipts_signed) for r in results],
        receipts_signed=receipts_signed,
    )

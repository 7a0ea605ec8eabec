"""What happened to one received file: merged, duplicate, quarantined or refused, and why."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MERGED, DUPLICATE, QUARANTINED, REFUSED = "merged", "duplicate", "quarantined", "refused"


@dataclass
class IntakeResult:
    """What happened to one file; ``to_json()`` is one entry of ``surveyor merge --json``."""

    file: Path
    status: str
    reason: str = ""
    bundle_uuid: str | None = None
    key_id: str | None = None
    pseudonym: str | None = None  # the keyring's name for the signing key
    outcomes: list[tuple[str, str]] = field(default_factory=list)  # (camera uuid, outcome)
    receipt: Path | None = None
    claimed_pseudonym: str = ""  # what the bundle says about itself: a claim, not a name

    @property
    def ok(self) -> bool:
        return self.status in (MERGED, DUPLICATE)

    def counts(self) -> dict[str, int]:
        return dict(Counter(outcome for _, outcome in self.outcomes))

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.file),
            "status": self.status,
            "reason": self.reason,
            "bundle_uuid": self.bundle_uuid,
            "key_id": self.key_id,
            "pseudonym": self.pseudonym,
            "claimed_pseudonym": self.claimed_pseudonym,
            "cameras": self.counts(),
            "receipt": str(self.receipt) if self.receipt else None,
        }

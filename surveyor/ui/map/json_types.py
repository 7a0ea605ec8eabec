"""Names for the JSON the map panel hands its page, and for the parts of it the panel reads.

``surveyor.core.map.page`` builds plain lists and dicts for ``json.dumps``. Most of it goes to
the page unchanged, so its values are ``object`` here; what the panel reads is typed precisely.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict, cast

from surveyor.core.map.page import C_ID, C_LAT, C_STATE, C_SUGGESTED

JsonObject = dict[str, object]  # a JSON object the page receives as it is
JsonRow = list[object]  # one row of a row-list document (a camera: CAMERA_FIELDS order)
CameraRow = tuple[object, ...]  # a camera row as the panel keeps it (inner lists frozen)
PageLabels = dict[str, dict[str, str]]  # the page's words, by field (``page_labels()``)


class WarningJson(TypedDict):
    """One of ``map_data``'s warnings: a possible duplicate or a camera far from its photos."""

    kind: str  # "duplicate" or "far"
    camera: int
    other: int | None
    m: int  # metres, rounded


@dataclass(frozen=True)
class CameraFacts:
    """The cells of a camera row the panel acts on."""

    id: int
    state: str  # "confirmed", "unconfirmed" or "review"
    placed: bool
    suggested: tuple[float, float] | None  # the projected position, for one without any


def camera_facts(row: CameraRow) -> CameraFacts:
    # The row comes from ``camera_rows`` in core, which writes these cells with these types.
    suggested = row[C_SUGGESTED]
    return CameraFacts(
        id=cast(int, row[C_ID]),
        state=cast(str, row[C_STATE]),
        placed=row[C_LAT] is not None,
        suggested=None if suggested is None else cast(tuple[float, float], suggested),
    )

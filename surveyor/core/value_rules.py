"""What a camera value may be, wherever it comes from: typed, imported, or in a bundle.

One set of rules for the volunteer's app (``camera add``, the camera panel), the coordinator's
intake gate and the coordinator's own ``review set``: vocabulary fields take only the values in
``resources/vocabulary.json``; numbers are finite and within range; free text is one line of
printable characters (notes may also hold tabs and newlines) and at most OpenStreetMap's 255
characters. Each check returns the problem in words, or None.
"""

from __future__ import annotations

import math
import re

from surveyor.core.messages import Message
from surveyor.core.vocabulary import load_vocabulary

OSM_MAX_LENGTH = 255  # OpenStreetMap's limit for a tag key or value
MAX_NOTES_LENGTH = 4000
MAX_DIRECTIONS = 8  # "90;180;…" — more is not a camera
VOCABULARY_FIELDS = ("surveillance_type", "surveillance", "camera_type", "camera_mount", "zone")
# (low, high) inclusive; direction is normalised into [0, 360) after the check.
RANGES: dict[str, tuple[float, float]] = {
    "latitude": (-90.0, 90.0),
    "longitude": (-180.0, 180.0),
    "direction": (-360.0, 720.0),
    "angle": (-90.0, 90.0),
    "height": (0.0, 500.0),
}
_NUMBER = re.compile(r"^-?(?:\d+(?:\.\d*)?|\.\d+)$")
_WIKIDATA = re.compile(r"^Q[1-9]\d{0,11}$")


# Control characters (Unicode category Cc), lone surrogates (not encodable), the
# noncharacters U+FFFE/U+FFFF and the line/paragraph separators; notes may hold tab and newline.
_BAD = "\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029"
_BAD_IN_TEXT = re.compile(f"[{_BAD}\t\n]")
_BAD_IN_NOTES = re.compile(f"[{_BAD}]")


def text_problem(
    value: object, *, notes: bool = False, max_length: int | None = None
) -> str | None:
    """Why ``value`` cannot be kept as camera text, or None.

    Notes may hold tabs and newlines and be longer; every other text is one line within
    OpenStreetMap's 255 characters.
    """
    if not isinstance(value, str):
        return Message("is not text ({kind})", kind=type(value).__name__)
    limit = max_length or (MAX_NOTES_LENGTH if notes else OSM_MAX_LENGTH)
    if len(value) > limit:
        return Message(
            "is {length} characters long (at most {limit})", length=len(value), limit=limit
        )
    bad = (_BAD_IN_NOTES if notes else _BAD_IN_TEXT).search(value)
    if bad:
        return Message("holds the control character U+{code:04X}", code=ord(bad.group()))
    return None


def clean_typed_text(value: str, *, notes: bool = False) -> str:
    """What a person typed or pasted, with the harmless differences evened out.

    Windows line ends become newlines (notes), surrounding spaces go; anything else the rules
    refuse is left in place so ``text_problem`` can say what it is.
    """
    text = value.replace("\r\n", "\n")
    return text.strip() if not notes else text.rstrip()


def vocabulary_problem(field: str, value: object) -> str | None:
    """Why ``value`` is not one of the vocabulary's values for ``field``, or None."""
    allowed = load_vocabulary().field(field).values()
    if value not in allowed:
        shown = repr(value)[:60]
        return Message("{value} is not one of {allowed}", value=shown, allowed=", ".join(allowed))
    return None


def number_problem(field: str, value: object) -> str | None:
    """Why ``value`` is not a finite number in the field's range, or None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return Message("{value!r} is not a number", value=value)
    low, high = RANGES[field]
    if not math.isfinite(value) or not low <= value <= high:
        return Message("{value:g} is outside {low:g}..{high:g}", value=value, low=low, high=high)
    return None


def parse_number_text(field: str, text: str) -> tuple[float | None, str | None]:
    """A plain decimal number from a tag value (``"4.5"``; ``height`` may end in `` m``)."""
    raw = text.strip()
    if field == "height":
        raw = raw.removesuffix("m").strip()
    if not _NUMBER.match(raw):
        return None, Message("must be a number, not {text!r}", text=text[:40])
    number = float(raw)
    problem = number_problem(field, number)
    return (None, problem) if problem else (number, None)


def directions_problem(text: str) -> str | None:
    """``camera:direction`` as we write it: degrees 0–360, ``;`` between several."""
    parts = text.split(";")
    if len(parts) > MAX_DIRECTIONS:
        return Message(
            "{count} directions (at most {limit})", count=len(parts), limit=MAX_DIRECTIONS
        )
    for part in parts:
        raw = part.strip()
        if not _NUMBER.match(raw) or not 0 <= float(raw) <= 360:
            return Message("{part!r} is not a direction in degrees (0–360)", part=part[:40])
    return None


def wikidata_problem(text: str) -> str | None:
    if _WIKIDATA.match(text):
        return None
    return Message("{text!r} is not a Wikidata id (Q…)", text=text[:40])


def attribute_problem(field: str, text: str) -> str | None:
    """Why a value typed for a camera attribute (by name, as text) cannot be published."""
    if field in VOCABULARY_FIELDS:
        return vocabulary_problem(field, text)
    if field == "direction":
        return directions_problem(text) if ";" not in text else Message("give one direction")
    if field in RANGES:
        return parse_number_text(field, text)[1]
    return text_problem(text)

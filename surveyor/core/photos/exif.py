"""Reading what a photo's EXIF says about where, when and which way (via piexif).

Phones and cameras write surprising things: zero denominators when there was no fix, 0/0/0
positions, values beyond the globe, strings padded with NULs. None of it may become a fake
position (0,0 is in the Gulf of Guinea, not "unknown"), and no byte string may raise: the
reader returns what it could and says in ``warnings`` what it could not.
"""

from __future__ import annotations

import math
import re
import struct
import warnings
from dataclasses import dataclass, field
from typing import Any

import piexif

from surveyor.core.messages import Message

# Tag numbers (EXIF 2.32 / piexif names).
_GPS_IFD_POINTER = 0x8825
_EXIF_IFD_POINTER = 0x8769
ORIENTATION = piexif.ImageIFD.Orientation
_DATETIME = piexif.ImageIFD.DateTime
_DATETIME_ORIGINAL = piexif.ExifIFD.DateTimeOriginal
_DATETIME_DIGITIZED = piexif.ExifIFD.DateTimeDigitized
_OFFSET_ORIGINAL = piexif.ExifIFD.OffsetTimeOriginal
_OFFSET = piexif.ExifIFD.OffsetTime
G = piexif.GPSIFD

_OFFSET_RE = re.compile(r"^([+-])(\d{2}):?(\d{2})$")
_DATETIME_RE = re.compile(r"^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})")


@dataclass
class ExifInfo:
    """The facts Surveyor keeps from a photo's EXIF; None means "not known"."""

    latitude: float | None = None
    longitude: float | None = None
    altitude: float | None = None  # metres above sea level (negative below)
    accuracy_m: float | None = None  # GPSHPositioningError
    bearing: float | None = None  # GPSImgDirection, degrees [0, 360)
    bearing_ref: str | None = None  # "T" true north or "M" magnetic
    taken_at: str | None = None  # ISO 8601, with the UTC offset when the file gives one
    orientation: int = 1
    warnings: list[str] = field(default_factory=list)

    @property
    def has_position(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class _Bad(ValueError):
    """One tag's value cannot be used; the message goes into warnings."""


def _ratio(value: Any) -> float:
    """A rational as piexif ((num, den)) or Pillow (IFDRational) gives it; _Bad if unusable."""
    if isinstance(value, tuple) and len(value) == 2:
        num, den = value
    elif hasattr(value, "numerator") and hasattr(value, "denominator"):
        num, den = value.numerator, value.denominator
    elif isinstance(value, int | float) and not isinstance(value, bool):
        num, den = value, 1
    else:
        raise _Bad(Message("not a number: {value}", value=repr(value)))
    if not isinstance(num, int | float) or not isinstance(den, int | float):
        raise _Bad(Message("not a number: {value}", value=repr(value)))
    if den == 0:
        raise _Bad(Message("zero denominator"))
    result = float(num) / float(den)
    if not math.isfinite(result):
        raise _Bad(Message("not a finite number"))
    return result


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("ascii", errors="replace")
    if not isinstance(value, str):
        raise _Bad(Message("not text: {value}", value=repr(value)))
    return value.strip("\x00 ").strip()


def _int(value: Any) -> int:
    if isinstance(value, tuple | list) and len(value) == 1:
        value = value[0]
    if isinstance(value, bytes) and len(value) == 1:
        return value[0]
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise _Bad(Message("not an integer: {value}", value=repr(value)))


def _coordinate(value: Any, ref: Any, positive: str, negative: str, limit: float) -> float:
    """Degrees/minutes/seconds plus a hemisphere letter -> signed decimal degrees."""
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value):
        parts: list[Any] = [value]  # a single rational, written by some tools
    elif isinstance(value, tuple | list) and 1 <= len(value) <= 3:
        parts = list(value)
    else:
        raise _Bad(Message("malformed coordinate {value}", value=repr(value)))
    degrees = 0.0
    for part, scale in zip(parts, (1.0, 60.0, 3600.0), strict=False):
        number = _ratio(part)
        if number < 0:
            raise _Bad(Message("negative degrees/minutes/seconds"))
        degrees += number / scale
    letter = _text(ref).upper()[:1] if ref is not None else ""
    if letter == negative:
        degrees = -degrees
    elif letter != positive:
        raise _Bad(
            Message(
                "hemisphere reference {letter!r} is not {positive} or {negative}",
                letter=letter or "missing",
                positive=positive,
                negative=negative,
            )
        )
    if not math.isfinite(degrees) or abs(degrees) > limit:
        raise _Bad(Message("{degrees:g} is outside ±{limit:g}°", degrees=degrees, limit=limit))
    return degrees


def _read_position(gps: dict[int, Any], info: ExifInfo) -> None:
    if G.GPSLatitude not in gps and G.GPSLongitude not in gps:
        return
    try:
        lat = _coordinate(gps.get(G.GPSLatitude), gps.get(G.GPSLatitudeRef), "N", "S", 90.0)
        lon = _coordinate(gps.get(G.GPSLongitude), gps.get(G.GPSLongitudeRef), "E", "W", 180.0)
    except _Bad as exc:
        info.warnings.append(
            Message("GPS position unusable ({exc}); photo has no position", exc=exc)
        )
        return
    if lat == 0.0 and lon == 0.0:
        # Receivers without a fix write zeros; a real photo at exactly 0,0 is in the sea.
        info.warnings.append(Message("GPS position is 0,0 (no fix); photo has no position"))
        return
    info.latitude, info.longitude = lat, lon


def _read_gps_extras(gps: dict[int, Any], info: ExifInfo) -> None:
    if G.GPSAltitude in gps:
        try:
            altitude = _ratio(gps[G.GPSAltitude])
            if G.GPSAltitudeRef in gps and _int(gps[G.GPSAltitudeRef]) == 1:
                altitude = -altitude
            info.altitude = altitude
        except _Bad as exc:
            info.warnings.append(Message("GPS altitude unusable ({exc})", exc=exc))
    if G.GPSHPositioningError in gps:
        try:
            accuracy = _ratio(gps[G.GPSHPositioningError])
            if accuracy < 0:
                raise _Bad(Message("negative"))
            info.accuracy_m = accuracy
        except _Bad as exc:
            info.warnings.append(Message("GPS accuracy unusable ({exc})", exc=exc))
    if G.GPSImgDirection in gps:
        try:
            bearing = _ratio(gps[G.GPSImgDirection])
            if not 0.0 <= bearing <= 360.0:
                raise _Bad(Message("{bearing:g} is outside 0..360", bearing=bearing))
            info.bearing = bearing % 360.0
            ref = gps.get(G.GPSImgDirectionRef)
            letter = _text(ref).upper()[:1] if ref is not None else ""
            info.bearing_ref = letter if letter in ("T", "M") else None
        except _Bad as exc:
            info.warnings.append(Message("GPS direction unusable ({exc})", exc=exc))


def _read_time(exif: dict[int, Any], zeroth: dict[int, Any], info: ExifInfo) -> None:
    raw = None
    for tags, tag in ((exif, _DATETIME_ORIGINAL), (exif, _DATETIME_DIGITIZED), (zeroth, _DATETIME)):
        if tag in tags:
            raw = tags[tag]
            break
    if raw is None:
        return
    try:
        text = _text(raw)
        match = _DATETIME_RE.match(text)
        if match is None:
            raise _Bad(Message("{text!r} is not YYYY:MM:DD HH:MM:SS", text=text))
        year, month, day, hour, minute, second = (int(g) for g in match.groups())
        if year == 0 or not (1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60):
            raise _Bad(Message("{text!r} is not a real date", text=text))
        iso = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{min(second, 59):02d}"
    except _Bad as exc:
        info.warnings.append(Message("date taken unusable ({exc})", exc=exc))
        return
    offset_raw = exif.get(_OFFSET_ORIGINAL, exif.get(_OFFSET))
    if offset_raw is not None:
        try:
            offset = _OFFSET_RE.match(_text(offset_raw))
            if offset is None or int(offset.group(2)) > 14 or int(offset.group(3)) >= 60:
                raise _Bad(Message("{text!r} is not ±HH:MM", text=_text(offset_raw)))
            iso += f"{offset.group(1)}{offset.group(2)}:{offset.group(3)}"
        except _Bad as exc:
            info.warnings.append(Message("time zone unusable ({exc})", exc=exc))
    info.taken_at = iso


def _read_orientation(zeroth: dict[int, Any], info: ExifInfo) -> None:
    if ORIENTATION not in zeroth:
        return
    try:
        value = _int(zeroth[ORIENTATION])
        if not 1 <= value <= 8:
            raise _Bad(Message("{value} is not 1..8", value=value))
        info.orientation = value
    except _Bad as exc:
        info.warnings.append(Message("orientation unusable ({exc})", exc=exc))


_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8}
_SUB_IFD_TAGS = (_EXIF_IFD_POINTER, _GPS_IFD_POINTER, 0xA005)  # Exif, GPS, Interoperability


def _check_tiff(tiff: bytes) -> None:
    """Refuse a TIFF block whose entries claim more data than it holds.

    piexif builds a struct format as long as an entry's count; a crafted count of four
    billion would hang the import and eat the memory. So walk the IFDs piexif reads first.
    """
    endian = "<" if tiff[:2] == b"II" else ">"
    try:
        (ifd0,) = struct.unpack_from(endian + "L", tiff, 4)
        pending: list[int] = [ifd0]
        seen: set[int] = set()
        while pending:
            offset = pending.pop()
            if offset == 0 or offset in seen:
                continue
            if len(seen) >= 8:
                raise ValueError(Message("too many IFDs"))
            seen.add(offset)
            (count,) = struct.unpack_from(endian + "H", tiff, offset)
            for i in range(count):
                entry = offset + 2 + 12 * i
                tag, kind, number = struct.unpack_from(endian + "HHL", tiff, entry)
                if number * _TYPE_SIZES.get(kind, 1) > len(tiff):
                    raise ValueError(
                        Message("tag {tag:#x} claims {number} values", tag=tag, number=number)
                    )
                if tag in _SUB_IFD_TAGS:
                    pending.append(struct.unpack_from(endian + "L", tiff, entry + 8)[0])
            if offset == ifd0:  # IFD0 links to IFD1 (the embedded thumbnail)
                pending.append(struct.unpack_from(endian + "L", tiff, offset + 2 + 12 * count)[0])
    except struct.error:
        raise ValueError(Message("EXIF block ends inside a directory")) from None


def _load_piexif(raw: bytes) -> tuple[dict[int, Any], dict[int, Any], dict[int, Any]]:
    if raw.startswith(b"Exif\x00\x00"):
        raw = raw[6:]
    if raw[:2] not in (b"II", b"MM"):
        raise ValueError(Message("no TIFF header"))
    _check_tiff(raw)
    data = piexif.load(raw)
    return data.get("0th") or {}, data.get("Exif") or {}, data.get("GPS") or {}


def _load_pillow(raw: bytes) -> tuple[dict[int, Any], dict[int, Any], dict[int, Any]]:
    """Pillow's reader skips broken entries that make piexif give up on the whole block."""
    from PIL import Image

    exif = Image.Exif()
    with warnings.catch_warnings():  # it warns about each damaged entry it skips
        warnings.simplefilter("ignore")
        exif.load(raw)
        zeroth = {k: v for k, v in exif.items() if k not in (_GPS_IFD_POINTER, _EXIF_IFD_POINTER)}
        return zeroth, dict(exif.get_ifd(_EXIF_IFD_POINTER)), dict(exif.get_ifd(_GPS_IFD_POINTER))


def parse_exif(raw: bytes | None) -> ExifInfo:
    """Read an EXIF block ("Exif\\0\\0" + TIFF, or bare TIFF). Never raises."""
    info = ExifInfo()
    if not raw:
        return info
    try:
        zeroth, exif, gps = _load_piexif(raw)
    except Exception as first:  # piexif raises many kinds on garbage; all mean "unreadable"
        try:
            zeroth, exif, gps = _load_pillow(raw)
        except Exception:
            info.warnings.append(
                Message(
                    "EXIF unreadable ({kind}: {error})",
                    kind=type(first).__name__,
                    error=str(first)[:250],
                )
            )
            return info
        info.warnings.append(Message("EXIF partly damaged; read what could be read"))
    steps = (
        lambda: _read_orientation(zeroth, info),
        lambda: _read_time(exif, zeroth, info),
        lambda: _read_position(gps, info),
        lambda: _read_gps_extras(gps, info),
    )
    for step in steps:
        try:
            step()
        except Exception as exc:  # one odd value must not cost the others, nor the import
            info.warnings.append(Message("EXIF value unreadable ({exc})", exc=exc))
    return info


def exif_bytes_of(image: Any) -> bytes | None:
    """The raw EXIF block of an open Pillow image (JPEG, PNG, WebP, HEIC via pillow-heif)."""
    raw = image.info.get("exif")
    if isinstance(raw, bytes) and raw:
        return raw
    try:
        exif = image.getexif()
        return exif.tobytes() if len(exif) else None
    except Exception:
        return None


def read_exif(image: Any) -> ExifInfo:
    """What an open Pillow image's EXIF says: the one reader the importer and the walk namer use.

    pillow-heif turns a HEIF upright as it opens it (by the file's rotation box) and resets the
    Orientation tag it hands on to 1; the tag the file holds is kept in ``original_orientation``.
    The catalogue records the tag the file holds, as exiftool reads it.
    """
    info = parse_exif(exif_bytes_of(image))
    original = image.info.get("original_orientation")
    if isinstance(original, int) and 1 <= original <= 8:
        info.orientation = original
    return info


def upright_size(image: Any, info: ExifInfo) -> tuple[int, int]:
    """(width, height) as a person sees the photo, from its header (no pixels decoded).

    A HEIF comes out of pillow-heif already turned by its rotation box, whose Orientation tag
    HEIF readers must not apply again; every other format turns by its Orientation tag.
    """
    width, height = image.size
    if image.format != "HEIF" and info.orientation >= 5:
        return height, width
    return width, height


def read_exif_file(path: str) -> ExifInfo:
    """Open an image file just far enough to read its EXIF (no pixel decoding). Never raises."""
    from PIL import Image

    from surveyor.core.photos.media import register_decoders

    register_decoders()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # damaged EXIF: we say so in our own words
            image = Image.open(path)
        with image:
            return read_exif(image)
    except Exception as exc:
        return ExifInfo(warnings=[Message("cannot read {path}: {exc}", path=path, exc=exc)])

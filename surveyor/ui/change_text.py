"""Plain words for an edit, as Edit ▸ Undo shows it ("Undo Set mount to Pole").

Field names such as ``camera_mount`` are the catalogue's, not the volunteer's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from surveyor.core.vocabulary import load_vocabulary
from surveyor.ui.camera_undo import CameraChanges, CameraValue
from surveyor.ui.locale_format import number
from surveyor.ui.vocab_combo import vocab_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChangeText", text)


def _field_names() -> dict[str, str]:
    return {
        "surveillance_type": _tr("device"),
        "surveillance": _tr("what it watches"),
        "camera_type": _tr("camera type"),
        "camera_mount": _tr("mount"),
        "zone": _tr("zone"),
        "manufacturer": _tr("make"),
        "make_unknown": _tr("make"),
        "model": _tr("model"),
        "direction": _tr("direction"),
        "angle": _tr("tilt"),
        "height": _tr("height"),
        "operator": _tr("operator"),
        "notes": _tr("notes"),
        "latitude": _tr("position"),
        "longitude": _tr("position"),
        "position_source": _tr("position"),
        "confirmed": _tr("position"),
        "needs_review": _tr("review flag"),
    }


def _value_text(name: str, value: CameraValue) -> str | None:
    """The value as the panel shows it, or None when it reads better without one."""
    vocab = load_vocabulary()
    if value is None or value == "":
        return _tr("nothing")
    if name in vocab.fields:
        return vocab_label(vocab.field(name).label_for(str(value)))
    if name == "make_unknown":
        return vocab_label(vocab.unknown_make_label) if value else None
    if name == "direction":
        return f"{number(float(value))}°"
    if name in ("height",):
        return _tr("{m} m").format(m=QLocale().toString(float(value)))
    if name in ("manufacturer", "model", "operator"):
        return str(value)
    return None


def _join(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    return _tr("{first} and {last}").format(first=", ".join(words[:-1]), last=words[-1])


def change_text(changes: CameraChanges) -> str:
    """``{"camera_mount": "pole"}`` → "Set mount to Pole"; several fields → "Set make and model"."""
    names = _field_names()
    fields = list(dict.fromkeys(names.get(name, name.replace("_", " ")) for name in changes))
    if fields == [_tr("position")]:
        return _tr("Move camera")
    if len(fields) > 1:
        return _tr("Set {fields}").format(fields=_join(fields))
    if changes.get("make_unknown"):
        shown = _value_text("make_unknown", True)
    else:
        # The make is two columns; the name says more than the flag being cleared.
        name = "manufacturer" if "manufacturer" in changes else next(iter(changes))
        shown = _value_text(name, changes[name])
    if shown is None:
        return _tr("Set {field}").format(field=fields[0])
    return _tr("Set {field} to {value}").format(field=fields[0], value=shown)

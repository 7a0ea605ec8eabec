"""The Export dialog's summary in a volunteer's words, not GeoJSON and OpenStreetMap keys.

The raw keys stay one click away (the dialog's Details), for those who want to check them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from surveyor.core.vocabulary import load_vocabulary
from surveyor.ui.locale_format import short_date
from surveyor.ui.vocab_combo import vocab_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportWords", text)


def _field_words() -> dict[str, str]:
    return {
        "man_made": "",  # every camera has it: says nothing to a volunteer
        "surveillance:type": _tr("kind of device"),
        "surveillance": _tr("what it watches"),
        "camera:type": _tr("camera type"),
        "camera:mount": _tr("mount"),
        "surveillance:zone": _tr("zone"),
        "manufacturer": _tr("make"),
        "manufacturer:wikidata": _tr("make"),
        "model": _tr("model"),
        "camera:direction": _tr("direction"),
        "camera:angle": _tr("tilt"),
        "height": _tr("height"),
        "operator": _tr("operator"),
        "surveyor:uuid": _tr("a random id for the camera"),
        "surveyor:observed": _tr("the day it was seen"),
        "surveyor:position_source": _tr("how its position was found"),
        "surveyor:position_accuracy": _tr("how exact that position is"),
        "surveyor:confirmed": _tr("whether you confirmed it"),
        "surveyor:needs_review": _tr("whether it needs review"),
        "surveyor:make_unknown": _tr("whether the make is unknown"),
        "surveyor:photos": _tr("its photos"),
        "notes": _tr("your notes on it"),
    }


def fields_in_words(fields: list[str]) -> str:
    """ "position, kind of device, camera type, mount, make, …" for the keys a bundle carries."""
    words = _field_words()
    shown = [_tr("position")] + [words.get(key, key) for key in fields]
    return ", ".join(dict.fromkeys(word for word in shown if word))


# Any: a GeoJSON feature as the bundle writer makes it (parsed JSON: any value type).
def camera_in_words(feature: dict[str, Any] | None) -> str:
    """One camera as the bundle describes it: "Dome on a pole · Huawei IPC6625-Z30 · …"."""
    if not feature:
        return ""
    props = feature.get("properties", {})
    vocab = load_vocabulary()

    def label(field: str, key: str) -> str:
        value = props.get(key)
        return vocab_label(vocab.field(field).label_for(value)) if value else ""

    kind = label("camera_type", "camera:type") or label("surveillance_type", "surveillance:type")
    mount = label("camera_mount", "camera:mount")
    parts = [_tr("{kind} on a {mount}").format(kind=kind, mount=mount.lower()) if mount else kind]
    make = " ".join(p for p in (props.get("manufacturer"), props.get("model")) if p)
    parts.append(make or (_tr("make unknown") if props.get("surveyor:make_unknown") else ""))
    if props.get("camera:direction"):
        parts.append(_tr("looks towards {deg}°").format(deg=props["camera:direction"]))
    watches = label("surveillance", "surveillance")
    if watches:
        parts.append(_tr("watches: {what}").format(what=watches.lower()))
    if props.get("surveyor:observed"):
        parts.append(_tr("seen {day}").format(day=short_date(str(props["surveyor:observed"]))))
    photos = len(props.get("surveyor:photos", []))  # a plain name: lupdate's plural count
    parts.append(QCoreApplication.translate("ExportWords", "%n photo(s)", None, photos))
    accuracy = props.get("surveyor:position_accuracy")
    parts.append(
        _tr("position shifted, good to about {m} m").format(m=round(float(accuracy)))
        if accuracy
        else _tr("position exactly where you placed it")
    )
    return " · ".join(p for p in parts if p)

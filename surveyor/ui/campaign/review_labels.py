"""How the review window names attributes and values (short, translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from surveyor.core.vocabulary import load_vocabulary
from surveyor.ui.vocab_combo import vocab_label

SHOWN = ("camera_type", "camera_mount", "manufacturer", "model", "direction", "zone")


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPanel", text)


def attribute_label(name: str) -> str:
    """A short column/field name (the vocabulary's questions are too long for a header)."""
    return {
        "surveillance_type": tr("Kind of device"),
        "surveillance": tr("What it watches"),
        "camera_type": tr("Type"),
        "camera_mount": tr("Mount"),
        "zone": tr("Zone"),
        "manufacturer": tr("Make"),
        "model": tr("Model"),
        "operator": tr("Operator"),
        "direction": tr("Direction (°)"),
        "height": tr("Height (m)"),
    }.get(name, name)


def value_label(name: str, value: object) -> str:
    if value is None:
        return tr("Unknown") if name == "manufacturer" else "–"
    vocab = load_vocabulary()
    if name in vocab.fields:  # vocabulary labels are translated in their own context
        return vocab_label(vocab.fields[name].label_for(str(value)))
    return QLocale().toString(value) if isinstance(value, float) else str(value)

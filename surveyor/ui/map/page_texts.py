"""The words the map page shows (popups, states, warnings), translated on the Python side.

The page receives them as data with every refresh; it never holds text of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from surveyor.core.vocabulary import load_vocabulary


def tr(text: str) -> str:
    return QCoreApplication.translate("MapPanel", text)


def page_labels() -> dict[str, dict[str, str]]:
    """Labels by group: vocabulary choices, camera states, warnings and the popup's words."""
    vocab = load_vocabulary()

    def field_labels(name: str) -> dict[str, str]:
        field = vocab.field(name)
        return {c.value: QCoreApplication.translate("vocabulary", c.label) for c in field.choices}

    return {
        "surveillance_type": field_labels("surveillance_type"),
        "camera_type": field_labels("camera_type"),
        "state": {
            "unconfirmed": tr("Position not confirmed"),
            "confirmed": tr("Position confirmed"),
            "review": tr("Needs review"),
        },
        "warn": {
            "duplicate": tr("Another camera is within 15 m: the same camera?"),
            "far": tr("More than 200 m from the photos that show it"),
        },
        "ui": {
            "camera": tr("Camera"),
            "make_unknown": QCoreApplication.translate("vocabulary", vocab.unknown_make_label),
            "confirm": tr("Confirm position"),
            "known": tr("Already mapped camera"),
        },
    }


def no_basemap_hint() -> str:
    return tr(
        "No basemap: add an .mbtiles or .pmtiles file with the “Basemaps…” button above the map."
    )

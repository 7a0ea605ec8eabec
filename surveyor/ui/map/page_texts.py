"""The words the map pages show (popups, states, warnings, the zoom buttons' tooltips, the
scale's units), translated on the Python side.

The volunteers' map receives them as data with every refresh, the review map once when it
starts; neither page holds text of its own. Without a translator (``surveyor render-map``)
they are English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from surveyor.core.vocabulary import load_vocabulary


def tr(text: str) -> str:
    return QCoreApplication.translate("MapPanel", text)


def control_texts() -> dict[str, str]:
    """What Leaflet's own controls and the grid say, in the interface's words and numbers."""
    return {
        "zoomIn": tr("Zoom in"),
        "zoomOut": tr("Zoom out"),
        # The scale bar's units (metre, kilometre): Cyrillic Serbian writes them in its script.
        "metre": tr("m"),
        "kilometre": tr("km"),
        "decimal": QLocale().decimalPoint(),
    }


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
        "map": control_texts(),
    }


def no_basemap_hint() -> str:
    return tr(
        "No basemap: add an .mbtiles or .pmtiles file with the “Basemaps…” button above the map."
    )

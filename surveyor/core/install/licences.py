"""What Help ▸ About says about licences: Surveyor's own and those of the vendored web code.

The vendored list mirrors ``resources/web/README.md``; a test checks that every licence file
under ``resources/web`` is named here, so a newly vendored library cannot go unmentioned.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from surveyor.core.resources import resources_dir

LICENCE = "GPL-3.0-or-later"


@dataclass(frozen=True)
class Vendored:
    name: str
    version: str
    licence: str  # SPDX identifier
    licence_file: str  # relative to resources/

    def licence_text(self) -> str:
        return (resources_dir() / self.licence_file).read_text(encoding="utf-8")


VENDORED = (
    Vendored("Leaflet", "1.9.4", "BSD-2-Clause", "web/leaflet/LICENSE"),
    Vendored("Leaflet.markercluster", "1.5.3", "MIT", "web/markercluster/MIT-LICENCE.txt"),
    # Its browser bundle includes pbf, @mapbox/vector-tile (BSD-3-Clause), point-geometry
    # (ISC), rbush, potpack, color2k, pmtiles and @protomaps/basemaps (MIT/BSD).
    Vendored("protomaps-leaflet", "5.1.0", "BSD-3-Clause", "web/protomaps-leaflet/LICENSE"),
)


def own_licence_file() -> Path:
    """The GPL's text: ``LICENSE`` beside ``resources/`` in a checkout and in the frozen app."""
    return resources_dir().parent / "LICENSE"

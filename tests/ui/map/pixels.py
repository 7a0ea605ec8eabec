"""Pixel checks on rendered maps: how many pixels of a colour the middle of an image holds."""

from __future__ import annotations

from PySide6.QtGui import QImage

# The OpenMapTiles style's colours (resources/web/vector_basemap.js).
ROAD = (255, 255, 255)
MAJOR = (0xFC, 0xD6, 0x8A)
BUILDING = (0xD9, 0xD0, 0xC9)
STREET_LABEL = (0x2B, 0x2B, 0x2B)
HOUSE_NUMBER = (0x5B, 0x4F, 0x46)
# protomaps-leaflet's "light" flavour, used for the Protomaps schema.
PM_BUILDING = (0xD7, 0xD5, 0xD3)
PM_ROAD = (255, 255, 255)


def count(image: QImage, colour: tuple[int, int, int], tolerance: int = 12) -> int:
    """Pixels of ``colour`` in the middle of the map (controls and credits left out)."""
    found = 0
    w, h = image.width(), image.height()
    for y in range(60, h - 60, 2):
        for x in range(60, w - 60, 2):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - colour[0]) <= tolerance
                and abs(c.green() - colour[1]) <= tolerance
                and abs(c.blue() - colour[2]) <= tolerance
            ):
                found += 1
    return found

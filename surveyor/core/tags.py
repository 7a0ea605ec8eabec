"""A camera's OpenStreetMap tags, the one vocabulary every export speaks."""

from __future__ import annotations

from typing import Any

from surveyor.core.vocabulary import load_vocabulary


def _number(value: float) -> str:
    return f"{value:g}"


def osm_tags(camera: Any) -> dict[str, str]:
    """Tags for one ``Camera`` row (or anything with the same attributes), keys verbatim.

    A camera whose make is unknown carries no ``manufacturer`` tag: OpenStreetMap has no
    value for "unknown", and a guess would be worse than nothing.
    """
    tags: dict[str, str] = {"man_made": "surveillance"}
    vocab = load_vocabulary()
    for name in ("surveillance_type", "surveillance", "camera_type", "camera_mount", "zone"):
        value = getattr(camera, name, None)
        if value:
            tags[vocab.field(name).tag] = str(value)
    if camera.direction is not None:
        tags["camera:direction"] = _number(float(camera.direction) % 360)
    if getattr(camera, "angle", None) is not None:
        tags["camera:angle"] = _number(float(camera.angle))
    if camera.height is not None:
        tags["height"] = _number(float(camera.height))
    if camera.manufacturer and not camera.make_unknown:
        tags["manufacturer"] = str(camera.manufacturer)
        maker = vocab.manufacturer(camera.manufacturer)
        if maker is not None and maker.wikidata:
            tags["manufacturer:wikidata"] = maker.wikidata
    if camera.model:
        tags["model"] = str(camera.model)
    if camera.operator:
        tags["operator"] = str(camera.operator)
    return tags

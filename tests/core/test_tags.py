from __future__ import annotations

from surveyor.core.tags import osm_tags
from surveyor.core.vocabulary import load_vocabulary
from surveyor.store.models import Camera


def test_tags_use_osm_keys_and_skip_unknown_make(workspace) -> None:
    cam = Camera.create(
        camera_type="dome",
        camera_mount="street_lamp",
        surveillance="public",
        zone="town",
        manufacturer="Huawei",
        model="IPC6625-Z30",
        direction=370,
        height=4.5,
    )
    tags = osm_tags(cam)
    assert tags == {
        "man_made": "surveillance",
        "surveillance:type": "camera",
        "surveillance": "public",
        "camera:type": "dome",
        "camera:mount": "street_lamp",
        "surveillance:zone": "town",
        "camera:direction": "10",
        "height": "4.5",
        "manufacturer": "Huawei",
        "manufacturer:wikidata": "Q160120",
        "model": "IPC6625-Z30",
    }
    cam.make_unknown = True
    assert "manufacturer" not in osm_tags(cam)


def test_vocabulary_labels_are_not_tag_values() -> None:
    vocab = load_vocabulary()
    mount = vocab.field("camera_mount")
    assert mount.tag == "camera:mount"
    assert mount.label_for("street_lamp") == "Street lamp"
    assert {
        "pole",
        "wall",
        "ceiling",
        "street_lamp",
        "traffic_signals",
        "building",
        "gantry",
    } <= set(mount.values())

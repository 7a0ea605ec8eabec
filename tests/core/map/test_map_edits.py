from __future__ import annotations

import pytest

from surveyor.core.map.edits import (
    PhotoPositionError,
    photos_without_position,
    restore_photo_position,
    set_photo_position,
)
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo, Walk


def test_place_photo_and_restore(workspace: Workspace) -> None:
    walk = Walk.create(name="w")
    photo = Photo.create(
        sha256="a" * 64, walk=walk, original_name="x.jpg", extension=".jpg", size=1
    )
    assert photos_without_position() == [(photo.id, "x.jpg", "")]
    previous = set_photo_position(photo.id, 44.8, 20.4)
    assert previous == {"latitude": None, "longitude": None, "position_source": None}
    placed = Photo.get_by_id(photo.id)
    assert (placed.latitude, placed.longitude, placed.position_source) == (44.8, 20.4, "manual")
    assert photos_without_position() == []
    restore_photo_position(photo.id, previous)
    assert Photo.get_by_id(photo.id).latitude is None
    with pytest.raises(PhotoPositionError, match="not on the globe"):
        set_photo_position(photo.id, 95.0, 20.0)
    with pytest.raises(PhotoPositionError, match="both"):
        set_photo_position(photo.id, 44.0, None)
    with pytest.raises(PhotoPositionError, match="no photo with id 999"):
        set_photo_position(999, 1.0, 1.0)


def test_tray_entries_carry_the_reason_a_photo_could_not_be_placed(workspace: Workspace) -> None:
    walk = Walk.create(name="w")
    photo = Photo.create(
        sha256="b" * 64,
        walk=walk,
        original_name="y.jpg",
        extension=".jpg",
        size=1,
        geotag_note="taken 12 min before the track starts",
    )
    assert photos_without_position() == [
        (photo.id, "y.jpg", "taken 12 min before the track starts")
    ]

"""Why detection failed is kept as a message: read back later, it shows in the chosen language."""

from __future__ import annotations

from surveyor.core import messages
from surveyor.core.messages import Message
from surveyor.core.redaction import catalogue
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo, PhotoRedaction, Walk
from tests.fixtures.gpx import catalogue_photo


def _photo() -> Photo:
    return Photo.get_by_id(catalogue_photo(int(Walk.create(name="w").id), "a.jpg", None))


def test_the_failure_reason_comes_back_translatable(workspace: Workspace) -> None:
    photo = _photo()
    reason = Message("{photo}: out of memory while detecting", photo="a.jpg")
    catalogue.record_failure(photo.id, reason, "test-detector")
    table = {"{photo}: out of memory while detecting": "{photo}: nema dovoljno memorije"}
    messages.install_translator(lambda template: table.get(template, template))
    try:
        row = catalogue.status_of(photo.id)
        assert row is not None and row.reason == "a.jpg: out of memory while detecting"
        assert str(catalogue.failure_reason(row)) == "a.jpg: nema dovoljno memorije"
        [(_held, why)] = catalogue.held_back([photo.id])
        assert str(why) == "a.jpg: nema dovoljno memorije"
    finally:
        messages.install_translator(None)


def test_a_reason_from_before_shows_its_english(workspace: Workspace) -> None:
    photo = _photo()
    PhotoRedaction.create(photo=photo, status=catalogue.FAILED, reason="the detector failed")
    row = catalogue.status_of(photo.id)
    assert row is not None and catalogue.failure_reason(row) == "the detector failed"

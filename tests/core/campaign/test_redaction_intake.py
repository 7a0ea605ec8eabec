"""The coordinator sees how many boxes each received photo had blurred, as the bundle says."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from surveyor.core.bundle.export_selection import Selection
from surveyor.core.bundle.minisign import SecretKey
from surveyor.core.bundle.writer import export_bundle
from surveyor.core.campaign import keyring
from surveyor.core.campaign.intake import Intake
from surveyor.core.campaign.review_case import review_case
from surveyor.core.redaction import catalogue
from surveyor.core.redaction.boxes import Box
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import ReviewItem, Sighting
from surveyor.store.models import Walk, db_proxy
from tests.core.campaign.volunteers import craft_bundle, feature
from tests.fixtures.bundles import add_camera, add_photo
from tests.fixtures.faces import face_photo


def _volunteer_bundle(tmp_path: Path, key: SecretKey, campaign: Workspace) -> Path:
    ws = Workspace.open(tmp_path / "volunteer")
    try:
        walk = Walk.create(name="Slavija")
        photo = add_photo(ws, walk, face_photo(tmp_path / "src/IMG_0042.jpg"))
        add_camera(walk, [photo])
        catalogue.add_box(ws, photo.id, Box(100, 600, 200, 150))  # and the face is found
        return export_bundle(ws, key, tmp_path / "b.zip", Selection(walk="Slavija")).path
    finally:
        ws.close()
        db_proxy.initialize(campaign.db)


def test_declared_box_counts_reach_the_review(campaign: Workspace, tmp_path: Path) -> None:
    key = SecretKey.generate()
    keyring.add_key(key.public_key.to_base64(), "kestrel", trust=True)
    bundle = _volunteer_bundle(tmp_path, key, campaign)
    assert Intake(campaign).merge(bundle).status == "merged"
    row = Sighting.get()
    [sha] = json.loads(row.photos)
    assert json.loads(row.redaction) == {sha: 2}
    item = ReviewItem.create(kind="new", camera=row.camera_id, sighting=row.id, reason="check")
    [view] = review_case(item.id).sightings
    assert view.redaction == {sha: 2}


def test_a_bundle_that_says_nothing_shows_no_count(campaign: Workspace, tmp_path: Path) -> None:
    key = SecretKey.generate()
    keyring.add_key(key.public_key.to_base64(), "heron", trust=True)
    crafted = craft_bundle(
        tmp_path / "old.zip", key, [feature("5b3f1a4e-8f7e-4c51-9d7a-1f1c3f0a2b11", "dome")],
        dt.date(2026, 5, 1),
    )  # fmt: skip
    assert Intake(campaign).merge(crafted).status == "merged"
    assert Sighting.get().redaction is None

"""Validly signed bundles with hostile or careless content, each merged in a batch with a
good one: the good one merges, the bad one is refused with its reason, and ``verify`` says the
same thing. Every case runs as a plain ``.zip`` and inside ``.zip.age``."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from surveyor.core.bundle.bagit_writer import SIGNATURE_NAME
from surveyor.core.bundle.verify import verify_bundle
from surveyor.core.campaign import intake as intake_module
from surveyor.core.campaign import keyring
from surveyor.core.campaign.intake import Intake
from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.campaign.quarantine import release_quarantined
from surveyor.store.campaign_models import ReceivedBundle, RefusedBundle, Sighting
from tests.core.campaign.volunteers import rewrite_zip
from tests.fixtures.hostile_bundles import (
    Sender,
    camera,
    huge_jpeg_header,
    huge_png_header,
    photo_name,
)

TEN_MB = 10 * 2**20
Builder = Callable[[Sender, Path, dict], Path]


def _photo_case(data: bytes) -> Builder:
    def build(s: Sender, out: Path, bag: dict) -> Path:
        name = photo_name(data)
        return s.bundle(out, [camera(photos=[name])], photos={name: data}, **bag)

    return build


CASES: dict[str, tuple[Builder, str]] = {
    "control character in a make": (
        lambda s, out, bag: s.bundle(out, [camera(manufacturer="Hik\u0001vision")], **bag),
        "manufacturer holds the control character U+0001",
    ),
    "10 MB of nesting in cameras.geojson": (
        lambda s, out, bag: s.bundle(
            out, raw={"cameras.geojson": b"[" * TEN_MB}, compress=False, **bag
        ),
        "cameras.geojson: nested deeper than 16 levels",
    ),
    "10 MB of nesting in submission.json": (
        lambda s, out, bag: s.bundle(
            out, raw={"submission.json": b'{"a":' * (TEN_MB // 5)}, compress=False, **bag
        ),
        "submission.json: nested deeper than 16 levels",
    ),
    "camera:type=banana": (
        lambda s, out, bag: s.bundle(out, [camera(camera__type="banana")], **bag),
        "camera:type 'banana' is not one of fixed, dome",
    ),
    "camera:mount=moon": (
        lambda s, out, bag: s.bundle(out, [camera(camera__mount="moon")], **bag),
        "camera:mount 'moon' is not one of pole",
    ),
    "height=-5": (
        lambda s, out, bag: s.bundle(out, [camera(height="-5")], **bag),
        "height -5 is outside 0..500",
    ),
    "survey date <script>": (
        lambda s, out, bag: s.bundle(out, [camera(surveyor__observed="<script>")], **bag),
        "surveyor:observed '<script>' is not a date",
    ),
    "a 300-character model": (
        lambda s, out, bag: s.bundle(out, [camera(model="M" * 300)], **bag),
        "model is 300 characters long (at most 255)",
    ),
    "direction 1e308": (
        lambda s, out, bag: s.bundle(out, [camera(camera__direction="1e308")], **bag),
        "camera:direction '1e308' is not a direction in degrees",
    ),
    "a tag nobody knows": (
        lambda s, out, bag: s.bundle(out, [camera(fixme="call me")], **bag),
        "unknown tag fixme",
    ),
    "a flag that is not true or false": (
        lambda s, out, bag: s.bundle(out, [camera(surveyor__confirmed="yes")], **bag),
        "surveyor:confirmed is not true or false",
    ),
    "a note with a control character": (
        lambda s, out, bag: s.bundle(
            out,
            submission={
                **s.documents(bag["bundle_uuid"], [camera(cam_uuid=NOTE_CAMERA)]),
                "cameras": [{"uuid": NOTE_CAMERA, "notes": "line\u001b[31m"}],
            },
            features=[camera(cam_uuid=NOTE_CAMERA)],
            **bag,
        ),
        "notes holds the control character U+001B",
    ),
    "a payload file nothing refers to": (
        lambda s, out, bag: s.bundle(out, raw={"notes.txt": b"hello"}, **bag),
        "data/notes.txt: no camera refers to this file",
    ),
    "a 60000x60000 PNG named .jpg": (
        _photo_case(huge_png_header()),
        "a PNG image, not a JPEG",
    ),
    "a JPEG header of 60000x60000": (
        _photo_case(huge_jpeg_header()),
        "megapixels",
    ),
    "2,000 members of 64 KiB (a small-member zip bomb)": (
        lambda s, out, bag: s.bundle(
            out, raw={f"pad/{i:05d}.bin": bytes(64 * 2**10) for i in range(2000)}, **bag
        ),
        "compression ratio",
    ),
    "bag-info.txt that is not UTF-8": (
        lambda s, out, bag: s.bundle(
            out, bag_info=b"Bagging-Date: 2026-11-20\nSurveyor-Pseudonym: J\xf6rg\n", **bag
        ),
        "bag-info.txt: not UTF-8 text",
    ),
}
NOTE_CAMERA = "3f0b1a52-5d7e-4c1e-9a43-0f1f8e2d9c11"


@pytest.fixture
def age_identity() -> object:
    import pyrage

    return pyrage.x25519.Identity.generate()


@pytest.mark.parametrize("encrypted", [False, True], ids=["zip", "zip.age"])
@pytest.mark.parametrize("case", list(CASES))
def test_hostile_bundle_is_refused_and_the_good_one_merges(
    campaign, tmp_path: Path, age_identity, case: str, encrypted: bool
) -> None:
    build, reason = CASES[case]
    sender, good_sender = Sender("kestrel"), Sender("heron")
    for s in (sender, good_sender):
        keyring.add_key(s.public, s.name, trust=True)
    bag: dict = {"bundle_uuid": "6a2d9b7e-1c4f-4e8a-9b3d-2f5e7c1a0d44"}
    if encrypted:
        bag["encrypt_to"] = str(age_identity.to_public())
    bad = build(sender, tmp_path / "bad.zip", bag)
    good = good_sender.bundle(
        tmp_path / "good.zip", **({"encrypt_to": bag["encrypt_to"]} if encrypted else {})
    )
    intake = Intake(campaign, age_identity=str(age_identity))
    results = intake.merge_many([bad, good])
    assert [r.status for r in results] == ["refused", "merged"], results[0].reason
    assert reason in results[0].reason
    assert RefusedBundle.get().reason == results[0].reason
    assert [c.value("manufacturer") for c in load_consensus()] == ["Huawei"]
    # verify runs the same gate: it refuses the bundle for the same reason.
    report = verify_bundle(bad, sender.key.public_key, age_identity=str(age_identity))
    assert not report.valid
    assert any(reason in f"{p.file}: {p.reason}" for p in report.problems)
    if case == "bag-info.txt that is not UTF-8":  # one clear message, nothing misleading
        assert [p.reason for p in report.problems] == ["not UTF-8 text"]


def test_a_bug_inside_one_bundle_does_not_stop_the_batch(campaign, tmp_path, monkeypatch) -> None:
    a, b = Sender("kestrel"), Sender("heron")
    for s in (a, b):
        keyring.add_key(s.public, s.name, trust=True)
    first, second = a.bundle(tmp_path / "a.zip"), b.bundle(tmp_path / "b.zip")
    real = intake_module.take_camera
    calls = iter([True, False])

    def sometimes_broken(placer, bundle, cam, row):  # type: ignore[no-untyped-def]
        if next(calls):
            raise RecursionError("maximum recursion depth exceeded")
        return real(placer, bundle, cam, row)

    monkeypatch.setattr(intake_module, "take_camera", sometimes_broken)
    results = Intake(campaign).merge_many([first, second])
    assert [r.status for r in results] == ["refused", "merged"]
    assert "RecursionError" in results[0].reason
    assert Sighting.select().count() == 1 and RefusedBundle.select().count() == 1


def test_a_squatted_bundle_id_does_not_block_the_real_sender(campaign, tmp_path) -> None:
    real, squatter = Sender("kestrel"), Sender("mallory")
    keyring.add_key(real.public, "kestrel", trust=True)
    shared = "0b9c2e1d-8a7f-4e6d-9c5b-4a3f2e1d0c9b"
    squat = squatter.bundle(tmp_path / "squat.zip", bundle_uuid=shared)
    genuine = real.bundle(tmp_path / "real.zip", bundle_uuid=shared)
    intake = Intake(campaign)
    assert intake.merge(squat).status == "quarantined"
    result = intake.merge(genuine)
    assert result.status == "merged", result.reason
    assert intake.merge(genuine).status == "duplicate"
    # The squatter's copy still waits, under its own key; trusting it later merges it apart.
    waiting = ReceivedBundle.get(ReceivedBundle.status == "quarantined")
    assert waiting.key_id == squatter.key_id
    keyring.add_key(squatter.public, "mallory", trust=True)
    assert [r.status for r in release_quarantined(intake, squatter.key_id)] == ["merged"]
    assert ReceivedBundle.select().where(ReceivedBundle.bundle_uuid == shared).count() == 2


def test_a_forged_copy_in_quarantine_is_dropped_when_the_key_is_trusted(campaign, tmp_path):
    real, forger = Sender("kestrel"), Sender("mallory")
    shared = "0b9c2e1d-8a7f-4e6d-9c5b-4a3f2e1d0c9b"
    genuine = real.bundle(tmp_path / "real.zip", bundle_uuid=shared)
    # The forger claims the real volunteer's key and replays their signature file.
    fake = camera(manufacturer="Forged")
    doc = {**forger.documents(shared, [fake]), "key_id": real.key_id}
    forged_base = forger.bundle(
        tmp_path / "f.zip", [fake], bundle_uuid=shared, submission=doc, claimed_key=real.key
    )
    with zipfile.ZipFile(genuine) as z:
        replayed = z.read(SIGNATURE_NAME)
    forged = rewrite_zip(forged_base, tmp_path / "forged.zip", {SIGNATURE_NAME: replayed})
    intake = Intake(campaign)
    assert intake.merge(forged).status == "quarantined"  # nobody can check it yet
    keyring.add_key(real.public, "kestrel", trust=True)
    (released,) = release_quarantined(intake, real.key_id)
    assert released.status == "refused" and "signature" in released.reason
    assert ReceivedBundle.select().count() == 0  # the forged copy holds nothing back
    assert intake.merge(genuine).status == "merged"
    assert [c.value("manufacturer") for c in load_consensus()] == ["Huawei"]


def test_an_older_export_arriving_later_never_overwrites_the_newer(campaign, tmp_path) -> None:
    s = Sender("kestrel")
    keyring.add_key(s.public, "kestrel", trust=True)
    cam = "5b0f3c1e-7d2a-4c55-9a43-0f1f8e2d9c11"
    older = s.bundle(tmp_path / "old.zip", [camera(cam, camera__type="fixed")], sequence=7)
    newer = s.bundle(tmp_path / "new.zip", [camera(cam, camera__type="dome")], sequence=8)
    intake = Intake(campaign)
    assert intake.merge(newer).outcomes == [(cam, "new")]
    late = intake.merge(older)
    assert late.status == "merged" and late.outcomes == [(cam, "rejected")]
    assert Sighting.get().camera_type == "dome"
    # Later in the counter wins even when it arrives last.
    newest = s.bundle(tmp_path / "newest.zip", [camera(cam, camera__type="panning")], sequence=9)
    assert intake.merge(newest).outcomes == [(cam, "new")]
    assert Sighting.get().camera_type == "panning"


def test_merge_names_the_sender_by_the_keyring(campaign, tmp_path) -> None:
    s = Sender("kestrel")
    keyring.add_key(s.public, "Ana (coordinator's name)", trust=True)
    result = Intake(campaign).merge(s.bundle(tmp_path / "a.zip", pseudonym="the real police"))
    assert result.pseudonym == "Ana (coordinator's name)"
    assert result.claimed_pseudonym == "the real police"
    assert result.to_json()["claimed_pseudonym"] == "the real police"


def test_a_volunteers_latest_word_is_their_newest_export_not_their_last_arrival(
    campaign, tmp_path
) -> None:
    from surveyor.core.campaign import review
    from surveyor.store.campaign_models import CampaignCamera

    s = Sender("kestrel")
    keyring.add_key(s.public, "kestrel", trust=True)
    newer = s.bundle(tmp_path / "new.zip", [camera(camera__type="dome")], sequence=9)
    older = s.bundle(tmp_path / "old.zip", [camera(camera__type="fixed")], sequence=3)
    intake = Intake(campaign)
    assert [intake.merge(p).status for p in (newer, older)] == ["merged", "merged"]
    first, second = CampaignCamera.select().order_by(CampaignCamera.id)
    review.merge(second.id, first.id, "coord")  # the coordinator says: one camera
    (merged,) = load_consensus()
    assert merged.value("camera_type") == "dome"


@pytest.mark.slow
def test_the_reported_zip_bomb_at_full_size(campaign, tmp_path) -> None:
    """19,007 members of 64 KiB: 1.16 GiB unpacked from a few MiB, each member alone under
    the per-member ratio check; the whole-archive ratio refuses it before anything is read."""
    s = Sender("kestrel")
    keyring.add_key(s.public, "kestrel", trust=True)
    block = bytes(64 * 2**10)
    bomb = s.bundle(tmp_path / "bomb.zip", raw={f"pad/{i:05d}": block for i in range(19_007)})
    assert bomb.stat().st_size < 8 * 2**20
    (result,) = Intake(campaign).merge_many([bomb])
    assert result.status == "refused" and "compression ratio" in result.reason
    assert "1248400963 bytes unpacked from" in result.reason  # the payload and the bag files


def test_a_passing_failure_on_release_keeps_the_bundle_waiting(
    campaign, tmp_path, monkeypatch
) -> None:
    from peewee import OperationalError

    from surveyor.core.campaign.placement import Placer

    s = Sender("kestrel")
    waiting = s.bundle(tmp_path / "a.zip")
    intake = Intake(campaign)
    assert intake.merge(waiting).status == "quarantined"
    keyring.add_key(s.public, "kestrel", trust=True)
    with monkeypatch.context() as m:
        m.setattr(Placer, "flush", lambda self: (_ for _ in ()).throw(OperationalError("full")))
        (failed,) = release_quarantined(Intake(campaign), s.key_id)
    assert failed.status == "refused" and "full" in failed.reason
    assert ReceivedBundle.get().status == "quarantined"  # kept for another try
    (released,) = release_quarantined(Intake(campaign), s.key_id)
    assert released.status == "merged" and len(load_consensus()) == 1

"""Intake of real bundles: merge, duplicate, quarantine and release, updates, hostile files."""

from __future__ import annotations

import json
import warnings
import zipfile
from datetime import date
from pathlib import Path

import pytest

from surveyor.core.bundle.minisign import SecretKey
from surveyor.core.campaign import keyring, quarantine_dir
from surveyor.core.campaign.intake import Intake
from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.campaign.photos import sighting_photo
from surveyor.core.campaign.quarantine import release_quarantined
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import (
    ReceivedBundle,
    RefusedBundle,
    Sighting,
    SightingRevision,
)
from tests.core.campaign.volunteers import Volunteer, craft_bundle, feature, rewrite_zip

POLE = {"lat": 44.81300, "lon": 20.46200, "camera_type": "dome", "camera_mount": "pole"}


@pytest.fixture
def people(tmp_path: Path) -> tuple[Volunteer, Volunteer, Volunteer]:
    return (
        Volunteer(tmp_path, "kestrel"),
        Volunteer(tmp_path, "heron"),
        Volunteer(tmp_path, "wren"),
    )


def media_files(ws: Workspace) -> list[Path]:
    """Every file the campaign holds besides its catalogue (kept bundles, photos, temp)."""
    return [p for p in ws.root.rglob("*") if p.is_file() and "catalogue" not in p.name]


def test_three_volunteers_merge_into_shared_cameras(campaign, people, tmp_path) -> None:
    a, b, c = people
    for v in people:
        keyring.add_key(v.public, v.name, trust=True)
    bundles = [
        a.bundle(tmp_path / "a.zip", [POLE, {"lat": 44.8140, "lon": 20.4630}], campaign),
        b.bundle(tmp_path / "b.zip", [{**POLE, "lat": 44.81302}], campaign),
        c.bundle(tmp_path / "c.zip", [{**POLE, "lon": 20.46203, "camera_type": "fixed"}], campaign),
    ]
    results = Intake(campaign).merge_many([r.path for r in bundles])
    assert [r.status for r in results] == ["merged"] * 3
    assert results[0].counts() == {"new": 2}
    assert results[1].counts() == {"confirmed": 1}
    # 2.4 m away, a different camera:type but the same mount and make: one camera, and the
    # vote (2 of 3 say dome) settles the type.
    assert results[2].counts() == {"confirmed": 1}
    assert len(load_consensus()) == 2
    pole = next(c for c in load_consensus() if len(c.volunteers) == 3)
    assert pole.attributes["camera_type"].text == "majority (2 of 3)"
    assert Sighting.select().count() == 4
    kept = sorted(p.name for p in media_files(campaign))
    assert kept == sorted(f"{r.bundle_uuid}.zip" for r in bundles)  # kept as received
    for row in Sighting.select():
        (sha,) = json.loads(row.photos)
        photo = sighting_photo(campaign, row, sha)
        assert photo is not None and photo.startswith(b"\xff\xd8")


def test_same_bundle_twice_is_a_duplicate(campaign, people, tmp_path) -> None:
    a = people[0]
    keyring.add_key(a.public, a.name, trust=True)
    bundle = a.bundle(tmp_path / "a.zip", [POLE], campaign)
    intake = Intake(campaign)
    assert intake.merge(bundle.path).status == "merged"
    again = intake.merge(bundle.path)
    assert (again.status, again.ok) == ("duplicate", True)
    assert "already merged" in again.reason
    assert Sighting.select().count() == 1


def test_unknown_key_is_quarantined_then_released_when_trusted(campaign, people, tmp_path) -> None:
    a = people[0]
    bundle = a.bundle(tmp_path / "a.zip", [POLE], campaign)
    result = Intake(campaign).merge(bundle.path)
    assert result.status == "quarantined"
    assert f"unknown key {a.key_id}" in result.reason
    assert Sighting.select().count() == 0
    assert media_files(campaign) == [quarantine_dir(campaign) / f"{bundle.bundle_uuid}.zip"]
    keyring.add_key(a.public, "kestrel")  # known but untrusted: still waits
    assert Intake(campaign).merge(bundle.path).status == "quarantined"
    keyring.trust(a.key_id)
    released = release_quarantined(Intake(campaign), a.key_id)
    assert [r.status for r in released] == ["merged"]
    assert Sighting.select().count() == 1
    assert [p.parent.name for p in media_files(campaign)] == ["bundles"]
    assert ReceivedBundle.get().status == "merged"


def test_newer_bundle_updates_the_sighting_and_keeps_history(campaign, people, tmp_path) -> None:
    a = people[0]
    keyring.add_key(a.public, a.name, trust=True)
    first = a.bundle(tmp_path / "1.zip", [POLE], campaign)
    cam_uuid = first.camera_uuids[0]
    second = a.bundle(tmp_path / "2.zip", [{"uuid": cam_uuid, "manufacturer": "Dahua"}], campaign)
    intake = Intake(campaign)
    assert intake.merge(first.path).outcomes == [(cam_uuid, "new")]
    assert intake.merge(second.path).outcomes == [(cam_uuid, "new")]
    row = Sighting.get()
    assert row.manufacturer == "Dahua"
    (revision,) = SightingRevision.select()
    assert json.loads(revision.data)["manufacturer"] == "Huawei"
    (camera,) = load_consensus()
    assert camera.value("manufacturer") == "Dahua"


def test_revoked_key_is_refused_even_with_a_valid_signature(campaign, people, tmp_path) -> None:
    a = people[0]
    keyring.add_key(a.public, a.name, trust=True)
    keyring.revoke("kestrel")
    bundle = a.bundle(tmp_path / "a.zip", [POLE], campaign)
    result = Intake(campaign).merge(bundle.path)
    assert result.status == "refused"
    assert f"revoked key {a.key_id}" in result.reason
    assert RefusedBundle.get().reason == result.reason


def test_tampered_payload_is_refused_naming_the_file(campaign, people, tmp_path) -> None:
    a = people[0]
    keyring.add_key(a.public, a.name, trust=True)
    bundle = a.bundle(tmp_path / "a.zip", [POLE], campaign)
    with zipfile.ZipFile(bundle.path) as z:
        geo = z.read("data/cameras.geojson").replace(b"dome", b"domf")
    bad = rewrite_zip(bundle.path, tmp_path / "bad.zip", {"data/cameras.geojson": geo})
    result = Intake(campaign).merge(bad)
    assert result.status == "refused"
    assert "data/cameras.geojson" in result.reason and "SHA-512" in result.reason
    assert Sighting.select().count() == 0 and media_files(campaign) == []


def test_bad_signature_is_refused(campaign, people, tmp_path) -> None:
    a = people[0]
    keyring.add_key(a.public, a.name, trust=True)
    bundle = a.bundle(tmp_path / "a.zip", [POLE], campaign)
    with zipfile.ZipFile(bundle.path) as z:
        tagmanifest = z.read("tagmanifest-sha512.txt")
        sig = z.read("tagmanifest-sha512.txt.minisig").decode()
    # A forger signs the same tag manifest with their own key but the volunteer's key id.
    forger = SecretKey(key_id=a.key.key_id, seed=SecretKey.generate().seed)
    from surveyor.core.bundle.minisign import join_digest

    forged = forger.sign_digest(join_digest([tagmanifest]), sig.splitlines()[2][17:]).to_text()
    bad = rewrite_zip(
        bundle.path, tmp_path / "forged.zip", {"tagmanifest-sha512.txt.minisig": forged.encode()}
    )
    result = Intake(campaign).merge(bad)
    assert result.status == "refused"
    assert "signature does not match" in result.reason


def _zip(path: Path, members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate we write on purpose
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for info, data in members:
                z.writestr(info, data)
    return path


def _symlink(name: str, target: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = 0o120777 << 16
    return info


def _device(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = 0o020644 << 16  # a character device
    return info


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        ([("../../etc/evil.txt", b"x"), ("bagit.txt", b"")], "'..'"),
        ([("/abs/evil.txt", b"x")], "absolute path"),
        ([(_symlink("data/photos/link.jpg", "/etc/passwd"), b"/etc/passwd")], "symbolic link"),
        ([(_device("data/photos/tty.jpg"), b"")], "character device"),
        ([("bagit.txt", b"a"), ("bagit.txt", b"b")], "duplicate"),
        ([("bagit.txt", b"a"), ("BAGIT.TXT", b"b")], "duplicate"),
        ([("data/cameras.geojson", b"\0" * (20 * 2**20))], "compression ratio"),
        ([("README", b"just a zip")], "bagit.txt: missing"),
    ],
    ids=[
        "traversal",
        "absolute",
        "symlink",
        "device",
        "duplicate-names",
        "duplicate-by-case",
        "zip-bomb",
        "not-a-bag",
    ],
)
def test_hostile_archives_are_refused_and_nothing_is_unpacked(
    campaign, tmp_path, members, expected
) -> None:
    bad = _zip(tmp_path / "hostile.zip", members)
    result = Intake(campaign).merge(bad)
    assert result.status == "refused"
    assert expected in result.reason
    assert "hostile.zip" in str(result.file)
    assert media_files(campaign) == []
    assert not (tmp_path / "etc").exists() and not quarantine_dir(campaign).exists()


def test_not_a_zip_and_missing_file_are_refused(campaign, tmp_path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 not really")
    assert "not a readable zip" in Intake(campaign).merge(junk).reason
    assert Intake(campaign).merge(tmp_path / "nope.zip").status == "refused"


def test_encrypted_bundle_is_decrypted_with_the_coordinators_age_identity(
    campaign, people, tmp_path
) -> None:
    import pyrage

    a = people[0]
    keyring.add_key(a.public, a.name, trust=True)
    identity = pyrage.x25519.Identity.generate()
    made = a.bundle(tmp_path / "a.zip", [POLE], campaign, encrypt_to=str(identity.to_public()))
    assert made.path.name.endswith(".zip.age")
    assert Intake(campaign).merge(made.path).reason.startswith("encrypted with age")
    other = str(pyrage.x25519.Identity.generate())
    assert "cannot be decrypted" in Intake(campaign, age_identity=other).merge(made.path).reason
    result = Intake(campaign, age_identity=str(identity)).merge(made.path)
    assert result.status == "merged" and result.counts() == {"new": 1}
    assert list(campaign.tmp_dir.iterdir()) == []  # the decrypted copy is gone


def test_an_older_bundle_arriving_late_is_rejected_and_non_cameras_too(
    campaign, people, tmp_path
) -> None:
    a = people[0]
    keyring.add_key(a.public, a.name, trust=True)
    cam = "5b0f3c1e-7d2a-4c55-9a43-0f1f8e2d9c11"
    newer = craft_bundle(tmp_path / "new.zip", a.key, [feature(cam, "dome")], date(2026, 11, 21))
    older = craft_bundle(
        tmp_path / "old.zip",
        a.key,
        [feature(cam, "fixed"), feature("0d6ab5a4-3b8e-4f0e-8c51-6a3d1f7e2b90", "dome", "bench")],
        date(2026, 11, 1),
    )
    intake = Intake(campaign)
    assert intake.merge(newer).outcomes == [(cam, "new")]
    result = intake.merge(older)
    assert result.status == "merged"
    assert [o for _, o in result.outcomes] == ["rejected", "rejected"]
    assert Sighting.get().camera_type == "dome"
    assert SightingRevision.select().count() == 0


def test_new_and_resent_cameras_mixed_in_one_bundle(campaign, people, tmp_path) -> None:
    a = people[0]
    keyring.add_key(a.public, a.name, trust=True)
    cam = "5b0f3c1e-7d2a-4c55-9a43-0f1f8e2d9c11"
    first = craft_bundle(tmp_path / "1.zip", a.key, [feature(cam, "dome")], date(2026, 11, 1))
    news = ["0d6ab5a4-3b8e-4f0e-8c51-6a3d1f7e2b90", "7c9e6679-7425-40de-944b-e07fc1f90ae7"]
    second = craft_bundle(
        tmp_path / "2.zip",
        a.key,
        [feature(news[0], "fixed"), feature(cam, "panning"), feature(news[1], "dome")],
        date(2026, 11, 2),
    )
    intake = Intake(campaign)
    intake.merge(first)
    result = intake.merge(second)
    assert result.status == "merged"
    assert dict(result.outcomes)[cam] == "new"  # alone, it keeps its own camera
    assert Sighting.select().count() == 3
    assert SightingRevision.select().count() == 1
    assert Sighting.get(Sighting.camera_uuid == cam).camera_type == "panning"
    # Every sighting has a camera row, and same-volunteer sightings are separate cameras.
    assert len({s.camera_id for s in Sighting.select()}) == 3
    assert len(load_consensus()) == 3


def test_a_database_failure_rolls_the_bundle_back_and_says_so(
    campaign, people, tmp_path, monkeypatch
) -> None:
    from peewee import OperationalError

    from surveyor.core.campaign.placement import Placer

    a, b = people[0], people[1]
    for v in (a, b):
        keyring.add_key(v.public, v.name, trust=True)
    first = a.bundle(tmp_path / "a.zip", [POLE], campaign)
    second = b.bundle(tmp_path / "b.zip", [{**POLE, "lat": 44.81302}], campaign)
    intake = Intake(campaign)
    real_flush = Placer.flush

    def failing_flush(self: Placer) -> None:
        raise OperationalError("disk I/O error")

    monkeypatch.setattr(Placer, "flush", failing_flush)
    result = intake.merge(first.path)
    assert result.status == "refused" and "disk I/O error" in result.reason
    assert Sighting.select().count() == 0 and ReceivedBundle.select().count() == 0
    assert [p.parent.name for p in media_files(campaign)] == []
    monkeypatch.setattr(Placer, "flush", real_flush)
    assert [intake.merge(p).status for p in (first.path, second.path)] == ["merged", "merged"]
    assert intake.merge(second.path).status == "duplicate"
    assert [o for _, o in Intake(campaign).merge(first.path).outcomes] == []  # duplicate
    assert len(load_consensus()) == 1


def test_the_accuracy_a_bundle_states_is_kept_and_weighs_the_position(
    campaign, people, tmp_path
) -> None:
    a, b = people[:2]
    for v in (a, b):
        keyring.add_key(v.public, v.name, trust=True)
    shifted = feature("5b0f3c1e-7d2a-4c55-9a43-0f1f8e2d9c11", "dome")
    shifted["geometry"]["coordinates"] = [20.4622, 44.8132]  # about 25 m from the other
    shifted["properties"].update(
        {"surveyor:position_source": "exif", "surveyor:position_accuracy": 45}
    )
    by_hand = feature("0d6ab5a4-3b8e-4f0e-8c51-6a3d1f7e2b90", "dome")
    by_hand["properties"]["surveyor:position_source"] = "manual"
    intake = Intake(campaign)
    intake.merge(craft_bundle(tmp_path / "a.zip", a.key, [shifted], date(2026, 11, 1)))
    result = intake.merge(craft_bundle(tmp_path / "b.zip", b.key, [by_hand], date(2026, 11, 1)))
    assert result.counts() == {"confirmed": 1}
    accuracies = sorted((s.position_source, s.position_accuracy) for s in Sighting.select())
    assert accuracies == [("exif", 45.0), ("manual", None)]
    (camera,) = load_consensus()
    # Published where it was placed by hand (weighs 225 times the shifted position).
    assert abs(camera.lat - 44.813) < 0.000005 and abs(camera.lon - 20.462) < 0.000005

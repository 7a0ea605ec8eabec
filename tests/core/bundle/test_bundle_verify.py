"""Verifying bundles, with our verifier and with the real tools (minisign, bagit.py)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from surveyor.core.bundle.export_selection import Selection
from surveyor.core.bundle.minisign import PublicKey, SecretKey
from surveyor.core.bundle.verify import BundleInvalid, read_submission, verify_bundle
from surveyor.core.bundle.writer import export_bundle
from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera
from tests.fixtures.bundles import make_identity, make_survey

SIG = "tagmanifest-sha512.txt.minisig"


@pytest.fixture
def key() -> SecretKey:
    return make_identity("kestrel").secret_key()


@pytest.fixture
def bundle(workspace: Workspace, tmp_path: Path, key: SecretKey) -> Path:
    make_survey(workspace, tmp_path / "src", cameras=2)
    return export_bundle(
        workspace, key, tmp_path / "bundle.zip", Selection(walk="Dorćol walk"), pseudonym="kestrel"
    ).path


def _extract(bundle: Path, dest: Path) -> Path:
    with zipfile.ZipFile(bundle) as z:
        z.extractall(dest)
    return dest


def _minisign_ok(bag: Path, pubkey: PublicKey) -> bool:
    done = subprocess.run(
        ["minisign", "-Vm", "tagmanifest-sha512.txt", "-P", pubkey.to_base64()],
        cwd=bag,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done.returncode == 0


def _bagit_ok(bag: Path) -> bool:
    done = subprocess.run(
        [sys.executable, "-m", "bagit", "--validate", str(bag)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.returncode == 0


def _rezip(src: Path, dest: Path, replace: dict[str, bytes] | None = None, add=()) -> Path:
    replace = replace or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, replace.get(info.filename, zin.read(info.filename)))
        for name, data in add:
            zout.writestr(name, data)
    return dest


def _flip(data: bytes, at: int | None = None) -> bytes:
    at = len(data) // 2 if at is None else at
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def test_valid_bundle_passes_ours_and_the_real_tools(bundle: Path, key, tmp_path) -> None:
    report = verify_bundle(bundle, key.public_key)
    assert report.valid, report.problems
    assert report.signature == "verified" and report.identity == "verified"
    assert report.key_id == key.key_id_hex and report.pseudonym == "kestrel"
    assert report.payload_files == 5
    bag = _extract(bundle, tmp_path / "bag")
    assert _minisign_ok(bag, key.public_key)
    assert _bagit_ok(bag)


def test_without_a_public_key_identity_is_unverified(bundle: Path, key) -> None:
    report = verify_bundle(bundle)
    assert report.valid
    assert report.signature == "unchecked" and report.identity == "unverified"
    assert report.key_id == key.key_id_hex


def test_wrong_public_key_is_invalid(bundle: Path) -> None:
    report = verify_bundle(bundle, SecretKey.generate().public_key)
    assert not report.valid and report.signature == "invalid"
    assert report.problems[0].file == SIG


def _signature_flipped(data: bytes) -> bytes:
    lines = data.split(b"\n")
    line = lines[1]
    i = 20
    lines[1] = line[:i] + (b"A" if line[i : i + 1] != b"A" else b"B") + line[i + 1 :]
    return b"\n".join(lines)


@pytest.mark.parametrize(
    ("target", "ours_blames", "minisign_fails", "bagit_fails"),
    [
        ("photo", "photo", False, True),
        ("data/cameras.geojson", "data/cameras.geojson", False, True),
        ("manifest-sha512.txt", "manifest-sha512.txt", False, True),
        ("bag-info.txt", "bag-info.txt", False, True),
        ("tagmanifest-sha512.txt", SIG, True, True),
        (SIG, SIG, True, False),
    ],
)
def test_one_changed_byte_fails_ours_and_the_real_tools(
    bundle: Path, key, tmp_path: Path, target, ours_blames, minisign_fails, bagit_fails
) -> None:
    with zipfile.ZipFile(bundle) as z:
        if target == "photo":
            target = next(n for n in z.namelist() if n.startswith("data/photos/"))
            ours_blames = target
        original = z.read(target)
    if target == SIG:
        changed = _signature_flipped(original)
    elif target.endswith(".txt"):
        changed = original.replace(b"a", b"b", 1) if b"a" in original else _flip(original)
        if target == "bag-info.txt":
            changed = original.replace(b"kestrel", b"kestreL")
    else:
        changed = _flip(original)
    assert changed != original and len(changed) == len(original)
    tampered = _rezip(bundle, tmp_path / "tampered.zip", {target: changed})
    report = verify_bundle(tampered, key.public_key)
    assert not report.valid
    assert ours_blames in {p.file for p in report.problems}, report.problems
    bag = _extract(tampered, tmp_path / "bag")
    assert _minisign_ok(bag, key.public_key) is not minisign_fails
    assert _bagit_ok(bag) is not bagit_fails
    # The real toolchain (both must pass) rejects every one of these.
    assert not (_minisign_ok(bag, key.public_key) and _bagit_ok(bag))


def test_structure_problems_are_reported_by_file(bundle: Path, key, tmp_path) -> None:
    extra = _rezip(bundle, tmp_path / "extra.zip", add=[("notes.txt", b"hi")])
    report = verify_bundle(extra, key.public_key)
    assert [p.file for p in report.problems] == ["notes.txt"]
    unlisted = _rezip(bundle, tmp_path / "unlisted.zip", add=[("data/photos/x.jpg", b"hi")])
    report = verify_bundle(unlisted, key.public_key)
    assert "data/photos/x.jpg" in {p.file for p in report.problems}
    evil = _rezip(bundle, tmp_path / "evil.zip", add=[("data/../../evil", b"x")])
    report = verify_bundle(evil, key.public_key)
    assert report.problems[0].file == "evil.zip" and "'..'" in report.problems[0].reason
    with zipfile.ZipFile(bundle) as z:
        names = [n for n in z.namelist() if n != "bagit.txt"]
        with zipfile.ZipFile(tmp_path / "nobagit.zip", "w") as out:
            for n in names:
                out.writestr(n, z.read(n))
    report = verify_bundle(tmp_path / "nobagit.zip", key.public_key)
    assert "bagit.txt" in {p.file for p in report.problems}


def test_minisign_made_key_signs_bundles_we_accept(workspace: Workspace, tmp_path: Path) -> None:
    made = subprocess.run(
        ["minisign", "-G", "-W", "-p", str(tmp_path / "m.pub"), "-s", str(tmp_path / "m.key")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert made.returncode == 0, made.stderr
    key = SecretKey.from_file_text((tmp_path / "m.key").read_text())
    make_survey(workspace, tmp_path / "src", cameras=1)
    out = export_bundle(workspace, key, tmp_path / "b.zip", Selection(walk="Dorćol walk")).path
    pub = PublicKey.from_text((tmp_path / "m.pub").read_text())
    assert verify_bundle(out, pub).identity == "verified"
    assert _minisign_ok(_extract(out, tmp_path / "bag"), pub)


def test_read_submission_returns_the_cameras(bundle: Path, key) -> None:
    sub = read_submission(bundle, key.public_key.to_base64())
    by_uuid = {c.uuid: c for c in sub.cameras}
    assert set(by_uuid) == {c.uuid for c in Camera.select()}
    cam = by_uuid[Camera.get(Camera.id == 1).uuid]
    assert (cam.longitude, cam.latitude) == (20.462, 44.813)
    assert cam.tags["man_made"] == "surveillance" and cam.tags["manufacturer"] == "Huawei"
    assert "surveyor:uuid" not in cam.tags
    assert cam.notes == "on the corner pole" and cam.observed == "2026-05-01"
    assert cam.position_source == "manual" and cam.confirmed is False
    assert sub.pseudonym == "kestrel" and sub.key_id == key.key_id_hex
    data = sub.read_photo(cam.photos[0])
    assert data[:2] == b"\xff\xd8"


def test_read_submission_demands_a_verified_signer(bundle: Path, key, tmp_path) -> None:
    with pytest.raises(BundleInvalid, match="not verified"):
        read_submission(bundle, None)
    assert read_submission(bundle, None, allow_unverified=True).cameras
    with pytest.raises(BundleInvalid, match=SIG):
        read_submission(bundle, SecretKey.generate().public_key)
    broken = _rezip(bundle, tmp_path / "t.zip", {"bagit.txt": b"BagIt-Version: 0.97\n"})
    with pytest.raises(BundleInvalid) as info:
        read_submission(broken, key.public_key)
    assert "bagit.txt" in {p.file for p in info.value.report.problems}


def test_resigned_forgery_is_caught_with_the_real_key(bundle: Path, key, tmp_path) -> None:
    # Someone alters a camera, rebuilds every hash and signs with their own key.
    from surveyor.core.bundle.bagit_writer import BagZipWriter

    forger = SecretKey.generate()
    with zipfile.ZipFile(bundle) as z:
        payload = {n[5:]: z.read(n) for n in z.namelist() if n.startswith("data/")}
        info = [
            tuple(line.split(": ", 1))
            for line in z.read("bag-info.txt").decode().splitlines()
            if not line.startswith(("Bagging-Date", "Payload-Oxum"))
        ]
    payload["cameras.geojson"] = payload["cameras.geojson"].replace(b"Huawei", b"Hikvis")
    import datetime as dt

    from surveyor.core.bundle.minisign import join_digest

    with (tmp_path / "forged.zip").open("wb") as f:
        w = BagZipWriter(f, dt.date.today())
        for name, data in payload.items():
            w.add_payload(name, data)
        w.finish(
            info,
            lambda tm: forger.sign_digest(
                join_digest([tm]), f"surveyor bundle {info[0][1]} key {key.key_id_hex}"
            ).to_text(),
        )
    report = verify_bundle(tmp_path / "forged.zip", key.public_key)
    assert not report.valid and report.signature == "invalid"
    # Without the real key the contents look intact, and the report says so honestly.
    assert verify_bundle(tmp_path / "forged.zip").identity == "unverified"


def test_damaged_zip_data_is_reported_not_raised(bundle: Path, key, tmp_path) -> None:
    # One byte flipped inside a stored photo's bytes in the zip itself: the CRC fails.
    with zipfile.ZipFile(bundle) as z:
        info = next(i for i in z.infolist() if i.filename.startswith("data/photos/"))
    raw = bytearray(bundle.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start + info.compress_size // 2] ^= 0x01
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(raw))
    report = verify_bundle(damaged, key.public_key)
    assert not report.valid
    problem = next(p for p in report.problems if p.file == info.filename)
    assert "cannot be read" in problem.reason

"""The command line for keys and bundles, run as a real process (stdin, exit codes, JSON)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pyrage
import pytest

from surveyor.core.bundle import identity
from surveyor.core.workspace import Workspace
from tests.fixtures.bundles import FAST_KDF, make_identity, make_survey


def surveyor(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    # stdin is a pipe, never a terminal: nothing may wait for typing.
    return subprocess.run(
        [sys.executable, "-m", "surveyor", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
        env=os.environ.copy(),
    )


@pytest.fixture
def survey(workspace: Workspace, tmp_path: Path) -> Path:
    make_survey(workspace, tmp_path / "src", cameras=2)
    return workspace.root


def test_key_create_show_export(tmp_path: Path) -> None:
    made = surveyor("key", "create", "--pseudonym", "kestrel", "--json")
    assert made.returncode == 0, made.stderr
    info = json.loads(made.stdout)
    assert info["public_key"].startswith("RW") and len(info["key_id"]) == 16
    assert info["pseudonym"] == "kestrel" and info["passphrase_protected"] is False
    secret = identity.identity_dir() / "minisign.key"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    shown = surveyor("key", "show")
    assert shown.returncode == 0
    assert shown.stdout.splitlines()[:2] == [info["public_key"], f"key id: {info['key_id']}"]
    out = tmp_path / "me.pub"
    assert surveyor("key", "export", "--out", str(out)).returncode == 0
    assert out.read_text().splitlines() == [
        f"untrusted comment: minisign public key {info['key_id']}",
        info["public_key"],
    ]
    again = surveyor("key", "create")
    assert again.returncode == 1 and "already exists" in again.stderr


def test_key_show_without_identity() -> None:
    done = surveyor("key", "show")
    assert done.returncode == 1 and "surveyor key create" in done.stderr
    assert "Traceback" not in done.stderr


def test_key_create_with_passphrase_on_stdin() -> None:
    done = surveyor("key", "create", "--passphrase-stdin", "--json", stdin="tiger lily\n")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["passphrase_protected"] is True
    assert identity.load().secret_key("tiger lily")
    empty = surveyor("key", "pseudonym", "x")  # the key is there; this only renames
    assert empty.returncode == 0


def test_key_create_with_empty_stdin_is_a_usage_error() -> None:
    done = surveyor("key", "create", "--passphrase-stdin", stdin="")
    assert done.returncode == 2 and "empty" in done.stderr
    assert not identity.exists()


def test_export_and_verify(survey: Path, tmp_path: Path) -> None:
    make_identity("kestrel")
    out = tmp_path / "b.zip"
    done = surveyor("export-bundle", "--workspace", str(survey), "--walk", "Dorćol walk",
                    "--out", str(out), "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["cameras"] == 2 and summary["photos"] == 3 and summary["path"] == str(out)
    pub = identity.load().public_key.to_base64()

    ok = surveyor("verify", str(out), "--pubkey", pub, "--json")
    assert ok.returncode == 0, ok.stdout
    report = json.loads(ok.stdout)
    assert report["valid"] and report["signature"] == "verified"
    assert report["identity"] == "verified" and report["pseudonym"] == "kestrel"

    unchecked = surveyor("verify", str(out))
    assert unchecked.returncode == 0
    assert "unverified identity" in unchecked.stdout

    pubfile = tmp_path / "k.pub"
    pubfile.write_text(identity.load().public_key.to_file_text())
    assert surveyor("verify", str(out), "--pubkey", str(pubfile)).returncode == 0

    with zipfile.ZipFile(out) as zin, zipfile.ZipFile(tmp_path / "bad.zip", "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "data/submission.json":
                data = data.replace(b"corner", b"corneR")
            zout.writestr(info, data)
    bad = surveyor("verify", str(tmp_path / "bad.zip"), "--pubkey", pub)
    assert bad.returncode == 1
    assert "data/submission.json: SHA-512 does not match" in bad.stdout


def test_export_all_marks_exported(survey: Path, tmp_path: Path) -> None:
    make_identity()
    first = surveyor("export-bundle", "--workspace", str(survey), "--all",
                     "--out", str(tmp_path / "a.zip"))  # fmt: skip
    assert first.returncode == 0, first.stderr
    second = surveyor("export-bundle", "--workspace", str(survey), "--all",
                      "--out", str(tmp_path / "b.zip"))  # fmt: skip
    assert second.returncode == 1 and "nothing to export" in second.stderr
    assert not (tmp_path / "b.zip").exists()


def test_export_makes_a_key_on_first_use(survey: Path, tmp_path: Path) -> None:
    done = surveyor("export-bundle", "--workspace", str(survey), "--all",
                    "--out", str(tmp_path / "a.zip"))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "created your signing key" in done.stderr and identity.exists()


def test_export_with_passphrase_protected_key(survey: Path, tmp_path: Path) -> None:
    identity.create("kestrel", "pass phrase", **FAST_KDF)
    base = ["export-bundle", "--workspace", str(survey), "--all", "--out"]
    missing = surveyor(*base, str(tmp_path / "a.zip"))
    assert missing.returncode == 2 and "--passphrase-stdin" in missing.stderr
    wrong = surveyor(*base, str(tmp_path / "a.zip"), "--passphrase-stdin", stdin="nope\n")
    assert wrong.returncode == 1 and "wrong passphrase" in wrong.stderr
    right = surveyor(*base, str(tmp_path / "a.zip"), "--passphrase-stdin", stdin="pass phrase\n")
    assert right.returncode == 0, right.stderr


def test_export_encrypted_and_verify_with_age_identity(survey: Path, tmp_path: Path) -> None:
    make_identity()
    coordinator = pyrage.x25519.Identity.generate()
    recipient = str(coordinator.to_public())
    done = surveyor("export-bundle", "--workspace", str(survey), "--all", "--out",
                    str(tmp_path / "b.zip"), "--encrypt-to", recipient)  # fmt: skip
    assert done.returncode == 0, done.stderr
    sealed = tmp_path / "b.zip.age"
    assert sealed.exists() and not (tmp_path / "b.zip").exists()
    no_id = surveyor("verify", str(sealed))
    assert no_id.returncode == 1 and "age identity" in no_id.stdout
    idfile = tmp_path / "coordinator.txt"
    idfile.write_text(f"# created by test\n{coordinator}\n")
    pub = identity.load().public_key.to_base64()
    ok = surveyor("verify", str(sealed), "--pubkey", pub, "--age-identity", str(idfile))
    assert ok.returncode == 0, ok.stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["verify"], "BUNDLE"),
        (["verify", "nowhere.zip"], "no such file"),
        (["verify", "{bundle}", "--pubkey", "RWnotakey"], "--pubkey"),
        (["export-bundle", "--out", "x.zip"], "--walk"),
        (["export-bundle", "--walk", "nowhere", "--out", "{tmp}/x.zip"], "no walk named"),
        (["export-bundle", "--walk", "a", "--all", "--out", "x.zip"], "not allowed"),
    ],
)
def test_usage_errors_exit_2(survey: Path, tmp_path: Path, args: list[str], needle: str):
    make_identity()
    bundle = tmp_path / "b.zip"
    bundle.write_bytes(b"x")
    filled = [a.format(bundle=bundle, tmp=tmp_path) for a in args]
    done = (
        surveyor(*filled, "--workspace", str(survey)) if args[0] != "verify" else surveyor(*filled)
    )
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert needle in done.stderr
    assert "Traceback" not in done.stderr


def test_garbage_bundle_is_invalid_not_a_crash(tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(os.urandom(300))
    done = surveyor("verify", str(junk), "--json")
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["valid"] is False and report["problems"][0]["file"] == "junk.zip"
    assert "Traceback" not in done.stderr


def test_a_passphrase_on_first_use_protects_the_new_key(survey: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.zip"
    done = surveyor("export-bundle", "--workspace", str(survey), "--all", "--out", str(out),
                    "--passphrase-stdin", stdin="tiger lily\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "protected by your passphrase" in done.stderr
    ident = identity.load()
    assert ident.encrypted
    assert ident.secret_key("tiger lily").public_key == ident.public_key
    shown = json.loads(surveyor("key", "show", "--json").stdout)
    assert shown["passphrase_protected"] is True
    ok = surveyor("verify", str(out), "--pubkey", ident.public_key.to_base64())
    assert ok.returncode == 0, ok.stdout


def test_a_passphrase_for_a_key_without_one_is_refused(survey: Path, tmp_path: Path) -> None:
    make_identity()
    out = str(tmp_path / "a.zip")
    done = surveyor("export-bundle", "--workspace", str(survey), "--all",
                    "--out", out, "--passphrase-stdin", stdin="x\n")  # fmt: skip
    assert done.returncode == 2 and "has no passphrase" in done.stderr
    assert not (tmp_path / "a.zip").exists()


def test_key_export_refuses_the_secret_key_and_replace_mends_a_damaged_one(
    tmp_path: Path,
) -> None:
    made = json.loads(surveyor("key", "create", "--pseudonym", "owl", "--json").stdout)
    secret = identity.identity_dir() / "minisign.key"
    before = secret.read_bytes()
    refused = surveyor("key", "export", "--out", str(secret))
    assert refused.returncode == 1 and "identity folder" in refused.stderr
    assert secret.read_bytes() == before

    secret.write_text((identity.identity_dir() / "minisign.pub").read_text())  # damaged
    shown = surveyor("key", "show")
    assert shown.returncode == 1 and "key create --replace" in shown.stderr
    plain = surveyor("key", "create")
    assert plain.returncode == 1 and "--replace" in plain.stderr
    replaced = surveyor("key", "create", "--replace", "--pseudonym", "owl", "--json")
    assert replaced.returncode == 0, replaced.stderr
    assert "moved to" in replaced.stderr
    assert json.loads(replaced.stdout)["key_id"] != made["key_id"]
    backups = list(identity.identity_dir().parent.glob("identity-replaced-*"))
    assert len(backups) == 1 and (backups[0] / "minisign.pub").exists()
    assert surveyor("key", "show").returncode == 0


def test_export_summary_counts_cameras_at_a_suggested_spot(survey: Path, tmp_path: Path) -> None:
    make_identity()
    with Workspace.open(survey):
        from surveyor.store.models import Camera

        Camera.update(position_source="exif").where(Camera.id == Camera.get().id).execute()
    done = surveyor("export-bundle", "--workspace", str(survey), "--all",
                    "--out", str(tmp_path / "a.zip"))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "1 camera is still at a suggested spot" in done.stdout
    as_json = surveyor("export-bundle", "--workspace", str(survey), "--walk", "Dorćol walk",
                       "--out", str(tmp_path / "b.zip"), "--json")  # fmt: skip
    assert json.loads(as_json.stdout)["suggested_positions"] == 1


def test_the_volunteer_in_the_report_is_no_longer_found(tmp_path: Path) -> None:
    # As reported: `camera add --photo ID` without a position, then `export-bundle`.
    from surveyor.core import geometry
    from tests.fixtures.photos import make_jpeg

    ws = str(tmp_path / "ws")
    spots = {"no-bearing.jpg": None, "bearing.jpg": 109.0}
    for i, (name, bearing) in enumerate(spots.items()):
        make_jpeg(tmp_path / "card" / name, color=(40 * i, 90, 10), lat=44.8125 + i * 0.01,
                  lon=20.4612, bearing=bearing, taken_at="2026:05:01 10:20:30")  # fmt: skip
    assert (
        surveyor("import", "--workspace", ws, "--walk", "w", str(tmp_path / "card")).returncode == 0
    )
    photos = json.loads(surveyor("photos", "--workspace", ws, "--json").stdout)
    for photo in photos:
        added = surveyor("camera", "add", "--workspace", ws, "--photo", str(photo["id"]))
        assert added.returncode == 0, added.stderr
    make_identity()
    out = tmp_path / "b.zip"
    done = surveyor("export-bundle", "--workspace", ws, "--all", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "2 cameras are still at a suggested spot" in done.stdout
    with zipfile.ZipFile(out) as z:
        features = json.loads(z.read("data/cameras.geojson"))["features"]
    for feature, photo in zip(features, photos, strict=True):
        lon, lat = feature["geometry"]["coordinates"]
        assert geometry.distance_m(lat, lon, photo["latitude"], photo["longitude"]) >= 15.8
        assert "camera:direction" not in feature["properties"]  # no phone bearing

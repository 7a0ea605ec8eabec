"""The campaign kit end to end, between two config folders (coordinator and volunteer).

The coordinator makes a kit of a real campaign (merged bundles, a basemap); the volunteer
joins with ``kit open``; their bundles are then encrypted for the campaign by default, the
coordinator merges them without ``--age-identity``, the real ``age`` program decrypts them with
the campaign's identity file, and receipts verify without ``--pubkey``. Tampered, damaged,
older and other-key kits are refused and install nothing.
"""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from surveyor.cli import main
from surveyor.core.bundle import identity
from surveyor.core.map.basemaps import load_settings
from surveyor.core.map.known_cameras import load_known_cameras
from surveyor.core.vocabulary import load_vocabulary
from surveyor.core.workspace import Workspace
from tests.core.campaign.volunteers import Volunteer
from tests.fixtures.bundles import FAST_KDF, make_survey
from tests.fixtures.mbtiles import make_mbtiles, png_tile

POLE = {
    "lat": 44.81300,
    "lon": 20.46200,
    "camera_type": "dome",
    "camera_mount": "pole",
    "manufacturer": "Uniview",
    "model": "IPC2124",
}
WALL = {"lat": 44.81400, "lon": 20.46300, "camera_mount": "wall"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


class Sides:
    """Switch the config folder between the coordinator's and the volunteer's."""

    def __init__(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.tmp = tmp_path
        self.monkeypatch = monkeypatch
        self.coordinator_dir = tmp_path / "coordinator-config"
        self.volunteer_dir = tmp_path / "volunteer-config"

    def coordinator(self) -> None:
        self.monkeypatch.setenv("SURVEYOR_CONFIG_DIR", str(self.coordinator_dir))

    def volunteer(self) -> None:
        self.monkeypatch.setenv("SURVEYOR_CONFIG_DIR", str(self.volunteer_dir))

    def as_other(self, name: str) -> None:
        self.monkeypatch.setenv("SURVEYOR_CONFIG_DIR", str(self.tmp / f"{name}-config"))


@pytest.fixture
def sides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Sides:
    return Sides(tmp_path, monkeypatch)


@pytest.fixture
def campaign(capsys, tmp_path: Path, sides: Sides) -> Path:
    """A campaign with two cameras merged from a trusted volunteer, and a coordinator key."""
    sides.coordinator()
    identity.create("coord", **FAST_KDF)
    camp = tmp_path / "campaign"
    owl = Volunteer(tmp_path, "owl")
    made = owl.bundle(tmp_path / "owl.zip", [POLE, WALL])
    assert run(capsys, "keys", "add", "--campaign", str(camp), "--trust", owl.public)[0] == 0
    assert run(capsys, "merge", "--campaign", str(camp), str(made.path))[0] == 0
    return camp


@pytest.fixture
def basemap(tmp_path: Path) -> Path:
    return make_mbtiles(tmp_path / "belgrade.mbtiles", [(0, 0, 0, png_tile((200, 220, 200)))])


def make_kit(capsys, camp: Path, out: Path, *extra: str) -> dict:
    code, stdout, err = run(
        capsys, "kit", "create", "--campaign", str(camp), "--out", str(out), "--json", *extra
    )
    assert code == 0, err
    return json.loads(stdout)


def test_round_trip_join_export_encrypted_merge_and_receipt(
    capsys, tmp_path: Path, sides: Sides, campaign: Path, basemap: Path
) -> None:
    kit = tmp_path / "belgrade.kit"
    made = make_kit(capsys, campaign, kit, "--name", "Belgrade 2026", "--basemap", str(basemap))
    coordinator_key = identity.load().public_key
    assert made["campaign"]["name"] == "Belgrade 2026"
    assert made["coordinator"]["public_key"] == coordinator_key.to_base64()
    assert made["known_cameras"] == 2 and made["basemaps"] == ["basemaps/belgrade.mbtiles"]
    west, south, east, north = made["campaign"]["area"]
    assert (west, south, east, north) == pytest.approx((20.462, 44.813, 20.463, 44.814), abs=1e-5)
    age_file = campaign / "age" / "identity.txt"
    assert stat.S_IMODE(age_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(age_file.parent.stat().st_mode) == 0o700
    assert f"# public key: {made['age_recipient']}" in age_file.read_text()

    sides.volunteer()
    code, out, err = run(capsys, "kit", "open", str(kit), "--json")
    assert code == 0, err
    joined = json.loads(out)
    assert joined["status"] == "joined" and joined["campaign"]["name"] == "Belgrade 2026"
    assert joined["campaign"]["coordinator_key_id"] == coordinator_key.key_id_hex
    settings = load_settings()
    installed = Path(settings.basemaps[0].path)
    assert installed.read_bytes() == basemap.read_bytes()
    assert sides.volunteer_dir in installed.parents
    assert len(load_known_cameras(settings.known_cameras_path)) == 2
    uniview = load_vocabulary().manufacturer("Uniview")
    assert uniview is not None and "IPC2124" in uniview.models

    # Bundles are encrypted for the campaign by default, and say so.
    identity.create("kestrel", **FAST_KDF)
    volunteer_ws = tmp_path / "kestrel-ws"
    with Workspace.open(volunteer_ws) as ws:
        make_survey(ws, tmp_path / "src", cameras=2)
    code, out, err = run(
        capsys, "export-bundle", "--workspace", str(volunteer_ws), "--walk", "Dorćol walk",
        "--out", str(tmp_path / "kestrel.zip"),
    )  # fmt: skip
    assert code == 0, err
    assert "encrypted for campaign “Belgrade 2026”" in out
    sealed = tmp_path / "kestrel.zip.age"
    assert sealed.is_file() and not (tmp_path / "kestrel.zip").exists()

    # Interop: the real age program opens it with the campaign's identity file.
    plain = tmp_path / "by-age.zip"
    subprocess.run(["age", "-d", "-i", str(age_file), "-o", str(plain), str(sealed)], check=True)
    assert "bagit.txt" in zipfile.ZipFile(plain).namelist()

    sides.coordinator()
    volunteer_key = json.loads(run(capsys, "key", "show", "--json")[1])  # the coordinator's
    assert volunteer_key["key_id"] == coordinator_key.key_id_hex
    sides.volunteer()
    kestrel_pub = identity.load().public_key.to_base64()
    sides.coordinator()
    assert run(capsys, "keys", "add", "--campaign", str(campaign), "--trust", kestrel_pub)[0] == 0
    code, out, err = run(capsys, "merge", "--campaign", str(campaign), "--json", str(sealed))
    assert code == 0, out + err
    merged = json.loads(out)["bundles"][0]
    assert merged["status"] == "merged"
    receipt = Path(merged["receipt"])

    sides.volunteer()
    code, out, err = run(capsys, "receipt", str(receipt), "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["verified"] is True and shown["campaign"] == "Belgrade 2026"

    code, out, _ = run(
        capsys, "export-bundle", "--workspace", str(volunteer_ws), "--walk", "Dorćol walk",
        "--out", str(tmp_path / "plain.zip"), "--no-encrypt", "--json",
    )  # fmt: skip
    assert code == 0
    summary = json.loads(out)
    assert summary["encrypted"] is False and summary["campaign"] is None
    assert (tmp_path / "plain.zip").is_file()


def test_a_forged_receipt_is_refused_without_pubkey(
    capsys, tmp_path: Path, sides: Sides, campaign: Path
) -> None:
    kit = tmp_path / "c.kit"
    make_kit(capsys, campaign, kit)
    owl_receipt = next((campaign / "receipts").glob("receipt-*.json"))
    sides.volunteer()
    assert run(capsys, "kit", "open", str(kit))[0] == 0
    forged = tmp_path / owl_receipt.name
    doc = json.loads(owl_receipt.read_text())
    doc["cameras"][0]["outcome"] = "rejected"
    forged.write_text(json.dumps(doc))
    shutil.copy(owl_receipt.with_name(owl_receipt.name + ".minisig"), str(forged) + ".minisig")
    code, out, _ = run(capsys, "receipt", str(forged), "--json")
    assert code == 1 and "does not verify" in json.loads(out)["reason"]
    code, out, _ = run(capsys, "receipt", str(owl_receipt), "--json")
    assert code == 0 and json.loads(out)["verified"] is True


def _rewrite(kit: Path, out: Path, change: Callable[[str, bytes], bytes | None], add=None) -> Path:
    """Copy ``kit`` member by member through ``change`` (None drops the member)."""
    with zipfile.ZipFile(kit) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = change(info.filename, src.read(info))
            if data is not None:
                dst.writestr(info.filename, data)
        for name, data in (add or {}).items():
            dst.writestr(name, data)
    return out


def _flip_last(data: bytes) -> bytes:
    return data[:-1] + bytes([data[-1] ^ 1])


TAMPERING = {
    "basemap altered": (
        lambda n, d: _flip_last(d) if n.startswith("basemaps/") else d,
        None,
        "basemaps/belgrade.mbtiles: its SHA-256 does not match",
    ),
    "recipient swapped": (
        lambda n, d: (
            d.replace(b'"age_recipient": "age1', b'"age_recipient": "age1q')
            if n == "kit.json"
            else d
        ),
        None,
        "the signature does not verify",
    ),
    "known cameras altered": (
        lambda n, d: d.replace(b'"pole"', b'"wall"') if n == "known-cameras.geojson" else d,
        None,
        "known-cameras.geojson: its SHA-256 does not match",
    ),
    "signature removed": (
        lambda n, d: None if n == "kit.json.minisig" else d,
        None,
        "no kit.json.minisig",
    ),
    "unlisted file added": (lambda n, d: d, {"basemaps/extra.mbtiles": b"x"}, "does not list"),
    "basemap removed": (
        lambda n, d: None if n.startswith("basemaps/") else d,
        None,
        "files missing from the kit",
    ),
}


@pytest.mark.parametrize("case", list(TAMPERING))
def test_a_tampered_kit_is_refused_and_installs_nothing(
    capsys, tmp_path: Path, sides: Sides, campaign: Path, basemap: Path, case: str
) -> None:
    kit = tmp_path / "good.kit"
    make_kit(capsys, campaign, kit, "--basemap", str(basemap))
    change, add, reason = TAMPERING[case]
    bad = _rewrite(kit, tmp_path / "bad.kit", change, add)
    sides.volunteer()
    code, out, _ = run(capsys, "kit", "open", str(bad), "--json")
    assert code == 1
    refused = json.loads(out)
    assert refused["installed"] is False and reason in refused["reason"], refused["reason"]
    assert not (sides.volunteer_dir / "settings.ini").exists()  # no basemap added
    assert [p.name for p in (sides.volunteer_dir / "campaigns").iterdir()] == []


@pytest.mark.parametrize("damage", ["truncated", "not a zip", "empty zip"])
def test_a_damaged_kit_is_refused_with_the_reason(
    capsys, tmp_path: Path, sides: Sides, campaign: Path, basemap: Path, damage: str
) -> None:
    kit = tmp_path / "good.kit"
    make_kit(capsys, campaign, kit, "--basemap", str(basemap))
    bad = tmp_path / "bad.kit"
    if damage == "truncated":
        bad.write_bytes(kit.read_bytes()[: kit.stat().st_size // 2])
    elif damage == "not a zip":
        bad.write_text("hello")
    else:
        zipfile.ZipFile(bad, "w").close()
    sides.volunteer()
    code, _, err = run(capsys, "kit", "open", str(bad))
    assert code == 1 and "refused" in err and "nothing was installed" in err
    assert not (sides.volunteer_dir / "settings.ini").exists()  # no basemap added


def test_newer_kit_updates_older_is_refused_other_key_needs_consent(
    capsys, tmp_path: Path, sides: Sides, campaign: Path, basemap: Path
) -> None:
    first, second = tmp_path / "first.kit", tmp_path / "second.kit"
    make_kit(capsys, campaign, first, "--name", "Belgrade", "--basemap", str(basemap))
    make_kit(capsys, campaign, second, "--name", "Belgrade, May")  # no basemap any more

    sides.volunteer()
    assert json.loads(run(capsys, "kit", "open", str(first), "--json")[1])["status"] == "joined"
    assert len(load_settings().basemaps) == 1
    code, out, _ = run(capsys, "kit", "open", str(second), "--json")
    assert code == 0 and json.loads(out)["status"] == "updated"
    assert json.loads(out)["campaign"]["name"] == "Belgrade, May"
    assert load_settings().basemaps == []  # the old kit's basemap left the library with it
    code, out, _ = run(capsys, "kit", "open", str(first), "--json")
    assert code == 1 and "older" in json.loads(out)["reason"]

    # Someone else's key, same campaign (same campaign.json): refused unless accepted.
    sides.as_other("impostor")
    identity.create("impostor", **FAST_KDF)
    other = tmp_path / "other.kit"
    made = make_kit(capsys, campaign, other)
    sides.volunteer()
    code, out, _ = run(capsys, "kit", "open", str(other), "--json")
    refused = json.loads(out)
    assert code == 1 and refused["new_key_id"] == made["coordinator"]["key_id"]
    assert "--accept-new-key" in refused["reason"]
    assert json.loads(run(capsys, "kit", "open", str(second), "--json")[1])["status"] == (
        "reinstalled"
    )
    code, out, _ = run(capsys, "kit", "open", str(other), "--accept-new-key", "--json")
    assert code == 0 and json.loads(out)["status"] == "new key accepted"
    assert json.loads(out)["campaign"]["coordinator_key_id"] == made["coordinator"]["key_id"]


def test_kit_check_installs_nothing_and_minisign_verifies_the_manifest(
    capsys, tmp_path: Path, sides: Sides, campaign: Path
) -> None:
    kit = tmp_path / "c.kit"
    made = make_kit(capsys, campaign, kit)
    unpacked = tmp_path / "unpacked"
    zipfile.ZipFile(kit).extractall(unpacked)
    checked = subprocess.run(
        ["minisign", "-Vm", str(unpacked / "kit.json"), "-P", made["coordinator"]["public_key"]],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
    sides.volunteer()
    code, out, _ = run(capsys, "kit", "open", str(kit), "--check", "--json")
    assert code == 0 and json.loads(out)["installed"] is False
    assert not (sides.volunteer_dir / "campaigns" / made["campaign"]["uuid"]).exists()


def test_merge_uses_the_campaign_identity_and_still_takes_age_identity(
    capsys, tmp_path: Path, sides: Sides, campaign: Path
) -> None:
    import pyrage

    made = make_kit(capsys, campaign, tmp_path / "c.kit")
    heron = Volunteer(tmp_path, "heron")
    for_campaign = heron.bundle(tmp_path / "h1.zip", [POLE], encrypt_to=made["age_recipient"])
    other = pyrage.x25519.Identity.generate()
    for_other = heron.bundle(tmp_path / "h2.zip", [WALL], encrypt_to=str(other.to_public()))
    other_file = tmp_path / "other.txt"
    other_file.write_text(f"{other}\n")
    assert run(capsys, "keys", "add", "--campaign", str(campaign), "--trust", heron.public)[0] == 0
    code, out, _ = run(
        capsys, "merge", "--campaign", str(campaign), "--json", "--age-identity",
        str(other_file), str(for_campaign.path), str(for_other.path),
    )  # fmt: skip
    assert code == 0, out
    assert json.loads(out)["summary"] == {"merged": 2}


def test_kit_create_usage_errors(capsys, tmp_path: Path, sides: Sides, campaign: Path) -> None:
    bad = tmp_path / "notes.mbtiles"
    bad.write_text("not sqlite")
    code, _, err = run(
        capsys, "kit", "create", "--campaign", str(campaign), "--out", str(tmp_path / "k"),
        "--basemap", str(bad),
    )  # fmt: skip
    assert code == 2 and "notes.mbtiles" in err
    code, _, err = run(
        capsys, "kit", "create", "--campaign", str(campaign), "--out", str(tmp_path / "k"),
        "--area", "1,2,3",
    )  # fmt: skip
    assert code == 2 and "--area" in err
    assert not (tmp_path / "k").exists()


def test_joining_a_second_campaign_says_it_takes_over_encryption(
    capsys, tmp_path: Path, sides: Sides, campaign: Path
) -> None:
    first = make_kit(capsys, campaign, tmp_path / "a.kit", "--name", "Belgrade")
    other_camp = tmp_path / "novi-sad"
    assert (
        run(capsys, "keys", "add", "--campaign", str(other_camp), Volunteer(tmp_path, "x").public)[
            0
        ]
        == 0
    )
    second = make_kit(capsys, other_camp, tmp_path / "b.kit", "--name", "Novi Sad")
    assert second["age_recipient"] != first["age_recipient"]
    sides.volunteer()
    assert run(capsys, "kit", "open", str(tmp_path / "a.kit"))[0] == 0
    code, out, _ = run(capsys, "kit", "open", str(tmp_path / "b.kit"))
    assert code == 0 and "encrypted for “Belgrade” until now" in out
    code, out, _ = run(capsys, "kit", "open", str(tmp_path / "a.kit"), "--json")
    assert json.loads(out)["replaces_active"] == "Novi Sad"

"""The kit's pieces on their own: the manifest's strictness, the campaign's identity files,
vocabulary additions, and the joined campaign's vocabulary reaching ``load_vocabulary``."""

from __future__ import annotations

import json
import stat
import subprocess
from pathlib import Path

import pyrage
import pytest

from surveyor.core.campaign.age_identity import (
    campaign_age_secret,
    campaign_id,
    ensure_age_identity,
    load_age_identity,
)
from surveyor.core.kit.joined import active_campaign, joined_vocabulary_path
from surveyor.core.kit.manifest import KitFile, KitFormatError, KitManifest, parse_manifest
from surveyor.core.kit.vocabulary_additions import (
    MakeAddition,
    VocabularyAdditionsError,
    missing_from,
    parse_additions,
)
from surveyor.core.vocabulary import builtin_vocabulary, load_vocabulary

SHA = "ab" * 32


def manifest(**changes: object) -> dict:
    doc = KitManifest(
        campaign_uuid="c-1",
        campaign_name="Belgrade",
        area=(20.4, 44.7, 20.6, 44.9),
        created="2026-12-02T06:00:00.000001Z",
        public_key="RW" + "A" * 54,
        key_id="0011223344556677",
        age_recipient="age1xyz",
        known_cameras=3,
        basemaps=("basemaps/city.mbtiles",),
        vocabulary=False,
        files=(
            KitFile("known-cameras.geojson", SHA, 10),
            KitFile("known-cameras.geojson.minisig", SHA, 10),
            KitFile("basemaps/city.mbtiles", SHA, 10),
        ),
    ).to_json()
    doc.update(changes)
    return doc


def test_manifest_round_trips() -> None:
    parsed = parse_manifest(json.dumps(manifest()).encode())
    assert parsed.campaign_name == "Belgrade" and parsed.basemaps == ("basemaps/city.mbtiles",)
    assert parsed.trusted_comment().startswith("surveyor kit c-1 created 2026-12-02T06:00")


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"schema": "surveyor.kit/9"}, "not a Surveyor kit manifest"),
        ({"basemaps": ["basemaps/../../.bashrc"]}, "not a plain file name"),
        ({"basemaps": ["city.mbtiles"]}, "not a plain file name"),
        ({"basemaps": ["basemaps/other.mbtiles"]}, "does not list"),
        ({"vocabulary": True}, "does not list with a hash: vocabulary.json"),
        ({"known_cameras": None}, "files that have no role"),
        ({"campaign": {"uuid": "c", "name": "n", "area": [0, 95, 1, 96]}}, "outside the world"),
        ({"files": [{"path": "x", "sha256": "nothex", "size": 1}]}, "malformed hash"),
        ({"age_recipient": 5}, "age_recipient is missing"),
    ],
)
def test_manifest_refuses_what_it_cannot_trust(changes: dict, reason: str) -> None:
    with pytest.raises(KitFormatError, match=reason):
        parse_manifest(json.dumps(manifest(**changes)).encode())


def test_campaign_identity_is_made_once_private_and_readable_by_age(tmp_path: Path) -> None:
    root = tmp_path / "campaign"
    root.mkdir()
    assert load_age_identity(root) is None and campaign_age_secret(root) is None
    made = ensure_age_identity(root)
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert ensure_age_identity(root) == made  # never replaced
    sealed = tmp_path / "msg.age"
    plain = tmp_path / "msg.txt"
    plain.write_text("hello")
    pyrage.encrypt_file(str(plain), str(sealed), [pyrage.x25519.Recipient.from_str(made.recipient)])
    out = subprocess.run(
        ["age", "-d", "-i", str(made.path), str(sealed)], capture_output=True, check=True
    )
    assert out.stdout == b"hello"
    keygen = subprocess.run(["age-keygen", "-y", str(made.path)], capture_output=True, text=True)
    assert keygen.stdout.strip() == made.recipient

    first = campaign_id(root)
    assert first.name == "campaign"
    renamed = campaign_id(root, "Beograd\n2026")
    assert renamed.uuid == first.uuid and renamed.name == "Beograd2026"
    assert campaign_id(root) == renamed


def test_vocabulary_additions_parse_merge_and_find_missing() -> None:
    parsed = parse_additions(
        '{"manufacturers": [{"name": "Uniview", "models": ["A", "A"]},'
        ' {"name": "uniview", "models": ["B"]}]}'
    )
    assert parsed == (MakeAddition("Uniview", None, ("A", "B")),)
    with pytest.raises(VocabularyAdditionsError):
        parse_additions('{"manufacturers": [{"name": ""}]}')
    found = missing_from(
        {"Huawei": ("IPC6625-Z30",)},
        [("huawei", "IPC6625-Z30"), ("Huawei", "M2"), ("Axis", None)],
    )
    assert found == (MakeAddition("Huawei", None, ("M2",)), MakeAddition("Axis", None, ()))


def test_joined_campaign_vocabulary_reaches_load_vocabulary(monkeypatch, tmp_path: Path) -> None:
    config = tmp_path / "config"
    monkeypatch.setenv("SURVEYOR_CONFIG_DIR", str(config))
    assert joined_vocabulary_path() is None and load_vocabulary() is builtin_vocabulary()
    folder = config / "campaigns" / "c-1"
    folder.mkdir(parents=True)
    record = {
        "uuid": "c-1",
        "name": "Belgrade",
        "area": None,
        "coordinator_key": "RWQAESIzRFVmd3eW+Z4+bJ5jb4Xw0Y/hfILZ5xBF9dR3kMtxRbFIkLiC",
        "age_recipient": "age1xyz",
        "kit_created": "2026",
    }
    (folder / "campaign.json").write_text(json.dumps(record))
    (folder / "vocabulary.json").write_text(
        '{"manufacturers": [{"name": "Huawei", "models": ["NEW-1"]}, {"name": "Kestrel Optics"}]}'
    )
    (config / "campaigns" / "active.json").write_text('{"uuid": "c-1"}')
    assert active_campaign() is not None
    vocab = load_vocabulary()
    huawei = vocab.manufacturer("Huawei")
    assert huawei is not None and huawei.models[-1] == "NEW-1"
    assert "IPC6625-Z30" in huawei.models and vocab.manufacturer("kestrel optics") is not None
    assert builtin_vocabulary().manufacturer("Kestrel Optics") is None


def test_leftovers_of_a_killed_install_are_swept_but_not_recent_ones(tmp_path: Path) -> None:
    import os

    from surveyor.core.kit.install import _sweep_leftovers

    old, recent, joined = tmp_path / ".staging-1-aa", tmp_path / ".old-x-bb", tmp_path / "c-1"
    for folder in (old, recent, joined):
        folder.mkdir()
    os.utime(old, (1, 1))
    os.utime(joined, (1, 1))
    _sweep_leftovers(tmp_path)
    assert not old.exists() and recent.exists() and joined.exists()

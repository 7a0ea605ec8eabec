"""The coordinator's command line end to end: keys, merge, export, stats, receipts."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from surveyor.cli import main
from tests.core.campaign.volunteers import Volunteer

POLE = {"lat": 44.81300, "lon": 20.46200, "camera_type": "dome", "camera_mount": "pole"}
UNSURE = {"camera_type": None, "manufacturer": None, "make_unknown": True, "direction": None}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def bundles(tmp_path: Path) -> dict[str, object]:
    kestrel, heron = Volunteer(tmp_path, "kestrel"), Volunteer(tmp_path, "heron")
    a = kestrel.bundle(tmp_path / "kestrel.zip", [POLE, {"lat": 44.8140, "lon": 20.4630}])
    b = heron.bundle(tmp_path / "heron.zip", [{**POLE, "lat": 44.81302}])
    pub = tmp_path / "heron.pub"
    pub.write_text(heron.key.public_key.to_file_text())
    return {"kestrel": kestrel, "heron": heron, "a": a.path, "b": b.path, "heron_pub": pub}


def test_keys_merge_quarantine_trust_export_stats(capsys, tmp_path: Path, bundles) -> None:
    camp = str(tmp_path / "campaign")
    kestrel = bundles["kestrel"]
    assert run(capsys, "key", "create", "--pseudonym", "coord")[0] == 0
    code, out, _ = run(
        capsys, "keys", "add", "--campaign", camp, "--name", "kestrel", kestrel.public
    )
    assert code == 0 and "untrusted" in out
    code, out, _ = run(
        capsys, "keys", "add", "--campaign", camp, "--name", "heron", "--trust",
        str(bundles["heron_pub"]),
    )  # fmt: skip
    assert code == 0 and "trusted" in out

    code, out, _ = run(
        capsys, "merge", "--campaign", camp, "--json", str(bundles["a"]), str(bundles["b"])
    )
    assert code == 1
    doc = json.loads(out)
    assert [b["status"] for b in doc["bundles"]] == ["quarantined", "merged"]
    assert "not trusted yet" in doc["bundles"][0]["reason"]
    assert doc["bundles"][1]["cameras"] == {"new": 1}
    receipt = Path(doc["bundles"][1]["receipt"])

    code, out, _ = run(capsys, "keys", "trust", "--campaign", camp, "kestrel", "--json")
    assert code == 0
    released = json.loads(out)["released"]
    assert [r["status"] for r in released] == ["merged"]
    assert released[0]["cameras"] == {"new": 1, "confirmed": 1}

    code, out, _ = run(capsys, "merge", "--campaign", camp, str(bundles["a"]))
    assert code == 0 and out.startswith("duplicate")

    coord_pub = run(capsys, "key", "show", "--json")[1]
    coord = json.loads(coord_pub)
    pubkey = coord.get("public_key") or coord.get("pubkey")
    code, out, _ = run(capsys, "receipt", str(receipt), "--pubkey", pubkey, "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["verified"] is True and shown["counts"]["new"] == 1

    osm = tmp_path / "cams.osm"
    code, out, _ = run(capsys, "export", "--campaign", camp, "--format", "osm", "--out", str(osm))
    assert code == 0 and out.startswith("2 cameras")
    info = subprocess.run(
        ["osmium", "fileinfo", "-e", "-j", str(osm)], capture_output=True, text=True, check=True
    )
    assert json.loads(info.stdout)["data"]["count"]["nodes"] == 2
    geo = tmp_path / "cams.geojson"
    assert (
        run(capsys, "export", "--campaign", camp, "--format", "geojson", "--out", str(geo))[0] == 0
    )
    features = json.loads(geo.read_text())["features"]
    assert sorted(f["properties"]["surveyor:volunteers"] for f in features) == [1, 2]
    known = tmp_path / "known.geojson"
    code, out, _ = run(
        capsys,
        "export",
        "--campaign",
        camp,
        "--format",
        "known-cameras",
        "--out",
        str(known),
        "--json",
    )
    assert code == 0 and json.loads(out)["files"] == [str(known), str(known) + ".minisig"]
    subprocess.run(["minisign", "-Vm", str(known), "-P", pubkey], check=True, capture_output=True)

    code, out, _ = run(capsys, "stats", "--campaign", camp, "--json")
    stats = json.loads(out)
    assert (stats["cameras"], stats["sightings"], stats["volunteers"]) == (2, 3, 2)
    assert stats["by"]["mount"] == {"pole": 2}
    code, out, _ = run(capsys, "stats", "--campaign", camp)
    assert code == 0 and "BY VOLUNTEER" in out and "kestrel" in out

    code, out, _ = run(capsys, "keys", "list", "--campaign", camp, "--json")
    assert {k["pseudonym"]: k["status"] for k in json.loads(out)["keys"]} == {
        "kestrel": "trusted",
        "heron": "trusted",
    }


def test_bad_input_gets_a_clear_message_and_exit_code(capsys, tmp_path: Path) -> None:
    camp = str(tmp_path / "campaign")
    code, _, err = run(capsys, "keys", "add", "--campaign", camp, "RWgarbage")
    assert code == 2 and "the pasted key" in err
    code, _, err = run(capsys, "stats", "--campaign", str(tmp_path / "nowhere"))
    assert code == 2 and "no campaign there" in err
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    code, out, _ = run(capsys, "merge", "--campaign", camp, "--json", str(junk))
    assert code == 1
    (entry,) = json.loads(out)["bundles"]
    assert entry["status"] == "refused" and "not a readable zip" in entry["reason"]
    code, _, err = run(capsys, "keys", "revoke", "--campaign", camp, "nobody")
    assert code == 2 and "no key 'nobody'" in err
    code, _, err = run(
        capsys,
        "export",
        "--campaign",
        camp,
        "--format",
        "kml",
        "--out",
        str(tmp_path / "no/such/x.kml"),
    )
    assert code == 2 and "no such folder" in err
    receipt = tmp_path / "r.json"
    receipt.write_text("{}")
    code, _, err = run(capsys, "receipt", str(receipt))
    assert code == 1 and "not a Surveyor receipt" in err


def test_merge_an_age_encrypted_bundle_with_an_identity_file(capsys, tmp_path: Path) -> None:
    import pyrage

    kestrel = Volunteer(tmp_path, "kestrel")
    identity = pyrage.x25519.Identity.generate()
    made = kestrel.bundle(tmp_path / "k.zip", [POLE], encrypt_to=str(identity.to_public()))
    key_file = tmp_path / "coordinator.age"
    key_file.write_text(f"# created: today\n{identity}\n")
    camp = str(tmp_path / "campaign")
    assert run(capsys, "keys", "add", "--campaign", camp, "--trust", kestrel.public)[0] == 0
    code, out, _ = run(capsys, "merge", "--campaign", camp, "--json", str(made.path))
    assert code == 1 and "age identity" in json.loads(out)["bundles"][0]["reason"]
    code, out, _ = run(
        capsys,
        "merge",
        "--campaign",
        camp,
        "--json",
        "--age-identity",
        str(key_file),
        str(made.path),
    )
    assert code == 0 and json.loads(out)["summary"] == {"merged": 1}
    code, _, err = run(
        capsys,
        "merge",
        "--campaign",
        camp,
        "--age-identity",
        str(tmp_path / "none"),
        str(made.path),
    )
    assert code == 2 and "cannot read the age identity" in err


def test_review_from_the_command_line(capsys, tmp_path: Path) -> None:
    kestrel, heron, wren = (Volunteer(tmp_path, n) for n in ("kestrel", "heron", "wren"))
    bundles = [
        kestrel.bundle(tmp_path / "k.zip", [POLE]),
        # ~5.6 m (two cameras placed by hand may be 6 m apart), sharing only the mount (no
        # type, make or direction): too little to be sure
        heron.bundle(tmp_path / "h.zip", [{**POLE, "lat": 44.81305, **UNSURE}]),  # far match
        # 1.6 m but another mount, sharing only the type: the rules cannot settle it
        wren.bundle(
            tmp_path / "w.zip",
            [{**POLE, "lon": 20.46202, **UNSURE, "camera_type": "dome", "camera_mount": "wall"}],
        ),
    ]
    camp = str(tmp_path / "campaign")
    for v in (kestrel, heron, wren):
        assert (
            run(capsys, "keys", "add", "--campaign", camp, "--trust", "--name", v.name, v.public)[0]
            == 0
        )
    assert run(capsys, "merge", "--campaign", camp, *(str(b.path) for b in bundles))[0] == 0
    code, out, _ = run(capsys, "review", "list", "--campaign", camp, "--json")
    items = {i["kind"]: i for i in json.loads(out)["items"]}
    assert set(items) == {"far_match", "possible_duplicate"}
    assert "a different mount" in items["possible_duplicate"]["reason"]

    code, out, _ = run(
        capsys, "review", "merge", "--campaign", camp, str(items["possible_duplicate"]["item"])
    )
    assert code == 0 and out.startswith("decision ")
    merged = int(out.split()[1])
    code, out, _ = run(capsys, "review", "accept", "--campaign", camp, "--far-matches-within", "20")
    assert code == 0
    assert json.loads(run(capsys, "review", "list", "--campaign", camp, "--json")[1])["items"] == []
    stats = json.loads(run(capsys, "stats", "--campaign", camp, "--json")[1])
    assert stats["cameras"] == 1 and stats["agreement"] == {"majority": 1}

    camera = items["far_match"]["camera"]
    assert run(capsys, "review", "set", "--campaign", camp, camera, "camera_mount", "pole")[0] == 0
    geo = tmp_path / "c.geojson"
    run(capsys, "export", "--campaign", camp, "--format", "geojson", "--out", str(geo))
    (feature,) = json.loads(geo.read_text())["features"]
    assert feature["properties"]["surveyor:agreement_by_tag"]["camera:mount"] == "set"

    assert run(capsys, "review", "undo", "--campaign", camp, str(merged))[1] == "undone\n"
    assert json.loads(run(capsys, "stats", "--campaign", camp, "--json")[1])["cameras"] == 2
    code, _, err = run(capsys, "review", "undo", "--campaign", camp, str(merged))
    assert code == 2 and "already undone" in err
    code, _, err = run(capsys, "review", "split", "--campaign", camp, "999")
    assert code == 2 and "no review item 999" in err


def test_a_damaged_or_newer_catalogue_is_a_clear_message(capsys, tmp_path: Path) -> None:
    import sqlite3

    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "catalogue.sqlite").write_bytes(b"this is not a database" * 100)
    code, _, err = run(capsys, "stats", "--campaign", str(broken))
    assert code == 2 and "cannot open the campaign catalogue" in err
    newer = tmp_path / "newer"
    newer.mkdir()
    with sqlite3.connect(newer / "catalogue.sqlite") as con:
        con.execute("PRAGMA user_version = 999")
    code, _, err = run(capsys, "keys", "list", "--campaign", str(newer))
    assert code == 2 and "newer than this Surveyor understands" in err
    file_not_dir = tmp_path / "file"
    file_not_dir.write_text("x")
    code, _, err = run(capsys, "merge", "--campaign", str(file_not_dir), str(file_not_dir))
    assert code == 2 and "not a folder" in err


def test_merge_any_two_cameras_and_read_a_camera_history(capsys, tmp_path: Path) -> None:
    kestrel, heron = (Volunteer(tmp_path, n) for n in ("kestrel", "heron"))
    bundles = [
        kestrel.bundle(tmp_path / "k.zip", [POLE]),
        # ~4 m: joins at once (both placed by hand, so each position is good to ~3 m)
        heron.bundle(tmp_path / "h.zip", [{**POLE, "lat": 44.81304}]),
        heron.bundle(tmp_path / "h2.zip", [{**POLE, "lat": 44.8140}]),  # ~110 m away
    ]
    camp = str(tmp_path / "campaign")
    for v in (kestrel, heron):
        run(capsys, "keys", "add", "--campaign", camp, "--trust", "--name", v.name, v.public)
    assert run(capsys, "merge", "--campaign", camp, *(str(b.path) for b in bundles))[0] == 0
    assert json.loads(run(capsys, "review", "list", "--campaign", camp, "--json")[1])["items"] == []
    geo = tmp_path / "c.geojson"
    run(capsys, "export", "--campaign", camp, "--format", "geojson", "--out", str(geo))
    near, far = sorted(
        json.loads(geo.read_text())["features"], key=lambda f: f["geometry"]["coordinates"][1]
    )
    near_uuid, far_uuid = (
        near["properties"]["surveyor:camera"],
        far["properties"]["surveyor:camera"],
    )

    code, out, _ = run(capsys, "review", "history", "--campaign", camp, near_uuid, "--json")
    entries = json.loads(out)["history"]
    assert [e["action"] for e in entries] == ["new", "joined"]
    assert entries[1]["text"].startswith("joined: 4.5 m, same type, mount and make")
    assert entries[1]["undoable"]
    code, out, _ = run(
        capsys, "review", "undo-auto", "--campaign", camp, str(entries[1]["note_id"])
    )
    assert code == 0 and out.startswith("decision ")
    assert json.loads(run(capsys, "stats", "--campaign", camp, "--json")[1])["cameras"] == 3

    code, out, _ = run(capsys, "review", "merge-cameras", "--campaign", camp, far_uuid, near_uuid)
    assert code == 0 and out.startswith("decision ")
    assert json.loads(run(capsys, "stats", "--campaign", camp, "--json")[1])["cameras"] == 2
    code, _, err = run(capsys, "review", "merge-cameras", "--campaign", camp, "nope", near_uuid)
    assert code == 2 and "no camera nope" in err

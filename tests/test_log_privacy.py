"""A full walk-through logged at DEBUG leaves no position, key or passphrase in the log files.

A volunteer imports photos with GPS, records a camera and exports a bundle signed with a
passphrase-protected key; a coordinator (another user on the same machine) trusts that key and
merges the bundle. Every command runs with ``-v``, so every library logs at DEBUG too (peewee
logs each query with its parameters). Then the log files are searched.
"""

from __future__ import annotations

import io
import json
import logging
import sys
from pathlib import Path

import pytest

from surveyor.cli import main
from surveyor.core import logs
from surveyor.core.bundle import identity
from tests.fixtures.bundles import FAST_KDF
from tests.fixtures.photos import make_jpeg

PASSPHRASE = "correct horse battery staple"
PHOTOS = [(44.8125317, 20.4612849), (44.8126113, 20.4613992), (44.8127268, 20.4615031)]


@pytest.fixture(autouse=True)
def _restore_logging():
    """-v leaves the root logger at DEBUG: later tests must not log every query."""
    root = logging.getLogger()
    level = root.level
    yield
    root.setLevel(level)
    for handler in list(root.handlers):
        if isinstance(handler.formatter, logs.RedactingFormatter):
            root.removeHandler(handler)
            handler.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["-v", *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return code, out


def spellings(value: float) -> set[str]:
    """How a coordinate could appear: rounded or cut to 4, 5, 6 or 7 decimals, or in full."""
    shown = {repr(value)}
    for places in (4, 5, 6, 7):
        shown.add(f"{value:.{places}f}")
        whole, fraction = repr(value).split(".")
        shown.add(f"{whole}.{fraction[:places]}")
    return shown


def test_logs_hold_no_positions_keys_or_passphrases(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_dir = tmp_path / "logs"
    monkeypatch.setenv("SURVEYOR_LOG_DIR", str(log_dir))
    volunteer_config = tmp_path / "volunteer-config"
    monkeypatch.setenv("SURVEYOR_CONFIG_DIR", str(volunteer_config))
    photos = tmp_path / "walk"
    for i, (lat, lon) in enumerate(PHOTOS):
        make_jpeg(
            photos / f"IMG_{i}.jpg",
            lat=lat,
            lon=lon,
            bearing=60.0,
            taken_at=f"2026:05:16 10:0{i}:00",
        )
    workspace = str(tmp_path / "workspace")
    ident = identity.create("kestrel", PASSPHRASE, **FAST_KDF)
    secret_text = ident.secret_path.read_text()
    public_b64 = ident.public_path.read_text().splitlines()[1]

    run(capsys, "import", "--workspace", workspace, str(photos))
    _, out = run(
        capsys, "camera", "add", "--workspace", workspace, "--photo", "IMG_1.jpg",
        "--type", "dome", "--mount", "pole", "--json",
    )  # fmt: skip
    camera = json.loads(out)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    bundle = tmp_path / "kestrel.zip"
    run(
        capsys, "export-bundle", "--workspace", workspace, "--all", "--out", str(bundle),
        "--passphrase-stdin",
    )  # fmt: skip

    monkeypatch.setenv("SURVEYOR_CONFIG_DIR", str(tmp_path / "coordinator-config"))
    campaign = str(tmp_path / "campaign")
    run(capsys, "key", "create", "--pseudonym", "coordinator")
    pub_file = tmp_path / "kestrel.pub"
    pub_file.write_text(ident.public_path.read_text())
    run(
        capsys, "keys", "add", "--campaign", campaign, "--name", "kestrel", "--trust", str(pub_file)
    )
    _, out = run(capsys, "merge", "--campaign", campaign, "--json", str(bundle))
    assert json.loads(out)["bundles"][0]["status"] == "merged"

    files = sorted(log_dir.glob(f"{logs.LOG_NAME}*"))
    text = "\n".join(f.read_text(encoding="utf-8") for f in files)
    assert "DEBUG" in text and len(text) > 2000, "the walk-through was not logged at DEBUG"
    positions = [*PHOTOS, (camera["latitude"], camera["longitude"])]
    for lat, lon in positions:
        for shown in spellings(lat) | spellings(lon):
            assert shown not in text, f"position {shown} is in the log"
    secret_b64 = [line for line in secret_text.splitlines() if not line.startswith("untrusted")]
    for secret in [*secret_b64, public_b64]:
        assert secret not in text
        assert secret[10:40] not in text  # not even a part of it
    for word in PASSPHRASE.split():
        assert word not in text, f"a word of the passphrase ({word}) is in the log"

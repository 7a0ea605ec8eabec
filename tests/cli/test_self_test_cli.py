"""``surveyor self-test``: one line per check, exit 0 only when the installation is complete."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from surveyor.cli import main
from surveyor.core.install import self_test
from surveyor.core.resources import resources_dir


def test_a_complete_installation_passes_every_check(qapp, capsys) -> None:
    code = main(["self-test"])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    lines = out.splitlines()
    names = [
        "resources",
        "JPEG thumbnail",
        "HEIC thumbnail",
        "signed bundle",
        "main window",
        "map page",
    ]
    assert [line.split(":")[0].split(None, 1)[1] for line in lines[:-1]] == names
    assert all(line.startswith("ok") for line in lines[:-1])
    assert "HEIC 640×480 → thumbnail 256×192" in out
    assert "verified" in out and "nothing from the network" in out
    assert lines[-1] == "all checks passed"


def test_a_missing_file_fails_its_check_and_the_exit_code(
    qapp, capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "resources"
    shutil.copytree(resources_dir(), broken)
    (broken / "web" / "leaflet" / "leaflet.js").unlink()
    monkeypatch.setattr(self_test, "resources_dir", lambda: broken)
    monkeypatch.setattr("surveyor.ui.self_test.QT_CHECKS", [])
    code = main(["self-test"])
    out, err = capsys.readouterr()
    assert code == 1
    assert out.splitlines()[0].startswith("FAIL  resources: RuntimeError: missing under")
    assert "web/leaflet/leaflet.js" in out
    assert "1 check(s) failed" in err


def test_a_check_that_raises_is_reported_with_where_it_failed() -> None:
    def broken(_tmp: Path) -> str:
        raise ValueError("no HEIC decoder")

    result = self_test.run_check("HEIC thumbnail", broken)
    assert not result.ok
    assert result.line().startswith("FAIL  HEIC thumbnail: ValueError: no HEIC decoder (at ")

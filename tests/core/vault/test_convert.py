"""Converting a plain workspace: killed after the commit, the next open finishes the job."""

from __future__ import annotations

from pathlib import Path

import pytest

from surveyor.core.vault import convert, keyfile
from surveyor.core.vault.keyfile import KdfParams
from surveyor.core.vault.storage import Blob
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo
from tests.fixtures.survey_workspace import build_survey

FAST = KdfParams(n=2**14)


def test_a_conversion_cut_after_its_commit_is_finished_by_the_next_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    survey = build_survey(tmp_path, photos=2)
    real_finish = convert.finish_interrupted

    def killed(root: Path) -> None:
        if (root / convert.TODO).exists():
            raise KeyboardInterrupt("killed right after the commit")
        real_finish(root)

    monkeypatch.setattr(convert, "finish_interrupted", killed)
    with pytest.raises(KeyboardInterrupt):
        convert.encrypt_workspace(survey.root, "pw", params=FAST)
    assert keyfile.is_encrypted(survey.root)
    assert (survey.root / convert.SEALED_CATALOGUE).exists()  # plaintext still beside it
    monkeypatch.setattr(convert, "finish_interrupted", real_finish)

    with Workspace.open(survey.root, "pw") as ws:
        assert not (survey.root / convert.TODO).exists()
        assert not (survey.root / convert.SEALED_CATALOGUE).exists()
        assert convert.plain_files(survey.root) == []
        hashes = {str(p.sha256) for p in Photo.select()}
        assert hashes == set(survey.hashes)
        for sha in hashes:
            assert ws.storage.read_bytes(Blob.original(sha, ".jpg")).startswith(b"\xff\xd8")
    assert not (survey.root / "catalogue.sqlite").read_bytes().startswith(b"SQLite format 3")


def test_campaign_folders_and_a_second_encrypt_are_refused(tmp_path: Path) -> None:
    survey = build_survey(tmp_path, photos=1)
    (survey.root / "bundles").mkdir()
    (survey.root / "bundles" / "b.zip").write_bytes(b"x")
    with pytest.raises(keyfile.VaultError, match="campaign"):
        convert.encrypt_workspace(survey.root, "pw", params=FAST)
    (survey.root / "bundles" / "b.zip").unlink()
    convert.encrypt_workspace(survey.root, "pw", params=FAST)
    with pytest.raises(keyfile.VaultError, match="already encrypted"):
        convert.encrypt_workspace(survey.root, "pw", params=FAST)

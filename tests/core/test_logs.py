"""The log file: in the user log folder (or the test's), rotating, and redacted."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from surveyor.core import logs
from surveyor.core.bundle.minisign import SecretKey


@pytest.fixture
def file_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SURVEYOR_CONFIG_DIR", str(tmp_path / "config"))
    path = logs.start_file_log(logging.DEBUG)
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logs._FileHandler):
            root.removeHandler(handler)
            handler.close()


def test_the_log_goes_under_the_config_override_or_its_own(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SURVEYOR_CONFIG_DIR", str(tmp_path / "config"))
    assert logs.log_file() == tmp_path / "config" / "logs" / "surveyor.log"
    monkeypatch.setenv("SURVEYOR_LOG_DIR", str(tmp_path / "elsewhere"))
    assert logs.log_file() == tmp_path / "elsewhere" / "surveyor.log"


def test_the_user_log_folder_by_default(monkeypatch) -> None:
    monkeypatch.delenv("SURVEYOR_CONFIG_DIR")
    monkeypatch.setenv("XDG_STATE_HOME", "/home/v/.local/state")
    # platformdirs puts Linux logs in the state folder
    assert logs.log_dir().parts[-2:] == ("Surveyor", "log")


def test_records_are_written_redacted(file_log: Path) -> None:
    key = SecretKey.generate()
    logging.getLogger("surveyor.test").info(
        "camera at 44.8125317, -20.46128 key %s passphrase: two words", key.public_key.to_base64()
    )
    text = file_log.read_text()
    assert "camera at <number>, <number> key <redacted> passphrase: <redacted>" in text
    assert "44.8125" not in text and "two words" not in text


def test_redaction_keeps_paths_hashes_and_short_numbers() -> None:
    line = (
        "imported /tmp/pytest-of-root/pytest-12/test_walk0/IMG_0001.jpg in 0.25 s, "
        "sha256 " + "ab12" * 16 + " thumbs/256/ab/" + "cd34" * 16 + ".jpg, Qt 6.11.0"
    )
    assert logs.redact(line) == line


def test_redaction_catches_a_secret_key_file() -> None:
    text = SecretKey.generate().to_file_text()
    secret = text.splitlines()[1]
    assert secret not in logs.redact(text)


def test_the_log_rotates(file_log: Path) -> None:
    logger = logging.getLogger("surveyor.test")
    for i in range(logs.MAX_BYTES // 500 + 50):
        logger.debug("%05d %s", i, "x" * 500)
    assert file_log.with_name("surveyor.log.1").is_file()
    assert file_log.stat().st_size <= logs.MAX_BYTES


def test_starting_again_replaces_the_file_handler(file_log: Path, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SURVEYOR_CONFIG_DIR", str(tmp_path / "other"))
    logs.start_file_log()
    ours = [h for h in logging.getLogger().handlers if isinstance(h, logs._FileHandler)]
    assert len(ours) == 1
    assert Path(ours[0].baseFilename) == tmp_path / "other" / "logs" / "surveyor.log"


def test_a_crash_report_names_the_version_and_hides_positions() -> None:
    try:
        raise RuntimeError("no photo at 44.812531, 20.461284")
    except RuntimeError as exc:
        report = logs.crash_report(type(exc), exc, exc.__traceback__)
    assert report.startswith("Surveyor ")
    assert "RuntimeError: no photo at <number>, <number>" in report
    assert "test_a_crash_report_names_the_version" in report  # the traceback is there

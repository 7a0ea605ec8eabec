"""The log file: where it lives, how it rotates, and what never goes into it.

Logs go to ``surveyor.log`` in the user log folder (platformdirs), rotating at 1 MiB with five
old files kept. ``SURVEYOR_LOG_DIR`` chooses another folder; with ``SURVEYOR_CONFIG_DIR`` set
(tests, portable setups) they go to its ``logs/`` so nothing reaches the user's real folders.

A log is what a volunteer sends when asking for help, so it must not say where they stood or
hold their key: every line is redacted on the way out. Numbers with four or more decimals
(coordinates, to about 10 m) become ``<number>``, long base64 runs (keys, signatures) become
``<redacted>``, and anything after ``passphrase``/``password`` on a line is dropped.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import logging.handlers
import os
import platform
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType

import platformdirs

LOG_NAME = "surveyor.log"
MAX_BYTES = 1 << 20
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_DECIMAL = re.compile(r"(?<![\w.])-?\d{1,3}\.\d{4,}")
_BASE64 = re.compile(r"[A-Za-z0-9+/]{32,}={0,2}")
_HEX = re.compile(r"[0-9a-fA-F]+")
# Random base64 changes between upper case, lower case and digits on ~60 % of its characters;
# words and paths in a log line do so far less often (measured on our own log lines: < 25 %).
_MIXING = 0.35
_SECRET_WORDS = re.compile(r"(?i)\b(passphrase|password)\b(\s*[:=]\s*|\s+)\S.*")


def log_dir() -> Path:
    explicit = os.environ.get("SURVEYOR_LOG_DIR")
    if explicit:
        return Path(explicit)
    config = os.environ.get("SURVEYOR_CONFIG_DIR")
    if config:
        return Path(config) / "logs"
    from surveyor.core.workspace import APP_NAME

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_NAME


def _kind(char: str) -> int:
    return 0 if char.isupper() else 1 if char.islower() else 2 if char.isdigit() else 3


def _looks_random(text: str) -> bool:
    changes = sum(_kind(a) != _kind(b) for a, b in itertools.pairwise(text))
    return changes >= _MIXING * len(text)


def _base64_run(match: re.Match[str]) -> str:
    text = match.group(0)
    pieces = text.strip("=").split("/")
    # Hex digests (photo and file hashes) and paths made of them or of short names say
    # nothing about a person and help find a file.
    if all(_HEX.fullmatch(p) or len(p) <= 12 for p in pieces if p):
        return text
    return "<redacted>" if _looks_random(text) else text


def redact(text: str) -> str:
    text = _SECRET_WORDS.sub(lambda m: f"{m.group(1)}: <redacted>", text)
    text = _BASE64.sub(_base64_run, text)
    return _DECIMAL.sub("<number>", text)


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then redacts the whole text, traceback included."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _FileHandler(logging.handlers.RotatingFileHandler):
    """Ours, so that configuring again (another command in the same process) replaces it."""


def start_file_log(level: int = logging.INFO) -> Path | None:
    """Send the root logger's records at ``level`` and above to the rotating log file.

    Returns the file, or None when the folder cannot be written (logging is then stderr only:
    a read-only home must not stop the app).
    """
    root = logging.getLogger()
    path = log_file()
    for handler in list(root.handlers):
        if isinstance(handler, _FileHandler):
            root.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _FileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setLevel(level)
    handler.setFormatter(RedactingFormatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


def crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """What a volunteer copies into a message: versions, time, and the redacted traceback."""
    from surveyor import __version__

    lines = [
        f"Surveyor {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"frozen: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        f"time: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M:%S} UTC",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return redact("\n".join(lines))

"""Read and write one group of the app's ``settings.ini`` without Qt, as QSettings does.

The window keeps its settings in that file through ``QSettings`` (INI format, see
``surveyor/ui/settings.py``). The command line and the core (the basemap library, a campaign
kit) must reach the same settings without importing Qt, so this module reads the file with
``configparser`` and rewrites only the lines of the group it was asked to change: every other
group is kept byte for byte, whatever QSettings wrote there. Strings are escaped and quoted the
way QSettings writes them, so either side reads what the other wrote (a test checks both ways).

Only text values are handled here; callers turn numbers and booleans into text ("true",
"25.5"), which is also how QSettings stores them in an INI file.
"""

from __future__ import annotations

import configparser
import os
from collections.abc import Mapping
from pathlib import Path

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_UNESCAPES = {
    "\\": "\\",
    '"': '"',
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "v": "\v",
    "0": "\0",
}


class SettingsFileError(ValueError):
    """The settings file cannot be read or a value cannot be stored in it."""


def encode(value: str) -> str:
    """``value`` as QSettings writes a string in an INI file."""
    bad = next((c for c in value if ord(c) < 0x20 and c not in "\n\t\r"), None)
    if bad is not None:
        raise SettingsFileError(f"a setting cannot hold the control character {ord(bad):#04x}")
    text = "".join(_ESCAPES.get(c, c) for c in value)
    if value.startswith("@"):
        text = "@" + text  # "@" starts a typed value (@ByteArray…): QSettings doubles it
    if any(c in value for c in ",;=") or value != value.strip(" "):
        text = f'"{text}"'
    return text


def decode(raw: str) -> str:
    """A string value as QSettings reads it back (quotes dropped, escapes resolved)."""
    raw = raw.strip(" \t")
    if raw.startswith("@@"):
        raw = raw[1:]
    out: list[str] = []
    i = 0
    while i < len(raw):
        c = raw[i]
        if c == '"':
            i += 1
            continue
        if c == "\\" and i + 1 < len(raw):
            nxt = raw[i + 1]
            if nxt == "x":  # \xHH…: a character by its code, as QSettings writes controls
                j = i + 2
                while j < len(raw) and raw[j] in "0123456789abcdefABCDEF":
                    j += 1
                out.append(chr(int(raw[i + 2 : j] or "0", 16)))
                i = j
                continue
            out.append(_UNESCAPES.get(nxt, nxt))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _section_name(group: str) -> str:
    return "%General" if group == "General" else group


def _parser() -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(
        delimiters=("=",),
        comment_prefixes=(";",),
        strict=False,
        interpolation=None,
        default_section="\0no default section",
    )
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    return parser


def read_group(path: Path, group: str) -> dict[str, str] | None:
    """The decoded values of ``[group]`` (keys as written, ``\\`` between sub-keys).

    None when the file or the group does not exist; SettingsFileError names the file when it
    cannot be parsed.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsFileError(f"{path}: cannot read the settings: {exc}") from exc
    parser = _parser()
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as exc:
        raise SettingsFileError(f"{path}: not a settings file: {exc}") from exc
    section = _section_name(group)
    if not parser.has_section(section):
        return None
    return {key: decode(value) for key, value in parser.items(section)}


def write_group(path: Path, group: str, values: Mapping[str, str]) -> None:
    """Replace everything in ``[group]`` by ``values``; the other groups are left as they are.

    Written to a temporary file and renamed over the old one: a crash leaves the old file.
    """
    section = _section_name(group)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsFileError(f"{path}: cannot read the settings: {exc}") from exc
    kept: list[str] = []
    inside = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            inside = stripped[1:-1] == section
        if not inside:
            kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    block = [f"[{section}]"] + [f"{key}={encode(value)}" for key, value in sorted(values.items())]
    text = "\n".join(kept + ([""] if kept else []) + block) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)

"""Small pieces several sub-commands share."""

from __future__ import annotations

import getpass
import json
import sys
from typing import Any

from surveyor.cli import UsageError
from surveyor.core.vault.keyfile import is_encrypted
from surveyor.core.workspace import Workspace, resolve_workspace_dir
from surveyor.store.models import Photo, Walk


def walk_named(name: str) -> Walk:
    """The walk called ``name``, or the one walk whose name starts with or contains it.

    ``--walk Slavija`` finds "Slavija, 16 May"; a name that fits several walks is a usage error
    (exit 2) that lists them.
    """
    walk = Walk.get_or_none(Walk.name == name)
    if walk is not None:
        return walk
    wanted = name.strip().casefold()
    walks = list(Walk.select().order_by(Walk.name))
    for matches in (
        [w for w in walks if w.name.casefold() == wanted],
        [w for w in walks if w.name.casefold().startswith(wanted)],
        [w for w in walks if wanted in w.name.casefold()],
    ):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            names = ", ".join(repr(w.name) for w in matches)
            raise UsageError(f"{name!r} fits several walks: {names}; give more of the name")
    raise UsageError(f"no walk named {name!r}")


def photo_id(reference: str) -> int:
    """A photo given by its id or by its original file name (``IMG_0107.jpg``)."""
    if reference.isdigit():
        return int(reference)
    photos = list(
        Photo.select(Photo.id, Photo.original_name).where(Photo.original_name == reference)
    )
    if not photos:
        raise UsageError(f"no photo with id or file name {reference!r} (see `surveyor photos`)")
    if len(photos) > 1:
        ids = ", ".join(str(p.id) for p in photos)
        raise UsageError(f"several photos are called {reference!r} (ids {ids}); give the id")
    return int(photos[0].id)


def print_json(document: Any) -> None:
    """``--json`` output: exactly one JSON document on stdout (logs go to stderr)."""
    json.dump(document, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


def stdin_lines(args: Any, count: int, prompts: tuple[str, ...] = ()) -> list[str]:
    """The first ``count`` lines of standard input (read once per run, then remembered).

    At a terminal each is asked without echo (``prompts``, else "Passphrase: ").
    """
    lines: list[str] = getattr(args, "_stdin_lines", [])
    while len(lines) < count:
        if sys.stdin is not None and sys.stdin.isatty():
            prompt = prompts[len(lines)] if len(lines) < len(prompts) else "Passphrase: "
            line = getpass.getpass(prompt) + "\n"
        else:
            line = sys.stdin.readline() if sys.stdin is not None else ""
        if not line:
            raise UsageError(f"expected {count} line(s) on standard input, got {len(lines)}")
        lines.append(line.rstrip("\r\n"))
    args._stdin_lines = lines
    return lines[:count]


def passphrase_from_stdin(args: Any) -> str | None:
    """The passphrase given with ``--passphrase-stdin`` (its first line), else None."""
    if not getattr(args, "passphrase_stdin", False):
        return None
    return stdin_lines(args, 1)[0]


def open_workspace(args: Any) -> Workspace:
    """The workspace ``--workspace`` names, unlocked with ``--passphrase-stdin`` if encrypted."""
    root = resolve_workspace_dir(getattr(args, "workspace", None))
    # Only an encrypted workspace takes a stdin line: a plain one leaves it to the command
    # (export-bundle reads its signing key's passphrase there).
    passphrase = passphrase_from_stdin(args) if is_encrypted(root) else None
    return Workspace.open(root, passphrase)

"""Small pieces several sub-commands share."""

from __future__ import annotations

import json
import sys
from typing import Any

from surveyor.cli import UsageError
from surveyor.store.models import Walk


def walk_named(name: str) -> Walk:
    """The walk called ``name``; a usage error (exit 2) when there is none."""
    walk = Walk.get_or_none(Walk.name == name)
    if walk is None:
        raise UsageError(f"no walk named {name!r}")
    return walk


def print_json(document: Any) -> None:
    """``--json`` output: exactly one JSON document on stdout (logs go to stderr)."""
    json.dump(document, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")

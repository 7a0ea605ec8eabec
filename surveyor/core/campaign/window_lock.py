"""One window per campaign: a lock file in the campaign folder naming the process that holds it.

A second window (another process) is refused with the holder's process id; a lock left by a
process that is gone (a crash) is taken over. The same process may open its campaign again.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

from surveyor.core.messages import Message

LOCK_NAME = ".surveyor-window.lock"


class CampaignInUse(RuntimeError):
    """The campaign is open in another window."""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def _holder(path: Path) -> dict[str, object] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def acquire(folder: Path) -> Path:
    """Take the campaign's window lock or raise ``CampaignInUse`` naming the other process."""
    path = folder / LOCK_NAME
    me = {"pid": os.getpid(), "host": socket.gethostname()}
    for _attempt in range(2):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            held = _holder(path)
            pid = held.get("pid") if held else None
            same_host = held is not None and held.get("host") == me["host"]
            if isinstance(pid, int) and pid != me["pid"] and (not same_host or _alive(pid)):
                raise CampaignInUse(_in_use(pid, None if same_host else held)) from None
            path.unlink(missing_ok=True)  # ours already, or left by a process that is gone
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(me, out)
        return path
    raise CampaignInUse(Message("{lock}: cannot take the campaign's lock", lock=LOCK_NAME))


def _in_use(pid: int, elsewhere: dict[str, object] | None) -> Message:
    if elsewhere is None:
        return Message(
            "this campaign is already open in another Surveyor window (process {pid}). Close "
            "that window first: two windows would record merges and decisions over each other.",
            pid=pid,
        )
    return Message(
        "this campaign is already open in another Surveyor window (process {pid} on {host}). "
        "Close that window first: two windows would record merges and decisions over each "
        "other.",
        pid=pid,
        host=elsewhere.get("host", "?"),
    )


def release(folder: Path) -> None:
    """Drop the lock if this process holds it."""
    path = folder / LOCK_NAME
    held = _holder(path)
    if held is not None and held.get("pid") == os.getpid():
        path.unlink(missing_ok=True)

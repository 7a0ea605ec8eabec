"""Removing plaintext: overwrite a file's bytes, sync, then unlink it.

On a file system that writes in place this leaves nothing to read back; copy-on-write file
systems and SSDs may still keep old blocks, which is why sealed files rely on their keys
being destroyed instead (README: what is protected and what is not).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

_ZEROS = bytes(1 << 20)


def shred_file(path: Path) -> bool:
    """Overwrite and remove ``path``; False if it was not there."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    with contextlib.suppress(OSError), open(path, "r+b") as f:
        left = size
        while left > 0:
            step = min(left, len(_ZEROS))
            f.write(_ZEROS[:step])
            left -= step
        f.flush()
        os.fsync(f.fileno())
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    return True


def shred_tree(folder: Path) -> int:
    """Shred every file under ``folder``, then remove the folder; the number of files."""
    if not folder.exists():
        return 0
    count = 0
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            count += shred_file(path)
    shutil.rmtree(folder, ignore_errors=True)
    return count

"""The core import in a child process, so the window's Python never waits for its GIL.

On a 2-core laptop an import in a thread of the window's own process shares one GIL with
the UI: whenever the import thread is descheduled while holding it, the window freezes.
In a child process (itself running the core's worker pool) the window only reads progress
messages from a queue. No Qt here: the child imports only ``surveyor.core``.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from multiprocessing.queues import Queue
    from multiprocessing.synchronize import Event

    from surveyor.core.photos.importer import ImportProgress
    from surveyor.core.vault.subkeys import Subkeys

PROGRESS_INTERVAL = 0.05  # seconds between progress messages (the last one always goes)


def child_main(
    root: str,
    paths: list[str],
    walk_name: str | None,
    workers: int | None,
    messages: Queue[tuple[object, ...]],
    cancel: Event,
    subkeys: Subkeys | None = None,
) -> None:
    """Runs in the child: import, sending ("progress", done, total, path) then ("done",
    report) or ("error", message)."""
    from surveyor.core.photos.importer import import_paths
    from surveyor.core.workspace import Workspace

    last = 0.0

    def progress(update: ImportProgress) -> None:
        nonlocal last
        now = time.monotonic()
        if update.done < update.total and now - last < PROGRESS_INTERVAL:
            return
        last = now
        messages.put(("progress", update.done, update.total, str(update.path)))

    try:
        with Workspace.open(root, subkeys=subkeys) as workspace:
            report = import_paths(
                workspace,
                paths,
                walk_name=walk_name,
                progress=progress,
                cancel=cancel,
                workers=workers,
            )
        messages.put(("done", report))
    except BaseException as exc:  # reported to the window, never lost
        messages.put(("error", f"{type(exc).__name__}: {exc}"))


def import_in_child_process(
    root: Path,
    paths: Sequence[Path],
    walk_name: str | None,
    workers: int | None,
    progress: Callable[[object], None],
    cancelled: threading.Event,
    subkeys: Subkeys | None = None,
) -> object:
    """Start the child, forward its progress, return its ImportReport (blocking)."""
    context = multiprocessing.get_context("spawn")
    messages = context.Queue()
    cancel = context.Event()
    child = context.Process(
        target=child_main,
        # An encrypted workspace's keys go to the child through the spawn pipe, never to disk.
        args=(str(root), [str(p) for p in paths], walk_name, workers, messages, cancel, subkeys),
        name="surveyor-import",
    )
    child.start()
    try:
        while True:
            if cancelled.is_set():
                cancel.set()
            try:
                message = messages.get(timeout=0.1)
            except queue.Empty:
                if not child.is_alive():
                    raise RuntimeError(
                        f"the import process stopped unexpectedly (exit code {child.exitcode})"
                    ) from None
                continue
            kind = message[0]
            if kind == "progress":
                _, done, total, path = message
                progress(SimpleNamespace(done=done, total=total, path=path))
            elif kind == "done":
                return message[1]
            else:
                raise RuntimeError(message[1])
    finally:
        child.join(timeout=60)
        if child.is_alive():
            child.terminate()
        messages.close()

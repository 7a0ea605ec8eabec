"""Importing a batch of photos into a workspace: files and folders, in parallel, crash-safe.

The heavy work per file (hash, decode, thumbnails, copy into ``media/``) runs in a pool of
worker processes, one per core, with a bounded number of files in flight so memory stays
flat however big the batch. Only this (parent) process writes the catalogue, in batched
transactions. See ``surveyor.core.photos.ingest`` for the per-file order that makes a ``kill -9``
harmless.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Protocol

from surveyor.core import walks
from surveyor.core.message_json import to_json
from surveyor.core.messages import Joined, Message
from surveyor.core.photos import media
from surveyor.core.photos.ingest import (
    DUPLICATE,
    FAILED,
    IMPORTED,
    FileResult,
    IngestSettings,
    ingest_file,
    ingest_in_worker,
    init_worker,
)
from surveyor.core.vault.storage import SealedStorage
from surveyor.core.workspace import Workspace
from surveyor.store.models import ImportFailure, Photo, Walk, db_proxy

# Catalogue writes are grouped: at most this many rows, or this many seconds, per transaction.
FLUSH_ROWS = 64
FLUSH_SECONDS = 0.5


@dataclass(frozen=True)
class ImportProgress:
    """Sent to the progress callback after each file."""

    done: int
    total: int
    path: str
    outcome: str  # "imported", "duplicate" or "failed"
    reason: str = ""
    has_position: bool = False


@dataclass
class ImportReport:
    """What an import did; ``failed`` pairs each refused path with its reason."""

    walk_id: int | None = None
    imported: list[int] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    without_position: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # imported, something unread
    cancelled: bool = False
    total: int = 0


ProgressCallback = Callable[[ImportProgress], None]
CancelFlag = Callable[[], bool]


class _EventLike(Protocol):
    def is_set(self) -> bool: ...


def _cancel_check(cancel: CancelFlag | _EventLike | None) -> CancelFlag:
    """A ``threading.Event`` or any callable returning True once the volunteer cancels."""
    if cancel is None:
        return lambda: False
    if hasattr(cancel, "is_set"):
        return cancel.is_set
    assert callable(cancel)
    return cancel


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Every file under the given files and folders (recursively), in a stable order.

    Hidden files and folders inside a given folder (".DS_Store", Android's ".thumbnails",
    ".trashed-*") are skipped on purpose: they are system litter, not the volunteer's photos.
    A hidden file named explicitly is still imported. Folder links are not followed, so a
    link loop cannot make an import endless.
    """
    for raw in paths:
        path = os.fspath(raw)
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield os.path.join(root, name)
        else:
            yield path  # missing or unreadable paths fail with a reason in the worker


def get_or_create_walk(name: str | None, files: Sequence[str] = ()) -> Walk:
    """The walk called ``name`` (added to if it exists), or a new one named after the photos'
    day ("Walk, 16 May 2026"; two imports of one day make two walks)."""
    day = walks.day_of_files(files) or dt.date.today()
    name = (name or "").strip() or walks.suggest_walk_name(files, today=day)
    with db_proxy.atomic():
        walk, _created = Walk.get_or_create(name=name, defaults={"date": day})
    assert isinstance(walk, Walk)
    return walk


class _Writer:
    """Collects results and writes them to the catalogue in batched transactions."""

    def __init__(self, walk: Walk, report: ImportReport) -> None:
        self.walk = walk
        self.report = report
        self.pending: list[FileResult] = []
        self.last_flush = time.monotonic()

    def add(self, result: FileResult) -> None:
        self.pending.append(result)
        if len(self.pending) >= FLUSH_ROWS or time.monotonic() - self.last_flush > FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        batch, self.pending = self.pending, []
        with db_proxy.atomic():
            for result in batch:
                self._write(result)
        self.last_flush = time.monotonic()

    def _write(self, r: FileResult) -> None:
        if r.outcome == FAILED:
            ImportFailure.create(path=r.path, reason=r.reason, walk=self.walk.id)
            self.report.failed.append((r.path, r.reason))
            return
        if r.outcome == DUPLICATE:
            self.report.duplicates.append(r.path)
            return
        info = r.exif
        warning = Joined("; ", info.warnings)
        row: dict[str, Any] = {
            "sha256": r.sha256,
            "walk": self.walk.id,
            "original_name": os.path.basename(r.path),
            "original_path": os.path.abspath(r.path),
            "extension": r.extension,
            "size": r.size,
            "taken_at": info.taken_at,
            "latitude": info.latitude,
            "longitude": info.longitude,
            "altitude": info.altitude,
            "accuracy_m": info.accuracy_m,
            "bearing": info.bearing,
            "bearing_ref": info.bearing_ref,
            "position_source": "exif" if info.has_position else None,
            "orientation": info.orientation,
            "width": r.width,
            "height": r.height,
            "import_status": "warning" if info.warnings else "ok",
            "import_reason": warning,
            "import_reason_message": to_json(warning) if info.warnings else None,
        }
        # Another import running at the same time may have taken this hash a moment ago.
        cursor = db_proxy.execute(Photo.insert(**row).on_conflict_ignore())
        if cursor.rowcount != 1:
            self.report.duplicates.append(r.path)
            return
        self.report.imported.append(int(cursor.lastrowid))
        if not info.has_position:
            self.report.without_position += 1
        if info.warnings:
            self.report.warnings.append((r.path, warning))


def import_paths(
    workspace: Workspace,
    paths: Sequence[str | os.PathLike[str]],
    walk_name: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | _EventLike | None = None,
    workers: int | None = None,
    *,
    max_image_pixels: int | None = None,
) -> ImportReport:
    """Import photos from files and folders into ``workspace`` (whose catalogue is open).

    ``workers``: processes to use (default: one per core; 0 runs in this process, for tests
    and debugging). ``cancel`` (a ``threading.Event`` or a callable) is polled between
    files; files already being worked on finish and are recorded, the rest are left for
    another run. ``max_image_pixels`` overrides
    Pillow's decompression-bomb limit.
    """
    files = list(expand_paths(paths))
    report = ImportReport(total=len(files))
    media.sweep_tmp(workspace.tmp_dir)
    walk = get_or_create_walk(walk_name, files)
    report.walk_id = walk.id
    known = frozenset(str(photo.sha256) for photo in Photo.select(Photo.sha256))
    settings = IngestSettings(
        workspace_root=str(workspace.root),
        owner_pid=os.getpid(),
        known_hashes=known,
        max_image_pixels=max_image_pixels,
        names_key=workspace.subkeys.names if workspace.subkeys is not None else None,
    )
    writer = _Writer(walk, report)
    seen: set[str] = set()  # hashes met in this batch: the same photo twice is one photo
    done = 0

    def finish(result: FileResult) -> None:
        nonlocal done
        done += 1
        if result.outcome == IMPORTED and result.sha256 in seen:
            result.outcome = DUPLICATE
        if result.sha256:
            seen.add(result.sha256)
        if result.file_keys:  # sealed files are readable only once their keys are kept
            storage = workspace.storage
            if isinstance(storage, SealedStorage):
                storage.keys.put_many(result.file_keys)
        writer.add(result)
        if progress is not None:
            progress(
                ImportProgress(
                    done,
                    len(files),
                    result.path,
                    result.outcome,
                    result.reason,
                    result.exif.has_position,
                )
            )

    cancelled = _cancel_check(cancel)
    try:
        if workers == 0 or len(files) <= 1:
            for path in files:
                if cancelled():
                    report.cancelled = True
                    break
                finish(ingest_file(path, settings))
        else:
            report.cancelled = _run_pool(files, settings, workers, cancelled, finish)
    finally:
        writer.flush()  # whatever finished is recorded, even on Ctrl-C
    return report


def _run_pool(
    files: list[str],
    settings: IngestSettings,
    workers: int | None,
    cancelled: CancelFlag,
    finish: Callable[[FileResult], None],
    task: Callable[[str], FileResult] = ingest_in_worker,
) -> bool:
    """Feed files to a process pool, a few at a time; True when cancelled.

    A worker that dies (a decoder crash, the out-of-memory killer) breaks the whole pool and
    every file in it. Those files become suspects and are retried one at a time in a new
    pool, so only the file that really kills a worker is failed.
    """
    count = workers or default_workers()
    # Enough queued work to keep every worker busy, few enough that memory stays flat.
    max_in_flight = count * 2
    # "spawn": forking a process that runs Qt threads can deadlock the child.
    context = multiprocessing.get_context("spawn")
    queue = iter(files)
    suspects: list[str] = []
    in_flight: dict[Future[FileResult], str] = {}
    suspect_in_flight = False
    was_cancelled = False

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(count, context, init_worker, (settings,))

    pool = new_pool()
    try:
        while True:
            while not was_cancelled and not suspect_in_flight:
                if cancelled():
                    was_cancelled = True
                    break
                if suspects:
                    if in_flight:
                        break  # a suspect runs alone
                    suspect = suspects.pop(0)
                    in_flight[pool.submit(task, suspect)] = suspect
                    suspect_in_flight = True
                    break
                if len(in_flight) >= max_in_flight:
                    break
                path = next(queue, None)
                if path is None:
                    break
                in_flight[pool.submit(task, path)] = path
            if not in_flight:
                break
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            broken: list[str] = []
            for future in finished:
                path = in_flight.pop(future)
                try:
                    finish(future.result())
                except BrokenProcessPool:
                    broken.append(path)
            if broken:
                broken += list(in_flight.values())
                in_flight.clear()
                if suspect_in_flight:
                    finish(
                        FileResult(
                            broken[0], FAILED, Message("the image decoder crashed on this file")
                        )
                    )
                else:
                    suspects.extend(broken)
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
            suspect_in_flight = False
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return was_cancelled

"""Builds the map's data off the UI thread: one build at a time, requests coalesced, in order.

At 20,000 cameras reading the catalogue and writing the JSON document takes most of a second;
on the UI thread that froze the window after every edit. ``MapRefresher.request()`` starts a
build on a worker thread (``surveyor.ui.background``); requests made while one runs are folded into
a single further build once it ends. Builds never overlap, so results arrive in request order
and newer data is never replaced by older data.

The worker reads the catalogue of the workspace that asked (the background task carries its
caller's context). peewee keeps one connection per thread: the build opens its own (WAL lets
it read while the UI thread writes), reads inside one transaction so photos and cameras come
from the same snapshot, and the background module closes it when the build ends.

Python's garbage collector is the other way a worker can freeze the UI thread: a full
collection holds the GIL for ~50 ms at 20,000 cameras, and the build's many new lists set off
one or two of them. The build allocates nothing cyclic, so automatic collection is paused while
it runs, and the rows the panel keeps are tuples of plain values, which the collector stops
tracking at its next young-generation pass instead of walking them in every full one.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from surveyor.core.map import edits as map_edits
from surveyor.core.map.page import C_ID, encode_document, map_data
from surveyor.store.models import db_proxy
from surveyor.ui.background import Task, run_task, wait_for
from surveyor.ui.map.json_types import CameraRow, JsonRow, PageLabels, WarningJson

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MapUpdate:
    """One build's result: what the panel shows beside the map and the page's JSON document."""

    generation: int
    document: bytes
    camera_rows: dict[int, CameraRow]
    warnings: list[WarningJson]
    unplaced_photos: list[tuple[int, str, str]]


def _frozen(row: JsonRow) -> CameraRow:
    return tuple(tuple(cell) if isinstance(cell, list) else cell for cell in row)


def build_update(generation: int, projection_m: float, labels: PageLabels) -> MapUpdate:
    """Read the catalogue and encode the document (runs on the worker thread)."""
    collecting = gc.isenabled()
    gc.disable()  # process-wide, for well under a second; see the module docstring
    try:
        update = _build(generation, projection_m, labels)
    finally:
        if collecting:
            gc.enable()
    if collecting:
        # The build's temporaries are gone by now: this young-generation pass only meets the
        # kept rows, and untracks them here rather than on the UI thread.
        gc.collect(0)
    return update


def _build(generation: int, projection_m: float, labels: PageLabels) -> MapUpdate:
    with db_proxy.atomic():  # one read snapshot for photos, cameras and the tray
        data = map_data(projection_m)
        unplaced = map_edits.photos_without_position()
    data["labels"] = labels
    return MapUpdate(
        generation=generation,
        document=encode_document(data),
        camera_rows={row[C_ID]: _frozen(row) for row in data["cameras"]},
        warnings=data["warnings"],
        unplaced_photos=unplaced,
    )


class MapRefresher(QObject):
    """Runs ``build_update`` in the background; ``built(MapUpdate)`` fires on the UI thread."""

    built = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        projection_m: Callable[[], float],
        labels: Callable[[], PageLabels],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._projection_m = projection_m
        self._labels = labels
        self._requested = 0  # generation of the latest request
        self._applied = 0  # generation of the latest result handed out
        self._running = False
        self._again = False
        self._task: Task | None = None
        self.builds = 0  # how many builds ran (tests check the coalescing)

    @property
    def busy(self) -> bool:
        """A build is running or wanted."""
        return self._running or self._again

    def request(self) -> None:
        """Ask for fresh data; coalesced with any other request made while a build runs."""
        self._requested += 1
        if self._running:
            self._again = True
            return
        self._start()

    def wait(self, msecs: int = 30_000) -> None:
        """Block until the running build ended (its result still comes as an event)."""
        wait_for(self._task, msecs)

    def _start(self) -> None:
        self._again = False
        self._running = True
        self.builds += 1
        generation = self._requested
        projection_m = self._projection_m()  # read here: settings belong to the UI thread
        labels = self._labels()

        def work() -> MapUpdate:
            return build_update(generation, projection_m, labels)

        # The task has no parent: a panel deleted mid-build (another workspace opened) does not
        # take it along. Its result then goes nowhere, as Qt drops connections to deleted
        # receivers.
        self._task = run_task(work, self._on_built, self._on_failed)

    def _on_built(self, update: MapUpdate) -> None:
        self._running = False
        if update.generation > self._applied:  # never older data after newer
            self._applied = update.generation
            self.built.emit(update)
        self._continue()

    def _on_failed(self, reason: str) -> None:
        self._running = False
        log.error("the map data could not be built: %s", reason)
        self.failed.emit(reason)
        self._continue()

    def _continue(self) -> None:
        if self._again and not self._running:
            self._start()

"""An in-memory grid of cells about 25 m wide over the cameras: a query looks at the cells
around a point (3×3, or more for a wider radius), never at every camera."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from surveyor.core.campaign.cluster import REVIEW_RADIUS_M

# A little under the true ~111 km per degree, so cells are never narrower than asked.
_M_PER_DEG_LAT = 110_000.0


class GridIndex:
    """Cameras bucketed in cells of about ``cell_m`` metres; queries look at 3×3 cells.

    Latitude bands have a fixed height; each band's longitude step is computed at its
    poleward edge so a cell is never narrower than ``cell_m`` anywhere inside it.
    """

    def __init__(self, cell_m: float = REVIEW_RADIUS_M) -> None:
        self._lat_step = cell_m / _M_PER_DEG_LAT
        self._cell_m = cell_m
        self._cells: dict[tuple[int, int], set[int]] = defaultdict(set)
        self._where: dict[int, tuple[int, int]] = {}
        self._lon_steps: dict[int, float] = {}

    def _lon_step(self, band: int) -> float:
        step = self._lon_steps.get(band)
        if step is None:
            step = self._lon_steps[band] = self._compute_lon_step(band)
        return step

    def _compute_lon_step(self, band: int) -> float:
        edge = max(abs(band * self._lat_step), abs((band + 1) * self._lat_step))
        cos = max(math.cos(math.radians(min(edge, 89.9))), 1e-6)
        return self._cell_m / (_M_PER_DEG_LAT * cos)

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        band = math.floor(lat / self._lat_step)
        return band, math.floor(lon / self._lon_step(band))

    def insert(self, item: int, lat: float, lon: float) -> None:
        self.remove(item)
        cell = self._cell(lat, lon)
        self._cells[cell].add(item)
        self._where[item] = cell

    def remove(self, item: int) -> None:
        cell = self._where.pop(item, None)
        if cell is not None:
            bucket = self._cells[cell]
            bucket.discard(item)
            if not bucket:
                del self._cells[cell]

    def near(self, lat: float, lon: float, radius_m: float = 0.0) -> Iterable[int]:
        """Items in the cells around the point: a superset of those within ``cell_m`` (3×3
        cells), or within ``radius_m`` when that is larger."""
        rings = max(1, math.ceil(radius_m / self._cell_m))
        band = math.floor(lat / self._lat_step)
        for b in range(band - rings, band + rings + 1):
            step = self._lon_step(b)
            col = math.floor(lon / step)
            for c in range(col - rings, col + rings + 1):
                bucket = self._cells.get((b, c))
                if bucket:
                    yield from bucket

    def __len__(self) -> int:
        return len(self._where)

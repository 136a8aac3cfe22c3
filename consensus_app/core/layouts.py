"""The three map layouts: org chart, influence, and the power / stance grid.

Each is a pure function of a `PursuitMap` that returns card centres in scene pixels,
`{stakeholder_id: (x, y)}`, for every stakeholder on the map, in the map's order (y grows
downwards). Cards fit `NODE_WIDTH` × `NODE_HEIGHT` and never overlap; the same map always
gives the same picture (no randomness but a fixed seed, no dependence on anything but the
order of the map's nodes and edges).

Org chart and influence pictures are shifted so their cards' bounding box starts at (0, 0);
the grid keeps its own coordinates, shared with `grid_quadrants` (headers start at 0, 0).

Large maps take long enough (see docs/benchmarks.md) that the UI runs `compute_layout` in a
worker: `progress` receives 0..1 (ending with 1.0) and `should_stop` is polled inside the
loops; when it returns True the layout raises `Cancelled` (core/cancellable.py).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from consensus_app.core.cancellable import CancellableRun, ProgressCallback, StopCallback
from consensus_app.core.layout_common import (
    COLUMN_PITCH,
    H_GAP,
    NODE_HEIGHT,
    NODE_WIDTH,
    ROW_PITCH,
    V_GAP,
    overlapping_pairs,
    to_origin,
    unique_ids,
)
from consensus_app.core.layout_grid import Quadrant, RegionKind, grid_layout, grid_quadrants
from consensus_app.core.layout_org import org_chart_layout, reporting_parents
from consensus_app.core.pursuit_map import Point, PursuitMap
from consensus_app.i18n import N_, _

__all__ = [
    "COLUMN_PITCH",
    "H_GAP",
    "NODE_HEIGHT",
    "NODE_WIDTH",
    "ROW_PITCH",
    "V_GAP",
    "LayoutName",
    "Quadrant",
    "Region",
    "RegionKind",
    "compute_layout",
    "grid_quadrants",
    "grid_regions",
    "overlapping_pairs",
    "reporting_parents",
]

# The names the canvas uses for the grid backdrop.
Region = Quadrant
grid_regions = grid_quadrants


class LayoutName(StrEnum):
    ORG = "org"
    INFLUENCE = "influence"
    GRID = "grid"

    @property
    def label(self) -> str:
        """The layout's name in the current language (its value is what settings keep)."""
        return _(_LABELS[self])


_LABELS = {
    LayoutName.ORG: N_("Org chart"),
    LayoutName.INFLUENCE: N_("Influence"),
    LayoutName.GRID: N_("Power / stance grid"),
}


def _influence(pursuit_map: PursuitMap, run: CancellableRun) -> dict[int, Point]:
    # numpy is imported on first use, not at start-up (see the start-up benchmark).
    from consensus_app.core.layout_influence import influence_layout

    return influence_layout(pursuit_map, run)


_LAYOUTS: dict[LayoutName, Callable[[PursuitMap, CancellableRun], dict[int, Point]]] = {
    LayoutName.ORG: org_chart_layout,
    LayoutName.INFLUENCE: _influence,
    LayoutName.GRID: grid_layout,
}


def compute_layout(
    name: LayoutName | str,
    pursuit_map: PursuitMap,
    *,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> dict[int, Point]:
    """Card centres for every stakeholder of the map in the named layout.

    Raises ValueError for an unknown name and `Cancelled` when `should_stop` says so.
    """
    layout = LayoutName(name)
    run = CancellableRun(progress, should_stop)
    run.report(0.0)
    placed = _LAYOUTS[layout](pursuit_map, run)
    if layout is not LayoutName.GRID:
        placed = to_origin(placed)
    run.finish()
    return {sid: placed[sid] for sid in unique_ids(n.stakeholder_id for n in pursuit_map.nodes)}

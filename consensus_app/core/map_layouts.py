"""The three map layouts, as pure functions of a PursuitMap: {stakeholder id: card centre}.

- org: the reporting hierarchy (reports_to only; dotted lines never set ranks), several
  roots side by side, managers centred over their teams, big flat teams wrapped in rows;
- influence: force-directed on influence, alliance and reporting ties (conflicts are not
  closeness), seeded, so the same data always gives the same picture;
- grid: power / stance: stance left (opposed) to right (advocate), influence top to bottom.

Long layouts report progress (0..1) and stop promptly when asked, so the UI can run them
in a worker with a cancel button.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from consensus_app.core.pursuit_map import EdgeKind, MapNode, Point, PursuitMap

NODE_WIDTH, NODE_HEIGHT = 230.0, 70.0  # the largest card (influence 5) fits a slot
H_GAP, V_GAP = 30.0, 60.0
SLOT_W, SLOT_H = NODE_WIDTH + H_GAP, NODE_HEIGHT + V_GAP
WRAP_AFTER = 6  # a team of more leaves than this is shown in rows
SEED = 7

if TYPE_CHECKING:
    import numpy as np

Progress = Callable[[float], None]
ShouldStop = Callable[[], bool]


class LayoutName(StrEnum):
    ORG = "org"
    INFLUENCE = "influence"
    GRID = "grid"

    @property
    def label(self) -> str:
        return {"org": "Org chart", "influence": "Influence", "grid": "Power / stance grid"}[self.value]


class LayoutCancelled(Exception):
    """The user cancelled a layout that was still running."""


@dataclass(frozen=True)
class Region:
    """A labelled rectangle drawn behind the grid layout."""

    label: str
    x: float
    y: float
    width: float
    height: float


def compute_layout(
    name: LayoutName | str,
    pursuit_map: PursuitMap,
    *,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> dict[int, Point]:
    report = progress or (lambda _f: None)
    stop = should_stop or (lambda: False)
    layout = LayoutName(name)
    if layout is LayoutName.ORG:
        result = org_chart(pursuit_map)
    elif layout is LayoutName.INFLUENCE:
        result = influence(pursuit_map, report, stop)
    else:
        result = grid(pursuit_map)
    report(1.0)
    return result


# --- org chart ----------------------------------------------------------------------------


def org_chart(pursuit_map: PursuitMap) -> dict[int, Point]:
    ids = [n.stakeholder_id for n in pursuit_map.nodes]
    known = set(ids)
    manager = {
        n.stakeholder_id: n.reports_to_id if n.reports_to_id in known else None for n in pursuit_map.nodes
    }
    children: dict[int, list[int]] = {i: [] for i in ids}
    for person in ids:
        boss = manager[person]
        if boss is not None:
            children[boss].append(person)
    roots = [i for i in ids if manager[i] is None]
    reached = _reachable(roots, children)
    for person in ids:  # a reporting cycle (refused on input, guarded here) is cut at its first person
        if person not in reached:
            boss = manager[person]
            if boss is not None:
                children[boss].remove(person)
            roots.append(person)
            reached |= _reachable([person], children)

    widths: dict[int, float] = {}

    def width(node: int) -> float:
        kids = children[node]
        if _wrapped(kids, children):
            widths[node] = min(len(kids), WRAP_AFTER) * SLOT_W
        else:
            widths[node] = max(SLOT_W, sum(width(c) for c in kids))
        return widths[node]

    positions: dict[int, Point] = {}

    def place(node: int, left: float, depth: int) -> None:
        positions[node] = (left + widths[node] / 2, depth * SLOT_H)
        kids = children[node]
        if _wrapped(kids, children):
            columns = min(len(kids), WRAP_AFTER)
            for i, kid in enumerate(kids):
                row, column = divmod(i, columns)
                positions[kid] = (left + (column + 0.5) * SLOT_W, (depth + 1 + row) * SLOT_H)
            return
        for kid in kids:
            place(kid, left, depth + 1)
            left += widths[kid]

    left = 0.0
    for root in roots:
        width(root)
        place(root, left, 0)
        left += widths[root] + H_GAP
    return positions


def _wrapped(kids: list[int], children: dict[int, list[int]]) -> bool:
    return len(kids) > WRAP_AFTER and all(not children[k] for k in kids)


def _reachable(roots: list[int], children: dict[int, list[int]]) -> set[int]:
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(children[node])
    return seen


# --- influence ----------------------------------------------------------------------------

_PULL = {
    EdgeKind.INFLUENCES: 1.0,
    EdgeKind.ALLIES: 1.2,
    EdgeKind.REPORTS_TO: 0.8,
    EdgeKind.DOTTED_LINE: 0.5,
    EdgeKind.CONFLICTS: 0.05,
}


def influence(pursuit_map: PursuitMap, progress: Progress, should_stop: ShouldStop) -> dict[int, Point]:
    import networkx as nx  # only this layout needs them; keeps start-up fast
    import numpy as np

    ids = [n.stakeholder_id for n in pursuit_map.nodes]
    if not ids:
        return {}
    graph = nx.Graph()
    graph.add_nodes_from(ids)
    for edge in pursuit_map.edges:
        if edge.source_id in graph and edge.target_id in graph:
            weight = _PULL[edge.kind] * edge.strength / 2
            previous = graph.get_edge_data(edge.source_id, edge.target_id, {"weight": 0.0})["weight"]
            graph.add_edge(edge.source_id, edge.target_id, weight=previous + weight)
    start = _normalised(org_chart(pursuit_map), ids)
    chunks, per_chunk = 5, 10
    positions = start
    for chunk in range(chunks):
        if should_stop():
            raise LayoutCancelled
        positions = nx.spring_layout(graph, pos=positions, iterations=per_chunk, weight="weight", seed=SEED)
        progress(0.8 * (chunk + 1) / chunks)
    scale = max(1.0, math.sqrt(len(ids))) * SLOT_W * 0.7
    points = np.array([positions[i] for i in ids], dtype=float) * scale
    rank = {n.stakeholder_id: n.influence if n.on_committee else 0 for n in pursuit_map.nodes}
    order = sorted(range(len(ids)), key=lambda k: (-rank[ids[k]], k))
    points = _snap_to_slots(points, order, should_stop)
    return {i: (float(x), float(y)) for i, (x, y) in zip(ids, points, strict=True)}


def _normalised(points: dict[int, Point], ids: list[int]) -> dict[int, np.ndarray]:
    import numpy as np

    array = np.array([points[i] for i in ids], dtype=float)
    array -= array.mean(axis=0)
    span = float(np.abs(array).max()) or 1.0
    return {i: array[k] / span for k, i in enumerate(ids)}


def _snap_to_slots(points: np.ndarray, order: list[int], should_stop: ShouldStop) -> np.ndarray:
    """Give each card the free slot nearest its force-directed place, most influential first.

    Slots are a card plus a small gap, so no two cards can overlap, and the search is
    local (rings around the wanted slot), which keeps it linear in practice.
    """
    import numpy as np

    cell = np.array([NODE_WIDTH + H_GAP / 2, NODE_HEIGHT + V_GAP / 3])
    taken: set[tuple[int, int]] = set()
    snapped = np.zeros_like(points)
    for count, index in enumerate(order):
        if count % 64 == 0 and should_stop():
            raise LayoutCancelled
        want = points[index] / cell
        home = (round(want[0]), round(want[1]))
        best = home
        radius = 0
        while best in taken:
            radius += 1
            ring = [
                (home[0] + dx, home[1] + dy)
                for dx in range(-radius, radius + 1)
                for dy in range(-radius, radius + 1)
                if max(abs(dx), abs(dy)) == radius
            ]
            free = [slot for slot in ring if slot not in taken]
            if free:
                best = min(free, key=lambda slot: ((slot[0] - want[0]) ** 2 + (slot[1] - want[1]) ** 2, slot))
        taken.add(best)
        snapped[index] = np.array(best, dtype=float) * cell
    return snapped


# --- power / stance grid ---------------------------------------------------------------------


def _grid_geometry(pursuit_map: PursuitMap) -> tuple[int, int, dict[tuple[int, int], list[MapNode]]]:
    cells: dict[tuple[int, int], list[MapNode]] = {}
    for node in pursuit_map.members():
        cells.setdefault((node.stance, node.influence), []).append(node)
    fullest = max((len(v) for v in cells.values()), default=1)
    columns = max(1, math.ceil(math.sqrt(fullest)))
    rows = max(1, math.ceil(fullest / columns))
    return columns, rows, cells


def grid(pursuit_map: PursuitMap) -> dict[int, Point]:
    columns, rows, cells = _grid_geometry(pursuit_map)
    cell_w, cell_h = columns * SLOT_W, rows * SLOT_H
    positions: dict[int, Point] = {}
    for (stance, weight), nodes in cells.items():
        left, top = (stance + 2) * cell_w, (5 - weight) * cell_h
        for i, node in enumerate(nodes):
            row, column = divmod(i, columns)
            positions[node.stakeholder_id] = (left + (column + 0.5) * SLOT_W, top + (row + 0.5) * SLOT_H)
    outsiders = [n for n in pursuit_map.nodes if not n.on_committee]
    strip_top = 5 * cell_h + SLOT_H
    per_row = max(1, int(5 * cell_w // SLOT_W))
    for i, node in enumerate(outsiders):
        row, column = divmod(i, per_row)
        positions[node.stakeholder_id] = ((column + 0.5) * SLOT_W, strip_top + (row + 0.5) * SLOT_H)
    return positions


def grid_regions(pursuit_map: PursuitMap) -> list[Region]:
    """The labelled areas behind the grid: four quadrants, the undecided middle, outsiders."""
    columns, rows, _cells = _grid_geometry(pursuit_map)
    cell_w, cell_h = columns * SLOT_W, rows * SLOT_H
    high, low = 2 * cell_h, 3 * cell_h  # influence 5–4 above, 3–1 below
    regions = [
        Region("Risks to neutralise — influential and opposed", 0, 0, 2 * cell_w, high),
        Region("Undecided — win them over", 2 * cell_w, 0, cell_w, 5 * cell_h),
        Region("Champions to mobilise — influential and supportive", 3 * cell_w, 0, 2 * cell_w, high),
        Region("Watch — opposed, less influence", 0, high, 2 * cell_w, low),
        Region("Supporters to activate — less influence", 3 * cell_w, high, 2 * cell_w, low),
    ]
    outsiders = [n for n in pursuit_map.nodes if not n.on_committee]
    if outsiders:
        per_row = max(1, int(5 * cell_w // SLOT_W))
        height = math.ceil(len(outsiders) / per_row) * SLOT_H
        regions.append(Region("Not on this committee", 0, 5 * cell_h + SLOT_H, 5 * cell_w, height))
    return regions

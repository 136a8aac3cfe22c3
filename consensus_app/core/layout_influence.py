"""The influence map: a force-directed picture of who sways whom.

Fruchterman–Reingold, as networkx's `spring_layout` does it, written out in numpy so the
run can report progress and be cancelled between iterations, cool over the whole run, and
pull each person towards the centre by their influence. Ties pull by kind and strength
(core/relationship_kinds.py): influence and alliance most, reporting lines less, dotted
lines a little, and conflicts not at all (a conflict is not closeness). It starts from the
org chart, with a seeded jitter, so the same map always gives the same picture. The result
is scaled to card sizes and then cards that still overlap are pushed apart.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from consensus_app.core.cancellable import CancellableRun
from consensus_app.core.layout_common import (
    COLUMN_PITCH,
    H_GAP,
    NODE_HEIGHT,
    NODE_WIDTH,
    ROW_PITCH,
    unique_ids,
)
from consensus_app.core.layout_org import org_chart_layout
from consensus_app.core.pursuit_map import MapNode, Point, PursuitMap
from consensus_app.core.relationship_kinds import kind_info, strength_of

Array = npt.NDArray[np.float64]
Indices = npt.NDArray[np.intp]

SEED = 20240601
ITERATIONS = 120
SPACING = 1.3  # the ideal tie length, in card pitches
GRAVITY = 2.0
SEPARATION = (NODE_WIDTH + H_GAP / 2, NODE_HEIGHT + H_GAP / 2)  # what overlap removal keeps
OVERLAP_PASSES = 200
EXPAND_EVERY, EXPAND_BY = 20, 1.05


def _ties(pursuit_map: PursuitMap, index: dict[int, int]) -> tuple[Indices, Array]:
    """Unordered pairs (i < j) with their summed pull, in first-seen order."""
    pull: dict[tuple[int, int], float] = {}
    for edge in pursuit_map.edges:
        a, b = index.get(edge.source_id), index.get(edge.target_id)
        # Attraction per unit of strength (2 is "normal"), from the kind's registry entry.
        weight = kind_info(edge.kind).pull * strength_of(edge.kind, edge.strength)
        if a is None or b is None or a == b or weight <= 0:
            continue
        key = (a, b) if a < b else (b, a)
        pull[key] = pull.get(key, 0.0) + weight
    pairs = np.array(list(pull) or np.empty((0, 2)), dtype=np.intp).reshape(-1, 2)
    return pairs, np.array(list(pull.values()), dtype=np.float64)


def _start(pursuit_map: PursuitMap, ids: list[int], run: CancellableRun) -> Array:
    """The org chart squeezed into the unit square, plus a seeded jitter to break ties."""
    org = org_chart_layout(pursuit_map, run)
    pos = np.array([[org[sid][0] / COLUMN_PITCH, org[sid][1] / ROW_PITCH] for sid in ids], dtype=np.float64)
    pos -= pos.min(axis=0)
    pos /= np.maximum(pos.max(axis=0), 1.0)
    pos += np.random.default_rng(SEED).uniform(-0.01, 0.01, pos.shape)
    return pos


def _spring(pos: Array, pairs: Indices, pull: Array, mass: Array, run: CancellableRun) -> Array:
    n = len(pos)
    k = 1.0 / math.sqrt(n)  # ideal distance in the unit square, as networkx
    temperature = 0.1
    cooling = temperature / (ITERATIONS + 1)
    i, j = pairs[:, 0], pairs[:, 1]
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    for iteration in range(ITERATIONS):
        run.report(iteration / ITERATIONS)
        # Repulsion between all pairs, k²/d along the line between them. Separate x and y
        # arrays (not an n×n×2 one) make this several times faster.
        dx = x[:, np.newaxis] - x[np.newaxis, :]
        dy = y[:, np.newaxis] - y[np.newaxis, :]
        inverse = dx * dx
        inverse += dy * dy
        np.maximum(inverse, 1e-4, out=inverse)
        np.divide(k * k, inverse, out=inverse)
        dx *= inverse
        dy *= inverse
        fx, fy = dx.sum(axis=1), dy.sum(axis=1)
        if len(pairs):
            # Attraction along ties, pull · d²/k; bincount sums per node (np.add.at is slow).
            tx, ty = x[i] - x[j], y[i] - y[j]
            scale = pull * np.hypot(tx, ty) / k
            fx += np.bincount(j, scale * tx, n) - np.bincount(i, scale * tx, n)
            fy += np.bincount(j, scale * ty, n) - np.bincount(i, scale * ty, n)
        fx -= GRAVITY * mass * (x - x.mean())
        fy -= GRAVITY * mass * (y - y.mean())
        length = np.hypot(fx, fy)
        step = np.minimum(length, temperature) / np.maximum(length, 1e-9)
        x += fx * step
        y += fy * step
        temperature -= cooling
    return np.column_stack([x, y])


def _close_pairs(points: Array, width: float, height: float) -> tuple[Indices, Indices, Array, Array]:
    """Index pairs (a, b) of cards nearer than width and height, and their dx, dy.

    A sweep over x, vectorised: sorted by x (stably, so ties keep input order), each card
    is paired only with the cards after it that start within `width`.
    """
    n = len(points)
    order = np.argsort(points[:, 0], kind="stable")
    xs = points[order, 0]
    ends = np.searchsorted(xs, xs + width, side="left")
    counts = ends - np.arange(n) - 1
    first = np.repeat(np.arange(n), counts)
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    second = first + 1 + (np.arange(len(first)) - starts)
    a, b = order[first], order[second]
    dx, dy = points[a, 0] - points[b, 0], points[a, 1] - points[b, 1]
    close = (np.abs(dx) < width) & (np.abs(dy) < height)
    return a[close], b[close], dx[close], dy[close]


def remove_overlaps(points: Array, run: CancellableRun) -> Array:
    """Push overlapping cards apart along the axis where they overlap least.

    Each pass moves both cards of every overlapping pair half the overlap (Jacobi-style,
    so the order of pairs does not matter); every EXPAND_EVERY passes the picture grows by
    EXPAND_BY, so crowds always resolve. Should the passes still run out, the cards are
    snapped to free cells of a card-sized grid, so the result never overlaps.
    """
    width, height = SEPARATION
    points = points.copy()
    for attempt in range(OVERLAP_PASSES):
        run.report(attempt / OVERLAP_PASSES)
        a, b, sx, sy = _close_pairs(points, width, height)
        if not len(a):
            return points
        ox, oy = width - np.abs(sx), height - np.abs(sy)
        along_x = ox / width <= oy / height
        # Cards exactly level move apart by sweep order, the earlier one left or up.
        sign = np.where(along_x, np.where(sx == 0, -1.0, np.sign(sx)), np.where(sy == 0, -1.0, np.sign(sy)))
        push = np.where(along_x, ox, oy) / 2 + 0.5
        px, py = np.where(along_x, push * sign, 0.0), np.where(along_x, 0.0, push * sign)
        n = len(points)
        points[:, 0] += np.bincount(a, px, n) - np.bincount(b, px, n)
        points[:, 1] += np.bincount(a, py, n) - np.bincount(b, py, n)
        if attempt % EXPAND_EVERY == EXPAND_EVERY - 1:
            # A crowd whose pushes cancel out gets room: the whole picture grows a little.
            middle = points.mean(axis=0)
            points = middle + (points - middle) * EXPAND_BY
    return _snap(points)


def _snap(points: Array) -> Array:
    """Each card to the nearest free cell of a card-sized grid, in input order."""
    taken: set[tuple[int, int]] = set()
    snapped = np.empty_like(points)
    for index, (x, y) in enumerate(points):
        cx, cy = round(x / COLUMN_PITCH), round(y / ROW_PITCH)
        ring = 0
        while True:
            free = [
                (abs(ddx) + abs(ddy), ddy, ddx)
                for ddy in range(-ring, ring + 1)
                for ddx in range(-ring, ring + 1)
                if max(abs(ddx), abs(ddy)) == ring and (cx + ddx, cy + ddy) not in taken
            ]
            if free:
                _, ddy, ddx = min(free)
                break
            ring += 1
        taken.add((cx + ddx, cy + ddy))
        snapped[index] = ((cx + ddx) * COLUMN_PITCH, (cy + ddy) * ROW_PITCH)
    return snapped


def influence_layout(pursuit_map: PursuitMap, run: CancellableRun) -> dict[int, Point]:
    ids = unique_ids(n.stakeholder_id for n in pursuit_map.nodes)
    if len(ids) <= 1:
        return dict.fromkeys(ids, (0.0, 0.0))
    index = {sid: i for i, sid in enumerate(ids)}
    first: dict[int, MapNode] = {}
    for node in pursuit_map.nodes:
        first.setdefault(node.stakeholder_id, node)
    # Influential members weigh more, so gravity holds them nearer the middle.
    mass = np.array([first[sid].influence / 5 if first[sid].on_committee else 0.1 for sid in ids])
    pos = _start(pursuit_map, ids, run.stage(0.0, 0.05))
    pairs, pull = _ties(pursuit_map, index)
    pos = _spring(pos, pairs, pull, mass, run.stage(0.05, 0.9))
    # Ideal distance k = 1/sqrt(n) becomes SPACING card pitches: x and y scaled apart
    # because cards are wider than tall.
    scale = SPACING * math.sqrt(len(ids))
    points = pos * np.array([COLUMN_PITCH * scale, ROW_PITCH * scale])
    points = remove_overlaps(points, run.stage(0.9, 1.0))
    return {sid: (float(x), float(y)) for sid, (x, y) in zip(ids, points, strict=True)}

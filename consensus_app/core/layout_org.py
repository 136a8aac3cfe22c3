"""The org chart: reporting lines as a tidy tree, managers centred above their reports.

Only `reports_to` edges give ranks; dotted lines are drawn by the canvas but never move
anyone. Each subtree keeps its outline per row (a contour, as in Reingold–Tilford), and a
manager's reports are packed left to right as close as those outlines allow, so a small
team can tuck in beside a deep one. More than `WRAP_AFTER` reports who manage no one wrap
into several rows under their manager. A line to a later row or band runs down a free
column left under the manager (the rows and bands above it are split around it) and then
along the gap above its row (core/layout_common.reporting_elbow), so it passes under no card.
A manager with more than `BAND_AFTER` reports, some
of them managers (a CEO and a dozen directors), gets their teams in bands, one under the
other, as a slide's org chart does; the band width is the one whose picture comes closest
to a 16:10 window, so a real account's chart is not a strip. People with neither manager
nor reports stand in a block to the right of the trees. Everything is linear in people ×
depth (times the band widths tried): 500 people take well under 100 ms, and no input, not
even a reporting loop, makes it run forever.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from consensus_app.core.cancellable import CancellableRun
from consensus_app.core.layout_common import (
    COLUMN_PITCH,
    H_GAP,
    NODE_HEIGHT,
    NODE_WIDTH,
    ROW_PITCH,
    unique_ids,
)
from consensus_app.core.pursuit_map import EdgeKind, Point, PursuitMap

WRAP_AFTER = 5  # more leaf reports than this wrap into rows (eight in one row is a 7:1 strip)
WRAP_MAX_COLUMNS = 6
BAND_AFTER = 4  # more reports than this (some of them managers) may go in bands, one under the other
BAND_COLUMNS = (3, 4, 5, 6, 8, 10, 13, 16, 20, 26)  # band widths tried, in cards
ASPECT = 1.6  # the picture's width / height to aim for: a 16:10 window
TREE_GAP = 2 * H_GAP  # between separate trees, wider than between siblings
CHECK_EVERY = 64  # nodes between cancel checks

Contour = tuple[list[float], list[float]]  # left and right edge per row, from the subtree's top


def reporting_parents(pursuit_map: PursuitMap, ids: list[int]) -> dict[int, int]:
    """Person -> manager from the `reports_to` edges, with any reporting loop cut.

    Bad data is tolerated: the first of several managers wins, self-reporting and unknown
    people are ignored, and in each loop the person who comes first in input order
    becomes a root.
    """
    known = {sid: index for index, sid in enumerate(ids)}
    parent: dict[int, int] = {}
    for edge in pursuit_map.edges:
        if (
            edge.kind is EdgeKind.REPORTS_TO
            and edge.source_id != edge.target_id
            and edge.source_id in known
            and edge.target_id in known
        ):
            parent.setdefault(edge.source_id, edge.target_id)
    done: set[int] = set()
    for start in ids:  # each chain walked once: linear
        path: list[int] = []
        on_path: set[int] = set()
        node: int | None = start
        while node is not None and node not in done and node not in on_path:
            path.append(node)
            on_path.add(node)
            node = parent.get(node)
        if node is not None and node in on_path:
            loop = path[path.index(node) :]
            del parent[min(loop, key=known.__getitem__)]
        done.update(path)
    return parent


def _wrap_shape(count: int) -> tuple[int, int]:
    """(rows, columns) for a wrapped team: balanced rows, at most WRAP_MAX_COLUMNS wide."""
    columns = min(WRAP_MAX_COLUMNS, max(4, math.ceil(math.sqrt(2 * count))))
    rows = math.ceil(count / columns)
    return rows, math.ceil(count / rows)


def _pack(contours: list[Contour], gap: float) -> tuple[list[float], Contour]:
    """Place subtrees left to right as tightly as their contours allow.

    Returns each subtree's x (the first at 0) and the combined contour.
    """
    left, right = list(contours[0][0]), list(contours[0][1])
    xs = [0.0]
    for child_left, child_right in contours[1:]:
        shared = min(len(right), len(child_left))
        x = max(right[row] - child_left[row] for row in range(shared)) + gap
        xs.append(x)
        for row in range(shared):
            left[row] = min(left[row], child_left[row] + x)
            right[row] = max(right[row], child_right[row] + x)
        left.extend(value + x for value in child_left[shared:])
        right.extend(value + x for value in child_right[shared:])
    return xs, (left, right)


@dataclass(frozen=True)
class _Tree:
    children: dict[int, list[int]]
    trees: list[int]  # roots with reports, in input order
    alone: list[int]  # people with neither manager nor reports
    order: list[int]  # every tree's people, managers before their reports


def _tree(pursuit_map: PursuitMap) -> _Tree:
    ids = unique_ids(n.stakeholder_id for n in pursuit_map.nodes)
    parent = reporting_parents(pursuit_map, ids)
    children: dict[int, list[int]] = {sid: [] for sid in ids}
    for sid in ids:
        if sid in parent:
            children[parent[sid]].append(sid)
    roots = [sid for sid in ids if sid not in parent]
    trees = [sid for sid in roots if children[sid]]
    # Pre-order without recursion: a 10,000-deep chain must not hit the recursion limit.
    order: list[int] = []
    stack = list(trees)
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(children[node])
    return _Tree(children, trees, [sid for sid in roots if not children[sid]], order)


def org_chart_layout(pursuit_map: PursuitMap, run: CancellableRun) -> dict[int, Point]:
    """The tidy tree; a manager with more than BAND_AFTER reports gets them in bands, one
    under the other, at the band width whose picture comes closest to ASPECT (16:10)."""
    tree = _tree(pursuit_map)
    run.report(0.05)
    wide = any(
        len(kids) > BAND_AFTER and any(tree.children[k] for k in kids) for kids in tree.children.values()
    )
    widths: list[float | None] = [None, *(k * COLUMN_PITCH for k in BAND_COLUMNS)] if wide else [None]
    best: tuple[float, dict[int, Point]] | None = None
    for index, width in enumerate(widths):
        stage = run.stage(0.05 + 0.95 * index / len(widths), 0.05 + 0.95 * (index + 1) / len(widths))
        placed = _place(tree, width, stage)
        miss = abs(math.log(_aspect(placed) / ASPECT))
        if best is None or miss < best[0] - 1e-9:  # ties keep the wider bands (fewer of them)
            best = (miss, placed)
    assert best is not None
    return best[1]


def _aspect(placed: dict[int, Point]) -> float:
    if not placed:
        return ASPECT
    xs = [x for x, _ in placed.values()]
    ys = [y for _, y in placed.values()]
    return (max(xs) - min(xs) + NODE_WIDTH) / (max(ys) - min(ys) + NODE_HEIGHT)


def _place(tree: _Tree, band_width: float | None, run: CancellableRun) -> dict[int, Point]:
    children, order = tree.children, tree.order
    half = NODE_WIDTH / 2
    offset: dict[int, float] = {}  # x relative to the manager
    row_step: dict[int, int] = {}  # rows below the manager (more than 1 in a wrapped team)
    contour: dict[int, Contour] = {}
    for count, node in enumerate(reversed(order)):
        if count % CHECK_EVERY == 0:
            run.report(0.8 * count / max(1, len(order)))
        kids = children[node]
        if not kids:
            contour[node] = ([-half], [half])
        elif len(kids) > WRAP_AFTER and not any(children[k] for k in kids):
            rows, columns = _wrap_shape(len(kids))
            left, right = [-half], [half]
            for row in range(rows):
                in_row = kids[row * columns : (row + 1) * columns]
                xs = _row_xs(len(in_row), corridor=row < rows - 1)
                for kid, x in zip(in_row, xs, strict=True):
                    offset[kid] = x
                    row_step[kid] = 1 + row
                left.append(min(xs[0] - half, -H_GAP / 2))  # the free column is the team's
                right.append(max(xs[-1] + half, H_GAP / 2))
            contour[node] = (left, right)
        else:
            banded = len(kids) > BAND_AFTER and any(children[k] for k in kids)
            bands = _bands(kids, contour, band_width if banded else None)
            left, right = [-half], [half]
            for number, band in enumerate(bands):  # each under the manager, below the one before
                if number < len(bands) - 1:
                    xs, (band_left, band_right) = _split_band([contour[k] for k in band])
                else:  # the last band: centred, no line runs below it
                    xs, (band_left, band_right) = _pack([contour[k] for k in band], H_GAP)
                    middle = (xs[0] + xs[-1]) / 2
                    xs = [x - middle for x in xs]
                    band_left = [v - middle for v in band_left]
                    band_right = [v - middle for v in band_right]
                for kid, x in zip(band, xs, strict=True):
                    offset[kid] = x
                    row_step[kid] = len(left)
                left.extend(band_left)
                right.extend(band_right)
            contour[node] = (left, right)
        for kid in kids:
            contour.pop(kid, None)

    placed: dict[int, Point] = {}
    rows_of: dict[int, int] = {}
    trees = tree.trees
    tree_xs, (_, right_edge) = _pack([contour[t] for t in trees], TREE_GAP) if trees else ([], ([], []))
    run.report(0.85)
    for root, x in zip(trees, tree_xs, strict=True):
        placed[root], rows_of[root] = (x, 0.0), 0
        stack = [root]
        while stack:
            node = stack.pop()
            x0 = placed[node][0]
            for kid in children[node]:
                rows_of[kid] = rows_of[node] + row_step[kid]
                placed[kid] = (x0 + offset[kid], rows_of[kid] * ROW_PITCH)
                stack.append(kid)

    alone = tree.alone
    if alone:
        # People without reporting lines: a block beside the trees, about as tall as wide.
        columns = max(1, math.ceil(math.sqrt(len(alone) * ROW_PITCH / COLUMN_PITCH)))
        start = (max(right_edge) + TREE_GAP + half) if right_edge else 0.0
        for index, sid in enumerate(alone):
            placed[sid] = (start + (index % columns) * COLUMN_PITCH, (index // columns) * ROW_PITCH)
    return placed


def _row_xs(count: int, corridor: bool) -> list[float]:
    """Card centres of a wrapped row, relative to the manager: centred, or (`corridor`) split
    half left, half right of a free column under the manager for the lines to later rows."""
    if not corridor:
        first = -(count - 1) / 2 * COLUMN_PITCH
        return [first + column * COLUMN_PITCH for column in range(count)]
    on_left = (count + 1) // 2
    side = H_GAP / 2 + NODE_WIDTH / 2  # centre of the card next to the corridor
    return [-side - (on_left - 1 - i) * COLUMN_PITCH for i in range(on_left)] + [
        side + j * COLUMN_PITCH for j in range(count - on_left)
    ]


def _split_band(contours: list[Contour]) -> tuple[list[float], Contour]:
    """A band with a later band below it: its first half packed left of a free column under
    the manager (x = 0) and the rest right of it, down its whole depth, so the reporting lines
    to the later bands run down that column and pass under no card."""
    sizes = [max(right) - min(left) for left, right in contours]
    total, before = sum(sizes), [0.0]
    for size in sizes:
        before.append(before[-1] + size)
    # Split where the halves are closest in width, so the manager stays near the band's middle.
    on_left = min(range(1, len(contours) + 1), key=lambda k: (abs(total - 2 * before[k]), k))
    left_xs, (left_l, left_r) = _pack(contours[:on_left], H_GAP)
    shift = -H_GAP / 2 - max(left_r)
    xs = [x + shift for x in left_xs]
    lefts, rights = [v + shift for v in left_l], [v + shift for v in left_r]
    if on_left < len(contours):
        right_xs, (right_l, right_r) = _pack(contours[on_left:], H_GAP)
        shift = H_GAP / 2 - min(right_l)
        xs += [x + shift for x in right_xs]
        for row, (low, high) in enumerate(zip(right_l, right_r, strict=True)):
            if row < len(lefts):
                rights[row] = high + shift  # the right half is right of the left at every row
            else:
                lefts.append(low + shift)
                rights.append(high + shift)
    # The column itself stays free of whatever is packed beside this team (another tree).
    depth = len(lefts)
    return xs, ([min(v, -H_GAP / 2) for v in lefts[:depth]], [max(v, H_GAP / 2) for v in rights[:depth]])


def _bands(kids: list[int], contour: dict[int, Contour], width: float | None) -> list[list[int]]:
    """Consecutive reports in bands no wider than `width` (each holds one at least); None: one band."""
    if width is None:
        return [kids]
    bands: list[list[int]] = [[]]
    used = 0.0
    for kid in kids:
        left, right = contour[kid]
        size = max(right) - min(left)
        if bands[-1] and used + H_GAP + size > width:
            bands.append([])
            used = 0.0
        used += size + (H_GAP if bands[-1] else 0.0)
        bands[-1].append(kid)
    return bands

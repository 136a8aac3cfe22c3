"""Which cards go on which map slide, and where: the committee first, then the rest of the account.

The first map slides show the committee view (core/committee_view.py: the members and the
people who link them), laid out afresh in the chosen layout; later slides show everyone else
in the account as an org chart. A map whose cards would be smaller than MIN_CARD_INCHES on one
slide is cut into tiles, one slide each in reading order; every card is on exactly one slide,
whole, so each person can be moved and edited once.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

from consensus_app.core.committee_view import committee_view, restrict
from consensus_app.core.layouts import NODE_HEIGHT, NODE_WIDTH, LayoutName, compute_layout
from consensus_app.core.pursuit_map import MapEdge, MapNode, Point, PursuitMap
from consensus_app.exporters.map_source import MapSource
from consensus_app.i18n import N_, _

MIN_CARD_INCHES = 1.5  # a card's width at the smallest scale its three lines still read
MAX_CARD_INCHES = 2.3  # a small committee is not blown up beyond this
TALL = 1.3  # cards grow this much taller than the layout's where it leaves room (text fits)
CARD_GAP = 10.0  # scene pixels kept between a taller card and the one below it


@dataclass(frozen=True)
class MapPage:
    """One map slide: its title, its cards (centres in inches from the map area's corner)."""

    title: str
    nodes: list[MapNode]
    centres: dict[int, Point]
    edges: list[MapEdge]
    inches_per_px: float
    card_height_px: float = NODE_HEIGHT
    # People whose manager is on another slide (or off these slides): the manager's name, so a
    # reporting line cut by the split is still told on the card.
    managers_elsewhere: dict[int, str] = field(default_factory=dict)

    @property
    def card_size(self) -> Point:
        return NODE_WIDTH * self.inches_per_px, self.card_height_px * self.inches_per_px


def map_pages(source: MapSource, room: Point) -> list[MapPage]:
    """The map slides for `source` in an area of `room` (width, height) inches."""
    whole = source.pursuit_map
    if all(n.on_committee for n in whole.nodes):  # everyone is on the committee: nothing to sift
        return _tiles(whole, source.positions, room, COMMITTEE_MAP, whole)
    view = committee_view(whole)
    shown = restrict(whole, view.shown)
    if len(shown.nodes) == len(whole.nodes):
        return _tiles(shown, source.positions, room, COMMITTEE_MAP, whole)
    pages = _tiles(shown, compute_layout(source.layout, shown), room, COMMITTEE_MAP, whole)
    rest = restrict(whole, [n.stakeholder_id for n in whole.nodes if n.stakeholder_id not in set(view.shown)])
    rest_positions = compute_layout(LayoutName.ORG, rest)
    return pages + _tiles(rest, rest_positions, room, N_("The rest of the account"), whole)


COMMITTEE_MAP = N_("Committee map")  # titles are marked here and shown in the deck's language


def _tiles(
    pursuit_map: PursuitMap, positions: dict[int, Point], room: Point, title: str, whole: PursuitMap
) -> list[MapPage]:
    names = {n.stakeholder_id: n.name for n in whole.nodes}
    nodes = [n for n in pursuit_map.nodes if n.stakeholder_id in positions]
    if not nodes:
        return [MapPage(_(title), [], {}, [], MIN_CARD_INCHES / NODE_WIDTH)] if title == COMMITTEE_MAP else []
    xs = [positions[n.stakeholder_id][0] for n in nodes]
    ys = [positions[n.stakeholder_id][1] for n in nodes]
    left, top = min(xs), min(ys)
    span_x, span_y = max(xs) - left, max(ys) - top  # between card centres
    tall = NODE_HEIGHT * TALL
    fit = min(room[0] / (span_x + NODE_WIDTH), room[1] / (span_y + tall))
    scale = min(fit, MAX_CARD_INCHES / NODE_WIDTH)
    least = MIN_CARD_INCHES / NODE_WIDTH
    if scale >= least:
        columns = rows = 1
        step_x, step_y = math.inf, math.inf
    else:
        scale = least
        step_x = room[0] / scale - NODE_WIDTH  # the span of centres one slide holds
        step_y = room[1] / scale - tall
        columns = math.floor(span_x / step_x) + 1
        rows = math.floor(span_y / step_y) + 1
        # Equal parts rather than full slides and a thin last one.
        step_x = max(step_x / 2, span_x / columns) * (1 + 1e-9)
        step_y = max(step_y / 2, span_y / rows) * (1 + 1e-9)
    cells: dict[tuple[int, int], list[MapNode]] = {}
    for node in nodes:
        x, y = positions[node.stakeholder_id]
        cell = (min(rows - 1, int((y - top) // step_y)), min(columns - 1, int((x - left) // step_x)))
        cells.setdefault(cell, []).append(node)
    parts = sorted(cells)
    pages = []
    for number, cell in enumerate(parts, start=1):
        members = cells[cell]
        ids = {n.stakeholder_id for n in members}
        corner_x = min(positions[i][0] for i in ids) - NODE_WIDTH / 2
        corner_y = min(positions[i][1] for i in ids) - tall / 2
        centres = {
            i: ((positions[i][0] - corner_x) * scale, (positions[i][1] - corner_y) * scale) for i in ids
        }
        edges = [e for e in pursuit_map.edges if e.source_id in ids and e.target_id in ids]
        named = (
            _(title)
            if len(parts) == 1
            else _("{title} (part {number} of {count})").format(
                title=_(title), number=number, count=len(parts)
            )
        )
        height = card_height({i: positions[i] for i in ids})
        elsewhere = {
            n.stakeholder_id: names[n.reports_to_id]
            for n in members
            if n.reports_to_id is not None and n.reports_to_id in names and n.reports_to_id not in ids
        }
        pages.append(MapPage(named, members, centres, edges, scale, height, elsewhere))
    return pages


def card_height(centres: dict[int, Point]) -> float:
    """The tallest a card can be (up to TALL times the layout's) without touching a card above or
    below it: org charts leave room between rows, an influence picture may not."""
    height = NODE_HEIGHT * TALL
    ordered = sorted(centres.values(), key=lambda p: p[1])
    ys = [p[1] for p in ordered]
    for index, (x, y) in enumerate(ordered):
        end = bisect.bisect_right(ys, y + height + CARD_GAP, lo=index + 1)
        for other_x, other_y in ordered[index + 1 : end]:
            if abs(other_x - x) < NODE_WIDTH and other_y > y:
                height = max(NODE_HEIGHT, min(height, other_y - y - CARD_GAP))
    return height

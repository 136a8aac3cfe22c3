"""The power / stance grid: where each committee member stands, and how much they weigh.

Five columns by stance (−2 opposed on the left … +2 advocate on the right) and five rows
by influence (5 at the top … 1 at the bottom). People sharing a cell are packed in a small
grid inside it, in input order; every cell is as large as the fullest one needs, so the
columns and rows line up and nothing overlaps. People who are not on this pursuit's
committee have no stance or influence: they sit in a strip below the grid.

The canvas draws the regions from `grid_quadrants` behind the cards. They share the cards'
coordinates (the grid's top-left corner, headers included, is at 0, 0):

- four quadrants, split at influence 4 (4 and 5 are high) and on either side of the neutral
  column: "Champions to mobilise" (high influence, supportive), "Risks to neutralise" (high
  influence, opposed), "Supporters to activate" (lower influence, supportive) and "Critics
  to watch" (lower influence, opposed);
- the neutral column, "Undecided: win them over", a band of its own so no card straddles
  a quadrant line;
- the strip "Not on this committee", only when someone is outside the committee;
- axis captions: a header per column ("Opposed −2" …), per row ("Influence 5" …), and the
  two axis titles, as rectangles for text only.
Each region's label belongs at its top-left; cells keep `LABEL_BAND` free at their top.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from consensus_app.core.cancellable import CancellableRun
from consensus_app.core.layout_common import NODE_HEIGHT, NODE_WIDTH
from consensus_app.core.pursuit_map import MapNode, Point, PursuitMap

STANCES = (-2, -1, 0, 1, 2)  # left to right
INFLUENCES = (5, 4, 3, 2, 1)  # top to bottom
STANCE_CAPTIONS = {-2: "Opposed", -1: "Skeptical", 0: "Neutral", 1: "Supportive", 2: "Advocate"}
HIGH_INFLUENCE = 4  # this and above is the upper half of the grid

CARD_GAP = 24.0  # between cards sharing a cell
CELL_PADDING = 20.0  # inside each cell's edges, so neighbouring cells' cards stay apart
LABEL_BAND = 32.0  # free at the top of each cell for region labels
TITLE_HEIGHT = 32.0  # the stance axis title, above the column headers
HEADER_HEIGHT = 40.0  # column headers
HEADER_WIDTH = 150.0  # row headers and the influence axis title, left of the grid
TITLE_WIDTH = 40.0
STRIP_GAP = 48.0  # between the grid and the strip of non-members


class RegionKind(StrEnum):
    QUADRANT = "quadrant"
    NEUTRAL = "neutral"  # the undecided column
    OUTSIDE = "outside"  # not on this committee
    AXIS = "axis"  # captions: text only, no fill


@dataclass(frozen=True)
class Quadrant:
    """A labelled rectangle the canvas draws behind the power / stance grid (scene pixels)."""

    label: str
    x: float
    y: float
    width: float
    height: float
    kind: RegionKind = RegionKind.QUADRANT


@dataclass(frozen=True)
class _Geometry:
    columns: int  # card columns inside a cell
    cell_width: float
    cell_height: float
    left: float  # the grid's cells start here
    top: float
    strip_columns: int
    strip_rows: int

    @property
    def width(self) -> float:
        return self.cell_width * len(STANCES)

    @property
    def height(self) -> float:
        return self.cell_height * len(INFLUENCES)

    @property
    def strip_top(self) -> float:
        return self.top + self.height + STRIP_GAP


def _cell(node: MapNode) -> tuple[int, int]:
    """(column, row) of a member's cell; out-of-range values are clamped."""
    stance = min(2, max(-2, node.stance))
    influence = min(5, max(1, node.influence))
    return STANCES.index(stance), INFLUENCES.index(influence)


def _people(pursuit_map: PursuitMap) -> tuple[dict[tuple[int, int], list[int]], list[int]]:
    cells: dict[tuple[int, int], list[int]] = {}
    outside: list[int] = []
    seen: set[int] = set()
    for node in pursuit_map.nodes:
        if node.stakeholder_id in seen:
            continue
        seen.add(node.stakeholder_id)
        if node.on_committee:
            cells.setdefault(_cell(node), []).append(node.stakeholder_id)
        else:
            outside.append(node.stakeholder_id)
    return cells, outside


def _geometry(cells: dict[tuple[int, int], list[int]], outside: int) -> _Geometry:
    pitch_x, pitch_y = NODE_WIDTH + CARD_GAP, NODE_HEIGHT + CARD_GAP
    fullest = max((len(people) for people in cells.values()), default=1)
    columns = max(1, math.ceil(math.sqrt(fullest * pitch_y / pitch_x)))  # cells about square
    rows = math.ceil(fullest / columns)
    cell_width = columns * pitch_x - CARD_GAP + 2 * CELL_PADDING
    cell_height = LABEL_BAND + rows * pitch_y - CARD_GAP + 2 * CELL_PADDING
    strip_columns = max(1, int((cell_width * len(STANCES) - 2 * CELL_PADDING + CARD_GAP) // pitch_x))
    return _Geometry(
        columns=columns,
        cell_width=cell_width,
        cell_height=cell_height,
        left=TITLE_WIDTH + HEADER_WIDTH,
        top=TITLE_HEIGHT + HEADER_HEIGHT,
        strip_columns=strip_columns,
        strip_rows=math.ceil(outside / strip_columns),
    )


def _fill(people: list[int], columns: int, left: float, top: float, width: float) -> dict[int, Point]:
    """Cards row by row from `top`, each row centred in `width`."""
    pitch_x, pitch_y = NODE_WIDTH + CARD_GAP, NODE_HEIGHT + CARD_GAP
    placed: dict[int, Point] = {}
    for start in range(0, len(people), columns):
        row = people[start : start + columns]
        first = left + (width - (len(row) * pitch_x - CARD_GAP)) / 2 + NODE_WIDTH / 2
        y = top + (start // columns) * pitch_y + NODE_HEIGHT / 2
        for column, sid in enumerate(row):
            placed[sid] = (first + column * pitch_x, y)
    return placed


def grid_layout(pursuit_map: PursuitMap, run: CancellableRun) -> dict[int, Point]:
    cells, outside = _people(pursuit_map)
    shape = _geometry(cells, len(outside))
    placed: dict[int, Point] = {}
    for count, ((column, row), people) in enumerate(sorted(cells.items())):
        run.report(count / 26)
        left = shape.left + column * shape.cell_width
        top = shape.top + row * shape.cell_height + LABEL_BAND + CELL_PADDING
        placed.update(_fill(people, shape.columns, left, top, shape.cell_width))
    strip_top = shape.strip_top + LABEL_BAND + CELL_PADDING
    placed.update(_fill(outside, shape.strip_columns, shape.left, strip_top, shape.width))
    return {sid: (round(x, 1), round(y, 1)) for sid, (x, y) in placed.items()}


def grid_quadrants(pursuit_map: PursuitMap) -> list[Quadrant]:
    """The rectangles and captions behind the grid, in drawing order (see the module's doc)."""
    cells, outside = _people(pursuit_map)
    g = _geometry(cells, len(outside))
    high_rows = sum(1 for level in INFLUENCES if level >= HIGH_INFLUENCE)
    low_rows = len(INFLUENCES) - high_rows
    side = 2 * g.cell_width  # two stance columns on each side of neutral
    middle = g.top + high_rows * g.cell_height
    right = g.left + 3 * g.cell_width
    regions = [
        Quadrant("Risks to neutralise", g.left, g.top, side, high_rows * g.cell_height),
        Quadrant("Champions to mobilise", right, g.top, side, high_rows * g.cell_height),
        Quadrant("Critics to watch", g.left, middle, side, low_rows * g.cell_height),
        Quadrant("Supporters to activate", right, middle, side, low_rows * g.cell_height),
        Quadrant(
            "Undecided: win them over", g.left + side, g.top, g.cell_width, g.height, RegionKind.NEUTRAL
        ),
    ]
    if outside:
        height = LABEL_BAND + g.strip_rows * (NODE_HEIGHT + CARD_GAP) - CARD_GAP + 2 * CELL_PADDING
        regions.append(
            Quadrant("Not on this committee", g.left, g.strip_top, g.width, height, RegionKind.OUTSIDE)
        )
    axis = RegionKind.AXIS
    regions.append(Quadrant("Stance: opposed → advocate", g.left, 0.0, g.width, TITLE_HEIGHT, axis))
    regions.append(Quadrant("Influence ↑", 0.0, g.top, TITLE_WIDTH, g.height, axis))
    for column, stance in enumerate(STANCES):
        caption = f"{STANCE_CAPTIONS[stance]} {stance:+d}" if stance else "Neutral 0"
        x = g.left + column * g.cell_width
        regions.append(
            Quadrant(caption.replace("-", "−"), x, TITLE_HEIGHT, g.cell_width, HEADER_HEIGHT, axis)
        )
    for row, level in enumerate(INFLUENCES):
        y = g.top + row * g.cell_height
        regions.append(Quadrant(f"Influence {level}", TITLE_WIDTH, y, HEADER_WIDTH, g.cell_height, axis))
    return regions

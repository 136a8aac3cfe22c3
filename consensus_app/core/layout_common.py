"""What every map layout shares: card sizes and a few geometry helpers.

Progress and cancel, which themes and exports share too, are in `core/cancellable.py`.

Layouts place card *centres* in scene pixels. Two cards overlap when their centres are closer
than a card's width horizontally and its height vertically. Every layout leaves gaps between
cards (the org chart the full gaps below, so reporting lines have room).
"""

from __future__ import annotations

from collections.abc import Iterable

from consensus_app.core.pursuit_map import Point

# The widest card the canvas draws (influence 5: 230 px; ui/map/card.py) and its height
# (66 px) rounded up: slots this big hold any card.
NODE_WIDTH = 230.0
NODE_HEIGHT = 70.0
H_GAP = 30.0  # between cards side by side
V_GAP = 60.0  # between rows of cards (room for reporting lines in the org chart)
COLUMN_PITCH = NODE_WIDTH + H_GAP
ROW_PITCH = NODE_HEIGHT + V_GAP


def to_origin(positions: dict[int, Point]) -> dict[int, Point]:
    """Shift so the cards' bounding box starts at (0, 0), and round to 0.1 px.

    Rounding keeps results identical across runs even where floating-point sums differ
    in their last bits; every layout keeps gaps far larger than 0.1 px.
    """
    if not positions:
        return {}
    left = min(x for x, _ in positions.values()) - NODE_WIDTH / 2
    top = min(y for _, y in positions.values()) - NODE_HEIGHT / 2
    return {key: (round(x - left, 1), round(y - top, 1)) for key, (x, y) in positions.items()}


def overlapping_pairs(positions: dict[int, Point]) -> list[tuple[int, int]]:
    """Pairs of cards that overlap (a sweep over x; for tests and the layouts' own checks)."""
    ordered = sorted(positions.items(), key=lambda item: item[1][0])
    found: list[tuple[int, int]] = []
    for i, (a, (ax, ay)) in enumerate(ordered):
        for b, (bx, by) in ordered[i + 1 :]:
            if bx - ax >= NODE_WIDTH - 1e-6:
                break
            if abs(by - ay) < NODE_HEIGHT - 1e-6:
                found.append((a, b))
    return found


def unique_ids(ids: Iterable[int]) -> list[int]:
    """Stakeholder ids in input order, each once (a repeated id keeps its first place)."""
    return list(dict.fromkeys(ids))


Box = tuple[float, float, float, float]  # a card's left, top, width, height


def reporting_elbow(report: Box, manager: Box) -> list[Point] | None:
    """The reporting line as an org chart draws it, when the manager sits wholly above.

    Up from the report's top into the gap above its row, along that gap, and up into the
    manager's bottom: the gaps between rows hold no cards, so the line passes under none
    as long as the layout leaves a free column below the manager (layout_org's corridor).
    None when the manager is not above (the canvas then draws a straight line). The window
    and the exports both call this, so they draw the same line to the last bit.
    """
    r_left, r_top, r_width, r_height = report
    m_left, m_top, m_width, m_height = manager
    m_bottom = m_top + m_height
    if m_bottom >= r_top:
        return None
    rx, tx = r_left + r_width / 2, m_left + m_width / 2
    # Mid-gap above the report's row; when the cards were dragged close, halfway between them.
    bus = max(r_top + r_height / 2 - ROW_PITCH / 2, (m_bottom + r_top) / 2)
    start, end = (rx, r_top - 1.5), (tx, m_bottom + 1.5)  # a hair outside the borders
    if rx == tx:
        return [start, end]
    return [start, (rx, bus), (tx, bus), end]

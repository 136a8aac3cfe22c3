"""Org chart: no reporting line runs under a card that is not its end (Qt-free).

A line under someone else's card reads as "reports to the wrong boss". The lines are the ones
the window and the exports draw (core/layout_common.reporting_elbow), the cards as large as the
largest card, on wide charts: a manager with 18 reports, two levels, 56–120 people, and a
committee where reports of people left out float up to the CEO.
"""

from __future__ import annotations

import itertools

import pytest

from consensus_app.core import layouts
from consensus_app.core.committee_view import committee_map
from consensus_app.core.layout_common import NODE_HEIGHT, NODE_WIDTH, Box, reporting_elbow
from consensus_app.core.pursuit_map import EdgeKind, Point, PursuitMap
from tests.large_accounts import ACCOUNT_32, ACCOUNT_120
from tests.test_committee_view import document_map
from tests.test_layouts import chart


def box(at: Point) -> Box:
    return (at[0] - NODE_WIDTH / 2, at[1] - NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT)


def crosses(a: Point, b: Point, card: Box) -> bool:
    """Whether the axis-parallel segment a–b passes through the card's inside."""
    left, top, width, height = card
    low_x, high_x = sorted((a[0], b[0]))
    low_y, high_y = sorted((a[1], b[1]))
    return low_x < left + width and high_x > left and low_y < top + height and high_y > top


def lines_under_cards(pursuit_map: PursuitMap) -> list[tuple[int, int, int]]:
    """(report, manager, card crossed) for every reporting line that runs under another card."""
    positions = layouts.compute_layout(layouts.LayoutName.ORG, pursuit_map)
    assert layouts.overlapping_pairs(positions) == []
    found = []
    for edge in pursuit_map.edges:
        if edge.kind is not EdgeKind.REPORTS_TO:
            continue
        route = reporting_elbow(box(positions[edge.source_id]), box(positions[edge.target_id]))
        assert route is not None, "a manager sits above their reports"
        for sid, at in positions.items():
            if sid in (edge.source_id, edge.target_id):
                continue
            if any(crosses(a, b, box(at)) for a, b in itertools.pairwise(route)):
                found.append((edge.source_id, edge.target_id, sid))
    return found


def wide_chart(directors: int, teams: dict[int, int], floated: int = 0) -> PursuitMap:
    """A CEO (0) with `directors` reports; director d leads teams[d] people; `floated` more
    people report straight to the CEO (their own managers were left out); and beside them a
    small tree of a manager and four reports."""
    managers: dict[int, int | None] = {0: None}
    managers.update({d: 0 for d in range(1, directors + 1)})
    next_id = 100
    for director, size in teams.items():
        for _ in range(size):
            managers[next_id] = director
            next_id += 1
    for _ in range(floated):
        managers[next_id] = 0
        next_id += 1
    # Another tree packed beside the CEO's, as where a manager's manager is not on the map.
    managers[next_id] = None
    managers.update({next_id + k: next_id for k in range(1, 5)})
    return chart(managers)


@pytest.mark.parametrize(
    ("directors", "teams", "floated"),
    [
        (18, {}, 0),  # one manager, 18 reports who manage no one: wrapped rows
        (18, {2: 3, 5: 2, 9: 4, 11: 1, 14: 3, 17: 2}, 0),  # 6 of 18 lead teams: bands
        (18, {d: 2 for d in range(1, 19)}, 0),  # every director leads two
        (6, {1: 2, 2: 1, 3: 3}, 3),  # a committee of ~10: three reports floated up to the CEO
        (12, {1: 3, 4: 2, 6: 5}, 9),  # the CEO with 21 reports after two managers were forgotten
    ],
)
def test_no_reporting_line_runs_under_a_card_on_a_wide_chart(
    directors: int, teams: dict[int, int], floated: int
) -> None:
    assert lines_under_cards(wide_chart(directors, teams, floated)) == []


@pytest.mark.parametrize("account", [(56, 10), ACCOUNT_32, ACCOUNT_120])
@pytest.mark.parametrize("view", ["everyone", "committee"])
def test_no_reporting_line_runs_under_a_card_on_a_real_account(account: tuple[int, int], view: str) -> None:
    everyone = document_map(*account)
    pursuit_map = everyone if view == "everyone" else committee_map(everyone)
    assert lines_under_cards(pursuit_map) == []


def test_the_lines_go_down_from_the_manager_and_along_the_gap_above_the_row() -> None:
    below = reporting_elbow((0.0, 130.0, 230.0, 66.0), (260.0, 0.0, 230.0, 66.0))
    assert below == [(115.0, 128.5), (115.0, 98.0), (375.0, 98.0), (375.0, 67.5)]
    beside = reporting_elbow((0.0, 20.0, 230.0, 66.0), (260.0, 0.0, 230.0, 66.0))
    assert beside is None  # the canvas draws a straight line

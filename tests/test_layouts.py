"""The three map layouts: deterministic, never overlapping, and faithful to what they show."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

from consensus_app.core.map_layouts import (
    NODE_HEIGHT,
    NODE_WIDTH,
    LayoutCancelled,
    LayoutName,
    compute_layout,
    grid_regions,
)
from consensus_app.core.pursuit_map import EdgeKind, MapEdge, MapNode, Point, PursuitMap
from models import Function, Profile
from tests.conftest import SHARED_DATA

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from large_map import large_pursuit_map


def _node(
    i: int, manager: int | None = None, stance: int = 0, influence: int = 3, member: bool = True
) -> MapNode:
    return MapNode(
        i,
        f"s-{i}",
        f"Person {i}",
        None,
        Function.OTHER,
        Profile.UNKNOWN,
        manager,
        member_id=i if member else None,
        stance=stance,
        influence=influence,
    )


def _map(nodes: list[MapNode], ties: list[MapEdge] = ()) -> PursuitMap:  # type: ignore[assignment]
    edges = [
        MapEdge(n.stakeholder_id, n.reports_to_id, EdgeKind.REPORTS_TO) for n in nodes if n.reports_to_id
    ]
    return PursuitMap(1, 1, "test", nodes, edges + list(ties))


def _overlaps(points: dict[int, Point]) -> list[tuple[int, int]]:
    return [
        (a, b)
        for (a, pa), (b, pb) in itertools.combinations(points.items(), 2)
        if abs(pa[0] - pb[0]) < NODE_WIDTH and abs(pa[1] - pb[1]) < NODE_HEIGHT
    ]


SMALL = _map(
    [
        _node(1),
        _node(2, 1, 2, 5),
        _node(3, 1, -2, 4),
        _node(4, 2, 1, 2),
        _node(5, 2, 0, 1),
        _node(6, None, 1, 3),
        _node(7, 3, member=False),
    ],
    [
        MapEdge(4, 3, EdgeKind.CONFLICTS, 3, 1),
        MapEdge(5, 6, EdgeKind.ALLIES, 2, 2),
        MapEdge(3, 2, EdgeKind.INFLUENCES, 2, 3),
    ],
)


@pytest.mark.parametrize("name", list(LayoutName))
@pytest.mark.parametrize("pursuit_map", [SMALL, large_pursuit_map()], ids=["small", "500 people"])
def test_every_layout_places_everyone_without_overlap_and_the_same_way_twice(
    name: LayoutName, pursuit_map: PursuitMap
) -> None:
    first = compute_layout(name, pursuit_map)
    assert set(first) == {n.stakeholder_id for n in pursuit_map.nodes}
    assert _overlaps(first) == []
    assert compute_layout(name, pursuit_map) == first


def test_the_org_chart_puts_managers_above_their_reports_and_roots_side_by_side() -> None:
    points = compute_layout("org", SMALL)
    for node in SMALL.nodes:
        if node.reports_to_id:
            assert points[node.reports_to_id][1] < points[node.stakeholder_id][1]
    assert points[1][1] == points[6][1]  # two roots on the top row
    assert points[2][0] < points[1][0] < points[3][0]  # the CEO centred over the team


def test_dotted_lines_do_not_change_ranks() -> None:
    with_dotted = _map(SMALL.nodes, [MapEdge(5, 6, EdgeKind.DOTTED_LINE, 2, 9)])
    assert compute_layout("org", with_dotted) == compute_layout("org", SMALL)


def test_a_wide_team_of_leaves_wraps_into_rows() -> None:
    team = _map([_node(1)] + [_node(i, 1) for i in range(2, 22)])
    points = compute_layout("org", team)
    rows = {y for i, (_x, y) in points.items() if i != 1}
    assert len(rows) == 4  # 20 reports in rows of six


def test_a_reporting_cycle_cannot_hang_the_layout() -> None:
    loop = PursuitMap(1, 1, "loop", [_node(1, 3), _node(2, 1), _node(3, 2)], [])
    assert len(compute_layout("org", loop)) == 3


def test_the_krackhardt_company_has_its_ceo_alone_on_top_and_four_vps_below() -> None:
    lines = (SHARED_DATA / "krackhardt" / "Krack-High-Tec-edgelist-ReportsTo.txt").read_text().split("\n")
    manager: dict[int, int | None] = {i: None for i in range(1, 22)}
    for line in lines:
        parts = line.split()
        if len(parts) == 3 and parts[2] == "1" and parts[0] != parts[1]:
            manager[int(parts[0])] = int(parts[1])
    points = compute_layout("org", _map([_node(i, manager[i]) for i in range(1, 22)]))
    top = min(y for _x, y in points.values())
    second = sorted({y for _x, y in points.values()})[1]
    assert [i for i, (_x, y) in points.items() if y == top] == [7]
    assert sorted(i for i, (_x, y) in points.items() if y == second) == [2, 14, 18, 21]


def test_the_grid_orders_stance_left_to_right_and_influence_top_to_bottom() -> None:
    points = compute_layout("grid", SMALL)
    assert points[3][0] < points[1][0] < points[2][0]  # opposed, neutral, advocate
    assert points[2][1] < points[4][1]  # influence 5 above influence 2
    assert points[7][1] > max(y for i, (_x, y) in points.items() if i != 7)  # outsiders at the bottom
    labels = [r.label for r in grid_regions(SMALL)]
    assert labels[-1] == "Not on this committee" and any("Champions" in label for label in labels)


def test_a_long_layout_reports_progress_and_can_be_cancelled() -> None:
    seen: list[float] = []
    compute_layout("influence", SMALL, progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(LayoutCancelled):
        compute_layout("influence", large_pursuit_map(), should_stop=lambda: True)

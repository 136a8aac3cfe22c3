"""The three map layouts: deterministic, never overlapping, and faithful to what they show."""

from __future__ import annotations

import itertools
import statistics
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from consensus_app.core import layouts
from consensus_app.core.cancellable import CancellableRun, Cancelled
from consensus_app.core.interchange import load_document
from consensus_app.core.layout_common import COLUMN_PITCH
from consensus_app.core.layout_influence import SEPARATION, _snap, remove_overlaps
from consensus_app.core.pursuit_map import EdgeKind, MapEdge, MapNode, Point, PursuitMap, build_pursuit_map
from consensus_app.resources import DEMO_WORKSPACE, resource_path
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import open_workspace
from models import Function, Profile

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from large_map import large_pursuit_map

ALL = list(layouts.LayoutName)


def person(sid: int, *, stance: int | None = 0, influence: int = 3, manager: int | None = None) -> MapNode:
    """A stakeholder; stance None means not on the committee."""
    return MapNode(
        stakeholder_id=sid,
        key=f"s-{sid}",
        name=f"Person {sid}",
        title=None,
        function=Function.OPERATIONS,
        profile=Profile.UNKNOWN,
        reports_to_id=manager,
        member_id=None if stance is None else 1000 + sid,
        stance=stance or 0,
        influence=influence,
    )


def chart(managers: dict[int, int | None], ties: list[MapEdge] | None = None) -> PursuitMap:
    """A map of everyone in `managers` (person -> manager), in that order, plus ties."""
    nodes = [person(sid, manager=boss) for sid, boss in managers.items()]
    edges = [MapEdge(sid, boss, EdgeKind.REPORTS_TO) for sid, boss in managers.items() if boss is not None]
    return PursuitMap(1, 1, "test", nodes, edges + (ties or []))


KRACKHARDT = "krackhardt/Krack-High-Tec-edgelist-ReportsTo.txt"


def krackhardt(edge_list: Path) -> PursuitMap:
    managers: dict[int, int | None] = dict.fromkeys(range(1, 22))
    text = edge_list.read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip():
            sender, receiver, tie = (int(v) for v in line.split())
            if tie:
                managers[sender] = receiver
    return chart(managers)


@pytest.fixture(scope="module")
def demo_maps(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[PursuitMap]]:
    """Every pursuit of the built-in demo, built the way the app builds it."""
    ws = open_workspace(str(tmp_path_factory.mktemp("demo") / "demo.db"), actor="tester")
    import_document(ws, load_document(resource_path(*DEMO_WORKSPACE)))
    maps = []
    for account in ws.repos.accounts.list():
        snapshot = ws.repos.accounts.snapshot(account.id)
        maps += [build_pursuit_map(snapshot, pursuit.id) for pursuit in snapshot.pursuits]
    ws.close()
    yield maps


@pytest.fixture(scope="module")
def large() -> PursuitMap:
    return large_pursuit_map()


def assert_no_overlap(positions: dict[int, Point]) -> None:
    assert layouts.overlapping_pairs(positions) == []
    # And the same by brute force, so the sweep itself is checked.
    items = list(positions.items())
    for i, (a, (ax, ay)) in enumerate(items):
        for b, (bx, by) in items[i + 1 :]:
            assert abs(ax - bx) >= layouts.NODE_WIDTH or abs(ay - by) >= layouts.NODE_HEIGHT, (a, b)


# --- every layout ----------------------------------------------------------------------------


def test_layout_names_have_labels_for_the_ui() -> None:
    assert [(n.value, n.label) for n in layouts.LayoutName] == [
        ("org", "Org chart"),
        ("influence", "Influence"),
        ("grid", "Power / stance grid"),
    ]
    assert layouts.compute_layout("org", chart({1: None})) == layouts.compute_layout(
        layouts.LayoutName.ORG, chart({1: None})
    )
    with pytest.raises(ValueError):
        layouts.compute_layout("circle", chart({1: None}))


@pytest.mark.parametrize("name", ALL)
def test_demo_maps_place_everyone_without_overlap(
    name: layouts.LayoutName, demo_maps: list[PursuitMap]
) -> None:
    assert len(demo_maps) >= 5
    for pursuit_map in demo_maps:
        positions = layouts.compute_layout(name, pursuit_map)
        assert list(positions) == [n.stakeholder_id for n in pursuit_map.nodes]
        assert_no_overlap(positions)


@pytest.mark.parametrize("name", ALL)
def test_the_large_map_places_everyone_without_overlap(name: layouts.LayoutName, large: PursuitMap) -> None:
    positions = layouts.compute_layout(name, large)
    assert len(positions) == 500
    assert_no_overlap(positions)


@pytest.mark.parametrize("name", ALL)
def test_the_same_map_gives_the_same_picture(name: layouts.LayoutName, large: PursuitMap) -> None:
    first = layouts.compute_layout(name, large)
    again = layouts.compute_layout(name, PursuitMap(1, 1, "copy", list(large.nodes), list(large.edges)))
    assert first == again


@pytest.mark.parametrize("name", ALL)
def test_empty_and_single_maps(name: layouts.LayoutName) -> None:
    assert layouts.compute_layout(name, PursuitMap(1, 1, "empty")) == {}
    assert list(layouts.compute_layout(name, chart({5: None}))) == [5]


@pytest.mark.parametrize("name", [layouts.LayoutName.ORG, layouts.LayoutName.INFLUENCE])
def test_pictures_start_at_the_origin(name: layouts.LayoutName, large: PursuitMap) -> None:
    positions = layouts.compute_layout(name, large)
    assert min(x for x, _ in positions.values()) == layouts.NODE_WIDTH / 2
    assert min(y for _, y in positions.values()) == layouts.NODE_HEIGHT / 2


@pytest.mark.parametrize("name", ALL)
def test_progress_rises_to_one(name: layouts.LayoutName, large: PursuitMap) -> None:
    seen: list[float] = []
    layouts.compute_layout(name, large, progress=seen.append)
    assert seen[-1] == 1.0
    assert all(0.0 <= v <= 1.0 for v in seen)
    assert seen == sorted(seen)
    assert len(seen) >= 3


@pytest.mark.parametrize("name", ALL)
def test_should_stop_cancels(name: layouts.LayoutName, large: PursuitMap) -> None:
    with pytest.raises(Cancelled):
        layouts.compute_layout(name, large, should_stop=lambda: True)


@pytest.mark.parametrize("name", [layouts.LayoutName.ORG, layouts.LayoutName.INFLUENCE])
def test_cancel_is_noticed_inside_the_work(name: layouts.LayoutName, large: PursuitMap) -> None:
    """A stop asked for midway is polled again before the layout ends, not only at the start."""
    polls = 0

    def stop_after_a_few() -> bool:
        nonlocal polls
        polls += 1
        return polls > 3

    with pytest.raises(Cancelled):
        layouts.compute_layout(name, large, should_stop=stop_after_a_few)
    assert polls == 4


# --- org chart --------------------------------------------------------------------------------


def rows(positions: dict[int, Point]) -> list[list[int]]:
    """People by row, top to bottom, each row left to right."""
    by_y: dict[float, list[int]] = {}
    for sid, (_, y) in sorted(positions.items(), key=lambda item: item[1]):
        by_y.setdefault(y, []).append(sid)
    return [by_y[y] for y in sorted(by_y)]


def test_krackhardt_ceo_alone_on_top_and_the_four_vps_below(public_data: Callable[[str], Path]) -> None:
    positions = layouts.compute_layout(layouts.LayoutName.ORG, krackhardt(public_data(KRACKHARDT)))
    top, second, *rest = rows(positions)
    assert top == [7]
    assert sorted(second) == [2, 14, 18, 21]
    assert sorted(itertools.chain(*rest)) == sorted(set(range(1, 22)) - {7, 2, 14, 18, 21})
    assert_no_overlap(positions)


@pytest.mark.parametrize("source", ["demo", "large", "krackhardt"])
def test_managers_sit_above_their_reports_and_centred_over_them(
    source: str, demo_maps: list[PursuitMap], large: PursuitMap, public_data: Callable[[str], Path]
) -> None:
    maps = {"demo": demo_maps, "large": [large]}.get(source) or [krackhardt(public_data(KRACKHARDT))]
    for pursuit_map in maps:
        positions = layouts.compute_layout(layouts.LayoutName.ORG, pursuit_map)
        parents = layouts.reporting_parents(pursuit_map, [n.stakeholder_id for n in pursuit_map.nodes])
        reports: dict[int, list[int]] = {}
        for sid, boss in parents.items():
            reports.setdefault(boss, []).append(sid)
            assert positions[boss][1] < positions[sid][1]
        for boss, team in reports.items():
            xs = [positions[sid][0] for sid in team]
            if len({positions[sid][1] for sid in team}) == 1:  # a team in one row: centred
                assert abs(positions[boss][0] - (min(xs) + max(xs)) / 2) < 1.0
            else:  # rows above others are split around a free column for the lines (test_org_chart_lines.py)
                assert min(xs) < positions[boss][0] < max(xs)


def test_several_roots_side_by_side_in_input_order_and_loners_beside() -> None:
    positions = layouts.compute_layout(
        layouts.LayoutName.ORG, chart({1: None, 2: 1, 3: 1, 4: None, 5: 4, 6: None, 7: None})
    )
    assert positions[1][1] == positions[4][1] == min(y for _, y in positions.values())
    assert positions[1][0] < positions[4][0]
    trees_right = max(positions[sid][0] for sid in (1, 2, 3, 4, 5))
    assert positions[6][0] > trees_right and positions[7][0] > trees_right
    assert_no_overlap(positions)


def test_org_dotted_lines_never_set_ranks(large: PursuitMap) -> None:
    solid = [e for e in large.edges if e.kind is EdgeKind.REPORTS_TO]
    assert len(solid) < len([e for e in large.edges if e.kind is not EdgeKind.DOTTED_LINE])
    without = PursuitMap(1, 1, "solid", large.nodes, solid)
    assert layouts.compute_layout(layouts.LayoutName.ORG, large) == layouts.compute_layout(
        layouts.LayoutName.ORG, without
    )
    # A dotted line from a loner to the CEO leaves the loner a loner.
    dotted = chart({1: None, 2: 1, 3: None}, [MapEdge(3, 1, EdgeKind.DOTTED_LINE, 2, 1)])
    assert layouts.compute_layout(layouts.LayoutName.ORG, dotted) == layouts.compute_layout(
        layouts.LayoutName.ORG, chart({1: None, 2: 1, 3: None})
    )


def test_a_wide_flat_team_wraps_into_rows_under_its_manager() -> None:
    team = {1: None, **{sid: 1 for sid in range(2, 22)}}  # 20 reports, none of them managers
    positions = layouts.compute_layout(layouts.LayoutName.ORG, chart(team))
    layers = rows(positions)
    assert layers[0] == [1]
    assert len(layers) >= 4
    assert max(len(layer) for layer in layers[1:]) <= 6
    boss_x = positions[1][0]
    for layer in layers[1:]:  # each row about centred under the manager, a free column below them
        xs = [positions[sid][0] for sid in layer]
        assert abs((min(xs) + max(xs)) / 2 - boss_x) <= COLUMN_PITCH / 2 + 1.0
        if layer != layers[-1]:
            assert min(abs(x - boss_x) for x in xs) >= COLUMN_PITCH / 2 - 1.0
    assert_no_overlap(positions)

    # Five reports stay on one row; eight (a CEO and the heads of department on a committee)
    # wrap into two rows of four, not a 7:1 strip. A team with a manager in it goes in bands
    # (tests/test_layout_bands.py).
    def team_rows(reports: int) -> list[int]:
        team_chart = chart({1: None, **{s: 1 for s in range(2, reports + 2)}})
        return [len(layer) for layer in rows(layouts.compute_layout(layouts.LayoutName.ORG, team_chart))]

    assert team_rows(5) == [1, 5]
    assert team_rows(8) == [1, 4, 4]
    mixed = {**team, 22: 2}
    banded = layouts.compute_layout(layouts.LayoutName.ORG, chart(mixed))
    assert len(rows(banded)) > 3 and max(len(layer) for layer in rows(banded)) < 20
    assert_no_overlap(banded)


def test_a_reporting_loop_is_cut_where_it_first_appears() -> None:
    looped = chart({1: 3, 2: 1, 3: 2, 4: 1, 5: 5})  # 1 -> 3 -> 2 -> 1, and 5 reports to itself
    assert layouts.reporting_parents(looped, [1, 2, 3, 4, 5]) == {2: 1, 3: 2, 4: 1}
    positions = layouts.compute_layout(layouts.LayoutName.ORG, looped)
    assert rows(positions)[0] == [1, 5]
    assert positions[1][1] < positions[2][1] < positions[3][1]
    assert_no_overlap(positions)


def test_bad_reporting_data_is_tolerated() -> None:
    nodes = [person(1), person(2, manager=1), person(3)]
    edges = [
        MapEdge(2, 1, EdgeKind.REPORTS_TO),
        MapEdge(2, 3, EdgeKind.REPORTS_TO),  # a second manager: the first one wins
        MapEdge(3, 99, EdgeKind.REPORTS_TO),  # a manager who is not on the map
    ]
    positions = layouts.compute_layout(layouts.LayoutName.ORG, PursuitMap(1, 1, "bad", nodes, edges))
    assert positions[1][1] < positions[2][1]
    assert positions[3][1] == positions[1][1]


def test_a_very_deep_chain_needs_no_recursion() -> None:
    chain = {1: None, **{sid: sid - 1 for sid in range(2, 3001)}}
    positions = layouts.compute_layout(layouts.LayoutName.ORG, chart(chain))
    assert len(rows(positions)) == 3000
    assert len({x for x, _ in positions.values()}) == 1


# --- influence --------------------------------------------------------------------------------


def distance(positions: dict[int, Point], a: int, b: int) -> float:
    (ax, ay), (bx, by) = positions[a], positions[b]
    return float(np.hypot((ax - bx) / layouts.NODE_WIDTH, (ay - by) / layouts.NODE_HEIGHT))


def test_allies_end_up_closer_than_rivals() -> None:
    def ally(a: int, b: int) -> MapEdge:
        return MapEdge(a, b, EdgeKind.ALLIES, 3, a * 10 + b)

    ties = [ally(1, 2), ally(2, 3), ally(1, 3), ally(4, 5), ally(5, 6), ally(4, 6)]
    ties += [MapEdge(1, 4, EdgeKind.CONFLICTS, 3, 99), MapEdge(3, 6, EdgeKind.CONFLICTS, 3, 98)]
    positions = layouts.compute_layout(layouts.LayoutName.INFLUENCE, chart(dict.fromkeys(range(1, 7)), ties))
    inside = [distance(positions, a, b) for a, b in ((1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6))]
    across = [distance(positions, a, b) for a in (1, 2, 3) for b in (4, 5, 6)]
    assert max(inside) < min(across)


def test_conflicts_do_not_pull(large: PursuitMap) -> None:
    without = PursuitMap(
        1, 1, "calm", large.nodes, [e for e in large.edges if e.kind is not EdgeKind.CONFLICTS]
    )
    assert layouts.compute_layout(layouts.LayoutName.INFLUENCE, large) == layouts.compute_layout(
        layouts.LayoutName.INFLUENCE, without
    )
    kinds: dict[EdgeKind, list[float]] = {}
    positions = layouts.compute_layout(layouts.LayoutName.INFLUENCE, large)
    for edge in large.edges:
        kinds.setdefault(edge.kind, []).append(distance(positions, edge.source_id, edge.target_id))
    conflicts = statistics.median(kinds[EdgeKind.CONFLICTS])
    assert statistics.median(kinds[EdgeKind.INFLUENCES]) < conflicts
    assert statistics.median(kinds[EdgeKind.ALLIES]) < conflicts


def test_influential_people_sit_nearer_the_middle() -> None:
    nodes = [person(sid, influence=5 if sid % 2 else 1) for sid in range(1, 41)]
    ring = [MapEdge(sid, sid % 40 + 1, EdgeKind.INFLUENCES, 2, sid) for sid in range(1, 41)]
    positions = layouts.compute_layout(layouts.LayoutName.INFLUENCE, PursuitMap(1, 1, "ring", nodes, ring))
    middle = np.mean(list(positions.values()), axis=0)

    def spread(level: int) -> float:
        points = np.array([positions[n.stakeholder_id] for n in nodes if n.influence == level])
        return float(np.mean(np.hypot(*((points - middle) / [layouts.NODE_WIDTH, layouts.NODE_HEIGHT]).T)))

    assert spread(5) < spread(1)


def test_overlap_removal_separates_even_cards_on_one_spot() -> None:
    stacked = np.zeros((30, 2))
    separated = remove_overlaps(stacked, CancellableRun(None, None))
    assert_no_overlap({i: (float(x), float(y)) for i, (x, y) in enumerate(separated)})
    assert np.array_equal(separated, remove_overlaps(stacked, CancellableRun(None, None)))


def test_snapping_to_cells_never_overlaps() -> None:
    crowded = np.random.default_rng(3).uniform(0, 300, (60, 2))
    snapped = _snap(crowded)
    assert_no_overlap({i: (float(x), float(y)) for i, (x, y) in enumerate(snapped)})
    assert SEPARATION[0] >= layouts.NODE_WIDTH and SEPARATION[1] >= layouts.NODE_HEIGHT


# --- power / stance grid ----------------------------------------------------------------------


def inside(point: Point, region: layouts.Quadrant) -> bool:
    """The whole card lies within the region."""
    x, y = point
    return (
        region.x <= x - layouts.NODE_WIDTH / 2
        and x + layouts.NODE_WIDTH / 2 <= region.x + region.width
        and region.y <= y - layouts.NODE_HEIGHT / 2
        and y + layouts.NODE_HEIGHT / 2 <= region.y + region.height
    )


def region(regions: list[layouts.Quadrant], label: str) -> layouts.Quadrant:
    return next(r for r in regions if r.label == label)


def test_grid_orders_by_stance_across_and_influence_down(large: PursuitMap) -> None:
    positions = layouts.compute_layout(layouts.LayoutName.GRID, large)
    members = large.members()
    for a in members[:80]:
        for b in members[:80]:
            if a.stance < b.stance:
                assert positions[a.stakeholder_id][0] < positions[b.stakeholder_id][0]
            if a.influence > b.influence:
                assert positions[a.stakeholder_id][1] < positions[b.stakeholder_id][1]


def test_grid_puts_people_in_their_quadrants_and_outsiders_in_the_strip(demo_maps: list[PursuitMap]) -> None:
    for pursuit_map in demo_maps:
        positions = layouts.compute_layout(layouts.LayoutName.GRID, pursuit_map)
        regions = layouts.grid_quadrants(pursuit_map)
        outsiders = [n for n in pursuit_map.nodes if not n.on_committee]
        assert outsiders, "every demo pursuit leaves someone off the committee"
        strip = region(regions, "Not on this committee")
        assert strip.kind is layouts.RegionKind.OUTSIDE
        lowest_member = max(positions[n.stakeholder_id][1] for n in pursuit_map.members())
        for node in outsiders:
            assert inside(positions[node.stakeholder_id], strip)
            assert positions[node.stakeholder_id][1] > lowest_member
        for node in pursuit_map.members():
            high = node.influence >= 4
            label = (
                "Undecided: win them over"
                if node.stance == 0
                else {
                    (True, True): "Champions to mobilise",
                    (True, False): "Risks to neutralise",
                    (False, True): "Supporters to activate",
                    (False, False): "Critics to watch",
                }[(high, node.stance > 0)]
            )
            assert inside(positions[node.stakeholder_id], region(regions, label)), (node.name, label)


def test_grid_regions_tile_the_grid_and_captions_name_the_axes() -> None:
    everyone_in = chart({1: None, 2: 1})
    regions = layouts.grid_quadrants(everyone_in)
    assert all(r.kind is not layouts.RegionKind.OUTSIDE for r in regions)
    areas = [r for r in regions if r.kind in (layouts.RegionKind.QUADRANT, layouts.RegionKind.NEUTRAL)]
    assert len(areas) == 5
    left, top = min(r.x for r in areas), min(r.y for r in areas)
    right = max(r.x + r.width for r in areas)
    bottom = max(r.y + r.height for r in areas)
    assert sum(r.width * r.height for r in areas) == pytest.approx((right - left) * (bottom - top))
    captions = {r.label for r in regions if r.kind is layouts.RegionKind.AXIS}
    assert {"Opposed −2", "Neutral 0", "Advocate +2", "Influence 5", "Influence 1"} <= captions
    assert min(min(r.x, r.y) for r in regions) == 0.0


def test_a_crowded_cell_grows_every_cell() -> None:
    crowd = [person(sid, stance=2, influence=5) for sid in range(1, 31)] + [
        person(31, stance=-2, influence=1)
    ]
    crowded = PursuitMap(1, 1, "crowd", crowd)
    positions = layouts.compute_layout(layouts.LayoutName.GRID, crowded)
    assert_no_overlap(positions)
    regions = layouts.grid_quadrants(crowded)
    assert all(inside(positions[sid], region(regions, "Champions to mobilise")) for sid in range(1, 31))
    assert inside(positions[31], region(regions, "Critics to watch"))
    sparse = layouts.grid_quadrants(PursuitMap(1, 1, "one", crowd[:1]))
    assert region(regions, "Critics to watch").width > region(sparse, "Critics to watch").width


def test_out_of_range_stance_and_influence_are_clamped() -> None:
    odd = PursuitMap(
        1, 1, "odd", [replace(person(1), stance=7, influence=9), replace(person(2), influence=0)]
    )
    positions = layouts.compute_layout(layouts.LayoutName.GRID, odd)
    regions = layouts.grid_quadrants(odd)
    assert inside(positions[1], region(regions, "Champions to mobilise"))
    assert inside(positions[2], region(regions, "Undecided: win them over"))

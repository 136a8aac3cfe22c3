"""The graph metrics on networks whose answers are documented facts."""

from __future__ import annotations

import networkx as nx

from consensus_app.core.analytics import metrics
from consensus_app.core.analytics.graphs import build_graphs
from consensus_app.core.pursuit_map import EdgeKind
from tests.analytics_maps import committee, from_graph, person


def test_the_medici_are_the_florentine_broker_and_an_only_path() -> None:
    graph = nx.florentine_families_graph()
    pursuit_map, ids = from_graph(graph)
    found = metrics.brokers(build_graphs(pursuit_map))
    assert found[0].stakeholder_id == ids["Medici"]  # Padgett: the Medici sat between the others
    assert found[0].only_path
    assert found[0].betweenness == max(b.betweenness for b in found)
    cut = {b.stakeholder_id for b in found if b.only_path}
    assert cut == {ids[name] for name in nx.articulation_points(graph)}


def test_the_karate_club_factions_follow_its_documented_split() -> None:
    graph = nx.karate_club_graph()
    pursuit_map, ids = from_graph(graph)
    factions = metrics.factions(build_graphs(pursuit_map))
    side = {ids[n]: graph.nodes[n]["club"] for n in graph}
    faction_of = {sid: i for i, faction in enumerate(factions) for sid in faction}
    assert faction_of[ids[0]] != faction_of[ids[33]]  # Mr. Hi and the Officer lead different groups
    # Every faction sits on one side of Zachary's split, but for at most two people.
    misplaced = sum(
        min(sum(1 for s in f if side[s] == "Mr. Hi"), sum(1 for s in f if side[s] == "Officer"))
        for f in factions
    )
    assert misplaced <= 2
    assert sorted(s for f in factions for s in f) == sorted(ids.values())


def test_factions_are_the_same_every_time() -> None:
    pursuit_map, _ = from_graph(nx.karate_club_graph())
    assert metrics.factions(build_graphs(pursuit_map)) == metrics.factions(build_graphs(pursuit_map))


def test_conflicts_never_pull_people_into_one_faction() -> None:
    # Two tight pairs; a conflict between them must not join them, an alliance would.
    nodes = [person(i) for i in range(1, 5)]
    split = committee(nodes, [(1, 2, EdgeKind.ALLIES), (3, 4, EdgeKind.ALLIES), (2, 3, EdgeKind.CONFLICTS)])
    assert metrics.factions(build_graphs(split)) == [[1, 2], [3, 4]]
    assert metrics.brokers(build_graphs(split)) == []  # nothing connects the pairs


def test_isolated_members_have_no_ties_of_any_kind() -> None:
    nodes = [person(1), person(2), person(3), person(4, member=False)]
    pursuit_map = committee(nodes, [(1, 2, EdgeKind.CONFLICTS), (3, 4, EdgeKind.ALLIES)])
    isolated = metrics.isolated_members(build_graphs(pursuit_map))
    assert isolated == []
    lonely = committee([*nodes, person(5)], [])
    assert metrics.isolated_members(build_graphs(lonely)) == [1, 2, 3, 5]  # not 4: not a member


def test_influence_reach_blends_the_network_with_the_stated_influence() -> None:
    # 1 influences everyone; all state the same influence: 1 reaches furthest.
    nodes = [person(i, influence=3) for i in range(1, 6)]
    hub = committee(nodes, [(1, i, EdgeKind.INFLUENCES) for i in range(2, 6)])
    reach = metrics.influence_reach(build_graphs(hub))
    assert reach[0].stakeholder_id == 1 and reach[0].network == 1.0
    # Stated influence moves people up when the network is silent.
    quiet = committee([person(1, influence=1), person(2, influence=5)])
    assert [r.stakeholder_id for r in metrics.influence_reach(build_graphs(quiet))] == [2, 1]


def test_a_manager_sways_a_report_more_than_the_report_sways_the_manager() -> None:
    pursuit_map = committee([person(1), person(2, manager=1)])
    sway = build_graphs(pursuit_map).sway
    assert sway[1][2]["weight"] > sway[2][1]["weight"] > 0


def test_best_paths_follow_the_strongest_chain_of_influence() -> None:
    nodes = [person(i) for i in range(1, 6)]
    ties = [
        (1, 2, EdgeKind.INFLUENCES),
        (2, 5, EdgeKind.INFLUENCES),
        (1, 3, EdgeKind.INFLUENCES),
        (3, 4, EdgeKind.INFLUENCES),
        (4, 5, EdgeKind.INFLUENCES),
        (5, 1, EdgeKind.CONFLICTS),  # a conflict is no path
    ]
    paths = metrics.best_paths(build_graphs(committee(nodes, ties)), [1], [5])
    assert [p.path for p in paths] == [(1, 2, 5)]
    assert metrics.best_paths(build_graphs(committee(nodes, ties)), [5], [1]) == []


def test_a_large_map_samples_betweenness_close_to_the_exact_figure() -> None:
    # Two communities of 150 joined only through "bridge": everything between them passes it.
    graph = nx.disjoint_union(
        nx.barabasi_albert_graph(150, 3, seed=1), nx.barabasi_albert_graph(150, 3, seed=2)
    )
    graph.add_edges_from([("bridge", 0), ("bridge", 150)])
    pursuit_map, ids = from_graph(graph)
    found = {b.stakeholder_id: b for b in metrics.brokers(build_graphs(pursuit_map))}
    bridge = found[ids["bridge"]]
    assert bridge.only_path
    exact = nx.betweenness_centrality(graph)["bridge"]  # networkx normalises by the same pair count
    assert abs(bridge.betweenness - exact) < 0.1 * exact

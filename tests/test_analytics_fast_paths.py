"""The assessment's faster graph computations give networkx's answers on the same graphs."""

from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

import networkx as nx
import pytest

from consensus_app.core.analytics import fast_paths, metrics
from consensus_app.core.analytics.fast_paths import cheapest_paths, separating_nodes, subset_betweenness
from consensus_app.core.analytics.graphs import build_graphs
from consensus_app.core.analytics.louvain import louvain_communities
from tests.analytics_maps import from_graph

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from large_map import large_pursuit_map


def _graphs() -> list[nx.Graph]:
    split = nx.disjoint_union(nx.karate_club_graph(), nx.path_graph(6))  # two components
    split.add_node("alone")
    weighted = nx.gnm_random_graph(120, 400, seed=5)
    rng = random.Random(5)
    for a, b in weighted.edges:
        weighted[a][b]["weight"] = rng.choice([0.5, 1.0, 1.5, 2.0, 3.0])
    return [
        nx.florentine_families_graph(),
        nx.les_miserables_graph(),
        split,
        weighted,
        build_graphs(large_pursuit_map(300, 1200)).ties,
    ]


@pytest.fixture(params=["sparse matrices", "networkx below the threshold"])
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways of computing: sparse matrices for every size, and the threshold as shipped."""
    if request.param == "sparse matrices":
        monkeypatch.setattr(fast_paths, "SPARSE_FROM", 0)
    return str(request.param)


@pytest.mark.parametrize("graph", _graphs(), ids=lambda g: f"{len(g)} people")
def test_betweenness_from_chosen_sources_equals_networkx(graph: nx.Graph, way: str) -> None:
    nodes = sorted(graph, key=str)
    sources = nodes[::3]  # sampled sources, as above 250 people
    targets = nodes[::2]
    expected = nx.betweenness_centrality_subset(graph, sources=sources, targets=targets, normalized=False)
    found = subset_betweenness(graph, sources, targets)
    assert found.keys() == expected.keys()
    assert found == pytest.approx(expected, rel=1e-9, abs=1e-9)


def test_brokers_of_a_large_map_are_networkx_betweenness_from_the_same_64_members() -> None:
    graphs = build_graphs(large_pursuit_map(400, 1600))
    members = [sid for sid in graphs.member_ids if graphs.ties.degree(sid)]
    sources = sorted(members)[:: len(members) // metrics.BETWEENNESS_SAMPLES][: metrics.BETWEENNESS_SAMPLES]
    raw = nx.betweenness_centrality_subset(graphs.ties, sources=sources, targets=members)
    scale = len(members) / len(sources) / (len(members) * (len(members) - 1) / 2)
    found = {b.stakeholder_id: b.betweenness for b in metrics.brokers(graphs)}
    expected = {sid: round(min(1.0, v * scale), 4) for sid, v in raw.items() if v > 0}
    assert found == expected


@pytest.mark.parametrize("graph", _graphs(), ids=lambda g: f"{len(g)} people")
def test_factions_use_networkx_louvain_communities_unchanged(graph: nx.Graph) -> None:
    for seed in (7, 11):
        expected = nx.community.louvain_communities(graph, weight="weight", seed=seed)
        assert louvain_communities(graph, seed=seed) == expected  # the same sets, in the same order


@pytest.mark.parametrize("people", [60, 300])
def test_cheapest_paths_cost_what_networkx_finds(people: int, way: str) -> None:
    graph = build_graphs(large_pursuit_map(people, 4 * people)).sway
    sources, targets = list(graph)[:12], list(graph)[::7]
    found = cheapest_paths(graph, sources, targets)
    for source in sources:
        lengths = nx.single_source_dijkstra_path_length(graph, source, weight="cost")
        assert set(found[source]) == {t for t in targets if t in lengths}
        for target, path in found[source].items():
            assert path[0] == source and path[-1] == target
            cost = sum(graph[a][b]["cost"] for a, b in itertools.pairwise(path))
            assert cost == pytest.approx(lengths[target])  # of equally cheap paths, either will do


def test_only_paths_are_the_articulation_points_that_split_the_members(way: str) -> None:
    # A chain a - hub1 - b1 - hub2 - c1; past hub2 there is nobody on the committee.
    graph = nx.Graph([("a1", "a2"), ("a2", "hub1"), ("hub1", "b1"), ("b1", "hub2"), ("hub2", "c1")])
    graph.add_edge("a1", "hub1")
    members = {"a1", "b1", "hub2"}
    assert separating_nodes(graph, members) == {"hub1", "b1"}  # hub2 only cuts off c1, not a member
    pursuit_map, ids = from_graph(nx.florentine_families_graph())
    cut = metrics.only_paths(build_graphs(pursuit_map))
    assert {ids["Medici"], ids["Albizzi"]} <= cut

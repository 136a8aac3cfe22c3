"""Louvain communities on plain dictionaries: networkx's algorithm step for step, without its graphs.

`nx.community.louvain_communities(graph, weight="weight", seed=seed)` on an undirected graph
spends most of its time building networkx graphs for each level and walking views to compute
modularity. This is the same computation (the same node order, the same random shuffles, the
same sums in the same order, so the same floating-point figures) on dicts of dicts; the test
suite checks that both give the same communities. Undirected graphs without parallel edges only.
"""

from __future__ import annotations

import random
from collections.abc import Hashable, Iterator
from typing import Any

import networkx as nx

Adjacency = dict[Hashable, dict[Hashable, float]]
THRESHOLD = 0.0000001  # networkx's default: the least gain in modularity worth another level


def louvain_communities(graph: nx.Graph, seed: int, weight: str = "weight") -> list[set[Any]]:
    """The communities of the last level (sets of the graph's nodes), as networkx returns them."""
    rng = random.Random(seed)
    order = list(graph)
    partition: list[set[Hashable]] = [{u} for u in order]
    if graph.number_of_edges() == 0:
        return partition
    original: Adjacency = {u: {v: d.get(weight, 1) for v, d in graph._adj[u].items()} for u in order}
    mod = _modularity(original, order, partition)
    # networkx copies the graph edge by edge first, which sets each node's neighbour order.
    adjacency = _from_edges(order, _edges(original, order))
    members: dict[Hashable, set[Hashable]] = {}  # a level's node -> the original nodes in it
    m = sum(_degrees(adjacency, order).values()) / 2
    partition, inner, _improved = _one_level(adjacency, order, members, m, partition, rng)
    while True:
        new_mod = _modularity(adjacency, order, inner)
        if new_mod - mod <= THRESHOLD:
            return partition
        mod = new_mod
        adjacency, order, members = _aggregate(adjacency, order, members, inner)
        partition, inner, improved = _one_level(adjacency, order, members, m, partition, rng)
        if not improved:
            return partition


def _edges(adjacency: Adjacency, order: list[Hashable]) -> Iterator[tuple[Hashable, Hashable, float]]:
    """Each edge once, in the order `nx.Graph.edges` gives them."""
    seen: set[Hashable] = set()
    for u in order:
        for v, wt in adjacency[u].items():
            if v not in seen:
                yield u, v, wt
        seen.add(u)


def _from_edges(order: list[Hashable], edges: Iterator[tuple[Hashable, Hashable, float]]) -> Adjacency:
    adjacency: Adjacency = {u: {} for u in order}
    for u, v, wt in edges:
        adjacency[u][v] = wt
        adjacency[v][u] = wt
    return adjacency


def _degrees(adjacency: Adjacency, order: list[Hashable]) -> dict[Hashable, float]:
    """Weighted degrees as networkx sums them (a self-loop counts twice)."""
    return {u: sum(adjacency[u].values()) + adjacency[u].get(u, 0) for u in order}


def _modularity(adjacency: Adjacency, order: list[Hashable], communities: list[set[Hashable]]) -> float:
    degree = _degrees(adjacency, order)
    degree_sum = sum(degree.values())
    m = degree_sum / 2
    norm = 1 / degree_sum**2

    def contribution(community: set[Hashable]) -> float:
        inside = set(community)
        seen: set[Hashable] = set()
        internal: float = 0
        for u in inside:  # the order networkx walks `G.edges(community)` in
            for v, wt in adjacency[u].items():
                if v not in seen and v in inside:
                    internal += wt
            seen.add(u)
        degrees = sum(degree[u] for u in inside)
        return internal / m - degrees * degrees * norm

    return sum(map(contribution, communities))


def _one_level(
    adjacency: Adjacency,
    order: list[Hashable],
    members: dict[Hashable, set[Hashable]],
    m: float,
    partition: list[set[Hashable]],
    rng: random.Random,
) -> tuple[list[set[Hashable]], list[set[Hashable]], bool]:
    node2com = {u: i for i, u in enumerate(order)}
    inner: list[set[Hashable]] = [{u} for u in order]
    degrees = _degrees(adjacency, order)
    totals = list(degrees.values())
    neighbours = {u: [(v, wt) for v, wt in adjacency[u].items() if v != u] for u in order}
    shuffled = list(order)
    rng.shuffle(shuffled)
    spread = 2 * m**2  # the same figure networkx divides by each time
    moves = 1
    improved = False
    while moves > 0:
        moves = 0
        for u in shuffled:
            best_mod: float = 0
            best_com = node2com[u]
            # Weight to each neighbouring community, in first-seen order, own community last
            # if no neighbour is in it (networkx's defaultdict adds it when read).
            weights: dict[int, float] = {}
            for v, wt in neighbours[u]:
                com = node2com[v]
                weights[com] = weights.get(com, 0.0) + wt
            own = weights.setdefault(best_com, 0.0)
            degree = degrees[u]
            totals[best_com] -= degree
            remove_cost = -own / m + (totals[best_com] * degree) / spread
            for com, wt in weights.items():
                gain = remove_cost + wt / m - (totals[com] * degree) / spread
                if gain > best_mod:
                    best_mod = gain
                    best_com = com
            totals[best_com] += degree
            if best_com != node2com[u]:
                moved = members.get(u, {u})
                partition[node2com[u]].difference_update(moved)
                inner[node2com[u]].remove(u)
                partition[best_com].update(moved)
                inner[best_com].add(u)
                improved = True
                moves += 1
                node2com[u] = best_com
    return list(filter(len, partition)), list(filter(len, inner)), improved


def _aggregate(
    adjacency: Adjacency,
    order: list[Hashable],
    members: dict[Hashable, set[Hashable]],
    inner: list[set[Hashable]],
) -> tuple[Adjacency, list[Hashable], dict[Hashable, set[Hashable]]]:
    """The next level's graph: one node per community, edges summed (networkx's `_gen_graph`)."""
    node2com: dict[Hashable, int] = {}
    new_members: dict[Hashable, set[Hashable]] = {}
    for i, part in enumerate(inner):
        nodes: set[Hashable] = set()
        for node in part:
            node2com[node] = i
            nodes.update(members.get(node, {node}))
        new_members[i] = nodes
    new_order: list[Hashable] = list(range(len(inner)))
    new: Adjacency = {i: {} for i in new_order}
    for u, v, wt in _edges(adjacency, order):
        a, b = node2com[u], node2com[v]
        total = wt + new[a].get(b, 0)
        new[a][b] = total
        new[b][a] = total
    return new, new_order, new_members

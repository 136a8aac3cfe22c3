"""Shortest-path work of the assessment done for many sources at once, in numpy and scipy.

networkx walks one source at a time in Python; these do the same walks as sparse-matrix steps
over every source together, with the same answers (the test suite compares them with networkx):

- `subset_betweenness`: Brandes' betweenness from a set of sources to a set of targets, unweighted,
  as `nx.betweenness_centrality_subset(graph, sources, targets, normalized=False)`;
- `cheapest_paths`: Dijkstra from each source over a `cost` attribute, as
  `nx.single_source_dijkstra_path` from each (of equally cheap paths, either may be returned).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

import networkx as nx
import numpy as np
from numpy.typing import NDArray
from scipy import sparse  # type: ignore[import-untyped]
from scipy.sparse import csgraph  # type: ignore[import-untyped]

Node = TypeVar("Node", bound=Hashable)
# Below this many people networkx's own walks are quicker than setting up sparse matrices (most
# pursuits of a portfolio are small); the answers are the same either way.
SPARSE_FROM = 120


def _adjacency(graph: nx.Graph, index: dict[Hashable, int], weight: str | None) -> sparse.csr_array:
    """The graph as a sparse matrix (row = from, column = to); both directions if undirected."""
    rows, cols, values = [], [], []
    for a, b, data in graph.edges(data=True):
        if a == b:
            continue  # a tie to oneself is on no shortest path
        value = float(data[weight]) if weight else 1.0
        rows.append(index[a])
        cols.append(index[b])
        values.append(value)
        if not graph.is_directed():
            rows.append(index[b])
            cols.append(index[a])
            values.append(value)
    size = len(index)
    return sparse.csr_array((np.asarray(values), (np.asarray(rows), np.asarray(cols))), shape=(size, size))


def subset_betweenness(
    graph: nx.Graph, sources: Sequence[Node], targets: Sequence[Node]
) -> dict[Node, float]:
    """Unnormalised betweenness of every node on shortest paths from `sources` to `targets`.

    Breadth-first from all sources together: one sparse product per distance level counts the
    shortest paths (sigma), then the dependencies flow back level by level (Brandes 2008).
    """
    nodes: list[Node] = list(graph)
    index: dict[Hashable, int] = {node: i for i, node in enumerate(nodes)}
    if not nodes or not sources:
        return dict.fromkeys(nodes, 0.0)
    adjacency = _adjacency(graph, index, None)
    size, count = len(nodes), len(sources)
    columns = np.arange(count)
    source_rows = np.fromiter((index[s] for s in sources), dtype=np.int64, count=count)
    sigma = np.zeros((size, count))
    distance = np.full((size, count), -1, dtype=np.int64)
    sigma[source_rows, columns] = 1.0
    distance[source_rows, columns] = 0
    frontier = sigma.copy()
    level = 0
    while True:
        reached = adjacency @ frontier
        new = (reached > 0) & (distance < 0)
        if not new.any():
            break
        level += 1
        distance[new] = level
        sigma[new] = reached[new]
        frontier = np.where(new, reached, 0.0)
    is_target = np.zeros(size, dtype=bool)
    is_target[[index[t] for t in targets]] = True
    ends_here = (is_target[:, None] & (distance > 0)).astype(float)  # a source is not its own target
    safe_sigma = np.where(sigma > 0, sigma, 1.0)
    delta = np.zeros((size, count))
    for depth in range(level, 0, -1):
        coefficient = np.where(distance == depth, (delta + ends_here) / safe_sigma, 0.0)
        delta += np.where(distance == depth - 1, sigma * (adjacency @ coefficient), 0.0)
    # Each unordered pair is walked from one end only when both are sources; networkx halves
    # undirected figures all the same, and so do we, to give its numbers.
    through = np.where(distance > 0, delta, 0.0).sum(axis=1)
    if not graph.is_directed():
        through /= 2
    return {node: float(through[i]) for i, node in enumerate(nodes)}


def cheapest_paths(
    graph: nx.DiGraph, sources: Sequence[Node], targets: Sequence[Node], weight: str = "cost"
) -> dict[Node, dict[Node, tuple[Node, ...]]]:
    """For each source, the cheapest path to each of `targets` it reaches (itself included)."""
    if len(graph) < SPARSE_FROM:
        ends = set(targets)
        walked: dict[Node, dict[Node, tuple[Node, ...]]] = {}
        for source in sources:
            paths = nx.single_source_dijkstra_path(graph, source, weight=weight)
            walked[source] = {t: tuple(path) for t, path in paths.items() if t in ends}
        return walked
    nodes: list[Node] = list(graph)
    index: dict[Hashable, int] = {node: i for i, node in enumerate(nodes)}
    if not sources:
        return {}
    rows = [index[s] for s in sources]
    wanted = np.fromiter((index[t] for t in targets), dtype=np.int64, count=len(targets))
    _dist, predecessors = csgraph.dijkstra(
        _adjacency(graph, index, weight), directed=True, indices=rows, return_predecessors=True
    )
    return {
        source: _walk_back(nodes, row, predecessors[i], wanted)
        for i, (source, row) in enumerate(zip(sources, rows, strict=True))
    }


def _walk_back(
    nodes: list[Node], start: int, predecessor: NDArray[np.int32], wanted: NDArray[np.int64]
) -> dict[Node, tuple[Node, ...]]:
    before = predecessor.tolist()  # Python ints: indexing a NumPy array one step at a time is slow
    # Paths from one source share their beginnings: each node's path is its predecessor's plus
    # itself, worked out once.
    known: dict[int, tuple[Node, ...]] = {start: (nodes[start],)}

    def path_to(end: int) -> tuple[Node, ...]:
        trail = []
        while end not in known:
            trail.append(end)
            end = before[end]
        path = known[end]
        for step in reversed(trail):
            path = (*path, nodes[step])
            known[step] = path
        return path

    return {
        nodes[end]: path_to(end) for end in wanted[(predecessor[wanted] >= 0) | (wanted == start)].tolist()
    }


def separating_nodes(graph: nx.Graph, members: set[Node]) -> set[Node]:
    """The articulation points whose removal leaves members of their component apart.

    One sparse connected-components pass per articulation point, instead of walking a subgraph
    view of its component in Python.
    """
    cut = list(nx.articulation_points(graph))
    if not cut:
        return set()
    if len(graph) < SPARSE_FROM:
        component = {n: part for part in nx.connected_components(graph) for n in part}
        return {
            candidate
            for candidate in cut
            if sum(
                1
                for part in nx.connected_components(graph.subgraph(component[candidate] - {candidate}))
                if part & members
            )
            >= 2
        }
    nodes: list[Node] = list(graph)
    index: dict[Hashable, int] = {node: i for i, node in enumerate(nodes)}
    adjacency = _adjacency(graph, index, None)
    _count, component = csgraph.connected_components(adjacency, directed=False)
    is_member = np.zeros(len(nodes), dtype=bool)
    is_member[[index[m] for m in members if m in index]] = True
    result = set()
    for candidate in cut:
        at = index[candidate]
        keep = np.ones(len(nodes), dtype=bool)
        keep[at] = False
        _parts, label = csgraph.connected_components(adjacency[keep][:, keep], directed=False)
        # Members of the candidate's own component (the candidate aside), by their new part.
        theirs = is_member[keep] & (component[keep] == component[at])
        if len(np.unique(label[theirs])) >= 2:
            result.add(candidate)
    return result

"""The networkx graphs the analyses read, built from a pursuit's map.

Two views of the same people:

- `sway`, directed: an edge u → v means "u can move v". An `influences` tie points its own way;
  a manager sways a report fully and a report sways the manager a little (upward influence is
  real but weaker); a dotted line is a weaker reporting line. Allies agree with each other, which
  is not the same as one moving the other, so alliances are not sway.
- `ties`, undirected: who is connected to whom (alliances included), for brokers, factions and
  isolation.

Conflicts are kept apart in `conflicts` and are never treated as closeness: a conflict is
not a path for influence and never pulls two people into one faction.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from consensus_app.core.pursuit_map import EdgeKind, MapNode, PursuitMap

# How much one tie of strength 1–3 lets its source move its target (relative weights).
_DOWNWARD = 1.0  # manager → report
_UPWARD = 0.4  # report → manager
_DOTTED = 0.5


@dataclass(frozen=True)
class PursuitGraphs:
    nodes: dict[int, MapNode]  # every stakeholder of the account, by id
    sway: nx.DiGraph  # u → v: u can move v; `weight` (higher = stronger) and `cost` = 1 / weight
    ties: nx.Graph  # all non-conflict ties, undirected; attribute `weight`
    conflicts: nx.Graph  # conflict ties only

    @property
    def member_ids(self) -> list[int]:
        return [sid for sid, node in self.nodes.items() if node.on_committee]


def build_graphs(pursuit_map: PursuitMap) -> PursuitGraphs:
    nodes = {n.stakeholder_id: n for n in pursuit_map.nodes}
    sway: nx.DiGraph = nx.DiGraph()
    ties: nx.Graph = nx.Graph()
    conflicts: nx.Graph = nx.Graph()
    for graph in (sway, ties, conflicts):
        graph.add_nodes_from(nodes)
    for edge in pursuit_map.edges:
        a, b = edge.source_id, edge.target_id
        if a == b or a not in nodes or b not in nodes:
            continue  # a dangling or self tie says nothing about the group
        strength = max(1, min(3, edge.strength))
        if edge.kind is EdgeKind.CONFLICTS:
            conflicts.add_edge(a, b, weight=strength)
            continue
        if edge.kind is EdgeKind.REPORTS_TO:  # a reports to b
            _add(sway, b, a, _DOWNWARD * 2)
            _add(sway, a, b, _UPWARD * 2)
        elif edge.kind is EdgeKind.DOTTED_LINE:
            _add(sway, b, a, _DOTTED * strength)
            _add(sway, a, b, _UPWARD * _DOTTED * strength)
        elif edge.kind is EdgeKind.INFLUENCES:
            _add(sway, a, b, float(strength))
        _add(ties, a, b, float(strength))
    for _a, _b, data in sway.edges(data=True):
        data["cost"] = 1.0 / data["weight"]  # for shortest paths: a strong tie is a short step
    return PursuitGraphs(nodes, sway, ties, conflicts)


def _add(graph: nx.Graph, a: int, b: int, weight: float) -> None:
    # Two ties between the same people add up rather than the last one winning.
    if graph.has_edge(a, b):
        graph[a][b]["weight"] += weight
    else:
        graph.add_edge(a, b, weight=weight)

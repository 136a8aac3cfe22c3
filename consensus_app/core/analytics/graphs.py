"""The networkx graphs the analyses read, built from a pursuit's map.

Two views of the same people:

- `sway`, directed: an edge u → v means "u can move v", weighted per kind as
  core/relationship_kinds.py says. An `influences` tie points its own way;
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

from consensus_app.core.pursuit_map import MapNode, PursuitMap
from consensus_app.core.relationship_kinds import Closeness, kind_info, strength_of


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
    # Weights summed first, edges added once each in the order first seen (the graphs are the
    # same as adding them tie by tie; a 2,000-person map builds twice as fast).
    sway_weights: dict[tuple[int, int], float] = {}
    tie_weights: dict[tuple[int, int], float] = {}
    for edge in pursuit_map.edges:
        a, b = edge.source_id, edge.target_id
        info = kind_info(edge.kind)  # an unknown kind raises here, never counted as another
        if a == b or a not in nodes or b not in nodes:
            continue  # a dangling or self tie says nothing about the group
        strength = strength_of(edge.kind, edge.strength)
        if info.closeness is Closeness.CONFLICT:
            conflicts.add_edge(a, b, weight=strength)
            continue
        # For reports_to and dotted_line, a reports to b: backward is the manager moving the report.
        if info.sway_backward:
            _add(sway_weights, (b, a), info.sway_backward * strength)
        if info.sway_forward:
            _add(sway_weights, (a, b), info.sway_forward * strength)
        _add(tie_weights, (b, a) if (b, a) in tie_weights else (a, b), float(strength))
    # `cost` for shortest paths: a strong tie is a short step.
    sway.add_edges_from((a, b, {"weight": w, "cost": 1.0 / w}) for (a, b), w in sway_weights.items())
    ties.add_edges_from((a, b, {"weight": w}) for (a, b), w in tie_weights.items())
    return PursuitGraphs(nodes, sway, ties, conflicts)


def _add(weights: dict[tuple[int, int], float], pair: tuple[int, int], weight: float) -> None:
    # Two ties between the same people add up rather than the last one winning.
    weights[pair] = weights[pair] + weight if pair in weights else weight

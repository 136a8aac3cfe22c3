"""Small hand-made committees for the analytics tests."""

from __future__ import annotations

from datetime import date, timedelta

import networkx as nx

from consensus_app.core.pursuit_map import EdgeKind, MapEdge, MapNode, PursuitMap
from models import Function, Profile

TODAY = date(2026, 11, 23)
RECENT = TODAY - timedelta(days=5)


def person(
    sid: int,
    *,
    stance: int = 0,
    influence: int = 3,
    profile: Profile = Profile.UNKNOWN,
    function: Function = Function.OPERATIONS,
    approver: bool = False,
    member: bool = True,
    manager: int | None = None,
    engaged: date | None = RECENT,
    verified: date | None = RECENT,
) -> MapNode:
    return MapNode(
        stakeholder_id=sid,
        key=f"p{sid}",
        name=f"Person {sid}",
        title=None,
        function=function,
        profile=profile,
        reports_to_id=manager,
        member_id=sid if member else None,
        approver=approver,
        stance=stance,
        influence=influence,
        last_engaged=engaged,
        last_verified=verified,
    )


def committee(nodes: list[MapNode], ties: list[tuple[int, int, EdgeKind]] = ()) -> PursuitMap:  # type: ignore[assignment]
    edges = [
        MapEdge(n.stakeholder_id, n.reports_to_id, EdgeKind.REPORTS_TO) for n in nodes if n.reports_to_id
    ]
    edges += [MapEdge(a, b, kind) for a, b, kind in ties]
    return PursuitMap(1, 1, "test", nodes, edges)


def from_graph(graph: nx.Graph, kind: EdgeKind = EdgeKind.ALLIES) -> tuple[PursuitMap, dict[object, int]]:
    """A committee of everyone in a networkx graph, tied as the graph says; returns the id map."""
    ids = {name: i for i, name in enumerate(sorted(graph.nodes, key=str), start=1)}
    nodes = [person(i) for i in ids.values()]
    edges = [MapEdge(ids[a], ids[b], kind) for a, b in graph.edges]
    return PursuitMap(1, 1, "graph", nodes, edges), ids

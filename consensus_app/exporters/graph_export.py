"""A pursuit's map as a graph file: GraphML (yEd, Cytoscape, igraph) and GEXF (Gephi), via networkx.

Nodes are stakeholders, identified by their interchange keys; edges are reporting lines (from
the report to the manager) and informal relationships, keyed by their own keys, in one
directed multigraph (allies and conflicts carry `directed=False`). Attribute types are the
ones every reader knows: text, integer, boolean. Neither format has a null, so missing text is
written as "" and a number that does not apply is left out: people who are not on the
committee have no stance or influence.

Node attributes: stakeholder_key (also the node's id), name, label (the name, for Gephi), title,
function, profile, profile_group, role, approver, stance, influence, last_engaged (ISO date or
""), on_committee.
Edge attributes: kind (each kind's export name in core/relationship_kinds.py: reports_to,
dotted_line, influences, allies, conflicts), strength (1..3),
directed; the edge's key (a relationship's key, or `reports_to:REPORT:MANAGER`) is its GraphML id
and, in GEXF, its `networkx_key` (networkx reads both back as the multigraph's edge key).
Integers are written as GraphML/GEXF "long", which yEd, Gephi, Cytoscape and igraph all read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from consensus_app.core.pursuit_map import MapNode, PursuitMap
from consensus_app.core.relationship_kinds import kind_info
from consensus_app.core.text_checks import xml_safe
from consensus_app.exporters.atomic import atomic_output
from models import Profile


def _profile_group(profile: Profile) -> str:
    if profile.is_mobilizer:
        return "mobilizer"
    if profile.is_talker:
        return "talker"
    return "blocker" if profile is Profile.BLOCKER else "unknown"


def node_attributes(node: MapNode) -> dict[str, Any]:
    attributes: dict[str, Any] = {
        "stakeholder_key": node.key,  # not "key": networkx's GEXF writer reserves that name
        "name": node.name,
        "label": node.name,
        "title": node.title or "",
        "function": node.function.value,
        "profile": node.profile.value,
        "profile_group": _profile_group(node.profile),
        "role": node.role.value if node.role is not None else "",
        "approver": bool(node.approver),
        "last_engaged": node.last_engaged.isoformat() if node.last_engaged else "",
        "on_committee": node.on_committee,
    }
    if node.on_committee:
        attributes["stance"] = int(node.stance)
        attributes["influence"] = int(node.influence)
    return attributes


def pursuit_graph(
    pursuit_map: PursuitMap, relationship_keys: dict[int, str] | None = None
) -> nx.MultiDiGraph:
    """The map as a networkx multigraph with every attribute (see the module's docstring).

    `relationship_keys` maps relationship ids to their interchange keys, which become edge keys;
    without it edges are keyed by kind and ends.
    """
    keys = {n.stakeholder_id: n.key for n in pursuit_map.nodes}
    graph = nx.MultiDiGraph(name=pursuit_map.title)
    for node in pursuit_map.nodes:
        graph.add_node(node.key, **node_attributes(node))
    for edge in pursuit_map.edges:
        if edge.source_id not in keys or edge.target_id not in keys:
            continue
        info = kind_info(edge.kind)  # an unknown kind raises, naming it
        source, target = keys[edge.source_id], keys[edge.target_id]
        if (
            edge.relationship_id is not None
            and relationship_keys
            and edge.relationship_id in relationship_keys
        ):
            key = relationship_keys[edge.relationship_id]
        else:
            key = f"{info.export_name}:{source}:{target}"
        strength = int(edge.strength)
        graph.add_edge(
            source, target, key=key, kind=info.export_name, strength=strength, directed=info.directed
        )
    return graph


def xml_safe_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose ids and text hold nothing XML 1.0 forbids (networkx writes text as it is,
    so a name with U+000B would make a file no reader accepts)."""

    def clean(value: Any) -> Any:
        return xml_safe(value) if isinstance(value, str) else value

    def cleaned(attributes: dict[str, Any]) -> dict[str, Any]:
        return {clean(k): clean(v) for k, v in attributes.items()}

    safe = nx.MultiDiGraph(**cleaned(graph.graph))
    safe.add_nodes_from((clean(n), cleaned(data)) for n, data in graph.nodes(data=True))
    safe.add_edges_from(
        (clean(u), clean(v), clean(k), cleaned(data)) for u, v, k, data in graph.edges(keys=True, data=True)
    )
    return safe


def write_graphml(graph: nx.MultiDiGraph, path: Path | str) -> Path:
    with atomic_output(path) as tmp:
        nx.write_graphml(xml_safe_graph(graph), tmp, encoding="utf-8", prettyprint=True)
    return Path(path)


def write_gexf(graph: nx.MultiDiGraph, path: Path | str) -> Path:
    with atomic_output(path) as tmp:
        nx.write_gexf(xml_safe_graph(graph), tmp, encoding="utf-8", prettyprint=True)
    return Path(path)

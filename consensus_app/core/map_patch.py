"""An edited person on the open map without reading the account again.

After an edit of fields (not a person or seat added or removed, not a new manager: those
change the map's shape), the written rows replace their people's nodes and nothing else moves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from consensus_app.core.pursuit_map import EdgeKind, MapEdge, MapNode, PursuitMap, person_fields, seat_fields

if TYPE_CHECKING:
    from models import CommitteeMemberRecord, RelationshipRecord, StakeholderRecord


def patched_map(
    pursuit_map: PursuitMap,
    people: Iterable[StakeholderRecord] = (),
    seats: Iterable[CommitteeMemberRecord] = (),
) -> tuple[PursuitMap, set[int]]:
    """The map with these rows' new values, and the stakeholder ids whose node changed."""
    nodes = {n.stakeholder_id: n for n in pursuit_map.nodes}
    changed: set[int] = set()
    for person in people:
        node = nodes.get(person.id)
        if node is not None:
            nodes[person.id] = _with(node, changed, **person_fields(person))
    for seat in seats:
        node = nodes.get(seat.stakeholder_id)
        if node is not None and seat.pursuit_id == pursuit_map.pursuit_id:
            nodes[seat.stakeholder_id] = _with(node, changed, **seat_fields(seat))
    patched = replace(pursuit_map, nodes=[nodes[n.stakeholder_id] for n in pursuit_map.nodes])
    return patched, changed


def _with(node: MapNode, changed: set[int], **fields: object) -> MapNode:
    new = replace(node, **fields)  # type: ignore[arg-type]
    if new != node:
        changed.add(node.stakeholder_id)
    return new


def with_ties(
    pursuit_map: PursuitMap, ties: Iterable[RelationshipRecord] = (), removed: Iterable[int] = ()
) -> PursuitMap:
    """The map with these relationships added or changed, and those removed (by id)."""
    fresh = {t.id: MapEdge(t.source_id, t.target_id, EdgeKind(t.kind.value), t.strength, t.id) for t in ties}
    gone = set(removed) | set(fresh)
    edges = [e for e in pursuit_map.edges if e.relationship_id is None or e.relationship_id not in gone]
    return replace(pursuit_map, edges=edges + list(fresh.values()))


NO_SEAT = {
    "member_id": None,
    "role": None,
    "approver": False,
    "stance": 0,
    "influence": 1,
    "last_engaged": None,
    "last_verified": None,
    "journey_stage": None,
    "journey_from": None,
    "journey_since": None,
}  # a node's seat fields when the person is not on the committee (MapNode's defaults)


def with_cast(
    pursuit_map: PursuitMap,
    people: Iterable[StakeholderRecord] = (),
    seats: Iterable[CommitteeMemberRecord] = (),
    unseated: Iterable[int] = (),
) -> PursuitMap:
    """The map with these people added (with their reporting lines), these seats taken and the
    people in `unseated` (stakeholder ids) off the committee; nobody is removed."""
    nodes = {n.stakeholder_id: n for n in pursuit_map.nodes}
    edges = list(pursuit_map.edges)
    for person in people:
        if person.id not in nodes:
            nodes[person.id] = MapNode(stakeholder_id=person.id, **person_fields(person))  # type: ignore[arg-type]
            if person.reports_to_id is not None:
                edges.append(MapEdge(person.id, person.reports_to_id, EdgeKind.REPORTS_TO))
    for seat in seats:
        if seat.pursuit_id == pursuit_map.pursuit_id and seat.stakeholder_id in nodes:
            nodes[seat.stakeholder_id] = replace(nodes[seat.stakeholder_id], **seat_fields(seat))  # type: ignore[arg-type]
    for sid in unseated:
        if sid in nodes:
            nodes[sid] = replace(nodes[sid], **NO_SEAT)  # type: ignore[arg-type]
    return replace(pursuit_map, nodes=list(nodes.values()), edges=edges)

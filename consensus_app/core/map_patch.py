"""The open map after an edit, without reading the account again.

The rows an operation wrote (and, for a delete or its undo, the rows that went or came back
with it) replace their people's nodes and lines; nothing else moves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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


def without_people(pursuit_map: PursuitMap, gone: Iterable[int]) -> PursuitMap:
    """The map without these people (stakeholder ids), their lines, and their reports' line to them."""
    gone = set(gone)
    if not gone:
        return pursuit_map
    nodes = [
        replace(n, reports_to_id=None) if n.reports_to_id in gone else n
        for n in pursuit_map.nodes
        if n.stakeholder_id not in gone
    ]
    edges = [e for e in pursuit_map.edges if e.source_id not in gone and e.target_id not in gone]
    return replace(pursuit_map, nodes=nodes, edges=edges)


def with_managers(pursuit_map: PursuitMap, managers: Mapping[int, int | None]) -> PursuitMap:
    """The map with these people (stakeholder id -> manager id, None: nobody) reporting anew."""
    present = {n.stakeholder_id for n in pursuit_map.nodes}
    moved = {sid: boss for sid, boss in managers.items() if sid in present}
    if not moved:
        return pursuit_map
    nodes = [
        replace(n, reports_to_id=moved[n.stakeholder_id]) if n.stakeholder_id in moved else n
        for n in pursuit_map.nodes
    ]
    edges = [e for e in pursuit_map.edges if not (e.kind is EdgeKind.REPORTS_TO and e.source_id in moved)]
    edges += [
        MapEdge(sid, boss, EdgeKind.REPORTS_TO)
        for sid, boss in moved.items()
        if boss is not None and boss in present
    ]
    return replace(pursuit_map, nodes=nodes, edges=edges)

"""An edited person on the open map without reading the account again.

After an edit of fields (not a person or seat added or removed, not a new manager: those
change the map's shape), the written rows replace their people's nodes and nothing else moves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from consensus_app.core.pursuit_map import MapNode, PursuitMap, person_fields, seat_fields

if TYPE_CHECKING:
    from models import CommitteeMemberRecord, StakeholderRecord


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

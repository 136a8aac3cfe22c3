"""Imagined changes to a committee, for what-if: each turns one map into another, in memory."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from consensus_app.core.leavers import Departure
from consensus_app.core.pursuit_map import EdgeKind, MapEdge, PursuitMap
from models import BuyingRole


@dataclass(frozen=True)
class SetStance:
    stakeholder_id: int
    stance: int

    def apply(self, pursuit_map: PursuitMap) -> PursuitMap:
        nodes = [
            replace(n, stance=max(-2, min(2, self.stance))) if n.stakeholder_id == self.stakeholder_id else n
            for n in pursuit_map.nodes
        ]
        return replace(pursuit_map, nodes=nodes)


@dataclass(frozen=True)
class RemoveMember:
    """ "The champion leaves": the person and every tie they had are gone from the map."""

    stakeholder_id: int

    def apply(self, pursuit_map: PursuitMap) -> PursuitMap:
        gone = self.stakeholder_id
        nodes = [
            replace(n, reports_to_id=None) if n.reports_to_id == gone else n
            for n in pursuit_map.nodes
            if n.stakeholder_id != gone
        ]
        edges = [e for e in pursuit_map.edges if gone not in (e.source_id, e.target_id)]
        return replace(pursuit_map, nodes=nodes, edges=edges)


@dataclass(frozen=True)
class AddTie:
    source_id: int
    target_id: int
    kind: EdgeKind = EdgeKind.INFLUENCES
    strength: int = 2

    def apply(self, pursuit_map: PursuitMap) -> PursuitMap:
        tie = MapEdge(self.source_id, self.target_id, self.kind, self.strength)
        return replace(pursuit_map, edges=[*pursuit_map.edges, tie])


@dataclass(frozen=True)
class Engage:
    """ "We meet them": the member counts as engaged on `day`."""

    stakeholder_id: int
    day: date

    def apply(self, pursuit_map: PursuitMap) -> PursuitMap:
        nodes = [
            replace(n, last_engaged=self.day) if n.stakeholder_id == self.stakeholder_id else n
            for n in pursuit_map.nodes
        ]
        return replace(pursuit_map, nodes=nodes)


@dataclass(frozen=True)
class Leaves:
    """ "Ana Lima left the company on this day": off the committee, her seat kept as a departure."""

    stakeholder_id: int
    day: date

    def apply(self, pursuit_map: PursuitMap) -> PursuitMap:
        node = pursuit_map.node(self.stakeholder_id)
        gone = pursuit_map.departures
        if node.on_committee:
            seat = Departure(
                node.stakeholder_id,
                node.name,
                node.profile,
                self.day,
                node.role or BuyingRole.INFLUENCER,
                node.approver,
                node.stance,
                node.influence,
            )
            gone = (seat, *gone)
        left = replace(node, member_id=None, role=None, approver=False, stance=0, left_on=self.day)
        nodes = [left if n.stakeholder_id == self.stakeholder_id else n for n in pursuit_map.nodes]
        return replace(pursuit_map, nodes=nodes, departures=gone)


Change = SetStance | RemoveMember | AddTie | Engage | Leaves

"""The map of one pursuit as plain data: who is on it, and how they are tied.

This is what the canvas draws, the layouts place and the analytics read. Every
stakeholder of the account appears; those not on the pursuit's committee have no
member fields (`member_id is None`) and are drawn faded, so reporting lines stay whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from consensus_app.core.journey import StageMove, as_move
from consensus_app.core.leavers import Departure, departures
from consensus_app.core.plan import PlanDeadline, plan_deadlines
from consensus_app.core.relationship_kinds import UnknownRelationshipKind, kind_info
from models import BuyingRole, BuyingStage, Function, Profile, RelationshipKind
from models.rating_view import Rating
from models.snapshot import AccountSnapshot

if TYPE_CHECKING:
    from models import CommitteeMemberRecord, StakeholderRecord

Point = tuple[float, float]


class EdgeKind(StrEnum):
    """What a line on the map means: the formal reporting line or an informal relationship.

    Everything else about a kind is in core/relationship_kinds.py."""

    REPORTS_TO = "reports_to"
    DOTTED_LINE = RelationshipKind.DOTTED_LINE.value
    INFLUENCES = RelationshipKind.INFLUENCES.value
    ALLIES = RelationshipKind.ALLIES.value
    CONFLICTS = RelationshipKind.CONFLICTS.value

    @property
    def directed(self) -> bool:
        return kind_info(self).directed


def edge_kind(kind: RelationshipKind | str) -> EdgeKind:
    """The map's kind for a stored relationship kind; an unknown one raises naming it."""
    try:
        return EdgeKind(str(kind))
    except ValueError:
        raise UnknownRelationshipKind(kind) from None


@dataclass(frozen=True)
class MapNode:
    stakeholder_id: int
    key: str
    name: str
    title: str | None
    function: Function
    profile: Profile
    reports_to_id: int | None
    member_id: int | None = None  # None: not on this pursuit's committee
    role: BuyingRole | None = None
    approver: bool = False
    stance: int = 0
    influence: int = 1
    last_engaged: date | None = None
    last_verified: date | None = None  # when stance and influence were last checked
    language: str | None = None  # the stakeholder's declared language (BCP 47), if any
    journey_stage: BuyingStage | None = None  # where this member is in the purchase
    journey_from: BuyingStage | None = None  # the stage before their last move
    journey_since: date | None = None  # the day of their last move
    left_on: date | None = None  # the day they left the company (drawn faded, not assessed)

    @property
    def on_committee(self) -> bool:
        return self.member_id is not None


@dataclass(frozen=True)
class MapEdge:
    source_id: int  # for reports_to: the report; the target is the manager
    target_id: int
    kind: EdgeKind
    strength: int = 2
    relationship_id: int | None = None  # None for reporting lines


@dataclass
class PursuitMap:
    account_id: int
    pursuit_id: int
    title: str
    nodes: list[MapNode] = field(default_factory=list)
    edges: list[MapEdge] = field(default_factory=list)
    stage: BuyingStage | None = None  # the pursuit's buying stage (None: not known here)
    plan: tuple[PlanDeadline, ...] = ()  # the plan for deciding together: its steps' deadlines
    ratings: tuple[Rating, ...] = ()  # colleagues' own views of the people (core/ratings.py)
    departures: tuple[Departure, ...] = ()  # seats of people who left the company, newest first
    journey: tuple[StageMove, ...] = ()  # the members' moves between buying stages, oldest first

    def node(self, stakeholder_id: int) -> MapNode:
        return next(n for n in self.nodes if n.stakeholder_id == stakeholder_id)

    def members(self) -> list[MapNode]:
        return [n for n in self.nodes if n.on_committee]


def build_pursuit_map(snapshot: AccountSnapshot, pursuit_id: int) -> PursuitMap:
    pursuit = next(p for p in snapshot.pursuits if p.id == pursuit_id)
    members = {m.stakeholder_id: m for m in snapshot.committee.get(pursuit_id, [])}
    nodes = []
    for person in snapshot.stakeholders:
        member = members.get(person.id)
        seat = seat_fields(member) if member else {}
        nodes.append(MapNode(stakeholder_id=person.id, **person_fields(person), **seat))  # type: ignore[arg-type]
    edges = [
        MapEdge(person.id, person.reports_to_id, EdgeKind.REPORTS_TO)
        for person in snapshot.stakeholders
        if person.reports_to_id is not None
    ]
    edges += [
        MapEdge(tie.source_id, tie.target_id, edge_kind(tie.kind), tie.strength, tie.id)
        for tie in snapshot.relationships
    ]
    the_map = PursuitMap(
        snapshot.account.id,
        pursuit_id,
        f"{snapshot.account.name} — {pursuit.name}",
        nodes,
        edges,
        pursuit.stage,
    )
    the_map.plan = plan_deadlines(snapshot.plans.get(pursuit_id, []))
    the_map.ratings = tuple(r for r in snapshot.ratings if r.pursuit_id in (None, pursuit_id))
    the_map.departures = departures(snapshot.former_seats.get(pursuit_id, []), snapshot.stakeholders)
    the_map.journey = tuple(as_move(step) for step in snapshot.journey.get(pursuit_id, []))
    return the_map


def person_fields(person: StakeholderRecord) -> dict[str, object]:
    """A node's fields that come from the person."""
    return {
        "key": person.key,
        "name": person.name,
        "title": person.title,
        "function": person.function,
        "profile": person.profile,
        "reports_to_id": person.reports_to_id,
        "language": person.language,
        "left_on": person.left_on,
    }


def seat_fields(seat: CommitteeMemberRecord) -> dict[str, object]:
    """A node's fields that come from the person's seat on the pursuit's committee."""
    return {
        "member_id": seat.id,
        "role": seat.role,
        "approver": seat.approver,
        "stance": seat.stance,
        "influence": seat.influence,
        "last_engaged": seat.last_engaged,
        "last_verified": seat.last_verified,
        "journey_stage": seat.journey_stage,
        "journey_from": seat.journey_from,
        "journey_since": seat.journey_since,
    }

"""Everything known about one account, as plain records (what a map or an export needs)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.journey import JourneyStepRecord
    from models.leavers import FormerSeatRecord
    from models.plan import PlanStepRecord
    from models.rating_view import Rating
    from models.tables import (
        AccountRecord,
        CommitteeMemberRecord,
        MessageRecord,
        PriorityRecord,
        PursuitRecord,
        RelationshipRecord,
        StakeholderRecord,
    )
    from models.theme_corrections import ThemeCorrectionSet


@dataclass
class AccountSnapshot:
    account: AccountRecord
    stakeholders: list[StakeholderRecord] = field(default_factory=list)
    relationships: list[RelationshipRecord] = field(default_factory=list)
    priorities: list[PriorityRecord] = field(default_factory=list)
    pursuits: list[PursuitRecord] = field(default_factory=list)
    committee: dict[int, list[CommitteeMemberRecord]] = field(default_factory=dict)  # by pursuit id
    messages: list[MessageRecord] = field(default_factory=list)
    plans: dict[int, list[PlanStepRecord]] = field(default_factory=dict)  # mutual plans, by pursuit id
    theme_corrections: ThemeCorrectionSet | None = None  # the seller's (None: none)
    ratings: list[Rating] = field(default_factory=list)  # colleagues' views of the people, oldest first
    former_seats: dict[int, list[FormerSeatRecord]] = field(default_factory=dict)  # of leavers, by pursuit
    journey: dict[int, list[JourneyStepRecord]] = field(default_factory=dict)  # stage moves, by pursuit

    def stakeholder_keys(self) -> dict[int, str]:
        return {s.id: s.key for s in self.stakeholders}

    def pursuit_keys(self) -> dict[int, str]:
        return {p.id: p.key for p in self.pursuits}

"""What views may read, by name: no view picks a repository or writes through one.

Each function takes the workspace; the controller passes its own (ui/controller.py `reads`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from consensus_app.core.journey import StageMove
    from consensus_app.core.readiness import Reading
    from consensus_app.storage.bad_rows import BadRow
    from consensus_app.storage.workspace import Workspace
    from models import (
        AccountRecord,
        ChangeRecord,
        PriorityRecord,
        PursuitRecord,
        RelationshipRecord,
        StakeholderRecord,
    )
    from models.plan import PlanStepRecord
    from models.snapshot import AccountSnapshot

Point = tuple[float, float]


class Reads:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    # accounts and pursuits
    def accounts(self) -> list[AccountRecord]:
        return self._ws.repos.accounts.list()

    def account(self, account_id: int) -> AccountRecord:
        return self._ws.repos.accounts.get(account_id)

    def account_names(self) -> dict[int, str]:
        return {a.id: a.name for a in self.accounts()}

    def pursuits_of(self, account_id: int) -> list[PursuitRecord]:
        return self._ws.repos.pursuits.for_account(account_id)

    def pursuit(self, pursuit_id: int) -> PursuitRecord:
        return self._ws.repos.pursuits.get(pursuit_id)

    def snapshot(self, account_id: int) -> AccountSnapshot:
        return self._ws.repos.accounts.snapshot(account_id)

    # people
    def people_of(self, account_id: int) -> list[StakeholderRecord]:
        return self._ws.repos.stakeholders.for_account(account_id)

    def person(self, stakeholder_id: int) -> StakeholderRecord:
        return self._ws.repos.stakeholders.get(stakeholder_id)

    def priorities_of(self, stakeholder_id: int) -> list[PriorityRecord]:
        return self._ws.repos.priorities.for_stakeholder(stakeholder_id)

    def priority(self, priority_id: int) -> PriorityRecord:
        return self._ws.repos.priorities.get(priority_id)

    def tie(self, relationship_id: int) -> RelationshipRecord:
        return self._ws.repos.relationships.get(relationship_id)

    # the map's saved places
    def places(self, pursuit_id: int, layout: str) -> dict[int, Point]:
        return self._ws.repos.positions.get(pursuit_id, layout)

    # the change log (live refresh)
    def last_change(self) -> int:
        return self._ws.repos.changes.last_id()

    def changes_after(self, entry_id: int) -> list[ChangeRecord]:
        return self._ws.repos.changes.after(entry_id)

    def change_people(self) -> dict[int, str]:
        """Who each logged change was about (names kept after a delete)."""
        return self._ws.repos.changes.people()

    def change_authors(self) -> dict[str, str]:
        return self._ws.repos.changes.authors()

    # rows that no longer validate, met by reads so far
    def bad_rows(self) -> list[BadRow]:
        return self._ws.repos.quarantine.rows()

    # the plan for deciding together (mutual plan)
    def plan_of(self, pursuit_id: int) -> list[PlanStepRecord]:
        return self._ws.repos.plan_steps.for_pursuit(pursuit_id)

    # each buyer's journey, and readiness over time
    def journey(self, pursuit_id: int) -> list[StageMove]:
        """Every buying-stage move on the pursuit, oldest first."""
        return self._ws.repos.journey.moves(pursuit_id)

    def readiness(self, pursuit_id: int) -> list[Reading]:
        """The pursuit's kept assessments, oldest first (a day's own and its reviews)."""
        from consensus_app.storage.readiness import readings  # the tables load on first use

        return readings(self._ws, pursuit_id)

    def committees_of(self, stakeholder_id: int) -> list[str]:
        """The names of the pursuits whose committees this person sits on (what leaving takes)."""
        repos = self._ws.repos
        seats = repos.committee.list_where(stakeholder_id=stakeholder_id)
        return [repos.pursuits.get(seat.pursuit_id).name for seat in seats]

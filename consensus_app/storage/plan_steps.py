"""The steps of each pursuit's plan for deciding together (models/plan.py), logged like every edit."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, insert
from sqlmodel import Session, col, select

from consensus_app.i18n import _
from consensus_app.storage.errors import ConstraintError
from consensus_app.storage.repository_base import EntityRepository
from models.plan import PlanStep, PlanStepData, PlanStepRecord
from models.tables import Pursuit, Stakeholder

PLAN_STEP = "plan step"


class PlanStepRepository(EntityRepository[PlanStep, PlanStepRecord]):
    row_type = PlanStep
    data_type = PlanStepData
    record_type = PlanStepRecord
    entity = PLAN_STEP
    key_prefix = "step"

    def for_pursuit(self, pursuit_id: int) -> list[PlanStepRecord]:
        """The plan in the team's order (then by due date, then as added)."""
        steps = self.list_where(pursuit_id=pursuit_id)
        return sorted(steps, key=lambda s: (s.position, s.due is None, s.due or 0, s.id))

    def _check(self, session: Session, row: Any) -> None:
        pursuit = session.get(Pursuit, row.pursuit_id)
        if pursuit is None:
            raise ConstraintError(_("the pursuit does not exist"))
        if row.buyer_owner_id is not None:
            owner = session.get(Stakeholder, row.buyer_owner_id)
            if owner is None:
                raise ConstraintError(_("plan step: the buyer's owner does not exist"))
            if owner.account_id != pursuit.account_id:
                raise ConstraintError(_("plan step: the buyer's owner works at another account"))

    def _label(self, session: Session, row: Any) -> str:
        return f"“{row.title[:60]}”"

    def _scope(self, session: Session, row: Any) -> tuple[int | None, int | None]:
        pursuit = session.get(Pursuit, row.pursuit_id)
        return (pursuit.account_id if pursuit else None), row.pursuit_id


def load_plans(
    session: Session,
    pursuit_ids: Iterable[int],
    people: Collection[int],
    kept: Callable[[type[PlanStepRecord], str, Any], PlanStepRecord | None],
) -> dict[int, list[PlanStepRecord]]:
    """Each pursuit's plan for an account snapshot, in the team's order; `kept` validates a row
    (None: it no longer does, and is left out); an owner no longer at the account is none."""
    plans: dict[int, list[PlanStepRecord]] = {pursuit_id: [] for pursuit_id in pursuit_ids}
    query = (
        select(PlanStep)
        .where(col(PlanStep.pursuit_id).in_(list(plans)))
        .order_by(col(PlanStep.position), col(PlanStep.id))
    )
    for row in session.exec(query):
        step = kept(PlanStepRecord, "plan_step", row)
        if step is not None:
            if step.buyer_owner_id is not None and step.buyer_owner_id not in people:
                step.buyer_owner_id = None
            plans[step.pursuit_id].append(step)
    return plans


def import_plans(
    conn: Connection,
    pursuits: Sequence[Mapping[str, Any]],
    pursuit_ids: Mapping[str, int],
    people: Mapping[str, int],
) -> int:
    """The plans of an interchange document's pursuits (checked and normalised), in one insert;
    a step's place in its list is its position. Returns how many steps were written."""
    from consensus_app.core.interchange import DATES, value_fields

    rows = []
    for pursuit in pursuits:
        for position, step in enumerate(pursuit.get("plan", [])):
            values = {
                f: date.fromisoformat(step[f]) if f in DATES and f in step else step.get(f)
                for f in value_fields("plan")
            }
            rows.append(
                {
                    "pursuit_id": pursuit_ids[pursuit["id"]],
                    "key": step["id"],
                    "buyer_owner_id": people[step["buyer_owner"]] if "buyer_owner" in step else None,
                    "position": position,
                    **values,
                }
            )
    if rows:
        conn.execute(insert(PlanStep.__table__), rows)  # type: ignore[attr-defined]
    return len(rows)

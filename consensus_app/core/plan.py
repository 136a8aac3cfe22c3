"""A pursuit's plan for deciding together, as the assessment reads it: each step's deadline.

The steps themselves live in the database (models/plan.py); the map carries these plain
deadlines (`PursuitMap.plan`) so every assessment — the window's, `analyze`, the brief's —
sees the same plan and raises PLAN_STEP_OVERDUE for the same steps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the tables load when a workspace opens, not with the map's types
    from models.plan import PlanStepRecord

DONE = "done"  # models.plan.PlanStepStatus.DONE's stored value


@dataclass(frozen=True)
class PlanDeadline:
    title: str
    due: date | None
    done: bool
    buyer_owner_id: int | None = None
    seller_owner: str = ""

    def days_overdue(self, today: date) -> int:
        """How many days past its due date an open step is (0: not overdue)."""
        if self.done or self.due is None or self.due >= today:
            return 0
        return (today - self.due).days


def plan_deadlines(steps: Iterable[PlanStepRecord]) -> tuple[PlanDeadline, ...]:
    return tuple(
        PlanDeadline(s.title, s.due, s.status == DONE, s.buyer_owner_id, s.seller_owner or "") for s in steps
    )

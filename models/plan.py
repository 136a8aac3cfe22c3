"""A plan for deciding together (a mutual plan): the steps a pursuit's buyer and seller agree on
(migration 0008).

Each step has an owner on each side (a stakeholder of the account, a person of the selling
team), a due date and a status. Unlike stance or profiles, every field of a step is meant to be
shared with the customer's committee: the buyer-safe brief and deck show the plan whole.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from models.enums import KEY_MAX, KEY_PATTERN, NAME_MAX, NOT_BLANK
from models.tables import Versioned, _enum, version_field


class PlanStepStatus(StrEnum):
    """Stored values; never renamed (interchange files hold them)."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        return {"planned": "Planned", "in_progress": "In progress", "done": "Done"}[self.value]


class PlanStepData(SQLModel):
    key: str = Field(max_length=KEY_MAX, schema_extra={"pattern": KEY_PATTERN})
    title: str = Field(max_length=NAME_MAX, schema_extra={"pattern": NOT_BLANK})
    seller_owner: str | None = Field(default=None, max_length=NAME_MAX)  # a person of the selling team
    due: date | None = None
    status: PlanStepStatus = Field(
        default=PlanStepStatus.PLANNED, sa_type=_enum(PlanStepStatus, "plan_step_status")
    )
    position: int = 0  # the order the team put the steps in


class PlanStep(PlanStepData, Versioned, table=True):
    __tablename__ = "plan_step"
    __table_args__ = (UniqueConstraint("pursuit_id", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    version: int = version_field()
    pursuit_id: int = Field(foreign_key="pursuit.id", ondelete="CASCADE", index=True)
    # The buyer's owner: a stakeholder of the pursuit's account; deleting them keeps the step.
    buyer_owner_id: int | None = Field(
        default=None, foreign_key="stakeholder.id", ondelete="SET NULL", index=True
    )


class PlanStepRecord(PlanStepData):
    id: int
    version: int = 1
    pursuit_id: int
    buyer_owner_id: int | None = None

    def overdue(self, today: date) -> bool:
        """Past its due date and not done."""
        return self.due is not None and self.due < today and self.status is not PlanStepStatus.DONE

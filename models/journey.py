"""Where each buyer has been, and how the pursuit's readiness moved: two append-mostly tables.

- `JourneyStep`: one committee member's move from one buying stage to another, with the day
  and a note of what moved them. Kept per pursuit and person (not per seat), so a person taken
  off the committee and seated again keeps their history.
- `ReadinessSnapshot`: the assessment of a pursuit as it stood on a day (score, components,
  findings and everyone's stage, as JSON), one per pursuit per day, updated through the day,
  and a second kind, `reviewed`, written when the user marks the pursuit as reviewed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import DateTime, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from models.enums import NAME_MAX, TEXT_MAX, BuyingStage
from models.tables import _enum


class JourneyStepData(SQLModel):
    day: date
    from_stage: BuyingStage | None = Field(default=None, sa_type=_enum(BuyingStage, "from_stage"))
    to_stage: BuyingStage | None = Field(default=None, sa_type=_enum(BuyingStage, "to_stage"))
    note: str | None = Field(default=None, max_length=TEXT_MAX)
    actor: str | None = Field(default=None, max_length=NAME_MAX)


class JourneyStep(JourneyStepData, table=True):
    __tablename__ = "journey_step"
    __table_args__ = (Index("ix_journey_step_pursuit_id_stakeholder_id", "pursuit_id", "stakeholder_id"),)
    id: int | None = Field(default=None, primary_key=True)
    pursuit_id: int = Field(foreign_key="pursuit.id", ondelete="CASCADE")
    stakeholder_id: int = Field(foreign_key="stakeholder.id", ondelete="CASCADE", index=True)


class JourneyStepRecord(JourneyStepData):
    id: int
    pursuit_id: int
    stakeholder_id: int


class ReadinessSnapshotData(SQLModel):
    day: date
    reviewed: bool = False  # written by "Mark as reviewed" (the day's own snapshot is not)
    taken_at: datetime = Field(sa_type=DateTime(timezone=True))
    score: int | None = None  # None: too little to assess that day
    body: str = Field(sa_type=Text)  # JSON: components, deductions, findings, stages


class ReadinessSnapshot(ReadinessSnapshotData, table=True):
    __tablename__ = "readiness_snapshot"
    __table_args__ = (UniqueConstraint("pursuit_id", "day", "reviewed"),)
    id: int | None = Field(default=None, primary_key=True)
    pursuit_id: int = Field(foreign_key="pursuit.id", ondelete="CASCADE")


class ReadinessSnapshotRecord(ReadinessSnapshotData):
    id: int
    pursuit_id: int

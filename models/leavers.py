"""People who left the company: the seats they held when they went.

A person who leaves keeps their row (`stakeholder.left_on` is the day they left) and their
history; their seats are taken off the committees, and each seat is kept here as it stood
(role, sign-off, stance, influence, stage) so an assessment can still say what the group lost
(CHAMPION_LEFT) and a colleague can read who sat where.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Field, SQLModel

from models.enums import INFLUENCE_RANGE, STANCE_RANGE, BuyingRole, BuyingStage
from models.tables import _enum


class FormerSeatData(SQLModel):
    left_on: date
    role: BuyingRole = Field(default=BuyingRole.INFLUENCER, sa_type=_enum(BuyingRole, "buying_role"))
    approver: bool = False
    stance: int = Field(default=0, ge=STANCE_RANGE[0], le=STANCE_RANGE[1])
    influence: int = Field(default=3, ge=INFLUENCE_RANGE[0], le=INFLUENCE_RANGE[1])
    journey_stage: BuyingStage | None = Field(default=None, sa_type=_enum(BuyingStage, "journey_stage"))


class FormerSeat(FormerSeatData, table=True):
    __tablename__ = "former_seat"
    id: int | None = Field(default=None, primary_key=True)
    pursuit_id: int = Field(foreign_key="pursuit.id", ondelete="CASCADE", index=True)
    stakeholder_id: int = Field(foreign_key="stakeholder.id", ondelete="CASCADE", index=True)


class FormerSeatRecord(FormerSeatData):
    id: int
    pursuit_id: int
    stakeholder_id: int

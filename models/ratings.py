"""Colleagues' ratings of a person: each rater's own view of a stance, an influence or a profile.

The seat's stance and influence and the person's profile stay the agreed value (what the
assessment uses); a rating is one colleague's view beside it, kept per rater by their stable
user id (workspace_user.id) with the name they had when rating (for raters from another
workspace, who have no user row here). Rows are appended, never changed: a rater's view is their
latest row, and the older ones are how their view moved.

A stance or influence rating belongs to one pursuit's committee; a profile is the person's own,
account-wide, so its ratings have no pursuit.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import model_validator
from sqlalchemy import CheckConstraint, Index
from sqlmodel import Field, SQLModel

from models.enums import INFLUENCE_RANGE, NAME_MAX, STANCE_RANGE, USER_ID_MAX, Profile
from models.tables import _enum

RATING_VALUE_MAX = 32


class RatedField(StrEnum):
    STANCE = "stance"
    INFLUENCE = "influence"
    PROFILE = "profile"


def rating_value_problem(field: RatedField, value: str) -> str | None:
    """Why `value` is not a rating of `field` (None: it is one)."""
    if field is RatedField.PROFILE:
        known = {p.value for p in Profile}
        return None if value in known else f"a profile is one of {', '.join(sorted(known))}"
    low, high = STANCE_RANGE if field is RatedField.STANCE else INFLUENCE_RANGE
    try:
        number = int(value)
    except ValueError:
        return f"a {field.value} is a whole number from {low} to {high}"
    return None if low <= number <= high and str(number) == value else f"a {field.value} is {low} to {high}"


class PersonRatingData(SQLModel):
    field: RatedField = Field(sa_type=_enum(RatedField, "rated_field"))
    value: str = Field(max_length=RATING_VALUE_MAX)  # "-2" … "2", "1" … "5", or a profile's value
    day: date
    rater_id: str = Field(max_length=USER_ID_MAX)  # workspace_user.id (no foreign key: imports)
    rater_name: str = Field(max_length=NAME_MAX)  # the rater's name when rating

    @model_validator(mode="after")
    def _value_fits_field(self) -> PersonRatingData:
        problem = rating_value_problem(self.field, self.value)
        if problem is not None:
            raise ValueError(problem)
        return self


class PersonRating(PersonRatingData, table=True):
    __tablename__ = "person_rating"
    __table_args__ = (
        Index("ix_person_rating_stakeholder_id_field", "stakeholder_id", "field"),
        CheckConstraint("(field = 'profile') = (pursuit_id IS NULL)", name="profile_has_no_pursuit"),
    )
    id: int | None = Field(default=None, primary_key=True)
    # None for a profile (the person's own); a stance or influence is on one pursuit's committee.
    pursuit_id: int | None = Field(default=None, foreign_key="pursuit.id", ondelete="CASCADE", index=True)
    stakeholder_id: int = Field(foreign_key="stakeholder.id", ondelete="CASCADE")


class PersonRatingRecord(PersonRatingData):
    id: int
    pursuit_id: int | None = None
    stakeholder_id: int

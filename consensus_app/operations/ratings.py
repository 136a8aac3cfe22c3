"""Recording this user's own view when they set a stance, an influence or a profile.

The seat's or the person's field is the agreed value (changed by the edit itself); the rating step
beside it keeps what this user said, so colleagues who see the person differently show up
(core/ratings.py). Both land in one undo step; undo takes the rating away, redo puts the same row back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from consensus_app.operations.changed import SEAT, STAKEHOLDER
from consensus_app.operations.steps import Key, Step, Writer
from models.enums import Profile

if TYPE_CHECKING:
    from models.ratings import PersonRatingRecord

RATING = "rating"  # Changed.records key of a colleague's rating (the row now, None once taken back)
RATED_ON_SEAT = ("stance", "influence")
RATED_ON_PERSON = ("profile",)


class RecordRating(Step):
    """One rating row: written with its edit, taken back by undo, the same row again on redo."""

    def __init__(self, entity: str, row_id: int, fields: dict[str, Any]) -> None:
        self.entity, self.row_id, self.fields = entity, row_id, fields
        self.record: PersonRatingRecord | None = None

    @property
    def key(self) -> Key | None:
        # The edited row: kept as a colleague left it, this user's view was not given either.
        return (self.entity, self.row_id)

    def apply(self, w: Writer) -> None:
        from consensus_app.storage.ratings import as_rating

        before = self.record  # redo: the same row again, with its own day (not the day of the redo)
        self.record = w.repos.ratings.add(
            **self.fields,
            rating_id=before.id if before is not None else None,
            day=before.day if before is not None else None,
        )
        w.changed.records[(RATING, self.record.id)] = as_rating(self.record)

    def revert(self, w: Writer) -> None:
        assert self.record is not None
        w.repos.ratings.remove(self.record.id)
        w.changed.records[(RATING, self.record.id)] = None


def rating_steps(entity: str, row_id: int, current: dict[str, Any], changes: dict[str, Any]) -> list[Step]:
    """The ratings an edit of `entity` records: a seat's new stance or influence, a person's new
    profile (not "unknown": saying one does not know is no view of the person)."""
    from models.ratings import RatedField

    steps: list[Step] = []
    if entity == SEAT:
        for name in RATED_ON_SEAT:
            if name in changes:
                fields = {
                    "stakeholder_id": current["stakeholder_id"],
                    "pursuit_id": current["pursuit_id"],
                    "field": RatedField(name),
                    "value": str(int(changes[name])),
                }
                steps.append(RecordRating(entity, row_id, fields))
    elif (
        entity == STAKEHOLDER and "profile" in changes and Profile(changes["profile"]) is not Profile.UNKNOWN
    ):
        fields = {
            "stakeholder_id": row_id,
            "field": RatedField.PROFILE,
            "value": Profile(changes["profile"]).value,
        }
        steps.append(RecordRating(entity, row_id, fields))
    return steps

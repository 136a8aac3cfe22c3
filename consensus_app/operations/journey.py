"""Moving a committee member to another buying stage: the seat's stage and its last move change,
and the move joins the member's history, in one undoable step."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from consensus_app.core.journey import stage_words
from consensus_app.operations.changed import SEAT
from consensus_app.operations.operation import Operation
from consensus_app.operations.steps import Key, Step, Update, Writer
from models import BuyingStage

if TYPE_CHECKING:
    from consensus_app.storage.repositories import Repositories
    from models.journey import JourneyStepRecord

JOURNEY_STEP = "journey step"  # Changed.records key of a recorded move


class RecordMove(Step):
    """The move as a row of the member's history; undo takes it away, redo puts the same row back."""

    def __init__(self, member_id: int, fields: dict[str, Any]) -> None:
        self.member_id, self.fields = member_id, fields
        self.record: JourneyStepRecord | None = None

    @property
    def key(self) -> Key | None:
        # The seat's row: kept as a colleague left it, the move did not happen either.
        return (SEAT, self.member_id)

    def apply(self, w: Writer) -> None:
        step_id = self.record.id if self.record is not None else None
        self.record = w.repos.journey.add(**self.fields, step_id=step_id)
        w.changed.records[(JOURNEY_STEP, self.record.id)] = self.record

    def revert(self, w: Writer) -> None:
        assert self.record is not None
        w.repos.journey.remove(self.record.id)
        w.changed.records[(JOURNEY_STEP, self.record.id)] = None


def move_stage(
    repos: Repositories,
    member_id: int,
    text: str,
    journey_stage: BuyingStage | None,
    note: str | None = None,
    day: date | None = None,
    **other: Any,
) -> Operation | None:
    """Move a member to `journey_stage` on `day` (today), with a note of what moved them; None when
    they are there already. `other` seat fields change in the same step (a table row's edit)."""
    seat = repos.committee.get(member_id)
    if seat.journey_stage == journey_stage:
        return None
    day = day or date.today()
    new = {"journey_stage": journey_stage, "journey_from": seat.journey_stage, "journey_since": day, **other}
    old = {field: getattr(seat, field) for field in new}
    move = {
        "pursuit_id": seat.pursuit_id,
        "stakeholder_id": seat.stakeholder_id,
        "day": day,
        "from_stage": seat.journey_stage,
        "to_stage": journey_stage,
        "note": (note or "").strip() or None,
    }
    return Operation(text, [Update(SEAT, member_id, old, new), RecordMove(member_id, move)])


def move_text(name: str, stage: BuyingStage | None) -> str:
    """What the Edit menu says: "Undo Move Ana Lima to supplier selection"."""
    return f"Move {name} to {stage_words(stage).lower()}"

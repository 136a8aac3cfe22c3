"""Marking someone as having left the company, in one undoable step.

The person's row stays, with the day they left; each seat they held is kept as a former seat
(what CHAMPION_LEFT reads) and taken off its committee. Undo takes the former seats away and puts
the very same seats back (same ids, role, stance, stage), and clears the day.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from consensus_app.i18n import _, ngettext
from consensus_app.operations.changed import SEAT, STAKEHOLDER
from consensus_app.operations.operation import Operation
from consensus_app.operations.steps import Delete, Key, Step, Update, Writer

if TYPE_CHECKING:
    from consensus_app.storage.repositories import Repositories
    from models.leavers import FormerSeatRecord

FORMER_SEAT = "former seat"  # Changed.records key of a kept seat


class KeepSeat(Step):
    """The seat as it stood, kept as a former seat; undo takes it away, redo puts the same row back."""

    def __init__(self, member_id: int, fields: dict[str, Any]) -> None:
        self.member_id, self.fields = member_id, fields
        self.record: FormerSeatRecord | None = None

    @property
    def key(self) -> Key | None:
        # The seat's row: kept as a colleague left it, it was not taken off either.
        return (SEAT, self.member_id)

    def apply(self, w: Writer) -> None:
        seat_id = self.record.id if self.record is not None else None
        self.record = w.repos.former_seats.add(seat_id, **self.fields)
        w.changed.records[(FORMER_SEAT, self.record.id)] = self.record

    def revert(self, w: Writer) -> None:
        assert self.record is not None
        w.repos.former_seats.remove(self.record.id)
        w.changed.records[(FORMER_SEAT, self.record.id)] = None


def mark_left(repos: Repositories, stakeholder_id: int, day: date | None = None) -> Operation | None:
    """`stakeholder_id` left the company on `day` (today); None when they are marked already."""
    person = repos.stakeholders.get(stakeholder_id)
    if person.left_on is not None:
        return None
    day = day or date.today()
    steps: list[Step] = [Update(STAKEHOLDER, stakeholder_id, {"left_on": None}, {"left_on": day})]
    for seat in repos.committee.list_where(stakeholder_id=stakeholder_id):
        kept = {
            "pursuit_id": seat.pursuit_id,
            "stakeholder_id": stakeholder_id,
            "left_on": day,
            "role": seat.role,
            "approver": seat.approver,
            "stance": seat.stance,
            "influence": seat.influence,
            "journey_stage": seat.journey_stage,
        }
        steps += [KeepSeat(seat.id, kept), Delete(SEAT, seat.id)]
    return Operation(left_text(person.name), steps)


def mark_many_left(
    repos: Repositories, stakeholder_ids: list[int], day: date | None = None
) -> Operation | None:
    """Several people who left (a CRM export without them), one undo step."""
    operations = [op for sid in stakeholder_ids if (op := mark_left(repos, sid, day)) is not None]
    if not operations:
        return None
    if len(operations) == 1:
        return operations[0]
    n = len(operations)
    text = ngettext("Mark {n} person as left the company", "Mark {n} people as left the company", n).format(
        n=f"{n:,}"
    )
    return Operation(text, [s for op in operations for s in op.steps])


def left_text(name: str) -> str:
    """What the Edit menu says: "Undo Mark Ana Lima as left the company"."""
    return _("Mark {name} as left the company").format(name=name)

"""People who left the company, as the assessment and the map read them (plain data).

A departure is one seat a person held on a pursuit's committee when they left: what the group
lost (their role, sign-off, stance, influence) beside who they were (name, profile).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from consensus_app.i18n import _
from models import BuyingRole, Profile

if TYPE_CHECKING:
    from models import StakeholderRecord
    from models.leavers import FormerSeatRecord

SPONSOR_ROLES = frozenset({BuyingRole.EXECUTIVE_SPONSOR, BuyingRole.CHAMPION})


@dataclass(frozen=True)
class Departure:
    stakeholder_id: int
    name: str
    profile: Profile
    left_on: date
    role: BuyingRole
    approver: bool
    stance: int
    influence: int
    seat_id: int = 0  # the kept seat's row (0: imagined, in a what-if)

    @property
    def carried_it(self) -> bool:
        """A supportive mobilizer or sponsor: someone who carried the purchase inside the customer."""
        return self.stance >= 1 and (self.profile.is_mobilizer or self.role in SPONSOR_ROLES)


def departures(seats: list[FormerSeatRecord], people: list[StakeholderRecord]) -> tuple[Departure, ...]:
    """One pursuit's former seats as departures, newest first; a seat whose person is gone is left out."""
    by_id = {p.id: p for p in people}
    found = [
        Departure(
            seat.stakeholder_id,
            by_id[seat.stakeholder_id].name,
            by_id[seat.stakeholder_id].profile,
            seat.left_on,
            seat.role,
            seat.approver,
            seat.stance,
            seat.influence,
            seat.id,
        )
        for seat in seats
        if seat.stakeholder_id in by_id
    ]
    return tuple(sorted(found, key=lambda d: (d.left_on, d.stakeholder_id), reverse=True))


def left_words(day: date) -> str:
    """What a card or a row says of someone who left: "Left 2026-12-01"."""
    return _("Left {day}").format(day=day.isoformat())


def with_departures(
    departed: tuple[Departure, ...],
    pursuit_id: int,
    kept: list[FormerSeatRecord],
    gone: set[int],
    people: dict[int, tuple[str, Profile]],
) -> tuple[Departure, ...]:
    """A map's departures after seats were kept (someone left) or taken back (undone), in place."""
    here = [seat for seat in kept if seat.pursuit_id == pursuit_id and seat.stakeholder_id in people]
    added = [
        Departure(
            s.stakeholder_id,
            *people[s.stakeholder_id],
            s.left_on,
            s.role,
            s.approver,
            s.stance,
            s.influence,
            s.id,
        )
        for s in here
    ]
    taken = gone | {d.seat_id for d in added}
    found = [d for d in departed if d.seat_id not in taken] + added
    return tuple(sorted(found, key=lambda d: (d.left_on, d.stakeholder_id), reverse=True))

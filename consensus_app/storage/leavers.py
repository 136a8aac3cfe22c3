"""The seats people held when they left the company (models/leavers.py).

Rows are written by the "left the company" edit (operations/leavers.py) as it takes the seats
away, and taken back by its undo; an account snapshot carries them for the assessment.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete
from sqlmodel import Session, col, select

from models.leavers import FormerSeat, FormerSeatRecord

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace


class FormerSeatRepository:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def add(self, seat_id: int | None = None, **fields: Any) -> FormerSeatRecord:
        """Keep a seat as it stood; `seat_id` puts back one taken away (redo keeps its id)."""
        with self._ws.write() as session:
            row = FormerSeat(id=seat_id, **fields)
            session.add(row)
            session.flush()
            return FormerSeatRecord.model_validate(row.model_dump())

    def remove(self, seat_id: int) -> None:
        with self._ws.write() as session:
            session.execute(delete(FormerSeat).where(col(FormerSeat.id) == seat_id))

    def of_person(self, stakeholder_id: int) -> list[FormerSeatRecord]:
        query = (
            select(FormerSeat).where(FormerSeat.stakeholder_id == stakeholder_id).order_by(col(FormerSeat.id))
        )
        with self._ws.read() as session:
            return [FormerSeatRecord.model_validate(row.model_dump()) for row in session.exec(query)]

    def of_pursuit(self, pursuit_id: int) -> list[FormerSeatRecord]:
        query = select(FormerSeat).where(FormerSeat.pursuit_id == pursuit_id).order_by(col(FormerSeat.id))
        with self._ws.read() as session:
            return [FormerSeatRecord.model_validate(row.model_dump()) for row in session.exec(query)]


def load_former_seats(
    session: Session,
    pursuit_ids: Iterable[int],
    people: Collection[int],
    kept: Callable[[type[FormerSeatRecord], str, Any], FormerSeatRecord | None],
) -> dict[int, list[FormerSeatRecord]]:
    """Each pursuit's former seats for an account snapshot (`kept` validates a row)."""
    seats: dict[int, list[FormerSeatRecord]] = {pursuit_id: [] for pursuit_id in pursuit_ids}
    query = select(FormerSeat).where(col(FormerSeat.pursuit_id).in_(list(seats))).order_by(col(FormerSeat.id))
    for row in session.exec(query):
        seat = kept(FormerSeatRecord, "former_seat", row)
        if seat is not None and seat.stakeholder_id in people:
            seats[seat.pursuit_id].append(seat)
    return seats


def import_departures(
    conn: Connection,
    pursuits: Sequence[Mapping[str, Any]],
    pursuit_ids: Mapping[str, int],
    people: Mapping[str, int],
) -> int:
    """Writes each pursuit's `departures` (version 2, optional); returns how many."""
    from sqlalchemy import insert

    rows = [
        {
            "pursuit_id": pursuit_ids[pursuit["id"]],
            "stakeholder_id": people[seat["stakeholder"]],
            "left_on": date.fromisoformat(seat["left_on"]),
            "role": seat.get("role", "influencer"),
            "approver": seat.get("approver", False),
            "stance": seat.get("stance", 0),
            "influence": seat.get("influence", 3),
            "journey_stage": seat.get("journey_stage"),
        }
        for pursuit in pursuits
        for seat in pursuit.get("departures", [])
    ]
    if rows:
        conn.execute(insert(FormerSeat.__table__), rows)  # type: ignore[attr-defined]
    return len(rows)

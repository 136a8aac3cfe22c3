"""The pursuit's readiness kept day by day: one reading per pursuit and day (updated through the
day as the assessment changes) and one per day the user marked the pursuit as reviewed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlmodel import col, select

from consensus_app.core.readiness import Reading, body_of, reading_from
from models.journey import ReadinessSnapshot

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace


def keep_reading(workspace: Workspace, pursuit_id: int, reading: Reading) -> None:
    """Write the reading as its day's (or its day's review); one already there is replaced."""
    with workspace.write() as session:
        query = select(ReadinessSnapshot).where(
            ReadinessSnapshot.pursuit_id == pursuit_id,
            ReadinessSnapshot.day == reading.day,
            ReadinessSnapshot.reviewed == reading.reviewed,
        )
        row = session.exec(query).first() or ReadinessSnapshot(
            pursuit_id=pursuit_id,
            day=reading.day,
            reviewed=reading.reviewed,
            taken_at=reading.taken_at,
            body="",
        )
        row.taken_at = reading.taken_at
        row.score = reading.score
        row.body = json.dumps(body_of(reading), ensure_ascii=False, sort_keys=True)
        session.add(row)


def readings(workspace: Workspace, pursuit_id: int) -> list[Reading]:
    """The pursuit's readings, oldest first."""
    query = (
        select(ReadinessSnapshot)
        .where(ReadinessSnapshot.pursuit_id == pursuit_id)
        .order_by(col(ReadinessSnapshot.day), col(ReadinessSnapshot.taken_at))
    )
    with workspace.read() as session:
        return [
            reading_from(row.day, _aware(row.taken_at), row.score, row.reviewed, row.body)
            for row in session.exec(query)
        ]


def _aware(moment: datetime) -> datetime:
    # SQLite gives back naive datetimes for timezone columns; they were written in UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)

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
    """Write the reading as its day's (or its day's review); one already there is replaced.

    One statement (insert, or update on the day's row): two colleagues' windows keeping the same
    day's reading at once both land, the later one winning, instead of one failing on the key."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    table = ReadinessSnapshot.__table__  # type: ignore[attr-defined]
    values = {
        "taken_at": reading.taken_at,
        "score": reading.score,
        "body": json.dumps(body_of(reading), ensure_ascii=False, sort_keys=True),
    }
    with workspace.write() as session:
        conn = session.connection()
        make = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
        statement = make(table).values(
            pursuit_id=pursuit_id, day=reading.day, reviewed=reading.reviewed, **values
        )
        conn.execute(
            statement.on_conflict_do_update(index_elements=["pursuit_id", "day", "reviewed"], set_=values)
        )


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

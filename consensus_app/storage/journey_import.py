"""Importing each buyer's journey and the readiness readings of an interchange document's
pursuits (version 2, optional; see exporters/journey_interchange.py), inside the import's
transaction. A member's last move also sets their seat's stage before it and its day."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, insert, update

from consensus_app.core.readiness import body_of, reading_from
from models import CommitteeMember
from models.journey import JourneyStep, ReadinessSnapshot


def import_journeys(
    conn: Connection,
    pursuits: Sequence[Mapping[str, Any]],
    pursuit_ids: Mapping[str, int],
    people: Mapping[str, int],
) -> int:
    """Writes every move and reading; returns how many moves were written."""
    moves: list[dict[str, Any]] = []
    snapshots: list[dict[str, Any]] = []
    for pursuit in pursuits:
        pursuit_id = pursuit_ids[pursuit["id"]]
        for step in pursuit.get("journey", []):
            moves.append(
                {
                    "pursuit_id": pursuit_id,
                    "stakeholder_id": people[step["stakeholder"]],
                    "day": date.fromisoformat(step["day"]),
                    "from_stage": step.get("from"),
                    "to_stage": step.get("to"),
                    "note": step.get("note"),
                    "actor": step.get("by"),
                }
            )
        for kept in pursuit.get("readiness", []):
            snapshots.append({"pursuit_id": pursuit_id, **_snapshot(kept, people)})
    if moves:
        conn.execute(insert(JourneyStep.__table__), moves)  # type: ignore[attr-defined]
        _last_moves_on_seats(conn, moves)
    if snapshots:
        conn.execute(insert(ReadinessSnapshot.__table__), snapshots)  # type: ignore[attr-defined]
    return len(moves)


def _snapshot(kept: Mapping[str, Any], people: Mapping[str, int]) -> dict[str, Any]:
    """A reading's row, its people by the ids they got here (anyone unknown is left out)."""
    body = dict(kept.get("reading", {}))
    body["stages"] = {str(people[k]): v for k, v in body.get("stages", {}).items() if k in people}
    body["names"] = {str(people[k]): v for k, v in body.get("names", {}).items() if k in people}
    body["findings"] = [
        {**f, "stakeholders": [people[s] for s in f.get("stakeholders", []) if s in people]}
        for f in body.get("findings", [])
    ]
    taken_at = datetime.fromisoformat(kept["taken_at"])
    day = date.fromisoformat(kept["day"])
    reading = reading_from(day, taken_at, kept.get("score"), bool(kept.get("reviewed")), body)
    return {
        "day": day,
        "reviewed": reading.reviewed,
        "taken_at": taken_at,
        "score": reading.score,
        "body": json.dumps(body_of(reading), ensure_ascii=False, sort_keys=True),
    }


def _last_moves_on_seats(conn: Connection, moves: list[dict[str, Any]]) -> None:
    last: dict[tuple[int, int], dict[str, Any]] = {}
    for move in sorted(moves, key=lambda m: m["day"]):  # (stable: the file's order within a day)
        last[(move["pursuit_id"], move["stakeholder_id"])] = move
    table = CommitteeMember.__table__  # type: ignore[attr-defined]
    for (pursuit_id, stakeholder_id), move in last.items():
        conn.execute(
            update(table)
            .where(
                table.c.pursuit_id == pursuit_id,
                table.c.stakeholder_id == stakeholder_id,
                table.c.journey_stage == move["to_stage"],
            )
            .values(journey_from=move["from_stage"], journey_since=move["day"])
        )

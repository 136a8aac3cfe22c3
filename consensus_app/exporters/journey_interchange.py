"""Each buyer's journey and the pursuit's readiness over time in an interchange document
(version 2, optional): `pursuits[].journey` (every stage move, oldest first) and
`pursuits[].readiness` (the kept readings). People are named by their ids in the file."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consensus_app.core.readiness import Reading, body_of
from consensus_app.storage.journey import JourneyRepository
from consensus_app.storage.readiness import readings
from consensus_app.storage.workspace import Workspace


def journey_part(workspace: Workspace, pursuit_id: int, people: Mapping[int, str]) -> dict[str, Any]:
    """{"journey": [...], "readiness": [...]} with what the pursuit has; {} when it has neither."""
    part: dict[str, Any] = {}
    moves = [
        {
            "stakeholder": people[step.stakeholder_id],
            "day": step.day.isoformat(),
            **({"from": step.from_stage.value} if step.from_stage else {}),
            **({"to": step.to_stage.value} if step.to_stage else {}),
            **({"note": step.note} if step.note else {}),
            **({"by": step.actor} if step.actor else {}),
        }
        for step in JourneyRepository(workspace).of_pursuit(pursuit_id)
        if step.stakeholder_id in people
    ]
    if moves:
        part["journey"] = moves
    kept = [_reading(reading, people) for reading in readings(workspace, pursuit_id)]
    if kept:
        part["readiness"] = kept
    return part


def _reading(reading: Reading, people: Mapping[int, str]) -> dict[str, Any]:
    """A reading with its people by file id; someone deleted since is left out of it."""
    body = body_of(reading)
    body["stages"] = {people[int(k)]: v for k, v in body["stages"].items() if int(k) in people}
    body["names"] = {people[int(k)]: v for k, v in body["names"].items() if int(k) in people}
    for finding in body["findings"]:
        finding["stakeholders"] = [people[s] for s in finding["stakeholders"] if s in people]
    return {
        "day": reading.day.isoformat(),
        "taken_at": reading.taken_at.isoformat(),
        "reviewed": reading.reviewed,
        **({"score": reading.score} if reading.score is not None else {}),
        "reading": body,
    }

"""The seats people held when they left the company, in an interchange document (version 2,
optional): `pursuits[].departures`, so CHAMPION_LEFT reads the same after a round trip. The day
each person left is their own `left_on`; people are named by their ids in the file."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from models.snapshot import AccountSnapshot


def departures_part(snapshot: AccountSnapshot, pursuit_id: int, people: Mapping[int, str]) -> dict[str, Any]:
    """{"departures": [...]} with the pursuit's former seats, oldest first; {} when it has none."""
    seats = [
        {
            "stakeholder": people[seat.stakeholder_id],
            "left_on": seat.left_on.isoformat(),
            "role": seat.role.value,
            "approver": seat.approver,
            "stance": seat.stance,
            "influence": seat.influence,
            **({"journey_stage": seat.journey_stage.value} if seat.journey_stage else {}),
        }
        for seat in snapshot.former_seats.get(pursuit_id, [])
        if seat.stakeholder_id in people
    ]
    return {"departures": seats} if seats else {}

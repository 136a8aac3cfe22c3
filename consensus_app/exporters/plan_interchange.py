"""A pursuit's plan for deciding together in an interchange document (version 2, optional):
`pursuits[].plan`, the steps in the team's order; the buyer's owner by stakeholder id."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from consensus_app.core.interchange import FIELD_ORDER
from models.plan import PlanStepRecord


def plan_part(steps: Sequence[PlanStepRecord], people: Mapping[int, str]) -> dict[str, Any]:
    """{"plan": [...]} for a pursuit with steps; {} for one without (older readers see nothing new)."""
    if not steps:
        return {}
    written = []
    for step in steps:
        values: dict[str, Any] = {
            "id": step.key,
            "title": step.title,
            "buyer_owner": people.get(step.buyer_owner_id) if step.buyer_owner_id is not None else None,
            "seller_owner": step.seller_owner,
            "due": step.due.isoformat() if step.due else None,
            "status": step.status.value,
        }
        written.append({name: values[name] for name in FIELD_ORDER["plan"] if values[name] not in (None, "")})
    return {"plan": written}

"""Each committee member's moves between buying stages, kept per pursuit and person.

Rows are written by the journey edit (operations/journey.py) beside the seat's own stage, and
taken back by its undo; nothing else changes them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from consensus_app.core.journey import StageMove, as_move
from models import BuyingStage
from models.journey import JourneyStep, JourneyStepRecord

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace


class JourneyRepository:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def add(
        self,
        pursuit_id: int,
        stakeholder_id: int,
        day: date,
        from_stage: BuyingStage | None,
        to_stage: BuyingStage | None,
        note: str | None = None,
        step_id: int | None = None,
    ) -> JourneyStepRecord:
        """Record a move; `step_id` puts back one taken away (redo keeps its id)."""
        with self._ws.write() as session:
            row = JourneyStep(
                id=step_id,
                pursuit_id=pursuit_id,
                stakeholder_id=stakeholder_id,
                day=day,
                from_stage=from_stage,
                to_stage=to_stage,
                note=note,
                actor=self._ws.actor,
            )
            session.add(row)
            session.flush()
            return JourneyStepRecord.model_validate(row.model_dump())

    def remove(self, step_id: int) -> None:
        with self._ws.write() as session:
            session.execute(delete(JourneyStep).where(col(JourneyStep.id) == step_id))

    def of_pursuit(self, pursuit_id: int) -> list[JourneyStepRecord]:
        """Every move on this pursuit, oldest first."""
        query = (
            select(JourneyStep)
            .where(JourneyStep.pursuit_id == pursuit_id)
            .order_by(col(JourneyStep.day), col(JourneyStep.id))
        )
        with self._ws.read() as session:
            return [JourneyStepRecord.model_validate(row.model_dump()) for row in session.exec(query)]

    def moves(self, pursuit_id: int) -> list[StageMove]:
        return [as_move(step) for step in self.of_pursuit(pursuit_id)]


def load_journey(
    session: Session,
    pursuit_ids: Iterable[int],
    people: Collection[int],
    kept: Callable[[type[JourneyStepRecord], str, Any], JourneyStepRecord | None],
) -> dict[int, list[JourneyStepRecord]]:
    """Each pursuit's moves of its people (oldest first) for an account snapshot, in one query;
    `kept` validates a row (None: it no longer does, and is left out)."""
    journeys: dict[int, list[JourneyStepRecord]] = {pursuit_id: [] for pursuit_id in pursuit_ids}
    if not journeys:
        return journeys
    query = (
        select(JourneyStep)
        .where(col(JourneyStep.pursuit_id).in_(list(journeys)))
        .order_by(col(JourneyStep.day), col(JourneyStep.id))
    )
    for row in session.exec(query):
        step = kept(JourneyStepRecord, "journey_step", row)
        if step is not None and step.stakeholder_id in people:
            journeys[step.pursuit_id].append(step)
    return journeys

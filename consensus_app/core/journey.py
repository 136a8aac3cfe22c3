"""Where each buyer is in the purchase: the three buying stages, in order, and who is ahead of
or behind the group.

Buying groups do not move together (Gartner: buying jobs are revisited, not walked in a line),
so each committee member has a stage of their own. The group's stage is the middle of theirs
(the lower median, so one eager member does not pull the group forward); where nobody's stage
is known, the pursuit's own stage stands for the group.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from consensus_app.i18n import N_, ShownWords, _
from models import BuyingStage

if TYPE_CHECKING:
    from models.journey import JourneyStepRecord

STAGES: tuple[BuyingStage, ...] = tuple(BuyingStage)
# Shown in the current language wherever they are read (the stages' values are what is stored).
STAGE_WORDS = ShownWords(
    {
        BuyingStage.PROBLEM_DEFINITION: N_("Problem definition"),
        BuyingStage.SOLUTION_IDENTIFICATION: N_("Solution identification"),
        BuyingStage.SUPPLIER_SELECTION: N_("Supplier selection"),
    }
)
STAGE_SHORT = ShownWords(
    {
        BuyingStage.PROBLEM_DEFINITION: N_("Problem"),
        BuyingStage.SUPPLIER_SELECTION: N_("Supplier"),
        BuyingStage.SOLUTION_IDENTIFICATION: N_("Solution"),
    }
)


def stage_index(stage: BuyingStage) -> int:
    return STAGES.index(stage)


def stage_words(stage: BuyingStage | None) -> str:
    return STAGE_WORDS[stage] if stage is not None else _("Not known")


def moved_back(from_stage: BuyingStage | None, to_stage: BuyingStage | None) -> bool:
    """A move to an earlier stage: the member is looping (revisiting a job the group had done)."""
    return from_stage is not None and to_stage is not None and stage_index(to_stage) < stage_index(from_stage)


@dataclass(frozen=True)
class StageMove:
    """One member's move of stage, as the history keeps it."""

    stakeholder_id: int
    day: date
    from_stage: BuyingStage | None
    to_stage: BuyingStage | None
    note: str | None = None
    actor: str | None = None
    step_id: int | None = None  # its row in the history (None: not kept there)

    @property
    def backward(self) -> bool:
        return moved_back(self.from_stage, self.to_stage)


def as_move(step: JourneyStepRecord) -> StageMove:
    """A kept row of the history as a move."""
    return StageMove(
        step.stakeholder_id, step.day, step.from_stage, step.to_stage, step.note, step.actor, step.id
    )


def with_moves(moves: Sequence[StageMove], written: Mapping[int, StageMove | None]) -> tuple[StageMove, ...]:
    """The history after an edit recorded moves or took them back (by step id: the move, or None
    when undo took it away), oldest first."""
    kept = [m for m in moves if m.step_id is None or m.step_id not in written]
    kept += [m for m in written.values() if m is not None]
    return tuple(sorted(kept, key=lambda m: (m.day, m.step_id or 0)))


@dataclass(frozen=True)
class StageChoice:
    """A stage chosen for a member with the day they moved and what moved them (the table's
    Stage column hands this to the window's edit hook, which records the move)."""

    stage: BuyingStage | None
    note: str | None
    day: date


class Standing(StrEnum):
    AHEAD = "ahead"
    WITH = "with the group"
    BEHIND = "behind"
    UNKNOWN = "not known"


def group_stage(
    stages: Iterable[BuyingStage | None], fallback: BuyingStage | None = None
) -> BuyingStage | None:
    """The lower median of the known stages, or `fallback` when none is known."""
    known = sorted(stage_index(s) for s in stages if s is not None)
    if not known:
        return fallback
    return STAGES[known[(len(known) - 1) // 2]]


def standing(stage: BuyingStage | None, group: BuyingStage | None) -> Standing:
    if stage is None or group is None:
        return Standing.UNKNOWN
    difference = stage_index(stage) - stage_index(group)
    return Standing.AHEAD if difference > 0 else Standing.BEHIND if difference < 0 else Standing.WITH


@dataclass(frozen=True)
class JourneyRow:
    """One person's row of the heat map: their stage, where they stand against the group, and
    the stages their history has touched (with the days they moved)."""

    stakeholder_id: int
    name: str
    stage: BuyingStage | None
    standing: Standing
    since: date | None
    visited: frozenset[BuyingStage]
    looped: bool  # their last move was back a stage


def journey_rows(
    people: Sequence[tuple[int, str, BuyingStage | None, BuyingStage | None, date | None]],
    moves: Sequence[StageMove],
    group: BuyingStage | None,
) -> list[JourneyRow]:
    """Rows for (id, name, stage, stage before the last move, day of it), furthest ahead first."""
    visited: dict[int, set[BuyingStage]] = {}
    for move in moves:
        for stage in (move.from_stage, move.to_stage):
            if stage is not None:
                visited.setdefault(move.stakeholder_id, set()).add(stage)
    rows = []
    for sid, name, stage, before, since in people:
        seen = visited.get(sid, set()) | ({stage} if stage is not None else set())
        rows.append(
            JourneyRow(
                sid, name, stage, standing(stage, group), since, frozenset(seen), moved_back(before, stage)
            )
        )
    order = {Standing.AHEAD: 0, Standing.WITH: 1, Standing.BEHIND: 2, Standing.UNKNOWN: 3}
    return sorted(rows, key=lambda r: (order[r.standing], -stage_index(r.stage) if r.stage else 0, r.name))

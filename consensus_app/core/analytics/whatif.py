"""What-if: change the map in memory and see the assessment move before anything is saved.

Each change is a small value object that turns one `PursuitMap` into another; `compare`
says how the score and the findings differ. Nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from consensus_app.core.analytics.assessment import assess
from consensus_app.core.analytics.changes import AddTie, Change, Engage, RemoveMember, SetStance
from consensus_app.core.analytics.facts import PriorityTheme
from consensus_app.core.analytics.results import Assessment, Finding
from consensus_app.core.pursuit_map import PursuitMap


@dataclass(frozen=True)
class WhatIf:
    before: Assessment
    after: Assessment
    changes: tuple[Change, ...]

    @property
    def delta(self) -> int:
        return self.after.score - self.before.score

    @property
    def resolved(self) -> list[Finding]:
        """Findings the changes would make go away."""
        after = {_same(f) for f in self.after.findings}
        return [f for f in self.before.findings if _same(f) not in after]

    @property
    def raised(self) -> list[Finding]:
        """Findings the changes would bring."""
        before = {_same(f) for f in self.before.findings}
        return [f for f in self.after.findings if _same(f) not in before]


def _same(finding: Finding) -> tuple[str, int, tuple[int, ...]]:
    """What makes two findings the same one: a count in its sentence may change ("3 of 4
    supporters"), the problem, its severity and its people do not."""
    return finding.code, finding.severity, finding.stakeholders


def apply_changes(pursuit_map: PursuitMap, changes: Sequence[Change]) -> PursuitMap:
    for change in changes:
        pursuit_map = change.apply(pursuit_map)
    return pursuit_map


def what_if(
    pursuit_map: PursuitMap,
    changes: Sequence[Change],
    today: date,
    themes: Sequence[PriorityTheme] | None = None,
    voiced: dict[int, int] | None = None,
) -> WhatIf:
    before = assess(pursuit_map, today, themes, voiced)
    after_map = apply_changes(pursuit_map, changes)
    kept = {n.stakeholder_id for n in after_map.nodes}
    after_themes = (
        [PriorityTheme(t.label, t.stakeholders & kept) for t in themes] if themes is not None else None
    )
    after = assess(after_map, today, after_themes, voiced)
    return WhatIf(before, after, tuple(changes))


__all__ = ["AddTie", "Change", "Engage", "RemoveMember", "SetStance", "WhatIf", "apply_changes", "what_if"]

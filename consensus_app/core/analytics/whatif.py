"""What-if: change the map in memory and see the assessment move before anything is saved.

Each change is a small value object that turns one `PursuitMap` into another; `compare`
says how the score and the findings differ. Nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from consensus_app.core.analytics.assessment import Assessment, assess
from consensus_app.core.analytics.facts import PriorityTheme
from consensus_app.core.analytics.findings import Finding
from consensus_app.core.pursuit_map import EdgeKind, MapEdge, PursuitMap


@dataclass(frozen=True)
class SetStance:
    stakeholder_id: int
    stance: int

    def apply(self, pursuit_map: PursuitMap) -> PursuitMap:
        nodes = [
            replace(n, stance=max(-2, min(2, self.stance))) if n.stakeholder_id == self.stakeholder_id else n
            for n in pursuit_map.nodes
        ]
        return replace(pursuit_map, nodes=nodes)


@dataclass(frozen=True)
class RemoveMember:
    """ "The champion leaves": the person and every tie they had are gone from the map."""

    stakeholder_id: int

    def apply(self, pursuit_map: PursuitMap) -> PursuitMap:
        gone = self.stakeholder_id
        nodes = [
            replace(n, reports_to_id=None) if n.reports_to_id == gone else n
            for n in pursuit_map.nodes
            if n.stakeholder_id != gone
        ]
        edges = [e for e in pursuit_map.edges if gone not in (e.source_id, e.target_id)]
        return replace(pursuit_map, nodes=nodes, edges=edges)


@dataclass(frozen=True)
class AddTie:
    source_id: int
    target_id: int
    kind: EdgeKind = EdgeKind.INFLUENCES
    strength: int = 2

    def apply(self, pursuit_map: PursuitMap) -> PursuitMap:
        tie = MapEdge(self.source_id, self.target_id, self.kind, self.strength)
        return replace(pursuit_map, edges=[*pursuit_map.edges, tie])


Change = SetStance | RemoveMember | AddTie


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
        return [f for f in self.before.findings if f not in self.after.findings]

    @property
    def raised(self) -> list[Finding]:
        """Findings the changes would bring."""
        return [f for f in self.after.findings if f not in self.before.findings]


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

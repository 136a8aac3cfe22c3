"""Someone leaving the company, for the assessment: left people are not counted, and the what-if
of marking someone as left (the confirmation dialog's preview) is one more imagined change."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from consensus_app.core.analytics.changes import Leaves, RemoveMember
from consensus_app.core.analytics.facts import PriorityTheme
from consensus_app.core.pursuit_map import PursuitMap

if TYPE_CHECKING:
    from consensus_app.core.analytics.whatif import WhatIf


def without_leavers(
    pursuit_map: PursuitMap, themes: Sequence[PriorityTheme] | None
) -> tuple[PursuitMap, Sequence[PriorityTheme] | None]:
    """The map and themes as the assessment reads them: people who left are gone, with their ties."""
    gone = {n.stakeholder_id for n in pursuit_map.nodes if n.left_on is not None}
    if not gone:
        return pursuit_map, themes
    for stakeholder_id in gone:
        pursuit_map = RemoveMember(stakeholder_id).apply(pursuit_map)
    if themes is not None:
        themes = [PriorityTheme(t.label, t.stakeholders - gone) for t in themes]
    return pursuit_map, themes


def leaving_what_if(
    pursuit_map: PursuitMap,
    leaves: Leaves,
    today: date,
    themes: Sequence[PriorityTheme] | None = None,
    voiced: dict[int, int] | None = None,
) -> WhatIf:
    """What the group loses if this person left: the assessment now and after, compared as any
    what-if is (score, findings raised and resolved); nothing is saved."""
    from consensus_app.core.analytics.assessment import assess
    from consensus_app.core.analytics.whatif import WhatIf

    before = assess(pursuit_map, today, themes, voiced)
    after = assess(leaves.apply(pursuit_map), today, themes, voiced)
    return WhatIf(before, after, ())


__all__ = ["Leaves", "leaving_what_if", "without_leavers"]

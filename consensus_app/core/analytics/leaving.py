"""Someone leaving the company, for the assessment: left people are not counted, and the what-if
of marking someone as left (the confirmation dialog's preview) is one more imagined change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from consensus_app.core.analytics.changes import RemoveMember
from consensus_app.core.analytics.facts import PriorityTheme
from consensus_app.core.leavers import Departure
from consensus_app.core.pursuit_map import PursuitMap
from models import BuyingRole

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


@dataclass(frozen=True)
class Leaves:
    """ "Ana Lima left the company on this day": off the committee, her seat kept as a departure."""

    stakeholder_id: int
    day: date

    def apply(self, pursuit_map: PursuitMap) -> PursuitMap:
        node = pursuit_map.node(self.stakeholder_id)
        gone = pursuit_map.departures
        if node.on_committee:
            seat = Departure(
                node.stakeholder_id,
                node.name,
                node.profile,
                self.day,
                node.role or BuyingRole.INFLUENCER,
                node.approver,
                node.stance,
                node.influence,
            )
            gone = (seat, *gone)
        left = replace(node, member_id=None, role=None, approver=False, stance=0, left_on=self.day)
        nodes = [left if n.stakeholder_id == self.stakeholder_id else n for n in pursuit_map.nodes]
        return replace(pursuit_map, nodes=nodes, departures=gone)


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

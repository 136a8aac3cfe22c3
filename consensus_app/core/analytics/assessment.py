"""A pursuit's consensus-readiness: a score 0–100 explained by its parts, and what to do about it.

The score is the weighted sum of six components, each 0..1 with a sentence that says why it
stands where it does; it never appears without them. The findings (see `findings`) say what
is wrong and what to do. Everything is a pure function of the map, the date and the themes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import networkx as nx

from consensus_app.core.analytics import metrics
from consensus_app.core.analytics.facts import (
    ENGAGED_WITHIN_DAYS,
    VERIFIED_WITHIN_DAYS,
    Facts,
    PriorityTheme,
    gather_facts,
)
from consensus_app.core.analytics.findings import all_findings
from consensus_app.core.analytics.results import Assessment, Component
from consensus_app.core.pursuit_map import PursuitMap


def assess(
    pursuit_map: PursuitMap,
    today: date,
    themes: Sequence[PriorityTheme] | None = None,
    voiced: dict[int, int] | None = None,
) -> Assessment:
    """The assessment of one pursuit as of `today`.

    `themes` are the committee's priority themes (who voiced each); `voiced` counts each
    stakeholder's priorities. Without themes, DIVERGENT_PRIORITIES is not assessed.
    """
    facts = gather_facts(pursuit_map, today, themes, voiced)
    if len(facts.members) < MIN_MEMBERS:
        return _not_enough(facts)
    components = [
        _support(facts),
        _approvers(facts),
        _mobilizers(facts),
        _engagement(facts),
        _cohesion(facts),
        _freshness(facts),
    ]
    sources = [m.stakeholder_id for m in facts.supportive_mobilizers]
    targets = [a.stakeholder_id for a in facts.approvers]
    return Assessment(
        score=round(sum(c.points for c in components)),
        components=components,
        findings=all_findings(facts),
        factions=facts.factions,
        brokers=facts.brokers,
        influence=facts.reach,
        isolated=facts.isolated,
        paths=metrics.best_paths(facts.graphs, sources, targets),
    )


MIN_MEMBERS = 2  # a group of one has no consensus to assess


def _not_enough(facts: Facts) -> Assessment:
    if facts.members:
        said = (
            f"Only {facts.members[0].name} is on this pursuit's committee, so there is no group to "
            "assess yet. Add the others who will sign off or weigh in, with their stance and influence."
        )
    else:
        said = (
            "Nobody is on this pursuit's committee yet, so there is nothing to assess. Add the people "
            "who will sign off or weigh in (at least two), with their stance and influence."
        )
    return Assessment(
        score=0,
        components=[],
        findings=[],
        factions=[],
        brokers=[],
        influence=[],
        isolated=[],
        paths=[],
        not_enough=said,
    )


def _support(facts: Facts) -> Component:
    weights = [m.influence for m in facts.members]
    if not weights:
        return Component("support", "Support", 25, 0.0, "Nobody is on the committee yet.")
    mean = sum(m.stance * m.influence for m in facts.members) / sum(weights)
    return Component(
        "support",
        "Support",
        25,
        (mean + 2) / 4,
        f"Stance weighted by influence averages {mean:+.1f} on a scale from −2 (opposed) to +2 (advocate).",
    )


def _approvers(facts: Facts) -> Component:
    approvers = facts.approvers
    if not approvers:
        return Component(
            "approvers", "Approvers", 20, 0.0, "No approver is marked: find out who formally signs off."
        )
    value = sum((a.stance + 2) / 4 for a in approvers) / len(approvers)
    for_it = sum(1 for a in approvers if a.stance >= 1)
    against = sum(1 for a in approvers if a.stance <= -1)
    return Component(
        "approvers",
        "Approvers",
        20,
        value,
        f"{for_it} of {len(approvers)} people who sign off are supportive, {against} against.",
    )


def _mobilizers(facts: Facts) -> Component:
    movers = {m.stakeholder_id for m in facts.supportive_mobilizers}
    groups = [g for g in facts.factions if len(g) > 1] or [[m.stakeholder_id for m in facts.members]]
    groups = [g for g in groups if g]
    if not groups:
        return Component("mobilizers", "Mobilizers", 20, 0.0, "Nobody is on the committee yet.")
    covered = sum(1 for g in groups if movers & set(g))
    return Component(
        "mobilizers",
        "Mobilizers",
        20,
        covered / len(groups),
        f"{len(movers)} supportive mobilizer(s); {covered} of {len(groups)} group(s) of two or more "
        "on the committee have one inside.",
    )


def _engagement(facts: Facts) -> Component:
    members = facts.members
    if not members:
        return Component("engagement", "Engagement", 15, 0.0, "Nobody is on the committee yet.")
    weight = sum(m.influence for m in members)
    engaged = [m for m in members if facts.engaged(m)]
    return Component(
        "engagement",
        "Engagement",
        15,
        sum(m.influence for m in engaged) / weight,
        f"{len(engaged)} of {len(members)} members engaged in the last {ENGAGED_WITHIN_DAYS} days "
        "(weighted by influence).",
    )


def _cohesion(facts: Facts) -> Component:
    members = [m.stakeholder_id for m in facts.members]
    if len(members) < 2:
        return Component(
            "cohesion", "Cohesion", 10, 1.0 if members else 0.0, "One person agrees with themself."
        )
    component = {n: part for part in nx.connected_components(facts.graphs.ties) for n in part}
    largest = max(sum(1 for other in members if other in component[sid]) for sid in members)
    member_set = set(members)
    conflicts = sum(1 for a, b in facts.graphs.conflicts.edges if a in member_set and b in member_set)
    ties = sum(1 for a, b in facts.graphs.ties.edges if a in member_set and b in member_set)
    connected = largest / len(members)
    calm = 1.0 - conflicts / (ties + conflicts) if ties + conflicts else 1.0
    return Component(
        "cohesion",
        "Cohesion",
        10,
        connected * calm,
        f"{largest} of {len(members)} members are connected to each other; {conflicts} conflict(s) "
        f"against {ties} other tie(s) among them.",
    )


def _freshness(facts: Facts) -> Component:
    members = facts.members
    if not members:
        return Component("freshness", "Freshness", 10, 0.0, "Nobody is on the committee yet.")
    verified = sum(1 for m in members if facts.verified(m))
    return Component(
        "freshness",
        "Freshness",
        10,
        verified / len(members),
        f"{verified} of {len(members)} members' stance and influence checked in the last "
        f"{VERIFIED_WITHIN_DAYS} days.",
    )

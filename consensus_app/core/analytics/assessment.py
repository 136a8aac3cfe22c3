"""A pursuit's consensus-readiness: a score 0–100 explained by its parts, and what to do about it.

The score is the weighted sum of six components, each 0..1 with a sentence that says why it
stands where it does, less a deduction for each cause of trouble the findings describe (see
`deductions`); it never appears without them. The findings say what is wrong and what to do.
Weights and the research behind them: docs/scoring.md. Everything is a pure function of the
map, the date and the themes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import networkx as nx

from consensus_app.core.analytics import metrics
from consensus_app.core.analytics.deductions import deductions
from consensus_app.core.analytics.facts import (
    ENGAGED_WITHIN_DAYS,
    VERIFIED_WITHIN_DAYS,
    Facts,
    PriorityTheme,
    gather_facts,
)
from consensus_app.core.analytics.findings import all_findings
from consensus_app.core.analytics.leaving import without_leavers
from consensus_app.core.analytics.results import Assessment, Component
from consensus_app.core.cycle_collector import fewer_collections
from consensus_app.core.pursuit_map import MapNode, PursuitMap
from consensus_app.core.ratings import on_map
from consensus_app.i18n import _, ngettext


@fewer_collections()  # many small objects, almost no garbage: see core/cycle_collector.py
def assess(
    pursuit_map: PursuitMap,
    today: date,
    themes: Sequence[PriorityTheme] | None = None,
    voiced: dict[int, int] | None = None,
) -> Assessment:
    """The assessment of one pursuit as of `today`.

    `themes` are the committee's priority themes (who voiced each); `voiced` counts each
    stakeholder's priorities. Without themes, DIVERGENT_PRIORITIES is not assessed. People who
    left the company are not counted (CHAMPION_LEFT reads the seats they held).
    """
    pursuit_map, themes = without_leavers(pursuit_map, themes)
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
    findings = all_findings(facts)
    taken = deductions(findings)
    return Assessment(
        score=max(0, round(sum(c.points for c in components) - sum(d.points for d in taken))),
        components=components,
        deductions=taken,
        findings=findings,
        factions=facts.factions,
        brokers=facts.brokers,
        influence=facts.reach,
        isolated=facts.isolated,
        paths=metrics.best_paths(facts.graphs, sources, targets),
        disagreements=on_map(pursuit_map),
    )


MIN_MEMBERS = 2  # a group of one has no consensus to assess


def _not_enough(facts: Facts) -> Assessment:
    if facts.members:
        said = _(
            "Only {name} is on this pursuit's committee, so there is no group to "
            "assess yet. Add the others who will sign off or weigh in, with their stance and influence."
        ).format(name=facts.members[0].name)
    else:
        said = _(
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


def _for_and_against(nodes: list[MapNode], weigh: Callable[[MapNode], float]) -> tuple[float, float]:
    """Shares (0..1) of the weight that is supportive, and against (skeptical counts half).

    Shares, not a mean stance: a supporter never lowers them by joining, nor raises them by
    leaving, so the score cannot improve when a champion goes.
    """
    total = sum(weigh(n) for n in nodes)
    supportive = sum(weigh(n) for n in nodes if n.stance >= 1)
    against = sum(weigh(n) * min(1.0, -n.stance / 2) for n in nodes if n.stance <= -1)
    return supportive / total, against / total


def _support(facts: Facts) -> Component:
    supportive, against = _for_and_against(facts.members, lambda m: m.influence)
    return Component(
        "support",
        _("Support"),
        25,
        (1 + supportive - against) / 2,
        _(
            "{supportive} of the committee's influence is supportive, {against} against "
            "(a skeptic counts half)."
        ).format(supportive=f"{supportive:.0%}", against=f"{against:.0%}"),
    )


def _approvers(facts: Facts) -> Component:
    approvers = facts.approvers
    if not approvers:
        return Component(
            "approvers", _("Approvers"), 22, 0.0, _("No approver is marked: find out who formally signs off.")
        )
    supportive, against = _for_and_against(approvers, lambda _a: 1.0)
    for_it = sum(1 for a in approvers if a.stance >= 1)
    opposed = sum(1 for a in approvers if a.stance <= -1)
    return Component(
        "approvers",
        _("Approvers"),
        22,
        (1 + supportive - against) / 2,
        _approver_sentence(len(approvers), for_it, opposed),
    )


def _approver_sentence(approvers: int, for_it: int, opposed: int) -> str:
    if approvers == 1:
        if for_it:
            return _("The one person who signs off is supportive.")
        if opposed:
            return _("The one person who signs off is against.")
        return _("The one person who signs off is neither for nor against.")
    return ngettext(
        "Of the {approvers} people who sign off, {for_it} is supportive, {opposed} against.",
        "Of the {approvers} people who sign off, {for_it} are supportive, {opposed} against.",
        for_it,
    ).format(approvers=approvers, for_it=for_it, opposed=opposed)


def _mobilizers(facts: Facts) -> Component:
    """Half how much of the committee's influence supportive mobilizers can sway (themselves
    included), half how many there are: each one more makes the group less dependent on one."""
    movers = facts.supportive_mobilizers
    weight = {m.stakeholder_id: m.influence for m in facts.members}
    reached: set[int] = set()
    for mover in movers:
        pull = metrics.sway_strength(facts.graphs, mover.stakeholder_id, lambda n: n.stance >= 0)
        reached |= {mover.stakeholder_id, *pull}
    coverage = sum(w for sid, w in weight.items() if sid in reached) / sum(weight.values())
    depth = 1 - 0.5 ** sum(1.0 if m.stance >= 2 else 0.5 for m in movers)
    advocates = sum(1 for m in movers if m.stance >= 2)
    return Component(
        "mobilizers",
        _("Mobilizers"),
        21,
        (coverage + depth) / 2,
        ngettext(
            "{n} supportive mobilizer ({advocates} advocating); they can sway {coverage} of the committee's "
            "influence.",
            "{n} supportive mobilizers ({advocates} advocating); they can sway {coverage} of the committee's "
            "influence.",
            len(movers),
        ).format(n=len(movers), advocates=advocates, coverage=f"{coverage:.0%}"),
    )


def _engagement(facts: Facts) -> Component:
    members = facts.members
    if not members:
        return Component("engagement", _("Engagement"), 12, 0.0, _("Nobody is on the committee yet."))
    weight = sum(m.influence for m in members)
    engaged = [m for m in members if facts.engaged(m)]
    return Component(
        "engagement",
        _("Engagement"),
        12,
        sum(m.influence for m in engaged) / weight,
        _("{engaged} of {members} members engaged in the last {days} days (weighted by influence).").format(
            engaged=len(engaged), members=len(members), days=ENGAGED_WITHIN_DAYS
        ),
    )


def _cohesion(facts: Facts) -> Component:
    members = [m.stakeholder_id for m in facts.members]
    if len(members) < 2:
        return Component(
            "cohesion", _("Cohesion"), 15, 1.0 if members else 0.0, _("One person agrees with themself.")
        )
    member_set = set(members)
    largest = max(len(part & member_set) for part in nx.connected_components(facts.graphs.ties))
    conflicts = sum(1 for a, b in facts.graphs.conflicts.edges if a in member_set and b in member_set)
    ties = sum(1 for a, b in facts.graphs.ties.edges if a in member_set and b in member_set)
    connected = largest / len(members)
    calm = 1.0 - conflicts / (ties + conflicts) if ties + conflicts else 1.0
    return Component(
        "cohesion",
        _("Cohesion"),
        15,
        connected * calm,
        _cohesion_sentence(largest, len(members), conflicts, ties),
    )


def _cohesion_sentence(largest: int, members: int, conflicts: int, ties: int) -> str:
    conflict_words = ngettext("{n} conflict", "{n} conflicts", conflicts).format(n=f"{conflicts:,}")
    tie_words = ngettext("{n} other tie", "{n} other ties", ties).format(n=f"{ties:,}")
    return _(
        "{largest} of {members} members are connected to each other; {conflicts} against {ties} among them."
    ).format(largest=largest, members=members, conflicts=conflict_words, ties=tie_words)


def _freshness(facts: Facts) -> Component:
    members = facts.members
    if not members:
        return Component("freshness", _("Freshness"), 5, 0.0, _("Nobody is on the committee yet."))
    verified = sum(1 for m in members if facts.verified(m))
    return Component(
        "freshness",
        _("Freshness"),
        5,
        verified / len(members),
        _("{verified} of {members} members' stance and influence checked in the last {days} days.").format(
            verified=verified, members=len(members), days=VERIFIED_WITHIN_DAYS
        ),
    )

"""The assessment's findings: each a stable code, a severity, advice, and the people it concerns.

Each rule is a small function of the `Facts`; `all_findings` runs them in a fixed order and
sorts the result by severity, so the same pursuit always reads the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import networkx as nx

from consensus_app.core.analytics import metrics
from consensus_app.core.analytics.divergence import divergent_pairs
from consensus_app.core.analytics.facts import (
    RESEARCH_AVERAGE_SIGN_OFFS,
    THREADED_WITHIN_DAYS,
    VERIFIED_WITHIN_DAYS,
    Facts,
)
from consensus_app.core.analytics.journey_findings import JOURNEY_RESEARCH, JOURNEY_RULES
from consensus_app.core.analytics.leaver_findings import LEAVER_RESEARCH, LEAVER_RULES
from consensus_app.core.analytics.plan_findings import PLAN_RESEARCH, PLAN_RULES
from consensus_app.core.analytics.results import Finding, Severity
from consensus_app.core.pursuit_map import MapNode
from consensus_app.core.wording import function_words, joined
from consensus_app.i18n import N_, _, ngettext
from models import Profile

# The research each code rests on, with its source; docs/scoring.md says what each costs.
RESEARCH = {
    "NO_MOBILIZER": N_(
        "Mobilizers (Go-Getters, Teachers, Skeptics) drive consensus; talkers are easy to reach "
        "but do not (CEB, The Challenger Customer, 2015)."
    ),
    "FACTION_WITHOUT_MOBILIZER": N_(
        "What works is helping stakeholders connect with each other, which takes a "
        "mobilizer inside each group (CEB, Making the Consensus Sale, 2015)."
    ),
    "TALKER_HEAVY": N_("Many coverage metrics reward talkers; deals move through mobilizers (CEB, 2015)."),
    "LARGE_GROUP": N_(
        "On average 5.4 people sign off; purchase likelihood falls from 81% with one "
        "stakeholder to "
        "31% with six (CEB, Making the Consensus Sale, 2015)."
    ),
    "DIVERGENT_PRIORITIES": N_(
        "89% of high-regret purchases had very different, conflicting objectives inside "
        "the group; a shared view of the problem is what unites it (CEB/Gartner)."
    ),
    "SINGLE_THREADED": N_(
        "Group decisions are rated hardest about twice as often as individual ones; one "
        "contact cannot carry a group (CEB/Gartner buying-group surveys)."
    ),
    **PLAN_RESEARCH,
    **JOURNEY_RESEARCH,
    **LEAVER_RESEARCH,
}


Rule = Callable[[Facts], Iterator[Finding]]


def _finding(code: str, severity: Severity, message: str, ids: list[int] | tuple[int, ...] = ()) -> Finding:
    research = RESEARCH.get(code)
    return Finding(code, severity, message, tuple(ids), _(research) if research else None)


def _names(facts: Facts, ids: list[int]) -> str:
    return joined([facts.name(sid) for sid in ids])  # "A, B and C" in the current language


def no_mobilizer(facts: Facts) -> Iterator[Finding]:
    if facts.members and not facts.supportive_mobilizers:
        talkers = [m.stakeholder_id for m in facts.supporters if m.profile.is_talker]
        hint = " " + _("Ask {names} who drives change there.").format(names=_names(facts, talkers))
        yield _finding(
            "NO_MOBILIZER",
            Severity.CRITICAL,
            _(
                "Nobody supportive on the committee is a mobilizer (Go-Getter, Teacher or Skeptic), "
                "so no one will build agreement for you. Find one and win them over."
            )
            + (hint if talkers else ""),
            talkers,
        )


def faction_without_mobilizer(facts: Facts) -> Iterator[Finding]:
    movers = {m.stakeholder_id for m in facts.supportive_mobilizers}
    if not movers:
        return  # no mobilizer anywhere: NO_MOBILIZER already says it
    for number, faction in enumerate(facts.factions, start=1):
        # A faction of one is a person, not a group to mobilise: other findings speak of them.
        if len(faction) > 1 and not movers & set(faction):
            yield _finding(
                "FACTION_WITHOUT_MOBILIZER",
                Severity.WARNING,
                _(
                    "Group {number} ({names}) has no supportive mobilizer: nobody inside it "
                    "will carry the case to the others. Find a Go-Getter, Teacher or Skeptic there."
                ).format(number=number, names=_names(facts, faction)),
                faction,
            )


def approver_opposed(facts: Facts) -> Iterator[Finding]:
    for node in facts.approvers:
        if node.stance <= -1:
            yield _finding(
                "APPROVER_OPPOSED",
                Severity.CRITICAL,
                _(
                    "{name} signs off and is {leaning}. Learn what "
                    "they need to be true and address it before the group decides."
                ).format(name=node.name, leaning=_leaning(node.stance)),
                [node.stakeholder_id],
            )


HIGH_INFLUENCE = 4  # 1–5: someone whose word carries with the whole group


def blocker_risk(facts: Facts) -> Iterator[Finding]:
    """Blockers (still not supportive) and opposed people of high influence, and the approvers
    they can sway (influence and reporting lines, at most two steps, by strength).

    An opposed approver who sways no other approver is APPROVER_OPPOSED's, not said twice.
    """
    approvers = [a.stakeholder_id for a in facts.approvers]
    for node in facts.members:
        blocker = node.profile is Profile.BLOCKER and node.stance <= 0
        if not (blocker or (node.stance <= -1 and node.influence >= HIGH_INFLUENCE)):
            continue
        reached = metrics.swayed(facts.graphs, node.stakeholder_id, approvers, _not_supportive)
        if node.approver and node.stance <= -1 and not reached:
            continue  # APPROVER_OPPOSED says it
        if not (reached or node.approver or node.influence >= HIGH_INFLUENCE):
            continue
        who = _("a Blocker") if blocker else _leaning(node.stance)
        if reached:
            what = ngettext(
                "can sway {names}, who signs off", "can sway {names}, who sign off", len(reached)
            ).format(names=_names(facts, reached))
        elif node.approver:
            what = _("signs off")
        else:
            what = _("carries weight with the whole group")
        yield _finding(
            "BLOCKER_RISK",
            Severity.CRITICAL if reached and node.stance <= -1 else Severity.WARNING,
            _(
                "{name} ({who}, influence {influence}) {what}. Neutralise the objection early: "
                "involve them in defining the problem, and brief the approvers before they hear it from them."
            ).format(name=node.name, who=who, influence=node.influence, what=what),
            [node.stakeholder_id, *reached],
        )


def _not_supportive(node: MapNode) -> bool:
    return node.stance <= 0


def _leaning(stance: int) -> str:
    return _("opposed") if stance <= -2 else _("skeptical") if stance == -1 else _("neutral or better")


def talker_heavy(facts: Facts) -> Iterator[Finding]:
    supporters = facts.supporters
    talkers = [m.stakeholder_id for m in supporters if m.profile.is_talker]
    if supporters and len(talkers) * 2 > len(supporters):
        yield _finding(
            "TALKER_HEAVY",
            Severity.INFO,
            _(
                "{talkers} of {supporters} supporters are talkers (Guides, Friends, Climbers): "
                "pleasant to meet, but they will not drive a decision. Spend time on the mobilizers instead."
            ).format(talkers=len(talkers), supporters=len(supporters)),
            talkers,
        )


def single_threaded(facts: Facts) -> Iterator[Finding]:
    engaged = [m.stakeholder_id for m in facts.members if facts.engaged(m, THREADED_WITHIN_DAYS)]
    if len(facts.members) > 1 and len(engaged) == 1:
        yield _finding(
            "SINGLE_THREADED",
            Severity.WARNING,
            _(
                "Only {name} has been engaged in the last {days} days: if "
                "they leave or go quiet, the deal goes with them. Build relationships across the committee."
            ).format(name=facts.name(engaged[0]), days=THREADED_WITHIN_DAYS),
            engaged,
        )
        return
    if not engaged:
        return  # UNENGAGED_APPROVER says it, approver by approver
    unreached = _unreached_approvers(facts, engaged)
    if unreached:
        yield _finding(
            "SINGLE_THREADED",
            Severity.WARNING,
            ngettext(
                "Nobody you engage has any known tie to {names}, who signs off. Open a line to them.",
                "Nobody you engage has any known tie to {names}, who sign off. Open a line to them.",
                len(unreached),
            ).format(names=_names(facts, unreached)),
            unreached,
        )
        return
    cut = _single_thread(facts, engaged)
    if cut is not None:
        yield _finding(
            "SINGLE_THREADED",
            Severity.WARNING,
            _(
                "Every connection from the people you engage to the approvers runs through "
                "{name}. Open a second line to the approvers."
            ).format(name=facts.name(cut)),
            [cut],
        )


def _unreached_approvers(facts: Facts, engaged: list[int]) -> list[int]:
    """Approvers not engaged themselves and with no chain of ties to anyone engaged."""
    reachable: set[int] = set()
    for sid in engaged:
        reachable |= nx.node_connected_component(facts.graphs.ties, sid)
    return [a.stakeholder_id for a in facts.approvers if a.stakeholder_id not in reachable]


def _single_thread(facts: Facts, engaged: list[int]) -> int | None:
    """The one person between the engaged members and the approvers not yet engaged, if any."""
    far = [a.stakeholder_id for a in facts.approvers if a.stakeholder_id not in engaged]
    if not engaged or not far:
        return None
    graph = nx.Graph(facts.graphs.ties)
    graph.add_edges_from(("engaged", sid) for sid in engaged)
    graph.add_edges_from((sid, "approvers") for sid in far)
    if not nx.has_path(graph, "engaged", "approvers"):
        return None
    cut = nx.minimum_node_cut(graph, "engaged", "approvers")
    if len(cut) == 1:
        (person,) = cut
        return int(person)
    return None


def unengaged_approver(facts: Facts) -> Iterator[Finding]:
    for node in facts.approvers:
        if node.last_engaged is None:
            message = _("{name} signs off but has never been engaged. Meet them within the next two weeks.")
        elif not facts.engaged(node):
            message = _(
                "{name} signs off but was last engaged {days} days ago. Meet them within the next two weeks."
            )
        else:
            continue
        days = (facts.today - node.last_engaged).days if node.last_engaged else 0
        yield _finding(
            "UNENGAGED_APPROVER",
            Severity.WARNING,
            message.format(name=node.name, days=days),
            [node.stakeholder_id],
        )


def stale_assessment(facts: Facts) -> Iterator[Finding]:
    stale = [m.stakeholder_id for m in facts.members if not facts.verified(m)]
    if stale:
        yield _finding(
            "STALE_ASSESSMENT",
            Severity.INFO,
            _(
                "Stance and influence of {names} have not been checked in "
                "{days} days. Verify them before relying on this assessment."
            ).format(names=_names(facts, stale), days=VERIFIED_WITHIN_DAYS),
            stale,
        )


def large_group(facts: Facts) -> Iterator[Finding]:
    count = len(facts.approvers)
    if count > RESEARCH_AVERAGE_SIGN_OFFS:
        yield _finding(
            "LARGE_GROUP",
            Severity.INFO,
            _(
                "{count} people sign off, more than the average of {average}: agreement will "
                "be harder to reach. Invest early in a shared view of the problem."
            ).format(count=count, average=RESEARCH_AVERAGE_SIGN_OFFS),
            [a.stakeholder_id for a in facts.approvers],
        )


def divergent_priorities(facts: Facts) -> Iterator[Finding]:
    """Functions that weigh in on the decision (an approver or an influential member inside)
    and share no priority theme; the weightiest pairs, with their words, as evidence. Factions
    are the mobilizer rules' concern: comparing them here would make the finding come and go
    with every tie drawn on the map."""
    apart = divergent_pairs(facts, lambda n: n.approver or n.influence >= HIGH_INFLUENCE)
    if not apart:
        return
    shown = _("; ").join(
        _("{first} and {second}").format(
            first=function_words(p.first.function), second=function_words(p.second.function)
        )
        for p in apart[:4]
    )
    more = _(" and {count} more pairs").format(count=len(apart) - 4) if len(apart) > 4 else ""
    people = sorted({sid for p in apart for sid in (*p.first.stakeholders, *p.second.stakeholders)})
    # People who both sign off and want different things: the high-regret purchase's mark.
    severe = any(p.both_sign_off for p in apart)
    yield replace(
        _finding(
            "DIVERGENT_PRIORITIES",
            Severity.CRITICAL if severe else Severity.WARNING,
            _(
                "No priority theme in common between {pairs}, who weigh in on this decision. Find the "
                "problem they share and say it in their own words before proposing a solution."
            ).format(pairs=shown + more),
            people,
        ),
        compared=tuple(apart[:COMPARED_SHOWN]),
        compared_more=max(0, len(apart) - COMPARED_SHOWN),
    )


COMPARED_SHOWN = 3  # pairs whose statements the finding carries; the rest are counted


RULES: list[Rule] = [
    no_mobilizer,
    faction_without_mobilizer,
    approver_opposed,
    blocker_risk,
    talker_heavy,
    single_threaded,
    unengaged_approver,
    stale_assessment,
    large_group,
    divergent_priorities,
    *PLAN_RULES,
    *JOURNEY_RULES,
    *LEAVER_RULES,
]


def all_findings(facts: Facts) -> list[Finding]:
    found = [finding for rule in RULES for finding in rule(facts)]
    return sorted(found, key=lambda f: -f.severity)  # stable: rule order within a severity

"""Findings about where each buyer is in the purchase: the late veto and the member who looped.

Each committee member has a buying stage of their own (problem definition, solution
identification, supplier selection). These rules read it from the map: JOURNEY_LAG when someone
who can stop the deal is still defining the problem while the pursuit is choosing a supplier,
LOOPING when a member's last move took them back a stage.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from consensus_app.core.analytics.facts import Facts
from consensus_app.core.analytics.results import Finding, Severity
from consensus_app.core.journey import moved_back, stage_words
from consensus_app.core.wording import joined
from consensus_app.i18n import N_, _, ngettext
from models import BuyingStage

HIGH_INFLUENCE = 4  # the same bar as findings.HIGH_INFLUENCE: their word carries with the group
LOOPED_WITHIN_DAYS = 90  # a move back older than this is where they are, not news

JOURNEY_RESEARCH = {
    "JOURNEY_LAG": N_(
        "Buying groups do not move together: each person can be at a different place than the "
        "group, and a member who never agreed on the problem reopens it at the end. 40–60% of B2B "
        "purchases end in no decision rather than a loss to a competitor (CEB, The Challenger Customer, "
        "2015; Gartner buying-group research)."
    ),
    "LOOPING": N_(
        "Gartner describes B2B buying as jobs revisited, not a line: buying groups loop back to "
        "earlier jobs as new doubts or people arrive, and solution identification is the stage where most "
        "groups stall (Gartner, The New B2B Buying Journey, 2019; CEB, 2015)."
    ),
}


def _finding(code: str, severity: Severity, message: str, ids: list[int]) -> Finding:
    return Finding(code, severity, message, tuple(ids), _(JOURNEY_RESEARCH[code]))


def journey_lag(facts: Facts) -> Iterator[Finding]:
    """Approvers and influential members still defining the problem while the pursuit is at
    supplier selection: the late veto."""
    if facts.pursuit_map.stage is not BuyingStage.SUPPLIER_SELECTION:
        return
    lagging = [
        m
        for m in facts.members
        if m.journey_stage is BuyingStage.PROBLEM_DEFINITION and (m.approver or m.influence >= HIGH_INFLUENCE)
    ]
    if not lagging:
        return
    names = joined([m.name for m in lagging])
    signing = [m for m in lagging if m.approver]
    if signing and len(signing) == len(lagging):
        where = ngettext(
            "{names} signs off but is still defining the problem while the pursuit is choosing a supplier: "
            "a late veto in waiting.",
            "{names} sign off but are still defining the problem while the pursuit is choosing a supplier: "
            "a late veto in waiting.",
            len(lagging),
        )
    elif signing:
        where = _(
            "{names} sign off or weigh heavily but are still defining the problem while the pursuit is "
            "choosing a supplier: a late veto in waiting."
        )
    else:
        where = ngettext(
            "{names} weighs heavily with the group but is still defining the problem while the pursuit is "
            "choosing a supplier: a late veto in waiting.",
            "{names} weigh heavily with the group but are still defining the problem while the pursuit is "
            "choosing a supplier: a late veto in waiting.",
            len(lagging),
        )
    advice = _(
        "Before the supplier decision, take them through the problem the group agreed on, in their own "
        "words, and what it costs them to leave it unsolved."
    )
    yield _finding(
        "JOURNEY_LAG",
        Severity.CRITICAL if signing else Severity.WARNING,
        where.format(names=names) + " " + advice,
        [m.stakeholder_id for m in lagging],
    )


def looping(facts: Facts) -> Iterator[Finding]:
    """Members whose last move, in the last LOOPED_WITHIN_DAYS days, took them back a stage."""
    looped = [
        m
        for m in facts.members
        if moved_back(m.journey_from, m.journey_stage) and _recent(m.journey_since, facts.today)
    ]
    if not looped:
        return
    moves = _("; ").join(
        _("{name} from {before} to {after}").format(
            name=m.name,
            before=stage_words(m.journey_from).lower(),
            after=stage_words(m.journey_stage).lower(),
        )
        for m in looped
    )
    yield _finding(
        "LOOPING",
        Severity.WARNING,
        _(
            "Moved back a stage: {moves}. Something reopened for them (a new requirement, a new person, a "
            "doubt about the problem): find out what, and settle it with the group, not only with them."
        ).format(moves=moves),
        [m.stakeholder_id for m in looped],
    )


def _recent(day: date | None, today: date) -> bool:
    # A move without a day (an old import) still counts: the stage before it says they went back.
    return day is None or (today - day).days <= LOOPED_WITHIN_DAYS


JOURNEY_RULES = [journey_lag, looping]

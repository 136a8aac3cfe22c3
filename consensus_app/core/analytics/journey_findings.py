"""Findings about where each buyer is in the purchase: the late veto and the member who looped.

Each committee member has a buying stage of their own (problem definition, solution
identification, supplier selection). These rules read it from the map: JOURNEY_LAG when someone
who can stop the deal is still defining the problem while the pursuit is choosing a supplier,
LOOPING when a member moved back a stage at any point of their history in the last
LOOPED_WITHIN_DAYS days (how many times, and the latest), even if they have come forward since:
a job revisited is a doubt that can come back.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from consensus_app.core.analytics.facts import Facts
from consensus_app.core.analytics.results import Finding, Severity
from consensus_app.core.journey import moved_back, stage_words
from consensus_app.core.pursuit_map import MapNode
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


@dataclass(frozen=True)
class _Loop:
    """A move back a stage: when (None: a move without a day, from an old import) and between what."""

    day: date | None
    before: BuyingStage
    after: BuyingStage


def member_loops(facts: Facts) -> dict[int, list[_Loop]]:
    """Each member's moves back a stage in the last LOOPED_WITHIN_DAYS days, oldest first: from the
    pursuit's history, else (a map that has none for them: an older file) from their last move."""
    members = {m.stakeholder_id: m for m in facts.members}
    with_history = {move.stakeholder_id for move in facts.pursuit_map.journey}
    loops: dict[int, list[_Loop]] = {}
    for move in facts.pursuit_map.journey:
        before, after = move.from_stage, move.to_stage
        if before is None or after is None or move.stakeholder_id not in members:
            continue
        if moved_back(before, after) and _recent(move.day, facts.today):
            loops.setdefault(move.stakeholder_id, []).append(_Loop(move.day, before, after))
    for sid, member in members.items():
        last = _last_move_back(member, facts.today)
        if sid not in with_history and last is not None:
            loops[sid] = [last]
    return loops


def _last_move_back(member: MapNode, today: date) -> _Loop | None:
    before, after = member.journey_from, member.journey_stage
    if before is None or after is None or not moved_back(before, after):
        return None
    return _Loop(member.journey_since, before, after) if _recent(member.journey_since, today) else None


def looping(facts: Facts) -> Iterator[Finding]:
    """Members who moved back a stage in the last LOOPED_WITHIN_DAYS days: how often, the latest."""
    loops = member_loops(facts)
    looped = [m for m in facts.members if m.stakeholder_id in loops]
    if not looped:
        return
    moves = _("; ").join(_loop_words(m.name, loops[m.stakeholder_id]) for m in looped)
    yield _finding(
        "LOOPING",
        Severity.WARNING,
        _(
            "Moved back a stage: {moves}. Something reopened for them (a new requirement, a new person, a "
            "doubt about the problem): find out what, and settle it with the group, not only with them."
        ).format(moves=moves),
        [m.stakeholder_id for m in looped],
    )


def _loop_words(name: str, loops: list[_Loop]) -> str:
    """ "Ana Lima from supplier selection to solution identification on 2026-11-20", or with the
    count: "Ana Lima 3 times, latest from … to … on 2026-11-20"."""
    latest = loops[-1]
    before, after = stage_words(latest.before).lower(), stage_words(latest.after).lower()
    if latest.day is None:  # (a seat's last move from an old import: one, undated)
        return _("{name} from {before} to {after}").format(name=name, before=before, after=after)
    if len(loops) == 1:
        return _("{name} from {before} to {after} on {day}").format(
            name=name, before=before, after=after, day=latest.day.isoformat()
        )
    words = ngettext(
        "{name} {n} time, latest from {before} to {after} on {day}",
        "{name} {n} times, latest from {before} to {after} on {day}",
        len(loops),
    )
    return words.format(name=name, n=len(loops), before=before, after=after, day=latest.day.isoformat())


def _recent(day: date | None, today: date) -> bool:
    # A move without a day (an old import) still counts: the stage before it says they went back.
    # A move after `today` (an assessment as of an earlier day) had not happened yet.
    return day is None or 0 <= (today - day).days <= LOOPED_WITHIN_DAYS


JOURNEY_RULES = [journey_lag, looping]

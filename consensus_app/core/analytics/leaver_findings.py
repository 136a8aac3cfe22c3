"""Findings about people who left the company: CHAMPION_LEFT.

When a supportive mobilizer (go-getter, teacher, skeptic at stance +1 or more) or a supportive
sponsor (executive sponsor, champion) leaves, the group loses the person who carried the purchase
inside it. The finding names them and what is left to carry it, for LEFT_WITHIN_DAYS days.
"""

from __future__ import annotations

from collections.abc import Iterator

from consensus_app.core.analytics.facts import Facts
from consensus_app.core.analytics.results import Finding, Severity
from consensus_app.core.enum_words import enum_word
from consensus_app.core.leavers import SPONSOR_ROLES
from consensus_app.core.wording import joined
from consensus_app.i18n import N_, _, ngettext
from models import BuyingRole, Profile

LEFT_WITHIN_DAYS = 180  # a departure older than this is how the group is, not news

LEAVER_RESEARCH = {
    "CHAMPION_LEFT": N_(
        "Mobilizers — not the easy-to-reach talkers — are the ones who build consensus inside "
        "the customer, and a group without one seldom reaches a decision; 40–60% of B2B purchases end in no "
        "decision rather than a loss to a competitor (CEB, The Challenger Customer, 2015; Gartner "
        "buying-group research). A sponsor or champion who leaves takes that work with them."
    ),
}


def champion_left(facts: Facts) -> Iterator[Finding]:
    """Supportive mobilizers and sponsors who left this pursuit's committee recently."""
    gone = [
        d
        for d in facts.pursuit_map.departures
        if d.carried_it and 0 <= (facts.today - d.left_on).days <= LEFT_WITHIN_DAYS
    ]
    if not gone:
        return
    carriers = [
        m.name for m in facts.members if m.stance >= 1 and (m.profile.is_mobilizer or m.role in SPONSOR_ROLES)
    ]
    who = _("; ").join(
        _("{name} ({what}, left {day})").format(
            name=d.name, what=_what(d.role, d.profile), day=d.left_on.isoformat()
        )
        for d in gone
    )
    if carriers:
        left = ngettext(
            "{names} can still carry it: ask them who takes over, and meet that person soon.",
            "{names} can still carry it: ask them who takes over, and meet that person soon.",
            len(carriers),  # one person or several: the verb agrees in some languages (Persian)
        ).format(names=joined(carriers))
    else:
        left = _(
            "Nobody supportive is left to carry the purchase inside the customer: find a new sponsor before "
            "the next step, and ask the people who left (many keep in touch) who that should be."
        )
    yield Finding(
        "CHAMPION_LEFT",
        # Critical when nobody is left to carry it, or when a sign-off left with them: their
        # seat's approval must be won again from whoever steps in.
        Severity.WARNING if carriers and not any(d.approver for d in gone) else Severity.CRITICAL,
        _(
            "Left the company: {who}. {left} Retell the shared view of the problem to whoever steps in."
        ).format(who=who, left=left),
        tuple(d.stakeholder_id for d in gone),
        _(LEAVER_RESEARCH["CHAMPION_LEFT"]),
    )


def _what(role: BuyingRole, profile: Profile) -> str:
    if role in SPONSOR_ROLES:
        return enum_word(role)
    return _("supportive {profile}").format(profile=enum_word(profile))


LEAVER_RULES = [champion_left]

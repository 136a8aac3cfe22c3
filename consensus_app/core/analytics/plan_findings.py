"""Findings about the plan for deciding together (mutual plan): PLAN_STEP_OVERDUE for each step
past its due date and not done, the step's buyer-side owner as the person it concerns."""

from __future__ import annotations

from collections.abc import Iterator

from consensus_app.core.analytics.facts import Facts
from consensus_app.core.analytics.results import Finding, Severity
from consensus_app.i18n import N_, _, ngettext

LONG_OVERDUE_DAYS = 14  # two weeks late: the plan no longer says when the group will decide

PLAN_RESEARCH = {
    "PLAN_STEP_OVERDUE": N_(
        "Buyers who get help moving through their buying jobs are 2.8 times more likely to "
        "report a high degree of purchase ease and 3 times more likely to buy a bigger deal with less regret "
        "(Gartner, The New B2B Buying Journey, 2019); a joint plan that slips is how a group drifts into the "
        "40–60% of purchases that end in no decision (CEB, The Challenger Customer, 2015)."
    ),
}


def plan_step_overdue(facts: Facts) -> Iterator[Finding]:
    for step in facts.pursuit_map.plan:
        late = step.days_overdue(facts.today)
        if not late:
            continue
        owner = ""
        ids: tuple[int, ...] = ()
        if step.buyer_owner_id is not None and any(  # (not someone who left the company)
            n.stakeholder_id == step.buyer_owner_id and n.left_on is None for n in facts.pursuit_map.nodes
        ):
            owner = facts.name(step.buyer_owner_id)
            ids = (step.buyer_owner_id,)
        due = ngettext(
            "“{title}” was due {days} day ago and is not done.",
            "“{title}” was due {days} days ago and is not done.",
            late,
        ).format(title=step.title, days=late)
        whom = owner or _("the customer")
        if step.seller_owner:
            whom = _("{whom} ({seller} on our side)").format(whom=whom, seller=step.seller_owner)
        agree = _(
            "Agree a new date with {whom}, or find out what stands in the way: the plan is how the group "
            "keeps deciding together."
        ).format(whom=whom)
        yield Finding(
            "PLAN_STEP_OVERDUE",
            Severity.CRITICAL if late > LONG_OVERDUE_DAYS else Severity.WARNING,
            due + " " + agree,
            ids,
            _(PLAN_RESEARCH["PLAN_STEP_OVERDUE"]),
        )


PLAN_RULES = [plan_step_overdue]

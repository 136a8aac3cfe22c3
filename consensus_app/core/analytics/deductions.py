"""What findings cost the score: each cause of trouble once, by its most severe finding.

Findings are grouped by the cause they describe, so one problem seen by two rules (an opposed
approver who is also a blocker, a single thread and an approver nobody meets) costs once. A
critical finding costs more than a warning, a warning more than a note; see docs/scoring.md
for the weights and the research behind them.
"""

from __future__ import annotations

from collections.abc import Sequence

from consensus_app.core.analytics.results import Deduction, Finding, Severity
from consensus_app.i18n import N_, _

COST = {Severity.CRITICAL: 15, Severity.WARNING: 5, Severity.INFO: 1}

# cause -> (words, the codes that describe it)
CAUSES: dict[str, tuple[str, tuple[str, ...]]] = {
    "opposition": (N_("Opposition"), ("APPROVER_OPPOSED", "BLOCKER_RISK")),
    "mobilizers": (N_("Nobody to carry it"), ("NO_MOBILIZER", "CHAMPION_LEFT")),
    "threads": (N_("Thin relationships"), ("SINGLE_THREADED", "UNENGAGED_APPROVER")),
    "alignment": (N_("Goals apart"), ("DIVERGENT_PRIORITIES",)),
    "freshness": (N_("Out of date"), ("STALE_ASSESSMENT",)),
    "size": (N_("Many sign-offs"), ("LARGE_GROUP",)),
    "plan": (N_("Plan slipping"), ("PLAN_STEP_OVERDUE",)),
    "journey": (N_("Out of step"), ("JOURNEY_LAG", "LOOPING")),
}
_CAUSE_OF = {code: cause for cause, (_, codes) in CAUSES.items() for code in codes}

# Findings about the shape of the group, priced by the Mobilizers component (how much of the
# committee supportive mobilizers can sway) rather than deducted: which faction lacks one
# depends on how community detection splits the group, which a single new tie can reshuffle.
PRICED_BY_COMPONENTS = {"FACTION_WITHOUT_MOBILIZER", "TALKER_HEAVY"}


def deductions(findings: Sequence[Finding]) -> list[Deduction]:
    """One deduction per cause that has findings, largest first."""
    worst: dict[str, Severity] = {}
    codes: dict[str, list[str]] = {}
    for finding in findings:
        if finding.code in PRICED_BY_COMPONENTS:
            continue
        cause = _CAUSE_OF[finding.code]
        worst[cause] = max(worst.get(cause, finding.severity), finding.severity)
        if finding.code not in codes.setdefault(cause, []):
            codes[cause].append(finding.code)
    result = [
        Deduction(cause, _(CAUSES[cause][0]), COST[worst[cause]], tuple(codes[cause])) for cause in worst
    ]
    return sorted(result, key=lambda d: (-d.points, list(CAUSES).index(d.cause)))

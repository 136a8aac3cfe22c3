"""The coach's eight committees: every expected finding fires, nothing else does, and the score
separates different problems (issue 14). The expectations were fixed before the rules changed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from consensus_app.core.analytics.assessment import assess
from consensus_app.core.analytics.results import Assessment, Severity
from tests.analytics_maps import TODAY
from tests.coach_committees import (
    CASES,
    Case,
    all_talkers,
    blocker_sways_two_approvers,
    healthy,
    opposed_cfo,
    stale_korean,
    two_factions,
)


def _assess(case: Case) -> Assessment:
    return assess(case.pursuit_map, TODAY, case.themes, dict.fromkeys(range(1, 20), 1))


@pytest.mark.parametrize("make", CASES, ids=lambda make: make.__name__)
def test_each_committee_raises_what_a_coach_expects_and_nothing_else(make: Callable[[], Case]) -> None:
    case = make()
    assert {f.code for f in _assess(case).findings} == case.expected


def test_one_finding_per_cause_an_opposed_approver_is_not_also_a_blocker_risk() -> None:
    findings = _assess(opposed_cfo()).findings
    assert [f.code for f in findings] == ["APPROVER_OPPOSED"]
    assert findings[0].severity is Severity.CRITICAL


def test_a_blocker_sways_only_the_approvers_he_has_lines_to() -> None:
    case = blocker_sways_two_approvers()
    (risk,) = [f for f in _assess(case).findings if f.code == "BLOCKER_RISK"]
    names = {case.pursuit_map.node(sid).name for sid in risk.stakeholders}
    assert names == {"Henrik Moe", "Ingrid Solberg", "Kari Nordmann"}
    assert "Marit Aas" not in risk.message  # the General Counsel is an ally of others, not swayed by him
    assert risk.severity is Severity.CRITICAL


def test_a_blocker_turned_advocate_is_no_longer_a_risk() -> None:
    from consensus_app.core.analytics.changes import SetStance
    from consensus_app.core.analytics.whatif import what_if

    case = blocker_sways_two_approvers()
    result = what_if(case.pursuit_map, [SetStance(7, 2)], TODAY, case.themes)
    assert "BLOCKER_RISK" in {f.code for f in result.resolved}
    assert "BLOCKER_RISK" not in {f.code for f in result.after.findings}
    assert result.delta > 0


def test_the_score_separates_different_problems() -> None:
    scores = {make.__name__: _assess(make()).score for make in CASES}
    assert scores["healthy"] == max(scores.values())
    # Different problems read differently (they used to tie: 67 and 67, 66 and 66).
    assert abs(scores["stale_korean"] - scores["blocker_sways_two_approvers"]) >= 3
    assert abs(scores["opposed_cfo"] - scores["two_factions"]) >= 3
    # Staleness alone is not a quarter of the score; a critical problem costs at least a warning's worth.
    assert scores["healthy"] - scores["stale_korean"] < 25
    assert scores["healthy"] - scores["opposed_cfo"] >= 15
    assert scores["healthy"] - scores["blocker_sways_two_approvers"] >= 15
    assert _assess(healthy()).score >= 85
    assert _assess(two_factions()).score < _assess(healthy()).score
    assert _assess(stale_korean()).score < _assess(healthy()).score


def test_a_finding_whose_count_changes_is_neither_resolved_nor_new() -> None:
    from consensus_app.core.analytics.changes import SetStance
    from consensus_app.core.analytics.whatif import what_if

    case = all_talkers()  # Sofie (5) is neutral; once supportive, "5 of 5 supporters" becomes "6 of 6"
    result = what_if(case.pursuit_map, [SetStance(5, 1)], TODAY, case.themes)
    talkers = [f for f in result.after.findings if f.code == "TALKER_HEAVY"]
    assert talkers and talkers[0] not in result.before.findings  # its sentence did change
    assert "TALKER_HEAVY" not in {f.code for f in result.resolved + result.raised}

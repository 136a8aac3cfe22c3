"""Every finding code, firing when it should and silent when it should not."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from consensus_app.core.analytics.assessment import assess
from consensus_app.core.analytics.facts import PriorityTheme
from consensus_app.core.analytics.results import Assessment, Severity
from consensus_app.core.pursuit_map import EdgeKind, PursuitMap
from models import Function, Profile
from tests.analytics_maps import TODAY, committee, person

GO = Profile.GO_GETTER


def codes(pursuit_map: PursuitMap, **kwargs: object) -> dict[str, list[tuple[int, ...]]]:
    found: dict[str, list[tuple[int, ...]]] = {}
    for finding in assess(pursuit_map, TODAY, **kwargs).findings:  # type: ignore[arg-type]
        found.setdefault(finding.code, []).append(finding.stakeholders)
    return found


def healthy() -> PursuitMap:
    """A small committee with nothing wrong: a supportive mobilizer, an engaged supportive approver."""
    return committee(
        [
            person(1, stance=2, influence=4, profile=GO, function=Function.OPERATIONS),
            person(
                2, stance=1, influence=5, approver=True, function=Function.FINANCE, profile=Profile.SKEPTIC
            ),
            person(3, stance=1, influence=3, function=Function.IT, profile=Profile.TEACHER),
        ],
        [(1, 2, EdgeKind.INFLUENCES), (1, 3, EdgeKind.ALLIES), (2, 3, EdgeKind.ALLIES)],
    )


def test_a_healthy_committee_has_no_findings_and_a_high_score() -> None:
    result = assess(healthy(), TODAY)
    assert result.findings == []
    assert result.score >= 85


def test_no_mobilizer_fires_when_supporters_are_all_talkers_and_names_them() -> None:
    pursuit_map = committee(
        [
            person(1, stance=2, profile=Profile.FRIEND),
            person(2, stance=1, profile=Profile.GUIDE),
            person(3, stance=-1, profile=GO),
        ],
        [(1, 2, EdgeKind.ALLIES), (2, 3, EdgeKind.ALLIES)],
    )
    found = codes(pursuit_map)
    assert found["NO_MOBILIZER"] == [(1, 2)]  # the talkers, who can point to a mobilizer
    assert "NO_MOBILIZER" not in codes(healthy())


def test_an_opposed_mobilizer_is_not_a_mobilizer_for_you() -> None:
    pursuit_map = committee([person(1, stance=-2, profile=GO), person(2, stance=0, profile=Profile.TEACHER)])
    assert "NO_MOBILIZER" in codes(pursuit_map)


def test_faction_without_mobilizer_names_the_group_that_lacks_one() -> None:
    nodes = [
        person(1, stance=2, profile=GO),
        person(2, stance=1),
        person(3, stance=0),
        person(4, stance=1),
    ]
    pursuit_map = committee(nodes, [(1, 2, EdgeKind.ALLIES), (3, 4, EdgeKind.ALLIES)])
    assert codes(pursuit_map)["FACTION_WITHOUT_MOBILIZER"] == [(3, 4)]
    covered = committee(
        [*nodes[:3], person(4, stance=1, profile=Profile.SKEPTIC)],
        [(1, 2, EdgeKind.ALLIES), (3, 4, EdgeKind.ALLIES)],
    )
    assert "FACTION_WITHOUT_MOBILIZER" not in codes(covered)


def test_approver_opposed_fires_at_minus_one_and_below_only() -> None:
    def with_approver(stance: int) -> PursuitMap:
        base = healthy()
        nodes = [person(9, stance=stance, approver=True, influence=2), *base.nodes]
        return committee(nodes, [(1, 9, EdgeKind.ALLIES), (1, 2, EdgeKind.INFLUENCES)])

    assert codes(with_approver(-1))["APPROVER_OPPOSED"] == [(9,)]
    assert codes(with_approver(-2))["APPROVER_OPPOSED"] == [(9,)]
    assert "APPROVER_OPPOSED" not in codes(with_approver(0))


@pytest.mark.parametrize(
    ("critic", "tie", "fires"),
    [
        (person(5, profile=Profile.BLOCKER, influence=4, stance=0), None, True),  # weighty blocker
        (person(5, profile=Profile.BLOCKER, influence=4, stance=2), None, False),  # a blocker turned advocate
        (person(5, stance=-2, influence=4), (5, 2, EdgeKind.INFLUENCES), True),  # sways an approver
        (person(5, stance=-1, influence=2), (5, 2, EdgeKind.INFLUENCES), False),  # a light skeptic
        (person(5, stance=-2, influence=4), (5, 2, EdgeKind.ALLIES), True),  # weighty, though no sway
        (person(5, stance=-1, influence=2), (2, 5, EdgeKind.INFLUENCES), False),  # approver sways them
        (person(5, stance=-1, influence=3), None, False),  # opposed but weak and cut off
        (person(5, stance=1, influence=5), (5, 2, EdgeKind.INFLUENCES), False),  # a weighty supporter
    ],
)
def test_blocker_risk(critic, tie, fires: bool) -> None:  # type: ignore[no-untyped-def]
    base = healthy()
    pursuit_map = committee(
        [*base.nodes, critic], [(1, 2, EdgeKind.INFLUENCES), (1, 3, EdgeKind.ALLIES)] + ([tie] if tie else [])
    )
    found = codes(pursuit_map)
    assert ("BLOCKER_RISK" in found) is fires
    if fires and tie:  # the critic, and the approver they can sway (an ally is not swayed)
        assert found["BLOCKER_RISK"] == [(5, 2) if tie[2] is EdgeKind.INFLUENCES else (5,)]


def test_talker_heavy_when_most_supporters_are_talkers() -> None:
    talkers = [
        person(i, stance=1, profile=p)
        for i, p in ((4, Profile.GUIDE), (5, Profile.FRIEND), (6, Profile.CLIMBER))
    ]
    base = healthy()
    heavy = committee([base.nodes[0], *talkers], [(1, 4, EdgeKind.ALLIES)])
    assert codes(heavy)["TALKER_HEAVY"] == [(4, 5, 6)]
    assert "TALKER_HEAVY" not in codes(committee([*base.nodes, talkers[0]]))  # 1 talker of 4 supporters


def test_single_threaded_when_one_person_is_engaged() -> None:
    old = TODAY - timedelta(days=200)
    nodes = [person(1, stance=1), person(2, engaged=old), person(3, engaged=None, approver=True, stance=1)]
    assert codes(committee(nodes, [(1, 2, EdgeKind.ALLIES), (2, 3, EdgeKind.ALLIES)]))["SINGLE_THREADED"][
        0
    ] == (1,)


def test_single_threaded_when_one_person_stands_between_you_and_the_approvers() -> None:
    old = TODAY - timedelta(days=200)
    nodes = [
        person(1, stance=1),
        person(2, stance=1),
        person(3, engaged=old),  # the only link to the approvers
        person(4, engaged=old, approver=True),
        person(5, engaged=old, approver=True),
    ]
    ties = [
        (1, 2, EdgeKind.ALLIES),
        (2, 3, EdgeKind.ALLIES),
        (1, 3, EdgeKind.ALLIES),
        (3, 4, EdgeKind.ALLIES),
        (3, 5, EdgeKind.ALLIES),
    ]
    assert codes(committee(nodes, ties))["SINGLE_THREADED"] == [(3,)]
    second_line = committee(nodes, [*ties, (2, 4, EdgeKind.INFLUENCES)])
    assert "SINGLE_THREADED" not in codes(second_line)


def test_unengaged_approver_after_thirty_days_or_never() -> None:
    def approver(engaged: object) -> PursuitMap:
        base = healthy()
        return committee([*base.nodes, person(7, approver=True, engaged=engaged)], [(1, 7, EdgeKind.ALLIES)])  # type: ignore[arg-type]

    assert codes(approver(None))["UNENGAGED_APPROVER"] == [(7,)]
    assert codes(approver(TODAY - timedelta(days=31)))["UNENGAGED_APPROVER"] == [(7,)]
    assert "UNENGAGED_APPROVER" not in codes(approver(TODAY - timedelta(days=30)))


def test_stale_assessment_after_ninety_days_or_never_verified() -> None:
    base = healthy()
    stale = committee(
        [*base.nodes, person(8, verified=None), person(9, verified=TODAY - timedelta(days=91))],
        [(1, 8, EdgeKind.ALLIES), (1, 9, EdgeKind.ALLIES)],
    )
    found = assess(stale, TODAY).findings
    finding = next(f for f in found if f.code == "STALE_ASSESSMENT")
    assert finding.stakeholders == (8, 9) and finding.severity is Severity.INFO
    assert "STALE_ASSESSMENT" not in codes(healthy())


def test_large_group_above_the_research_average_of_five_point_four_sign_offs() -> None:
    def sign_offs(count: int) -> PursuitMap:
        nodes = [person(i, stance=1, approver=True, profile=GO) for i in range(1, count + 1)]
        return committee(nodes, [(1, i, EdgeKind.ALLIES) for i in range(2, count + 1)])

    assert "LARGE_GROUP" in codes(sign_offs(6))
    assert "LARGE_GROUP" not in codes(sign_offs(5))
    finding = next(f for f in assess(sign_offs(6), TODAY).findings if f.code == "LARGE_GROUP")
    assert "5.4" in finding.message and finding.research and "31%" in finding.research


def test_divergent_priorities_names_functions_with_no_theme_in_common() -> None:
    base = healthy()  # operations (1), finance (2, approver), it (3, influence 3)
    voiced = {1: 2, 2: 1, 3: 1}
    shared = [PriorityTheme("lower run costs", frozenset({1, 2})), PriorityTheme("uptime", frozenset({1, 3}))]
    # IT neither signs off nor carries much weight: its distance from Finance is not a finding.
    assert "DIVERGENT_PRIORITIES" not in codes(base, themes=shared, voiced=voiced)
    weighty_it = committee(
        [*base.nodes[:2], replace(base.nodes[2], influence=4)],
        [(1, 2, EdgeKind.INFLUENCES), (1, 3, EdgeKind.ALLIES), (2, 3, EdgeKind.ALLIES)],
    )
    found = assess(weighty_it, TODAY, themes=shared, voiced=voiced).findings
    finding = next(f for f in found if f.code == "DIVERGENT_PRIORITIES")
    assert "Finance and IT" in finding.message and finding.stakeholders == (2, 3)
    assert finding.severity is Severity.WARNING  # only one side signs off
    bridged = [*shared, PriorityTheme("one platform", frozenset({2, 3}))]
    assert "DIVERGENT_PRIORITIES" not in codes(base, themes=bridged, voiced=voiced)
    assert "DIVERGENT_PRIORITIES" not in codes(base)  # no themes computed: nothing to say yet


def test_the_score_is_explained_by_components_that_add_up() -> None:
    result: Assessment = assess(healthy(), TODAY)
    assert sum(c.weight for c in result.components) == 100
    assert result.score == round(
        sum(c.points for c in result.components) - sum(d.points for d in result.deductions)
    )
    assert all(c.explanation for c in result.components)


def test_opposition_lowers_the_score() -> None:
    base = healthy()
    turned = committee(
        [
            person(2, stance=-2, influence=5, approver=True, function=Function.FINANCE),
            base.nodes[0],
            base.nodes[2],
        ],
        [(1, 2, EdgeKind.INFLUENCES), (1, 3, EdgeKind.ALLIES)],
    )
    assert assess(turned, TODAY).score < assess(base, TODAY).score - 15


def test_findings_are_ordered_by_severity() -> None:
    nodes = [
        person(1, stance=-2, approver=True, influence=5, verified=None),
        person(2, stance=1, profile=Profile.FRIEND),
    ]
    severities = [f.severity for f in assess(committee(nodes, [(1, 2, EdgeKind.ALLIES)]), TODAY).findings]
    assert severities == sorted(severities, reverse=True) and severities[0] is Severity.CRITICAL


def test_without_any_mobilizer_the_groups_are_not_listed_again() -> None:
    nodes = [person(1, stance=1), person(2, stance=1), person(3, stance=0), person(4, stance=1)]
    found = codes(committee(nodes, [(1, 2, EdgeKind.ALLIES), (3, 4, EdgeKind.ALLIES)]))
    assert "NO_MOBILIZER" in found and "FACTION_WITHOUT_MOBILIZER" not in found

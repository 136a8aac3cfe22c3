"""CHAMPION_LEFT and people who left, Qt-free: the finding fires for a supportive mobilizer or
sponsor who left, stays silent for anyone else or an old departure, and left people are not
counted in the assessment; the what-if of marking someone as left previews what the group loses."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from consensus_app.core.analytics.assessment import assess
from consensus_app.core.analytics.leaver_findings import LEFT_WITHIN_DAYS
from consensus_app.core.analytics.leaving import Leaves, leaving_what_if
from consensus_app.core.analytics.results import Severity
from consensus_app.core.pursuit_map import EdgeKind, MapNode, PursuitMap
from models import BuyingRole, Profile
from tests.analytics_maps import TODAY, committee, person


def _group(*nodes: MapNode) -> PursuitMap:
    ties = [(nodes[0].stakeholder_id, n.stakeholder_id, EdgeKind.INFLUENCES) for n in nodes[1:]]
    return committee(list(nodes), ties)


def _five(leaver: MapNode, *, other_champion: bool = False) -> PursuitMap:
    others = [
        person(2, stance=1, approver=True, profile=Profile.GO_GETTER if other_champion else Profile.GUIDE),
        person(3, stance=0, approver=True, profile=Profile.FRIEND),
        person(4, stance=-1, profile=Profile.CLIMBER),
        person(5, stance=1, profile=Profile.GUIDE),
    ]
    return _group(leaver, *others)


def _left(pursuit_map: PursuitMap, sid: int, days_ago: int = 3) -> PursuitMap:
    return Leaves(sid, TODAY - timedelta(days=days_ago)).apply(pursuit_map)


def _champion_left(pursuit_map: PursuitMap) -> list[tuple[Severity, tuple[int, ...], str]]:
    return [
        (f.severity, f.stakeholders, f.message)
        for f in assess(pursuit_map, TODAY).findings
        if f.code == "CHAMPION_LEFT"
    ]


def test_a_supportive_go_getter_who_left_is_critical_when_nobody_is_left_to_carry_it() -> None:
    leaver = replace(person(1, stance=2, influence=4, profile=Profile.GO_GETTER), name="Ingrid Solberg")
    found = _champion_left(_left(_five(leaver), 1))
    assert len(found) == 1
    severity, who, message = found[0]
    assert (severity, who) == (Severity.CRITICAL, (1,))
    assert "Ingrid Solberg (supportive go-getter, left 2026-11-20)" in message
    assert "find a new sponsor" in message


def test_with_another_supportive_mobilizer_it_is_a_warning_naming_who_can_carry_it() -> None:
    leaver = replace(person(1, stance=1, profile=Profile.TEACHER), name="김민준")
    found = _champion_left(_left(_five(leaver, other_champion=True), 1))
    assert [(s, w) for s, w, _ in found] == [(Severity.WARNING, (1,))]
    assert "Person 2 can still carry it" in found[0][2]


def test_a_supportive_sponsor_of_any_profile_counts() -> None:
    sponsor = replace(person(1, stance=1, profile=Profile.FRIEND), role=BuyingRole.EXECUTIVE_SPONSOR)
    found = _champion_left(_left(_five(sponsor), 1))
    assert found and "executive sponsor" in found[0][2]


def test_silent_for_an_opposed_mobilizer_a_supportive_talker_an_old_departure_and_nobody_leaving() -> None:
    assert _champion_left(_left(_five(person(1, stance=-1, profile=Profile.GO_GETTER)), 1)) == []
    assert _champion_left(_left(_five(person(1, stance=0, profile=Profile.SKEPTIC)), 1)) == []
    assert _champion_left(_left(_five(person(1, stance=2, profile=Profile.FRIEND)), 1)) == []
    mobilizer = person(1, stance=2, profile=Profile.GO_GETTER)
    assert _champion_left(_left(_five(mobilizer), 1, days_ago=LEFT_WITHIN_DAYS + 1)) == []
    assert _champion_left(_five(mobilizer)) == []


def test_a_left_person_is_not_counted_in_the_assessment() -> None:
    blocker = person(4, stance=-2, influence=5, profile=Profile.BLOCKER, approver=True)
    group = _group(person(1, stance=2, profile=Profile.GO_GETTER), person(2, stance=1), person(3), blocker)
    before = assess(group, TODAY)
    assert any(4 in f.stakeholders for f in before.findings)
    # Left, but still on the map (faded), with their ties: the assessment reads as if they were gone.
    gone = replace(
        group, nodes=[replace(n, left_on=TODAY) if n.stakeholder_id == 4 else n for n in group.nodes]
    )
    after = assess(gone, TODAY)
    assert not any(4 in f.stakeholders for f in after.findings)
    assert all(4 not in faction for faction in after.factions)
    assert after.score > before.score


def test_the_preview_of_marking_someone_as_left_shows_the_score_drop_and_champion_left_raised() -> None:
    leaver = person(1, stance=2, influence=5, profile=Profile.GO_GETTER)
    preview = leaving_what_if(_five(leaver), Leaves(1, TODAY), TODAY)
    assert preview.delta < 0
    assert "CHAMPION_LEFT" in [f.code for f in preview.raised]
    assert "NO_MOBILIZER" in [f.code for f in preview.raised]


def test_in_a_36_person_committee_only_the_departed_champion_is_named() -> None:
    names = [
        "Øystein Kristiansen",
        "山本 花子",
        "محمدرضا کریمی",
        "이서연",
        "Kari Nordmann Aasen",
        "Dewi Kusumawati",
    ]
    nodes = [
        replace(
            person(i, stance=(i % 5) - 2, influence=1 + i % 5, profile=list(Profile)[i % len(Profile)]),
            name=f"{names[i % len(names)]} ({i})",
        )
        for i in range(1, 37)
    ]
    group = _group(*nodes)
    champions = [n for n in nodes if n.stance >= 1 and n.profile.is_mobilizer]
    talker = next(n for n in nodes if n.stance >= 1 and not n.profile.is_mobilizer)
    after = _left(_left(group, champions[0].stakeholder_id), talker.stakeholder_id)
    found = _champion_left(after)
    assert [(s, w) for s, w, _ in found] == [(Severity.WARNING, (champions[0].stakeholder_id,))]
    assert champions[0].name in found[0][2] and talker.name not in found[0][2]
    assert found[0][2].count("left 2026-11-20") == 1

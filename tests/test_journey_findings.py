"""JOURNEY_LAG and LOOPING: firing when a buyer is out of step with the pursuit, silent otherwise,
on small committees and on a 36-person one with names in several scripts."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from consensus_app.core.analytics.assessment import assess
from consensus_app.core.analytics.results import Severity
from consensus_app.core.journey import StageMove, Standing, group_stage, journey_rows, standing
from consensus_app.core.pursuit_map import EdgeKind, MapNode, PursuitMap
from models import BuyingStage, Profile
from tests.analytics_maps import TODAY, committee, person

PROBLEM, SOLUTION, SUPPLIER = BuyingStage


def _at(
    node: MapNode, stage: BuyingStage | None, came_from: BuyingStage | None = None, days_ago: int = 3
) -> MapNode:
    since = TODAY - timedelta(days=days_ago) if came_from is not None else None
    return replace(node, journey_stage=stage, journey_from=came_from, journey_since=since)


def _group(stage: BuyingStage, *nodes: MapNode) -> PursuitMap:
    ties = [(nodes[0].stakeholder_id, n.stakeholder_id, EdgeKind.INFLUENCES) for n in nodes[1:]]
    return replace(committee(list(nodes), ties), stage=stage)


def _found(pursuit_map: PursuitMap, code: str) -> list[tuple[Severity, tuple[int, ...], str]]:
    return [
        (f.severity, f.stakeholders, f.message) for f in assess(pursuit_map, TODAY).findings if f.code == code
    ]


def champion() -> MapNode:
    return _at(person(1, stance=2, influence=4, profile=Profile.GO_GETTER), SUPPLIER)


def test_an_approver_still_defining_the_problem_at_supplier_selection_is_a_late_veto() -> None:
    cfo = _at(person(2, stance=1, influence=3, approver=True), PROBLEM)
    [(severity, who, message)] = _found(_group(SUPPLIER, champion(), cfo), "JOURNEY_LAG")
    assert severity is Severity.CRITICAL
    assert who == (2,)
    assert "Person 2 signs off" in message and "late veto" in message


def test_an_influential_member_lagging_is_a_warning_and_the_score_pays_for_it() -> None:
    lagging = _at(person(3, stance=1, influence=5), PROBLEM)
    caught_up = _at(person(3, stance=1, influence=5), SOLUTION)
    [(severity, who, _)] = _found(_group(SUPPLIER, champion(), lagging), "JOURNEY_LAG")
    assert (severity, who) == (Severity.WARNING, (3,))
    behind = assess(_group(SUPPLIER, champion(), lagging), TODAY)
    ahead = assess(_group(SUPPLIER, champion(), caught_up), TODAY)
    assert ahead.score > behind.score
    assert [d.codes for d in behind.deductions if d.cause == "journey"] == [("JOURNEY_LAG",)]


def test_journey_lag_stays_silent_when_nobody_who_matters_is_behind() -> None:
    quiet_user = _at(person(4, stance=0, influence=2), PROBLEM)  # neither signs off nor weighs heavily
    cfo_ready = _at(person(2, stance=1, approver=True), SOLUTION)
    cfo_unknown = _at(person(2, stance=1, approver=True), None)
    assert not _found(_group(SUPPLIER, champion(), quiet_user, cfo_ready), "JOURNEY_LAG")
    assert not _found(_group(SUPPLIER, champion(), cfo_unknown), "JOURNEY_LAG")
    # The same approver at problem definition is in step while the pursuit is there too.
    cfo_behind = _at(person(2, stance=1, approver=True), PROBLEM)
    assert not _found(_group(SOLUTION, champion(), cfo_behind), "JOURNEY_LAG")
    assert not _found(_group(PROBLEM, champion(), cfo_behind), "JOURNEY_LAG")


def test_a_member_who_moved_back_a_stage_is_looping() -> None:
    doubter = _at(person(5, stance=1, influence=3), SOLUTION, came_from=SUPPLIER)
    [(severity, who, message)] = _found(_group(SOLUTION, champion(), doubter), "LOOPING")
    assert (severity, who) == (Severity.WARNING, (5,))
    assert "Person 5 from supplier selection to solution identification" in message


def test_looping_stays_silent_for_forward_moves_old_moves_and_a_return_forward() -> None:
    forward = _at(person(5, stance=1), SOLUTION, came_from=PROBLEM)
    long_ago = _at(person(5, stance=1), SOLUTION, came_from=SUPPLIER, days_ago=200)
    back_again = _at(person(5, stance=1), SUPPLIER, came_from=SOLUTION)  # no history kept: forward last
    for node in (forward, long_ago, back_again):
        assert not _found(_group(SOLUTION, champion(), node), "LOOPING")


def test_both_findings_carry_their_research() -> None:
    lagging = _at(person(2, approver=True, stance=1), PROBLEM, came_from=SOLUTION)
    found = {f.code: f for f in assess(_group(SUPPLIER, champion(), lagging), TODAY).findings}
    assert "no decision" in (found["JOURNEY_LAG"].research or "")
    assert "Gartner" in (found["LOOPING"].research or "")


NAMES = [
    "김민준", "이서연", "박지호", "최유나", "정도윤", "강하은",  # Korean
    "佐藤健", "鈴木美咲", "高橋翔", "田中陽菜", "伊藤蓮", "渡辺結衣",  # Japanese
    "مریم رضایی", "علی محمدی", "زهرا حسینی", "رضا کریمی", "سارا احمدی", "حسین جعفری",  # Persian
    "Ingrid Solberg", "Øystein Hågensen", "Åse Bråthen", "Kjetil Ødegård", "Sigrid Næss", "Håkon Lie",
    "Ana Lima", "Dr. Brandt", "Priya Nair", "Tomás Ruiz", "Chen Wei", "Fatima Zahra",
    "Lars Berg", "Mei Ling", "Omar Haddad", "Sofia Rossi", "Yuki Mori", "Nadia Petrov",
]  # fmt: skip


def big_committee() -> PursuitMap:
    """36 members at supplier selection; two approvers and an influential one behind, two looping."""
    stages = [SUPPLIER, SOLUTION, SUPPLIER, SOLUTION, SUPPLIER, None]
    nodes = []
    for index, name in enumerate(NAMES, start=1):
        node = person(index, stance=1 if index % 3 else 0, influence=1 + index % 4, approver=index % 9 == 0)
        nodes.append(_at(replace(node, name=name), stages[index % len(stages)]))
    nodes[0] = replace(nodes[0], profile=Profile.GO_GETTER, stance=2)
    nodes[8] = _at(nodes[8], PROBLEM)  # 高橋翔, index 9: an approver
    nodes[17] = _at(nodes[17], PROBLEM)  # index 18: an approver
    nodes[22] = _at(replace(nodes[22], influence=5), PROBLEM)  # Sigrid Næss, influential
    nodes[30] = _at(nodes[30], SOLUTION, came_from=SUPPLIER)  # Lars Berg
    nodes[12] = _at(nodes[12], PROBLEM, came_from=SOLUTION)  # مریم رضایی
    return _group(SUPPLIER, *nodes)


def test_a_36_person_committee_in_four_scripts_names_exactly_who_is_out_of_step() -> None:
    pursuit_map = big_committee()
    [(lag_severity, lagging, lag_text)] = _found(pursuit_map, "JOURNEY_LAG")
    assert lag_severity is Severity.CRITICAL
    assert set(lagging) == {9, 18, 23}
    assert NAMES[8] in lag_text and NAMES[17] in lag_text and "Sigrid Næss" in lag_text
    [(_, looped, loop_text)] = _found(pursuit_map, "LOOPING")
    assert set(looped) == {13, 31}
    assert "مریم رضایی from solution identification to problem definition" in loop_text


def test_the_group_stage_is_the_lower_median_and_people_stand_ahead_or_behind_it() -> None:
    assert group_stage([SUPPLIER, SOLUTION, PROBLEM, None]) is SOLUTION
    assert group_stage([SUPPLIER, PROBLEM]) is PROBLEM  # one eager member does not pull the group
    assert group_stage([None, None], fallback=SUPPLIER) is SUPPLIER
    assert standing(SUPPLIER, SOLUTION) is Standing.AHEAD
    assert standing(PROBLEM, SOLUTION) is Standing.BEHIND
    assert standing(None, SOLUTION) is Standing.UNKNOWN
    moves = [StageMove(1, TODAY, PROBLEM, SUPPLIER), StageMove(2, TODAY, SUPPLIER, PROBLEM)]
    rows = journey_rows(
        [
            (1, "A", SUPPLIER, PROBLEM, TODAY),
            (2, "B", PROBLEM, SUPPLIER, TODAY),
            (3, "C", SOLUTION, None, None),
        ],
        moves,
        SOLUTION,
    )
    assert [(r.name, r.standing, r.looped) for r in rows] == [
        ("A", Standing.AHEAD, False),
        ("C", Standing.WITH, False),
        ("B", Standing.BEHIND, True),
    ]
    assert rows[2].visited == {PROBLEM, SUPPLIER}


# --- LOOPING over the whole history --------------------------------------------------------


def _moves(sid: int, *steps: tuple[int, BuyingStage | None, BuyingStage]) -> list[StageMove]:
    """A member's kept moves: (days ago, from, to), oldest first, with step ids as stored."""
    return [
        StageMove(sid, TODAY - timedelta(days=ago), before, after, step_id=sid * 100 + i)
        for i, (ago, before, after) in enumerate(steps)
    ]


def _with_history(pursuit_map: PursuitMap, *moves: list[StageMove]) -> PursuitMap:
    return replace(pursuit_map, journey=tuple(sorted((m for ms in moves for m in ms), key=lambda m: m.day)))


def test_a_loop_earlier_in_the_history_raises_looping_though_the_last_move_was_forward() -> None:
    history = _moves(
        5, (60, None, SOLUTION), (40, SOLUTION, SUPPLIER), (30, SUPPLIER, SOLUTION), (10, SOLUTION, SUPPLIER)
    )
    came_back = _at(person(5, stance=1, influence=3), SUPPLIER, came_from=SOLUTION, days_ago=10)
    pursuit_map = _with_history(_group(SUPPLIER, champion(), came_back), history)
    [(severity, who, message)] = _found(pursuit_map, "LOOPING")
    assert (severity, who) == (Severity.WARNING, (5,))
    day = (TODAY - timedelta(days=30)).isoformat()
    assert f"Person 5 from supplier selection to solution identification on {day}" in message
    # Without the history, the seat's last move alone (forward) says nothing.
    assert not _found(_group(SUPPLIER, champion(), came_back), "LOOPING")


def test_looping_counts_the_moves_back_and_names_the_latest() -> None:
    history = _moves(
        7,
        (80, PROBLEM, SOLUTION),
        (70, SOLUTION, PROBLEM),  # back once
        (50, PROBLEM, SUPPLIER),
        (20, SUPPLIER, SOLUTION),  # back again: the latest
        (5, SOLUTION, SUPPLIER),
    )
    member = _at(person(7, stance=0, influence=2), SUPPLIER, came_from=SOLUTION, days_ago=5)
    [(_, who, message)] = _found(_with_history(_group(SUPPLIER, champion(), member), history), "LOOPING")
    assert who == (7,)
    latest = (TODAY - timedelta(days=20)).isoformat()
    assert (
        f"Person 7 2 times, latest from supplier selection to solution identification on {latest}" in message
    )


def test_looping_stays_silent_for_forward_histories_old_loops_and_loops_after_the_day_assessed() -> None:
    forward = _moves(5, (50, None, PROBLEM), (30, PROBLEM, SOLUTION), (3, SOLUTION, SUPPLIER))
    old_loop = _moves(5, (200, SUPPLIER, PROBLEM), (120, PROBLEM, SOLUTION), (95, SOLUTION, SUPPLIER))
    later = _moves(5, (-4, SUPPLIER, SOLUTION))  # kept for a day after the one assessed
    node = _at(person(5, stance=1), SUPPLIER, came_from=SOLUTION, days_ago=3)
    for history in (forward, old_loop, later):
        assert not _found(_with_history(_group(SUPPLIER, champion(), node), history), "LOOPING")
    # Someone no longer on the committee is not named for the loops they made while on it.
    gone = replace(person(5, stance=1), member_id=None)
    looped = _moves(5, (10, SUPPLIER, SOLUTION))
    assert not _found(_with_history(_group(SUPPLIER, champion(), gone), looped), "LOOPING")


def test_the_36_person_committee_s_history_names_each_looper_with_their_count() -> None:
    pursuit_map = big_committee()
    history = [
        *_moves(31, (40, SOLUTION, SUPPLIER), (35, SUPPLIER, SOLUTION)),  # Lars Berg: once (as the seat says)
        *_moves(
            13,
            (70, SUPPLIER, SOLUTION),
            (60, SOLUTION, PROBLEM),
            (45, PROBLEM, SOLUTION),
            (12, SOLUTION, PROBLEM),
        ),
        *_moves(20, (30, SUPPLIER, PROBLEM), (8, PROBLEM, SUPPLIER)),  # Øystein Hågensen: looped, came back
        *_moves(2, (60, PROBLEM, SOLUTION), (30, SOLUTION, SUPPLIER)),  # forward only
    ]
    [(_, looped, text)] = _found(_with_history(pursuit_map, history), "LOOPING")
    assert set(looped) == {13, 20, 31}
    twelve_days = (TODAY - timedelta(days=12)).isoformat()
    assert (
        f"مریم رضایی 3 times, latest from solution identification to problem definition on {twelve_days}"
        in text
    )
    assert "Øystein Hågensen from supplier selection to problem definition" in text
    assert NAMES[1] not in text  # 이서연 only moved forward


def test_an_undated_move_back_from_an_older_file_still_counts_without_a_day() -> None:
    undated = replace(person(5, stance=1), journey_stage=SOLUTION, journey_from=SUPPLIER, journey_since=None)
    [(_, who, message)] = _found(_group(SUPPLIER, champion(), undated), "LOOPING")
    assert who == (5,)
    assert "Moved back a stage: Person 5 from supplier selection to solution identification. " in message

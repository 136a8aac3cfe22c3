"""Themes of one pursuit: shared and divergent themes, bridges, and where the committee is split."""

from __future__ import annotations

import pytest

from consensus_app.core.themes import Theme, ThemeResult
from consensus_app.core.themes.pursuit import (
    analyse_pursuit,
    factions_without_common_theme,
    functions_without_common_theme,
    pursuit_priorities,
    rank_bridges,
    theme_coverage,
)
from models import Function, PriorityKind
from models.snapshot import AccountSnapshot
from models.tables import (
    AccountRecord,
    CommitteeMemberRecord,
    PriorityRecord,
    PursuitRecord,
    StakeholderRecord,
)

CFO, BUYER, CIO, CISO, NURSE, OUTSIDER = 1, 2, 3, 4, 5, 6
PURSUIT, OTHER_PURSUIT = 10, 11


def committee_snapshot() -> AccountSnapshot:
    people = [
        (CFO, "finance"),
        (BUYER, "procurement"),
        (CIO, "it"),
        (CISO, "security"),
        (NURSE, "operations"),
        (OUTSIDER, "marketing"),
    ]
    stakeholders = [
        StakeholderRecord(id=i, account_id=1, key=f"s-{i}", name=f"Person {i}", function=Function(f))
        for i, f in people
    ]
    members = [
        CommitteeMemberRecord(
            id=100 + i, pursuit_id=PURSUIT, stakeholder_id=i, key=f"m-{i}", approver=a, influence=n
        )
        for i, a, n in [
            (CFO, True, 5),
            (BUYER, False, 2),
            (CIO, True, 4),
            (CISO, False, 3),
            (NURSE, False, 4),
        ]
    ]
    said = [
        (CFO, "Stay inside the FY27 budget", None, PriorityKind.GOAL),
        (BUYER, "Cut total cost of ownership", None, PriorityKind.GOAL),
        (CIO, "Lower run costs", PURSUIT, PriorityKind.GOAL),
        (CIO, "No new system without SSO and an audit trail", None, PriorityKind.DECISION_CRITERION),
        (CISO, "Single sign-on and a security audit for every tool", None, PriorityKind.CONCERN),
        (NURSE, "Nurses lose an hour a shift chasing bed status", None, PriorityKind.PAIN),
        (NURSE, "Stop tracking beds on whiteboards", None, PriorityKind.GOAL),
        (NURSE, "Be known as the nurse who fixed patient flow", None, PriorityKind.PERSONAL),
        (OUTSIDER, "Grow brand awareness", None, PriorityKind.GOAL),  # not on the committee
        (CFO, "Renegotiate the cleaning contract", OTHER_PURSUIT, PriorityKind.GOAL),  # another pursuit
    ]
    priorities = [
        PriorityRecord(id=200 + n, account_id=1, stakeholder_id=s, key=f"p-{n}", text=t, pursuit_id=p, kind=k)
        for n, (s, t, p, k) in enumerate(said)
    ]
    return AccountSnapshot(
        account=AccountRecord(id=1, key="lakeshore", name="Lakeshore Health"),
        stakeholders=stakeholders,
        priorities=priorities,
        pursuits=[
            PursuitRecord(id=PURSUIT, account_id=1, key="opp", name="Capacity platform"),
            PursuitRecord(id=OTHER_PURSUIT, account_id=1, key="opp-2", name="Facilities"),
        ],
        committee={PURSUIT: members},
    )


def test_a_pursuit_themes_its_committees_own_priorities() -> None:
    snapshot = committee_snapshot()
    texts = [p.text for p in pursuit_priorities(snapshot, PURSUIT)]
    assert "Grow brand awareness" not in texts and "Renegotiate the cleaning contract" not in texts
    assert "Lower run costs" in texts and len(texts) == 8
    goals = pursuit_priorities(snapshot, PURSUIT, kinds={PriorityKind.GOAL})
    assert {p.kind for p in goals} == {PriorityKind.GOAL}


@pytest.mark.parametrize("engine", ["meaning", "words"])
def test_shared_themes_bridge_functions_and_divergent_ones_stay_with_one_function(
    monkeypatch: pytest.MonkeyPatch, engine: str
) -> None:
    if engine == "words":  # as where no encoder is installed
        monkeypatch.setenv("CONSENSUS_THEMES_MODEL", "none")
    factions = [{CFO, BUYER}, {CIO, CISO}, {NURSE}]
    analysis = analyse_pursuit(
        snapshot := committee_snapshot(), PURSUIT, factions, kinds=set(PriorityKind) - {PriorityKind.PERSONAL}
    )
    by_text = {p.text: p.id for p in analysis.priorities}
    cost = next(c for c in analysis.coverage if by_text["Lower run costs"] in c.priorities)
    assert set(cost.priorities) == {
        by_text[t] for t in ("Stay inside the FY27 budget", "Cut total cost of ownership", "Lower run costs")
    }
    assert cost.functions == sorted([Function.FINANCE, Function.PROCUREMENT, Function.IT])
    assert set(cost.approvers) == {CFO, CIO} and cost.factions == [0, 1] and cost.shared
    beds = next(
        c
        for c in [*analysis.coverage, *analysis.dissolved]
        if by_text["Stop tracking beds on whiteboards"] in c.priorities + c.loose
    )
    assert set(beds.stakeholders) <= {NURSE} and beds.divergent  # loosely related statements count for no one
    if beds in analysis.dissolved:  # nobody clearly in it: its statements are listed as unthemed
        assert by_text["Stop tracking beds on whiteboards"] in analysis.unthemed
    assert analysis.bridges[0].coverage == cost  # the cost theme reaches furthest
    assert all(b.coverage.shared for b in analysis.bridges)
    assert analysis.bridges[0].reach["approvers"] == 1.0
    assert (Function.OPERATIONS, Function.SECURITY) in analysis.unshared_functions
    assert (Function.FINANCE, Function.IT) not in analysis.unshared_functions
    assert analysis.unshared_factions == [(0, 2), (1, 2)]
    assert analysis.engine == engine
    assert snapshot.priorities  # the snapshot is read, never changed


def hand_made_result() -> tuple[ThemeResult, list[PriorityRecord]]:
    snapshot = committee_snapshot()
    priorities = pursuit_priorities(snapshot, PURSUIT)[:7]
    themes = [
        Theme(0, "Lower run costs", ["cost"], [0, 1, 2]),
        Theme(1, "Single sign-on", ["sso"], [3, 4]),
        Theme(2, "Stop tracking beds on whiteboards", ["bed"], [5, 6]),
    ]
    return ThemeResult(themes, [0, 0, 0, 1, 1, 2, 2]), priorities


def test_bridges_rank_by_influence_functions_factions_and_approvers() -> None:
    from consensus_app.core.pursuit_map import build_pursuit_map

    result, priorities = hand_made_result()
    nodes = build_pursuit_map(committee_snapshot(), PURSUIT).nodes
    members = [n for n in nodes if n.on_committee]
    coverage = theme_coverage(result, priorities, nodes)
    bridges = rank_bridges(coverage, members)
    assert [b.coverage.theme.id for b in bridges] == [0, 1]
    cost, sso = bridges
    total = 5 + 2 + 4 + 3 + 4
    assert cost.reach["stakeholders"] == (5 + 2 + 4) / total
    assert cost.reach["functions"] == 3 / 5 and sso.reach["functions"] == 2 / 5
    assert cost.reach["approvers"] == 1.0 and sso.reach["approvers"] == 4 / 9
    assert "factions" not in cost.reach  # none given
    assert cost.score > sso.score


def test_function_and_faction_pairs_with_nothing_in_common() -> None:
    from consensus_app.core.pursuit_map import build_pursuit_map

    result, priorities = hand_made_result()
    nodes = build_pursuit_map(committee_snapshot(), PURSUIT).nodes
    factions = [{CFO, BUYER}, {CIO, CISO}, {NURSE}]
    coverage = theme_coverage(result, priorities, nodes, factions)
    apart = functions_without_common_theme(coverage)
    assert (Function.FINANCE, Function.PROCUREMENT) not in apart
    assert (Function.IT, Function.SECURITY) not in apart
    assert (Function.FINANCE, Function.SECURITY) in apart
    assert {p for p in apart if Function.OPERATIONS in p} == {
        tuple(sorted((Function.OPERATIONS, f)))
        for f in (Function.FINANCE, Function.PROCUREMENT, Function.IT, Function.SECURITY)
    }
    assert factions_without_common_theme(coverage, factions) == [(0, 2), (1, 2)]
    one_theme = ThemeResult([Theme(0, "All", [], list(range(7)))], [0] * 7)
    assert functions_without_common_theme(theme_coverage(one_theme, priorities, nodes)) == []

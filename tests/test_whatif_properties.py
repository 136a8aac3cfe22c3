"""What-if moves the way a coach would: a change a coach calls good never lowers the score, one
they call bad never raises it — over committees hypothesis generates (issue 14).

Good: a member's stance up one step (any role); a supportive member starts influencing an
approver; an approver is met today. Bad: a stance down one step; a supportive mobilizer who is
engaged and checked leaves (the champion goes).
"""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consensus_app.core.analytics.assessment import assess
from consensus_app.core.analytics.changes import AddTie, Change, Engage, SetStance
from consensus_app.core.analytics.facts import PriorityTheme
from consensus_app.core.analytics.leaving import Leaves
from consensus_app.core.analytics.whatif import what_if
from consensus_app.core.pursuit_map import EdgeKind, MapEdge, MapNode, PursuitMap
from models import Function, Profile
from tests.analytics_maps import TODAY

EXAMPLES = int(os.environ.get("CONSENSUS_FUZZ_EXAMPLES", "150"))
DATES = st.sampled_from([TODAY - timedelta(days=d) for d in (1, 20, 45, 120)] + [None])


@st.composite
def committees(draw: st.DrawFn) -> tuple[PursuitMap, list[PriorityTheme] | None]:
    size = draw(st.integers(3, 9))
    nodes = [
        MapNode(
            stakeholder_id=sid,
            key=f"s{sid}",
            name=f"Person {sid}",
            title=None,
            function=draw(st.sampled_from(list(Function)[:6])),
            profile=draw(st.sampled_from(list(Profile))),
            reports_to_id=draw(st.one_of(st.none(), st.integers(1, sid - 1))) if sid > 1 else None,
            member_id=sid if draw(st.integers(0, 5)) else None,
            approver=draw(st.booleans()),
            stance=draw(st.integers(-2, 2)),
            influence=draw(st.integers(1, 5)),
            last_engaged=draw(DATES),
            last_verified=draw(DATES),
        )
        for sid in range(1, size + 1)
    ]
    edges = [
        MapEdge(n.stakeholder_id, n.reports_to_id, EdgeKind.REPORTS_TO) for n in nodes if n.reports_to_id
    ]
    pairs = st.tuples(st.integers(1, size), st.integers(1, size)).filter(lambda p: p[0] != p[1])
    kinds = st.sampled_from([EdgeKind.INFLUENCES, EdgeKind.ALLIES, EdgeKind.CONFLICTS, EdgeKind.DOTTED_LINE])
    for (a, b), kind, strength in draw(st.lists(st.tuples(pairs, kinds, st.integers(1, 3)), max_size=12)):
        edges.append(MapEdge(a, b, kind, strength))
    themes = None
    if draw(st.booleans()):
        groups = draw(st.lists(st.frozensets(st.integers(1, size), min_size=1), min_size=1, max_size=4))
        themes = [PriorityTheme(f"theme {i}", group) for i, group in enumerate(groups)]
    return PursuitMap(1, 1, "generated", nodes, edges), themes


def _delta(pursuit_map: PursuitMap, themes: list[PriorityTheme] | None, change: Change) -> int:
    voiced = {n.stakeholder_id: 1 for n in pursuit_map.nodes}
    result = what_if(pursuit_map, [change], TODAY, themes, voiced)
    if not (result.before.assessable and result.after.assessable):
        return 0
    return result.delta


def _members(pursuit_map: PursuitMap) -> list[MapNode]:
    return [n for n in pursuit_map.nodes if n.on_committee]


FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(committees(), st.data())
def test_a_stance_raised_never_lowers_the_score(case: tuple[PursuitMap, object], data: st.DataObject) -> None:
    pursuit_map, themes = case
    movable = [n for n in _members(pursuit_map) if n.stance < 2]
    if movable:
        node = data.draw(st.sampled_from(movable))
        assert _delta(pursuit_map, themes, SetStance(node.stakeholder_id, node.stance + 1)) >= 0  # type: ignore[arg-type]


@FUZZ
@given(committees(), st.data())
def test_a_stance_lowered_never_raises_the_score(
    case: tuple[PursuitMap, object], data: st.DataObject
) -> None:
    pursuit_map, themes = case
    movable = [n for n in _members(pursuit_map) if n.stance > -2]
    if movable:
        node = data.draw(st.sampled_from(movable))
        assert _delta(pursuit_map, themes, SetStance(node.stakeholder_id, node.stance - 1)) <= 0  # type: ignore[arg-type]


@FUZZ
@given(committees(), st.data())
def test_the_champion_leaving_never_raises_the_score(
    case: tuple[PursuitMap, object], data: st.DataObject
) -> None:
    pursuit_map, themes = case
    conflicted = {
        s for e in pursuit_map.edges if e.kind is EdgeKind.CONFLICTS for s in (e.source_id, e.target_id)
    }
    recent = TODAY - timedelta(days=30)
    champions = [
        n
        for n in _members(pursuit_map)
        if n.stance >= 1
        and n.profile.is_mobilizer
        and n.stakeholder_id not in conflicted
        and n.last_engaged is not None
        and n.last_engaged >= recent
        and n.last_verified is not None
        and n.last_verified >= recent
    ]
    # Not a champion who is one side of the priorities found far apart: leaving also ends that
    # divergence, and the score weighs the two (a group of two supportive approvers who want
    # different things against one and an empty sign-off can come out a point or a few higher).
    voiced = {n.stakeholder_id: 1 for n in pursuit_map.nodes}
    apart = {
        s
        for f in assess(pursuit_map, TODAY, themes, voiced).findings  # type: ignore[arg-type]
        if f.code == "DIVERGENT_PRIORITIES"
        for s in f.stakeholders
    }
    champions = [n for n in champions if n.stakeholder_id not in apart]
    if champions:
        node = data.draw(st.sampled_from(champions))
        assert _delta(pursuit_map, themes, Leaves(node.stakeholder_id, TODAY)) <= 0  # type: ignore[arg-type]


@FUZZ
@given(committees(), st.data())
def test_a_supporter_reaching_an_approver_never_lowers_the_score(
    case: tuple[PursuitMap, object], data: st.DataObject
) -> None:
    pursuit_map, themes = case
    members = _members(pursuit_map)
    pairs = [(s, a) for s in members for a in members if s.stance >= 1 and a.approver and s is not a]
    if pairs:
        source, approver = data.draw(st.sampled_from(pairs))
        tie = AddTie(source.stakeholder_id, approver.stakeholder_id, EdgeKind.INFLUENCES, 3)
        assert _delta(pursuit_map, themes, tie) >= 0  # type: ignore[arg-type]


@FUZZ
@given(committees(), st.data())
def test_meeting_an_approver_never_lowers_the_score(
    case: tuple[PursuitMap, object], data: st.DataObject
) -> None:
    pursuit_map, themes = case
    approvers = [n for n in _members(pursuit_map) if n.approver]
    if approvers:
        node = data.draw(st.sampled_from(approvers))
        assert _delta(pursuit_map, themes, Engage(node.stakeholder_id, TODAY)) >= 0  # type: ignore[arg-type]

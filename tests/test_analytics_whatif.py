"""What-if: the assessment moves with imagined changes, and the map itself stays as it was."""

from __future__ import annotations

from consensus_app.core.analytics.whatif import AddTie, RemoveMember, SetStance, what_if
from consensus_app.core.pursuit_map import EdgeKind
from models import Profile
from tests.analytics_maps import TODAY, committee, person


def pursuit():  # type: ignore[no-untyped-def]
    return committee(
        [
            person(1, stance=2, influence=4, profile=Profile.GO_GETTER),  # the champion
            person(2, stance=-1, influence=5, approver=True),
            person(3, stance=1, influence=3, profile=Profile.FRIEND, manager=2),
        ],
        [(1, 2, EdgeKind.INFLUENCES), (1, 3, EdgeKind.ALLIES)],
    )


def test_winning_over_an_approver_raises_the_score_and_clears_the_finding() -> None:
    before = pursuit()
    result = what_if(before, [SetStance(2, 1)], TODAY)
    assert result.delta > 0
    assert "APPROVER_OPPOSED" in {f.code for f in result.resolved}
    assert before.node(2).stance == -1  # nothing was changed for real


def test_the_champion_leaving_leaves_no_mobilizer() -> None:
    result = what_if(pursuit(), [RemoveMember(1)], TODAY)
    assert result.delta < 0
    assert "NO_MOBILIZER" in {f.code for f in result.raised}
    assert 1 not in {n.stakeholder_id for n in result.after.influence}


def test_a_new_tie_can_open_a_path_to_an_approver() -> None:
    lonely = committee(
        [person(1, stance=2, profile=Profile.TEACHER), person(2, stance=0, approver=True)],
    )
    result = what_if(lonely, [AddTie(1, 2, EdgeKind.INFLUENCES, 3)], TODAY)
    assert result.before.paths == [] and [p.path for p in result.after.paths] == [(1, 2)]
    assert result.after.score > result.before.score  # the two are now connected


def test_several_changes_apply_in_order() -> None:
    result = what_if(pursuit(), [SetStance(2, 2), RemoveMember(3)], TODAY)
    assert {n.stakeholder_id for n in result.after.influence} == {1, 2}
    assert not any(f.code == "APPROVER_OPPOSED" for f in result.after.findings)

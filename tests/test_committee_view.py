"""The committee view's rule (Qt-free): members, the reporting lines between them, influencers, brokers."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from consensus_app.core.committee_view import committee_map, committee_view
from consensus_app.core.pursuit_map import EdgeKind, MapEdge, MapNode, PursuitMap
from models import Function, Profile
from tests.large_accounts import ACCOUNT_32, ACCOUNT_120, account_document, linker_keys, member_keys


def document_map(people: int, committee: int) -> PursuitMap:
    """The plain pursuit map of a tests/large_accounts.py account, without a database."""
    account = account_document(people, committee)["accounts"][0]
    index = {s["id"]: n for n, s in enumerate(account["stakeholders"])}
    seats = {m["stakeholder"]: m for m in account["pursuits"][0]["committee"]}
    nodes = [
        MapNode(
            index[s["id"]], s["id"], s["name"], s["title"], Function(s["function"]), Profile(s["profile"]),
            index.get(s.get("reports_to", "")), member_id=index[s["id"]] if s["id"] in seats else None,
        )
        for s in account["stakeholders"]
    ]  # fmt: skip
    edges = [
        MapEdge(index[s["id"]], index[s["reports_to"]], EdgeKind.REPORTS_TO)
        for s in account["stakeholders"]
        if "reports_to" in s
    ]
    edges += [
        MapEdge(index[r["source"]], index[r["target"]], EdgeKind(r["kind"])) for r in account["relationships"]
    ]
    return PursuitMap(1, 1, account["name"], nodes, edges)


def small_map(members: set[int], edges: list[tuple[int, int, EdgeKind]]) -> PursuitMap:
    """Ten people: 0 is the CEO; 1 and 2 report to 0; 3, 4 to 1; 5, 6 to 2; 7, 8, 9 to nobody."""
    managers = {1: 0, 2: 0, 3: 1, 4: 1, 5: 2, 6: 2}
    nodes = [
        MapNode(i, f"s{i}", f"Person {i}", None, Function.OTHER, Profile.UNKNOWN, managers.get(i),
                member_id=i if i in members else None)
        for i in range(10)
    ]  # fmt: skip
    lines = [MapEdge(i, m, EdgeKind.REPORTS_TO) for i, m in managers.items()]
    lines += [MapEdge(a, b, kind) for a, b, kind in edges]
    return PursuitMap(1, 1, "Small", nodes, lines)


def test_the_reporting_line_between_two_members_is_shown_up_to_their_common_manager() -> None:
    view = committee_view(whole_up_to=0, pursuit_map=small_map({3, 5}, []))
    assert view.shown == [0, 1, 2, 3, 5]  # map order; 4, 6 and the unattached are left out
    assert view.reasons[0] == "common manager of Person 3 and Person 5"
    assert view.reasons[1] == "common manager of Person 3" or "Person 3" in view.reasons[1]


def test_a_member_above_another_carries_the_chain() -> None:
    view = committee_view(whole_up_to=0, pursuit_map=small_map({0, 3}, []))
    assert view.shown == [0, 1, 3]
    assert view.reasons == {1: "links Person 3 to Person 0 (reporting line)"}


def test_influencers_and_brokers_off_the_committee_are_shown_with_their_reason() -> None:
    ties = [
        (7, 3, EdgeKind.INFLUENCES),  # influencer of one member
        (8, 3, EdgeKind.ALLIES),
        (8, 4, EdgeKind.INFLUENCES),  # broker between two members
        (9, 4, EdgeKind.CONFLICTS),  # conflicts link nobody
        (3, 6, EdgeKind.INFLUENCES),  # a member influencing an outsider: not an influencer of a member
    ]
    view = committee_view(whole_up_to=0, pursuit_map=small_map({3, 4}, ties))
    assert view.shown == [1, 3, 4, 7, 8]
    assert view.reasons[7] == "influences Person 3"
    assert view.reasons[8] == "links Person 3 and Person 4"
    assert view.reasons[1] == "common manager of Person 3 and Person 4"


def test_a_dotted_line_manager_of_a_member_is_an_influencer() -> None:
    view = committee_view(whole_up_to=0, pursuit_map=small_map({3, 5}, [(3, 9, EdgeKind.DOTTED_LINE)]))
    assert view.reasons[9] == "influences Person 3"


def test_a_small_account_is_shown_whole() -> None:
    assert committee_view(small_map({3, 4}, [])).shown == list(range(10))


def test_a_pursuit_without_members_shows_everyone_and_asked_for_people_stay() -> None:
    assert committee_view(whole_up_to=0, pursuit_map=small_map(set(), [])).shown == list(range(10))
    view = committee_view(whole_up_to=0, pursuit_map=small_map({3, 4}, []), also=[9, 42])
    assert 9 in view.shown and view.reasons[9] == "shown on request"
    assert 42 not in view.shown


def test_committee_map_keeps_only_lines_between_shown_people() -> None:
    shown = committee_map(
        whole_up_to=0, pursuit_map=small_map({3, 4}, [(8, 3, EdgeKind.INFLUENCES), (8, 9, EdgeKind.ALLIES)])
    )
    assert [n.stakeholder_id for n in shown.nodes] == [1, 3, 4, 8]
    assert {(e.source_id, e.target_id) for e in shown.edges} == {(3, 1), (4, 1), (8, 3)}


def test_a_real_account_shows_its_committee_and_linkers_not_everyone() -> None:
    for people, committee in (ACCOUNT_32, ACCOUNT_120):
        pursuit_map = document_map(people, committee)
        view = committee_view(pursuit_map)
        keys = {pursuit_map.node(sid).key for sid in view.shown}
        assert set(member_keys(people, committee)) <= keys
        assert set(linker_keys(people, committee)) <= keys
        assert committee < len(view.shown) < people * 0.6
        assert all(reason for reason in view.reasons.values())
        # Every non-member shown has a reason, and every member shown has none.
        members = {n.stakeholder_id for n in pursuit_map.members()}
        assert set(view.reasons) == set(view.shown) - members


def _pairwise_between(managers: dict[int, int], members: set[int]) -> set[int]:
    """The rule as written: for every two members, the non-members on the reporting line between
    them, up to and including their lowest common manager (none across separate trees)."""

    def chain(person: int) -> list[int]:
        up = [person]
        while up[-1] in managers:
            up.append(managers[up[-1]])
        return up

    shown: set[int] = set()
    for a, b in itertools.combinations(sorted(members), 2):
        first, second = chain(a), chain(b)
        meet = next((p for p in second if p in first), None)
        if meet is not None:
            shown |= {p for p in first[: first.index(meet) + 1] + second[: second.index(meet)]}
    return shown - members


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_the_reporting_links_shown_are_those_between_every_two_members(data: st.DataObject) -> None:
    people = data.draw(st.integers(2, 60))
    # Each person reports to someone before them, or to nobody: a forest of any shape.
    managers = {i: m for i in range(1, people) if (m := data.draw(st.integers(-1, i - 1))) >= 0}
    members = set(data.draw(st.sets(st.integers(0, people - 1), min_size=1, max_size=people)))
    nodes = [
        MapNode(i, f"s{i}", f"Person {i}", None, Function.OTHER, Profile.UNKNOWN, managers.get(i),
                member_id=i if i in members else None)
        for i in range(people)
    ]  # fmt: skip
    lines = [MapEdge(i, m, EdgeKind.REPORTS_TO) for i, m in managers.items()]
    view = committee_view(whole_up_to=0, pursuit_map=PursuitMap(1, 1, "Generated", nodes, lines))
    assert set(view.shown) == members | _pairwise_between(managers, members)

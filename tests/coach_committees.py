"""Eight committees a sales coach wrote, each with the findings a coach expects (issue 14).

Written before the rules were recalibrated: the expectations are the coach's, not the code's.
Names are in the scripts sellers meet (Norwegian, Korean, Persian, English).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

from consensus_app.core.analytics.facts import PriorityTheme
from consensus_app.core.pursuit_map import EdgeKind, MapEdge, MapNode, PursuitMap
from models import BuyingRole, Function, Profile
from tests.analytics_maps import TODAY

LONG_AGO = TODAY - timedelta(days=200)
RECENT = TODAY - timedelta(days=7)
INF, ALLY, REP, CONFLICT = EdgeKind.INFLUENCES, EdgeKind.ALLIES, EdgeKind.REPORTS_TO, EdgeKind.CONFLICTS


def member(
    sid: int,
    name: str,
    function: Function,
    *,
    stance: int = 1,
    influence: int = 3,
    profile: Profile = Profile.UNKNOWN,
    approver: bool = False,
    role: BuyingRole | None = None,
    manager: int | None = None,
    engaged: object = RECENT,
    verified: object = RECENT,
    on_committee: bool = True,
) -> MapNode:
    return MapNode(
        stakeholder_id=sid,
        key=f"s{sid}",
        name=name,
        title=None,
        function=function,
        profile=profile,
        reports_to_id=manager,
        member_id=sid if on_committee else None,
        role=role,
        approver=approver,
        stance=stance,
        influence=influence,
        last_engaged=engaged,  # type: ignore[arg-type]
        last_verified=verified,  # type: ignore[arg-type]
    )


@dataclass(frozen=True)
class Case:
    name: str
    pursuit_map: PursuitMap
    themes: list[PriorityTheme]
    expected: set[str]  # the codes a coach expects, and no others (info included)


def _map(nodes: list[MapNode], ties: list[tuple[int, int, EdgeKind]]) -> PursuitMap:
    edges = [MapEdge(n.stakeholder_id, n.reports_to_id, REP) for n in nodes if n.reports_to_id]
    edges += [MapEdge(a, b, kind, 3 if kind is INF else 2) for a, b, kind in ties]
    return PursuitMap(1, 1, "coach", nodes, edges)


def _healthy_nodes() -> list[MapNode]:
    return [
        member(
            1,
            "Ingrid Solberg",
            Function.EXECUTIVE,
            stance=1,
            influence=5,
            approver=True,
            role=BuyingRole.ECONOMIC_BUYER,
            profile=Profile.SKEPTIC,
        ),
        member(
            2,
            "Øystein Berg",
            Function.OPERATIONS,
            stance=2,
            influence=4,
            profile=Profile.GO_GETTER,
            role=BuyingRole.CHAMPION,
            manager=1,
        ),
        member(
            3,
            "Kari Nordmann",
            Function.FINANCE,
            stance=1,
            influence=4,
            approver=True,
            role=BuyingRole.DECISION_MAKER,
            manager=1,
        ),
        member(
            4,
            "Lars Haugen",
            Function.IT,
            stance=1,
            influence=3,
            profile=Profile.TEACHER,
            role=BuyingRole.TECHNICAL_EVALUATOR,
            manager=1,
        ),
        member(
            5,
            "Sofie Dahl",
            Function.PROCUREMENT,
            stance=0,
            influence=2,
            role=BuyingRole.PROCUREMENT,
            manager=3,
        ),
        member(6, "Emma Lie", Function.LEGAL, stance=1, influence=2, role=BuyingRole.LEGAL, manager=1),
    ]


_HEALTHY_TIES = [(2, 1, INF), (2, 3, INF), (4, 3, INF), (2, 4, ALLY), (3, 5, ALLY), (6, 2, ALLY)]
LATE_DELIVERY = PriorityTheme("late deliveries cost us contracts", frozenset(range(1, 7)))


def healthy() -> Case:
    return Case("healthy", _map(_healthy_nodes(), _HEALTHY_TIES), [LATE_DELIVERY], set())


def opposed_cfo() -> Case:
    nodes = _healthy_nodes()
    nodes[2] = replace(nodes[2], stance=-2, profile=Profile.SKEPTIC, role=BuyingRole.ECONOMIC_BUYER)
    return Case("opposed CFO", _map(nodes, _HEALTHY_TIES), [LATE_DELIVERY], {"APPROVER_OPPOSED"})


def blocker_sways_two_approvers() -> Case:
    nodes = [
        *_healthy_nodes(),
        member(
            7,
            "Henrik Moe",
            Function.SECURITY,
            stance=-1,
            influence=4,
            profile=Profile.BLOCKER,
            role=BuyingRole.INFLUENCER,
            manager=4,
        ),
        # The General Counsel is an ally of Emma, with no tie to the blocker: not swayed by him.
        member(8, "Marit Aas", Function.LEGAL, stance=1, influence=3, approver=True, role=BuyingRole.LEGAL),
    ]
    ties = [*_HEALTHY_TIES, (7, 1, INF), (7, 3, INF), (8, 6, ALLY), (8, 2, ALLY)]
    themes = [PriorityTheme("late deliveries cost us contracts", frozenset(range(1, 9)))]
    return Case("blocker sways two approvers", _map(nodes, ties), themes, {"BLOCKER_RISK"})


def all_talkers() -> Case:
    nodes = [
        replace(n, profile=p)
        for n, p in zip(
            _healthy_nodes(),
            [Profile.FRIEND, Profile.GUIDE, Profile.CLIMBER, Profile.FRIEND, Profile.UNKNOWN, Profile.GUIDE],
            strict=True,
        )
    ]
    return Case(
        "all supporters are talkers",
        _map(nodes, _HEALTHY_TIES),
        [LATE_DELIVERY],
        {"NO_MOBILIZER", "TALKER_HEAVY"},
    )


def one_champion() -> Case:
    nodes = [
        n if n.stakeholder_id == 2 else replace(n, last_engaged=LONG_AGO if not n.approver else None)
        for n in _healthy_nodes()
    ]
    return Case(
        "one champion", _map(nodes, _HEALTHY_TIES), [LATE_DELIVERY], {"SINGLE_THREADED", "UNENGAGED_APPROVER"}
    )


def two_factions() -> Case:
    nodes = [
        member(
            1,
            "Ingrid Solberg",
            Function.OPERATIONS,
            stance=2,
            influence=4,
            profile=Profile.GO_GETTER,
            approver=True,
        ),
        member(2, "Øystein Berg", Function.OPERATIONS, stance=1, influence=3),
        member(3, "Kari Nordmann", Function.SALES, stance=1, influence=3),
        member(4, "Lars Haugen", Function.FINANCE, stance=0, influence=4, approver=True),
        member(5, "Sofie Dahl", Function.LEGAL, stance=0, influence=3),
        member(6, "Emma Lie", Function.PROCUREMENT, stance=0, influence=2),
    ]
    ties = [(1, 2, ALLY), (2, 3, ALLY), (1, 3, INF), (4, 5, ALLY), (5, 6, ALLY), (4, 6, INF)]
    themes = [
        PriorityTheme("ship on time", frozenset({1, 2, 3})),
        PriorityTheme("keep contract risk low", frozenset({4, 5, 6})),
    ]
    return Case(
        "two factions with nothing in common",
        _map(nodes, ties),
        themes,
        {"FACTION_WITHOUT_MOBILIZER", "DIVERGENT_PRIORITIES"},
    )


def stale_korean() -> Case:
    names = ["김민준", "이서연", "박지훈", "최수아", "정하준", "윤서진"]
    nodes = [
        replace(n, name=k, last_engaged=LONG_AGO, last_verified=LONG_AGO)
        for n, k in zip(_healthy_nodes(), names, strict=True)
    ]
    return Case(
        "stale Korean account",
        _map(nodes, _HEALTHY_TIES),
        [LATE_DELIVERY],
        {"STALE_ASSESSMENT", "UNENGAGED_APPROVER"},
    )


def nine_sign_offs() -> Case:
    names = [
        "مریم احمدی",
        "Ana Silva",
        "رضا کریمی",
        "John Carter",
        "سارا محمدی",
        "Tom Becker",
        "علی رضایی",
        "Lisa Green",
        "نگار حسینی",
    ]
    functions = [
        Function.EXECUTIVE,
        Function.FINANCE,
        Function.IT,
        Function.OPERATIONS,
        Function.LEGAL,
        Function.PROCUREMENT,
        Function.SECURITY,
        Function.HR,
        Function.MARKETING,
    ]
    nodes = [
        member(
            i,
            name,
            function,
            stance=1,
            influence=3,
            approver=True,
            profile=Profile.GO_GETTER if i == 1 else Profile.TEACHER if i == 4 else Profile.UNKNOWN,
            manager=None if i == 1 else 1,
        )
        for i, (name, function) in enumerate(zip(names, functions, strict=True), start=1)
    ]
    ties = [(1, i, INF) for i in range(2, 10)] + [(4, 5, ALLY), (4, 6, INF), (2, 3, ALLY)]
    themes = [PriorityTheme("one view of cost and risk", frozenset(range(1, 10)))]
    return Case("nine sign-offs", _map(nodes, ties), themes, {"LARGE_GROUP"})


CASES = [
    healthy,
    opposed_cfo,
    blocker_sways_two_approvers,
    all_talkers,
    one_champion,
    two_factions,
    stale_korean,
    nine_sign_offs,
]

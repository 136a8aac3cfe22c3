"""The committee view: the buying committee and the few people who link its members.

A real account has 30–150 people; the seller mostly needs the committee. The rule, in the
words the window shows:

1. every committee member;
2. the **reporting chain** between two members, up to their lowest common manager
   ("links A and B through the reporting line");
3. **influencers**: someone off the committee who influences a member, or is a member's
   dotted-line manager ("influences A");
4. **brokers**: someone off the committee with an influence, alliance or dotted-line tie to
   two members or more ("links A and B").

Conflicts link nobody. A small account (up to WHOLE_ACCOUNT_UP_TO people: it fits a screen
anyway) and a pursuit without members (no committee to focus on yet) show everyone, and
`also` keeps people the user asked for in view (a person found with Ctrl+F, someone just
added). The window's map uses this rule; the exports and the brief are to follow it.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from consensus_app.core.pursuit_map import EdgeKind, MapNode, PursuitMap
from consensus_app.core.relationship_kinds import Closeness, kind_info

_SHOWN_NAMES = 2  # names in a reason before "and N more"
WHOLE_ACCOUNT_UP_TO = 15


@dataclass(frozen=True)
class CommitteeView:
    """Who the committee view shows (map order) and, for each non-member, why."""

    shown: list[int]
    reasons: dict[int, str] = field(default_factory=dict)


def committee_view(
    pursuit_map: PursuitMap, also: Iterable[int] = (), *, whole_up_to: int = WHOLE_ACCOUNT_UP_TO
) -> CommitteeView:
    """The people the committee view shows, with a short reason for each non-member."""
    nodes = {n.stakeholder_id: n for n in pursuit_map.nodes}
    members = [n.stakeholder_id for n in pursuit_map.nodes if n.on_committee]
    gone = {n.stakeholder_id for n in pursuit_map.nodes if n.left_on is not None}  # hidden: they left
    if not members or len(nodes) <= whole_up_to:
        return CommitteeView([n.stakeholder_id for n in pursuit_map.nodes if n.stakeholder_id not in gone])
    member_set = set(members)
    reasons: dict[int, str] = {}
    for sid, text in _reporting_links(pursuit_map, nodes, members).items():
        reasons.setdefault(sid, text)
    for sid, text in _tie_links(pursuit_map, nodes, member_set).items():
        reasons.setdefault(sid, text)
    for sid in also:
        if sid in nodes and sid not in member_set:
            reasons.setdefault(sid, "shown on request")
    shown = [
        n.stakeholder_id
        for n in pursuit_map.nodes
        if (n.stakeholder_id in member_set or n.stakeholder_id in reasons) and n.stakeholder_id not in gone
    ]
    return CommitteeView(shown, reasons)


def restrict(pursuit_map: PursuitMap, ids: Iterable[int]) -> PursuitMap:
    """The map with only these people and the lines between them (same order, same title)."""
    keep = set(ids)
    return replace(
        pursuit_map,
        nodes=[n for n in pursuit_map.nodes if n.stakeholder_id in keep],
        edges=[e for e in pursuit_map.edges if e.source_id in keep and e.target_id in keep],
    )


def committee_map(
    pursuit_map: PursuitMap, also: Iterable[int] = (), *, whole_up_to: int = WHOLE_ACCOUNT_UP_TO
) -> PursuitMap:
    """The map as the committee view shows it."""
    return restrict(pursuit_map, committee_view(pursuit_map, also, whole_up_to=whole_up_to).shown)


def _names(ids: list[int], nodes: dict[int, MapNode]) -> str:
    names = [nodes[i].name for i in ids]
    if len(names) <= _SHOWN_NAMES:
        return " and ".join(names)
    return f"{', '.join(names[:_SHOWN_NAMES])} and {len(names) - _SHOWN_NAMES} more"


def _managers(pursuit_map: PursuitMap, nodes: dict[int, MapNode]) -> dict[int, int]:
    """Person -> manager, ignoring unknown people and any reporting loop (walks stop on repeats)."""
    manager: dict[int, int] = {}
    for edge in pursuit_map.edges:
        if edge.kind is EdgeKind.REPORTS_TO and edge.source_id in nodes and edge.target_id in nodes:
            manager.setdefault(edge.source_id, edge.target_id)
    return manager


def _chain(person: int, manager: dict[int, int]) -> list[int]:
    """The person, their manager, that manager's manager… (a loop ends the walk)."""
    chain, seen = [person], {person}
    while (boss := manager.get(chain[-1])) is not None and boss not in seen:
        chain.append(boss)
        seen.add(boss)
    return chain


def _between_members(chains: dict[int, list[int]], members: set[int]) -> set[int]:
    """The non-members on the reporting line between some two members, up to and including their
    lowest common manager, in one pass over the members' chains (not over every pair of them).

    Someone above a member is on such a line unless every member of their tree sits under one and
    the same of their direct reports (then the members meet below them)."""
    in_tree: Counter[int] = Counter()  # members per tree (a tree: the top of their chains)
    under: Counter[int] = Counter()  # members below each person
    via: Counter[tuple[int, int]] = Counter()  # members below each person through one direct report
    top: dict[int, int] = {}
    for chain in chains.values():
        in_tree[chain[-1]] += 1
        for below, person in itertools.pairwise(chain):
            under[person] += 1
            via[(person, below)] += 1
            top[person] = chain[-1]
    widest: dict[int, int] = {}
    for (person, _below), count in via.items():
        widest[person] = max(widest.get(person, 0), count)
    return {p for p in under if p not in members and widest[p] < in_tree[top[p]]}


def _reporting_links(
    pursuit_map: PursuitMap, nodes: dict[int, MapNode], members: list[int]
) -> dict[int, str]:
    """Non-members on the reporting line between two members, up to their lowest common manager."""
    manager = _managers(pursuit_map, nodes)
    chains = {m: _chain(m, manager) for m in members}
    member_set = set(members)
    shown = _between_members(chains, member_set)  # non-members on the line between two members
    below: dict[int, list[int]] = {sid: [] for sid in shown}  # members in each one's reporting line
    above: dict[int, int] = {}  # the nearest member they report to, if any
    for member in members:
        chain = chains[member]
        for depth, sid in enumerate(chain[1:], 1):
            if sid in shown:
                below[sid].append(member)
                boss = next((m for m in chain[depth + 1 :] if m in member_set), None)
                if boss is not None:
                    above[sid] = boss
            elif sid in member_set:
                break  # the chain goes on through another member, who carries it from here
    return {
        sid: (
            f"links {_names(below[sid], nodes)} to {nodes[above[sid]].name} (reporting line)"
            if sid in above
            else f"common manager of {_names(below[sid], nodes)}"
        )
        for sid in shown
    }


def _tie_links(pursuit_map: PursuitMap, nodes: dict[int, MapNode], members: set[int]) -> dict[int, str]:
    """Brokers (ties to two members or more) and influencers (of one member) off the committee."""
    tied: dict[int, list[int]] = {}
    influences: dict[int, list[int]] = {}
    for edge in pursuit_map.edges:
        if not _links(edge.kind) or edge.source_id not in nodes or edge.target_id not in nodes:
            continue
        for outsider, member in ((edge.source_id, edge.target_id), (edge.target_id, edge.source_id)):
            if outsider in members or member not in members:
                continue
            if member not in tied.setdefault(outsider, []):
                tied[outsider].append(member)
            if _influences(edge.kind, outsider == edge.source_id) and member not in influences.get(
                outsider, []
            ):
                influences.setdefault(outsider, []).append(member)
    reasons: dict[int, str] = {}
    for outsider in (n.stakeholder_id for n in pursuit_map.nodes):
        if len(tied.get(outsider, [])) >= 2:
            reasons[outsider] = f"links {_names(tied[outsider], nodes)}"
        elif outsider in influences:
            reasons[outsider] = f"influences {_names(influences[outsider], nodes)}"
    return reasons


def _links(kind: EdgeKind) -> bool:
    """Relationships that bring people together (reporting lines are counted apart; conflicts never)."""
    info = kind_info(kind)
    return info.stored and info.closeness is Closeness.TIE


def _influences(kind: EdgeKind, outsider_is_source: bool) -> bool:
    """Whether the outsider influences the member: the tie sways mostly their way (an influence
    from them, or they are the member's dotted-line manager: a dotted line points from the
    report to the manager)."""
    info = kind_info(kind)
    mine, theirs = (
        (info.sway_forward, info.sway_backward)
        if outsider_is_source
        else (info.sway_backward, info.sway_forward)
    )
    return mine > theirs

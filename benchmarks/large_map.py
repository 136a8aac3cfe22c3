"""A generated large pursuit map (default 500 stakeholders, 2,000 relationships) for benchmarks.

Deterministic for a seed: a reporting tree of several divisions, committee fields for
everyone, and informal ties biased towards people in the same division.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from consensus_app.core.pursuit_map import EdgeKind, MapEdge, MapNode, PursuitMap
from models import BuyingRole, Function, Profile

FIRST = [
    "Ana",
    "Ben",
    "Chen",
    "Dara",
    "Eli",
    "Femi",
    "Gita",
    "Hana",
    "Ivo",
    "Jun",
    "Kai",
    "Lena",
    "Mina",
    "Nils",
    "Omar",
    "Pia",
    "Quinn",
    "Rosa",
    "Sami",
    "Tara",
    "Uma",
    "Vik",
    "Wen",
    "Yara",
    "Zoe",
]
LAST = [
    "Ahmadi",
    "Baker",
    "Costa",
    "Dubois",
    "Eriksen",
    "Fischer",
    "García",
    "Hughes",
    "Ito",
    "Jensen",
    "Kowalski",
    "López",
    "Müller",
    "Nakamura",
    "Okafor",
    "Park",
    "Rossi",
    "Silva",
    "Tanaka",
    "Weber",
]
TITLES = ["Director", "Head", "Manager", "Lead", "VP", "Analyst", "Specialist", "Architect"]


def large_pursuit_map(n_people: int = 500, n_ties: int = 2000, seed: int = 7) -> PursuitMap:
    rng = random.Random(seed)
    functions = list(Function)
    profiles = list(Profile)
    roles = list(BuyingRole)
    divisions = max(1, n_people // 60)
    nodes: list[MapNode] = []
    division_of: dict[int, int] = {}
    for i in range(1, n_people + 1):
        if i == 1:
            manager = None
        elif i <= divisions + 1:
            manager = 1  # division heads report to the CEO
        else:
            manager = rng.randint(max(2, i - 40), i - 1)  # a deep-ish, bushy tree
        division_of[i] = (
            0 if i == 1 else (i - 2) % divisions if i <= divisions + 1 else division_of[manager or 1]
        )
        function = functions[division_of[i] % len(functions)]
        nodes.append(
            MapNode(
                stakeholder_id=i,
                key=f"s-{i}",
                name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                title=f"{rng.choice(TITLES)}, {function.value.replace('_', ' ')}",
                function=function,
                profile=rng.choice(profiles),
                reports_to_id=manager,
                member_id=i,
                role=rng.choice(roles),
                approver=rng.random() < 0.05,
                stance=rng.randint(-2, 2),
                influence=rng.randint(1, 5),
            )
        )
    edges = [
        MapEdge(n.stakeholder_id, n.reports_to_id, EdgeKind.REPORTS_TO) for n in nodes if n.reports_to_id
    ]
    kinds = [EdgeKind.INFLUENCES, EdgeKind.ALLIES, EdgeKind.CONFLICTS, EdgeKind.DOTTED_LINE]
    seen: set[tuple[int, int]] = set()
    tie_id = 0
    while tie_id < n_ties:
        a = rng.randint(1, n_people)
        same = [
            j for j in range(max(1, a - 30), min(n_people, a + 30) + 1) if division_of[j] == division_of[a]
        ]
        b = rng.choice(same) if rng.random() < 0.7 and len(same) > 1 else rng.randint(1, n_people)
        if a == b or (a, b) in seen:
            continue
        seen.add((a, b))
        tie_id += 1
        edges.append(MapEdge(a, b, rng.choice(kinds), rng.randint(1, 3), tie_id))
    return PursuitMap(
        account_id=1, pursuit_id=1, title="Generated — 500-person pursuit", nodes=nodes, edges=edges
    )


def large_map_document(rename: Callable[[int, str], str] | None = None, seed: int = 7) -> dict[str, Any]:
    """The large map as an interchange document, everyone on one committee, two priorities each
    (worded as benchmarks/generate.py words them); `rename(i, name)` may give people other names."""
    from generate import _priority_text

    pursuit_map = large_pursuit_map()
    rng = random.Random(seed)
    people = [
        {"id": n.key, "name": rename(i, n.name) if rename else n.name, "title": n.title,
         "function": n.function.value, "profile": n.profile.value}
        | ({"reports_to": f"s-{n.reports_to_id}"} if n.reports_to_id else {})
        for i, n in enumerate(pursuit_map.nodes)
    ]  # fmt: skip
    ties = [
        {"id": f"r-{e.relationship_id}", "source": f"s-{e.source_id}", "target": f"s-{e.target_id}",
         "kind": e.kind.value, "strength": e.strength}
        for e in pursuit_map.edges
        if e.kind is not EdgeKind.REPORTS_TO
    ]  # fmt: skip
    committee = [
        {"id": f"m-{n.stakeholder_id}", "stakeholder": n.key, "role": n.role.value if n.role else "user",
         "approver": n.approver, "stance": n.stance, "influence": n.influence}
        for n in pursuit_map.nodes
    ]  # fmt: skip
    pursuit = {"id": "opp-large", "name": "500-person pursuit", "value": 1_000_000, "currency": "EUR",
               "close_date": "2026-06-30", "committee": committee}  # fmt: skip
    priorities = []
    for n in pursuit_map.nodes:
        for kind in ("goal", rng.choice(["pain", "concern", "decision_criterion", "personal"])):
            text, language = _priority_text(rng, kind)
            priorities.append({"id": f"p-{len(priorities)}", "stakeholder": n.key, "text": text, "kind": kind}
                              | ({"language": language} if language else {}))  # fmt: skip
    account = {"id": "generated", "name": "Generated", "stakeholders": people, "relationships": ties,
               "priorities": priorities, "pursuits": [pursuit], "messages": []}  # fmt: skip
    return {"format": "consensus-map", "version": 1, "accounts": [account]}

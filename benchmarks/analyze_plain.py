"""The plain script `consensus-app analyze` is measured against: the same metrics from the same file.

Reads one pursuit's people, ties and committee from a Consensus SQLite workspace with `sqlite3`,
builds networkx graphs and computes what the assessment computes, with the same sampling:
PageRank over who sways whom, betweenness from the same (at most 64) members to every member,
Louvain factions (seed 7), articulation points and the cheapest chains of influence from each
supportive mobilizer to each approver; prints them as JSON. It does not theme the priorities,
score, explain, or name findings, and reads no stored vectors.

.venv/bin/python benchmarks/analyze_plain.py WORKSPACE.db
"""

from __future__ import annotations

import json
import sqlite3
import sys

import networkx as nx

EXACT_UP_TO, SAMPLES, SEED = 250, 64, 7  # as consensus_app.core.analytics.metrics
MOBILIZERS = ("go_getter", "teacher", "skeptic")


def main(path: str) -> int:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    pursuit, account = db.execute("SELECT id, account_id FROM pursuit ORDER BY id LIMIT 1").fetchone()
    people = db.execute(
        "SELECT id, reports_to_id, profile FROM stakeholder WHERE account_id = ?", (account,)
    ).fetchall()
    ties = db.execute(
        "SELECT source_id, target_id, kind, strength FROM relationship WHERE account_id = ?", (account,)
    ).fetchall()
    seats = db.execute(
        "SELECT stakeholder_id, approver, stance FROM committee_member WHERE pursuit_id = ?", (pursuit,)
    ).fetchall()
    undirected, sway = nx.Graph(), nx.DiGraph()
    undirected.add_nodes_from(p[0] for p in people)
    sway.add_nodes_from(p[0] for p in people)
    for person, manager, _profile in people:
        if manager:
            undirected.add_edge(person, manager, weight=1.0)
            sway.add_edge(manager, person, weight=2.0, cost=0.5)
    for source, target, kind, strength in ties:
        if kind == "conflicts":
            continue
        undirected.add_edge(source, target, weight=float(strength))
        if kind != "allies":
            sway.add_edge(source, target, weight=float(strength), cost=1.0 / strength)
    members = sorted(s[0] for s in seats if undirected.degree(s[0]))
    sources = members
    if len(undirected) > EXACT_UP_TO and len(members) > SAMPLES:
        sources = members[:: max(1, len(members) // SAMPLES)][:SAMPLES]
    profile = {p[0]: p[2] for p in people}
    movers = [s[0] for s in seats if s[2] >= 1 and profile[s[0]] in MOBILIZERS]
    approvers = [s[0] for s in seats if s[1]]
    reach = nx.pagerank(sway.reverse(copy=False), weight="weight")
    between = nx.betweenness_centrality_subset(undirected, sources=sources, targets=members)
    factions = nx.community.louvain_communities(undirected, weight="weight", seed=SEED)
    cut = list(nx.articulation_points(undirected))
    paths = {}
    if len(movers) <= len(approvers):
        for mover in movers:
            found = nx.single_source_dijkstra_path(sway, mover, weight="cost")
            paths.update({f"{mover}>{a}": found[a] for a in approvers if a in found and a != mover})
    else:
        backwards = sway.reverse(copy=False)
        for approver in approvers:
            found = nx.single_source_dijkstra_path(backwards, approver, weight="cost")
            paths.update({f"{m}>{approver}": found[m][::-1] for m in movers if m in found and m != approver})
    print(
        json.dumps(
            {
                "reach": sorted(reach.items(), key=lambda kv: -kv[1])[:10],
                "brokers": sorted(between.items(), key=lambda kv: -kv[1])[:10],
                "factions": [sorted(f) for f in factions],
                "only_paths": sorted(cut),
                "paths": len(paths),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

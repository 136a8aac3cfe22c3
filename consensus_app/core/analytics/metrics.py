"""What the graph says about a committee, each metric in words a seller understands.

- influence reach: how far someone's word carries — weighted PageRank over who-sways-whom,
  blended half and half with the influence the team stated (1–5);
- brokers: who sits on the paths between committee members (betweenness), and the people
  through whom the *only* path runs (articulation points);
- factions: groups that talk mostly among themselves (Louvain, seeded, so the same map always
  gives the same factions; conflicts never pull people together);
- isolated members: nobody on the map is known to be tied to them;
- best paths: the strongest chain of influence from each supportive mobilizer to each approver.
"""

from __future__ import annotations

from collections.abc import Callable

import networkx as nx

from consensus_app.core.analytics.fast_paths import cheapest_paths, separating_nodes, subset_betweenness
from consensus_app.core.analytics.graphs import PursuitGraphs
from consensus_app.core.analytics.louvain import louvain_communities
from consensus_app.core.analytics.results import Broker, InfluencePath, Reach
from consensus_app.core.pursuit_map import MapNode

SEED = 7  # factions and sampled betweenness are deterministic
EXACT_BETWEENNESS_UP_TO = 250  # people; above this, betweenness is estimated from sampled members
BETWEENNESS_SAMPLES = 64


def influence_reach(graphs: PursuitGraphs) -> list[Reach]:
    """Committee members by reach, best first."""
    members = graphs.member_ids
    if not members:
        return []
    # Rank flows from the swayed to those who sway them, so reverse the sway graph.
    rank = nx.pagerank(graphs.sway.reverse(copy=False), weight="weight") if len(graphs.sway) else {}
    best = max((rank.get(sid, 0.0) for sid in members), default=0.0) or 1.0
    result = []
    for sid in members:
        network = rank.get(sid, 0.0) / best
        stated = (graphs.nodes[sid].influence - 1) / 4
        result.append(Reach(sid, round(0.5 * network + 0.5 * stated, 4), round(network, 4), stated))
    return sorted(result, key=lambda r: (-r.reach, r.stakeholder_id))


def brokers(graphs: PursuitGraphs) -> list[Broker]:
    """Everyone on a path between committee members, best first (members or not)."""
    members = [sid for sid in graphs.member_ids if graphs.ties.degree(sid)]
    if len(members) < 3:
        return []
    sources = members
    if len(graphs.ties) > EXACT_BETWEENNESS_UP_TO and len(members) > BETWEENNESS_SAMPLES:
        sources = sorted(members)[:: max(1, len(members) // BETWEENNESS_SAMPLES)][:BETWEENNESS_SAMPLES]
    # networkx's betweenness_centrality_subset(…, normalized=False), all sources at once.
    raw = subset_betweenness(graphs.ties, sources, members)
    # Scale to "share of member pairs": each sampled source stands for len(members)/len(sources).
    pairs = len(members) * (len(members) - 1) / 2
    scale = len(members) / len(sources) / pairs
    cut = only_paths(graphs)
    result = [
        Broker(sid, round(min(1.0, value * scale), 4), sid in cut)
        for sid, value in raw.items()
        if value > 0 or sid in cut
    ]
    return sorted(result, key=lambda b: (-b.only_path, -b.betweenness, b.stakeholder_id))


def only_paths(graphs: PursuitGraphs) -> set[int]:
    """People whose absence would split the committee's members apart."""
    return separating_nodes(graphs.ties, set(graphs.member_ids))


def factions(graphs: PursuitGraphs) -> list[list[int]]:
    """Groups of committee members that are tied mostly among themselves, largest first.

    Isolated members belong to no faction (see `isolated_members`).
    """
    connected = [n for n in graphs.ties if graphs.ties.degree(n)]
    if not connected:
        return []
    # A graph of its own (a subgraph view is slow to walk) without the untied; Louvain as
    # networkx computes it (`louvain_communities(tied, seed=SEED)`), on plain dicts.
    tied: nx.Graph = nx.Graph()
    tied.add_nodes_from(connected)
    tied.add_edges_from(graphs.ties.edges(data=True))
    communities = louvain_communities(tied, seed=SEED)
    members = set(graphs.member_ids)
    groups = [sorted(set(c) & members) for c in communities]
    groups = [g for g in groups if g]
    return sorted(groups, key=lambda g: (-len(g), g[0]))


def isolated_members(graphs: PursuitGraphs) -> list[int]:
    return [
        sid for sid in graphs.member_ids if not graphs.ties.degree(sid) and not graphs.conflicts.degree(sid)
    ]


def best_paths(graphs: PursuitGraphs, sources: list[int], targets: list[int]) -> list[InfluencePath]:
    """The strongest chain of sway from each source to each target it can reach at all."""
    # Source by source, each in target order (a 2,000-person map has tens of thousands of chains:
    # no (source, target) dictionary in between).
    if len(sources) <= len(targets):
        forwards = cheapest_paths(graphs.sway, sources, targets)
        return [
            InfluencePath(s, t, found[t])
            for s in sources
            for found in (forwards.get(s, {}),)
            for t in targets
            if t != s and t in found
        ]
    # Fewer targets: search backwards from each of them.
    backwards = cheapest_paths(graphs.sway.reverse(copy=False), targets, sources)
    ends = [(t, backwards.get(t, {})) for t in targets]
    return [
        InfluencePath(s, t, found[s][::-1]) for s in sources for t, found in ends if t != s and s in found
    ]


# "Can sway": a chain of at most two steps, each tie's pull scaled so that a strength-2
# influence tie or a manager over a report pulls fully; a chain pulls as its weakest links
# multiplied, and counts from half a full pull (one strength-1 tie, or two full steps).
SWAY_STEPS = 2
FULL_PULL = 2.0
SWAY_THRESHOLD = 0.5


def sway_strength(
    graphs: PursuitGraphs, source: int, passes_on: Callable[[MapNode], bool] = lambda _n: True
) -> dict[int, float]:
    """Everyone `source` can sway (themselves excluded), with the strength of the best chain.

    A chain continues only through people who `passes_on` (an objection does not travel through
    a supporter, nor support through an opponent).
    """
    best: dict[int, float] = {source: 1.0}
    frontier = {source: 1.0}
    for _ in range(SWAY_STEPS):
        reached: dict[int, float] = {}
        for person, pull in frontier.items():
            if person != source and not passes_on(graphs.nodes[person]):
                continue
            for _, other, data in graphs.sway.out_edges(person, data=True):
                strength = pull * min(1.0, data["weight"] / FULL_PULL)
                if strength >= SWAY_THRESHOLD and strength > max(
                    best.get(other, 0.0), reached.get(other, 0.0)
                ):
                    reached[other] = strength
        best.update(reached)
        frontier = reached
    best.pop(source)
    return best


def swayed(
    graphs: PursuitGraphs,
    source: int,
    targets: list[int],
    passes_on: Callable[[MapNode], bool] = lambda _n: True,
) -> list[int]:
    """The targets `source` can sway (see SWAY_STEPS), in target order."""
    pull = sway_strength(graphs, source, passes_on)
    return [t for t in targets if t in pull]

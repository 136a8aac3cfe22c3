"""Consensus analytics: one 500-member pursuit, and every pursuit of the 2,000-account portfolio.

The baseline, measured in the same run on the same graphs, is the plain networkx a script would
call for the same questions: `pagerank`, exact `betweenness_centrality`, `louvain_communities`
and `articulation_points` on an undirected graph of every tie. Ours adds the sway graph, the
findings, the score and its explanations; above 250 people it samples betweenness from 64 members.

.venv/bin/python benchmarks/bench_analytics.py [--runs 5] [--accounts 2000] [--no-write]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import _report  # noqa: E402
import networkx as nx  # noqa: E402
from generate import portfolio  # noqa: E402
from large_map import large_pursuit_map  # noqa: E402

from consensus_app.core.analytics.assessment import assess  # noqa: E402
from consensus_app.core.pursuit_map import PursuitMap, build_pursuit_map  # noqa: E402

SECTION = "analytics"
TODAY = date(2026, 11, 23)
ONE_PURSUIT_TARGET_S = 0.3


def plain_networkx(pursuit_map: PursuitMap) -> None:
    graph = nx.Graph((e.source_id, e.target_id) for e in pursuit_map.edges)
    graph.add_nodes_from(n.stakeholder_id for n in pursuit_map.nodes)
    nx.pagerank(graph)
    nx.betweenness_centrality(graph)
    nx.community.louvain_communities(graph, seed=7)
    list(nx.articulation_points(graph))


def _median_s(work: Callable[[], Any], runs: int) -> float:
    work()  # warm-up: imports (scipy for pagerank), caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return _report.median(times)


def _portfolio_maps(accounts: int) -> tuple[list[PursuitMap], float]:
    """Every pursuit map of the generated portfolio, read back from a SQLite workspace."""
    from consensus_app.core.interchange import check_document
    from consensus_app.storage.bulk_import import import_document
    from consensus_app.storage.workspace import open_workspace

    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(str(Path(folder) / "portfolio.db"), actor="bench")
        import_document(workspace, check_document(portfolio(accounts)))
        start = time.perf_counter()
        maps = []
        for account in workspace.repos.accounts.list():
            snapshot = workspace.repos.accounts.snapshot(account.id)
            maps += [build_pursuit_map(snapshot, p.id) for p in snapshot.pursuits]
        read = time.perf_counter() - start
        workspace.close()
    return maps, read


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--accounts", type=int, default=2000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    info = _report.machine()

    large = large_pursuit_map()
    ours_one = _median_s(lambda: assess(large, TODAY), args.runs)
    base_one = _median_s(lambda: plain_networkx(large), args.runs)
    print(f"  500-member pursuit: ours {ours_one * 1000:.0f} ms, plain networkx {base_one * 1000:.0f} ms")

    maps, read = _portfolio_maps(args.accounts)
    start = time.perf_counter()
    scores = [assess(m, TODAY).score for m in maps]
    ours_all = time.perf_counter() - start
    start = time.perf_counter()
    for m in maps:
        plain_networkx(m)
    base_all = time.perf_counter() - start
    members = sum(len(m.members()) for m in maps)
    print(f"  portfolio: {len(maps)} pursuits, ours {ours_all:.1f} s, plain networkx {base_all:.1f} s")

    met = "yes" if ours_one < ONE_PURSUIT_TARGET_S else "**no**"
    section = f"""## Analytics: assessment of a pursuit and of a portfolio

`benchmarks/bench_analytics.py`: `consensus_app.core.analytics.assess` (graphs, influence reach,
brokers, factions, isolated members, best paths, findings, score) against the plain networkx calls
a script would make for the same questions (`pagerank`, exact `betweenness_centrality`,
`louvain_communities`, `articulation_points`), measured in the same run on the same graphs.

{_report.machine_lines(info)}
| workload | ours | plain networkx | ours / baseline | target | met? |
|---|---:|---:|---:|---|---|
| one pursuit: {len(large.members())} members, {len(large.edges)} lines (median of {args.runs}) \
| {ours_one * 1000:.0f} ms | {base_one * 1000:.0f} ms | {_report.ratio(ours_one, base_one)} \
| < {ONE_PURSUIT_TARGET_S * 1000:.0f} ms | {met} |
| portfolio: all {len(maps):,} pursuits of {args.accounts:,} accounts ({members:,} members) \
| {ours_all:.1f} s | {base_all:.1f} s | {_report.ratio(ours_all, base_all)} | — | — |

- Reading the portfolio's maps from SQLite (snapshots, not timed above) took {read:.1f} s.
- Mean score across the portfolio: {sum(scores) / max(1, len(scores)):.0f}/100 (the generated
  committees have random stances and no engagement dates, so most are low).
- Above 250 people, betweenness is estimated from 64 evenly spaced members as sources
  (deterministic); the test suite checks the estimate against the exact figure on a bridged map.
"""
    _report.publish(SECTION, section, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())

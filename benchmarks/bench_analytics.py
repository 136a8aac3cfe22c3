"""Consensus analytics: one 500-member pursuit, growth to 2,000 people, the command line, a portfolio.

Like for like (issue 19): the baseline is networkx computing the same metrics with the same
sampling — PageRank over who sways whom, betweenness from the same (at most 64) sampled members
to every member, Louvain (seed 7), articulation points and Dijkstra chains from each supportive
mobilizer to each approver — measured A, B, A, B… in the same process on the same graphs.
Ours adds the sway graph's rules, the findings, the score and its explanations.
`consensus-app analyze` is measured against benchmarks/analyze_plain.py, a plain script that reads
the same workspace file with sqlite3 and computes the same metrics and (like for like, --themes)
themes the priorities from the same stored vectors with scikit-learn, in fresh processes
(A, B, C, A, B, C…). Wall clock and CPU time are both reported: five other sessions share this
machine's two cores, so the CPU time is what the work costs, the wall clock what waiting cost.

.venv/bin/python benchmarks/bench_analytics.py [--pairs 7] [--accounts 2000] [--no-write]
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from consensus_app.core.native_threads import limit_native_threads  # noqa: E402

limit_native_threads()  # as the app's workers and commands run (one native thread)

import _report  # noqa: E402
import networkx as nx  # noqa: E402
from generate import portfolio  # noqa: E402
from large_map import large_map_document, large_pursuit_map  # noqa: E402

from consensus_app.core.analytics import metrics  # noqa: E402
from consensus_app.core.analytics.assessment import assess  # noqa: E402
from consensus_app.core.pursuit_map import EdgeKind, PursuitMap, build_pursuit_map  # noqa: E402

SECTION = "analytics"
TODAY = date(2026, 11, 23)
ONE_PURSUIT_TARGET = 1.0  # ours / like-for-like networkx, in-process
CLI_TARGET = 1.5  # `consensus-app analyze` / the plain script
GROWTH_TARGET_S = 1.0  # 2,000 people
GROWTH_SIZES = (50, 250, 500, 1000, 2000)


def plain_networkx(pursuit_map: PursuitMap) -> None:
    """The same metrics as `assess`, with the same sampling, the way a script would call networkx."""
    ties: nx.Graph = nx.Graph()
    sway: nx.DiGraph = nx.DiGraph()
    ties.add_nodes_from(n.stakeholder_id for n in pursuit_map.nodes)
    sway.add_nodes_from(n.stakeholder_id for n in pursuit_map.nodes)
    for e in pursuit_map.edges:
        if e.kind is EdgeKind.CONFLICTS:
            continue
        ties.add_edge(e.source_id, e.target_id, weight=float(e.strength))
        if e.kind is not EdgeKind.ALLIES:
            sway.add_edge(e.source_id, e.target_id, weight=float(e.strength), cost=1.0 / e.strength)
    members = sorted(
        n.stakeholder_id for n in pursuit_map.nodes if n.on_committee and ties.degree(n.stakeholder_id)
    )
    sources = members
    if len(ties) > metrics.EXACT_BETWEENNESS_UP_TO and len(members) > metrics.BETWEENNESS_SAMPLES:
        step = max(1, len(members) // metrics.BETWEENNESS_SAMPLES)
        sources = members[::step][: metrics.BETWEENNESS_SAMPLES]
    movers = [n.stakeholder_id for n in pursuit_map.members() if n.stance >= 1 and n.profile.is_mobilizer]
    approvers = [n.stakeholder_id for n in pursuit_map.members() if n.approver]
    nx.pagerank(sway.reverse(copy=False), weight="weight")
    nx.betweenness_centrality_subset(ties, sources=sources, targets=members)
    nx.community.louvain_communities(ties, weight="weight", seed=metrics.SEED)
    list(nx.articulation_points(ties))
    graph, starts = (sway, movers) if len(movers) <= len(approvers) else (sway.reverse(copy=False), approvers)
    for start in starts:
        nx.single_source_dijkstra_path(graph, start, weight="cost")


def _median_s(work: Callable[[], Any], runs: int) -> float:
    work()  # warm-up: imports (scipy for pagerank), caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return _report.median(times)


def _timed_pairs(
    first: Callable[[], Any], second: Callable[[], Any], pairs: int
) -> tuple[list[float], list[float], list[float], list[float]]:
    """`first` and `second` alternately after a warm-up of each: wall and CPU seconds of each run."""
    first()
    second()
    walls: tuple[list[float], list[float]] = ([], [])
    cpus: tuple[list[float], list[float]] = ([], [])
    for _ in range(pairs):
        for side, work in enumerate((first, second)):
            start, start_cpu = time.perf_counter(), time.process_time()
            work()
            walls[side].append(time.perf_counter() - start)
            cpus[side].append(time.process_time() - start_cpu)
    return walls[0], walls[1], cpus[0], cpus[1]


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


def _growth(pairs: int) -> list[tuple[int, int, list[float], list[float], list[float], list[float]]]:
    rows = []
    for people in GROWTH_SIZES:
        grown = large_pursuit_map(people, 4 * people)
        ours, base, ours_cpu, base_cpu = _timed_pairs(
            lambda m=grown: assess(m, TODAY), lambda m=grown: plain_networkx(m), pairs
        )
        print(
            f"  {people:>5} people: ours {_report.spread_ms(ours)} (CPU {_report.spread_ms(ours_cpu)}), "
            f"networkx {_report.spread_ms(base)}"
        )
        rows.append((people, len(grown.edges), ours, base, ours_cpu, base_cpu))
    return rows


def _command(executable: list[str], cpu: list[float]) -> Callable[[], None]:
    """Run a command in a fresh process; its CPU time (user + system) goes to `cpu`."""

    def run() -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run(
            executable, capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        )
        if done.returncode != 0:  # say why: the tree is shared with work in progress
            raise RuntimeError(f"{' '.join(executable)} failed:\n{done.stderr[-2000:]}")
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)

    return run


def _cli(pairs: int, folder: Path) -> dict[str, Any]:
    """`consensus-app analyze --json` and the plain script with and without themes, in turn."""
    from consensus_app.core.interchange import check_document
    from consensus_app.storage.bulk_import import import_document
    from consensus_app.storage.workspace import open_workspace

    db = folder / "large.db"
    workspace = open_workspace(str(db), actor="bench")
    import_document(workspace, check_document(large_map_document()))
    workspace.close()
    script = Path(sys.executable).with_name("consensus-app")
    app = [str(script)] if script.exists() else [sys.executable, "-m", "consensus_app"]
    plain = [sys.executable, str(HERE / "analyze_plain.py"), str(db)]
    sides = {
        "ours": [*app, "--db", str(db), "analyze", "--json"],
        "themed": [*plain, "--themes"],
        "base": plain,
    }
    cpu: dict[str, list[float]] = {side: [] for side in sides}
    wall: dict[str, list[float]] = {side: [] for side in sides}
    runs = {side: _command(command, cpu[side]) for side, command in sides.items()}
    start = time.perf_counter()
    runs["ours"]()  # the first run encodes the 1,000 priorities and stores their vectors
    cold = time.perf_counter() - start
    for side in ("themed", "base"):
        runs[side]()  # warm-up: the file in the page cache, the modules' bytecode written
    for side in cpu:
        cpu[side].clear()
    for _ in range(pairs):
        for side, run in runs.items():
            start = time.perf_counter()
            run()
            wall[side].append(time.perf_counter() - start)
    print(
        f"  analyze: ours {_report.spread_s(wall['ours'])} (CPU {_report.spread_s(cpu['ours'])}), plain "
        f"script with themes {_report.spread_s(wall['themed'])} (CPU {_report.spread_s(cpu['themed'])}), "
        f"without {_report.spread_s(wall['base'])} (CPU {_report.spread_s(cpu['base'])})"
    )
    return {
        "cold": cold,
        **wall,
        "ours_cpu": cpu["ours"],
        "themed_cpu": cpu["themed"],
        "base_cpu": cpu["base"],
    }


def _portfolio_run(accounts: int) -> dict[str, Any]:
    maps, read = _portfolio_maps(accounts)
    start = time.perf_counter()
    scores = [assess(m, TODAY).score for m in maps]
    ours = time.perf_counter() - start
    start = time.perf_counter()
    for m in maps:
        plain_networkx(m)
    base = time.perf_counter() - start
    members = sum(len(m.members()) for m in maps)
    print(f"  portfolio: {len(maps)} pursuits, ours {ours:.1f} s, plain networkx {base:.1f} s")
    return {"maps": len(maps), "members": members, "read": read, "ours": ours, "base": base, "scores": scores}


def _met(value: float, target: float) -> str:
    return "**PASS**" if value <= target else "**FAIL**"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pairs", type=int, default=7, help="A, B pairs per figure (at least 5)")
    parser.add_argument("--accounts", type=int, default=2000, help="portfolio size; 0 leaves it out")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    pairs = max(5, args.pairs)
    info = _report.machine()

    large = large_pursuit_map()
    ours_one, base_one, ours_one_cpu, base_one_cpu = _timed_pairs(
        lambda: assess(large, TODAY), lambda: plain_networkx(large), pairs
    )
    print(f"  500-member pursuit: ours {_report.spread_ms(ours_one)}, networkx {_report.spread_ms(base_one)}")
    growth = _growth(pairs)
    with tempfile.TemporaryDirectory() as folder:
        cli = _cli(pairs, Path(folder))
    whole = _portfolio_run(args.accounts) if args.accounts else None

    one_ratio = _report.median(ours_one) / _report.median(base_one)
    cli_ratio = _report.median(cli["ours_cpu"]) / _report.median(cli["themed_cpu"])
    cli_plain_ratio = _report.median(cli["ours_cpu"]) / _report.median(cli["base_cpu"])
    first, last = growth[0], growth[-1]
    exponent = math.log(_report.median(last[2]) / _report.median(first[2])) / math.log(last[0] / first[0])
    base_exponent = math.log(_report.median(last[3]) / _report.median(first[3])) / math.log(
        last[0] / first[0]
    )
    largest = _report.median(last[4])  # CPU time: the wall clock depends on the others' load
    growth_rows = "\n".join(
        f"| {people:,} people, {edges:,} lines | {_report.spread_ms(o)} | {_report.spread_ms(oc)} "
        f"| {_report.spread_ms(b)} | {_report.ratio_spread(o, b)} | {_report.ratio_spread(oc, bc)} |"
        for people, edges, o, b, oc, bc in growth
    )
    portfolio_rows = ""
    if whole:
        portfolio_rows = (
            f"| portfolio: all {whole['maps']:,} pursuits of {args.accounts:,} accounts "
            f"({whole['members']:,} members), one pass each | {whole['ours']:.1f} s | {whole['base']:.1f} s "
            f"| {_report.ratio(whole['ours'], whole['base'])} | — | — |\n"
        )

    section = f"""## Analytics: assessment of a pursuit, growth, the command line and a portfolio

`benchmarks/bench_analytics.py`: `consensus_app.core.analytics.assess` against networkx computing
the same metrics with the same sampling, A, B, A, B… ({pairs} pairs, medians; spread min–max in
brackets, of the timings and of the pairwise ratios), in one process on the same graphs; the
command line against a plain script in fresh processes, A, B, C, A, B, C…

{_report.machine_lines(info)}{_report.threads_line()}{_report.load_line()}
| workload | ours | baseline | ours / baseline | target | met? |
|---|---:|---:|---:|---|---|
| one pursuit: {len(large.members())} members, {len(large.edges):,} lines, in-process (networkx, same \
metrics and sampling) | {_report.spread_ms(ours_one)} | {_report.spread_ms(base_one)} \
| {_report.ratio_spread(ours_one, base_one)} | ≤ {ONE_PURSUIT_TARGET:.1f}× \
| {_met(one_ratio, ONE_PURSUIT_TARGET)} |
| … the same runs' CPU time | {_report.spread_ms(ours_one_cpu)} | {_report.spread_ms(base_one_cpu)} \
| {_report.ratio_spread(ours_one_cpu, base_one_cpu)} | — | — |
| **`consensus-app analyze --json`**, same pursuit, fresh processes, vectors stored, CPU time \
(user + system), against `analyze_plain.py --themes` (like for like: metrics and themes) \
| {_report.spread_s(cli["ours_cpu"])} | {_report.spread_s(cli["themed_cpu"])} \
| {_report.ratio_spread(cli["ours_cpu"], cli["themed_cpu"])} | ≤ {CLI_TARGET:.1f}× \
| {_met(cli_ratio, CLI_TARGET)} |
| … the same runs' wall clock | {_report.spread_s(cli["ours"])} | {_report.spread_s(cli["themed"])} \
| {_report.ratio_spread(cli["ours"], cli["themed"])} | — | — |
| … CPU time against `analyze_plain.py` without themes (the metrics alone; the issue's figure) \
| {_report.spread_s(cli["ours_cpu"])} | {_report.spread_s(cli["base_cpu"])} \
| {_report.ratio_spread(cli["ours_cpu"], cli["base_cpu"])} | ≤ {CLI_TARGET:.1f}× \
| {_met(cli_plain_ratio, CLI_TARGET)} |
| … the same runs' wall clock | {_report.spread_s(cli["ours"])} | {_report.spread_s(cli["base"])} \
| {_report.ratio_spread(cli["ours"], cli["base"])} | — | — |
| 2,000 people, 8,000 ties, in-process, CPU time (wall clock: {_report.spread_ms(last[2])}) \
| {_report.spread_ms(last[4])} | {_report.spread_ms(last[5])} | {_report.ratio_spread(last[4], last[5])} \
| < {GROWTH_TARGET_S:.0f} s | {_met(largest, GROWTH_TARGET_S)} |
{portfolio_rows}
Growth (four ties a person; everyone on the committee):

| map | ours, wall | ours, CPU | networkx, wall | ours / baseline, wall | ours / baseline, CPU |
|---|---:|---:|---:|---:|---:|
{growth_rows}

From {first[0]} to {last[0]:,} people our time grows as size^{exponent:.2f}, the baseline's as \
size^{base_exponent:.2f} (wall clock). The first `analyze` of the workspace, which encodes the \
1,000 priorities and stores their vectors, took {cli["cold"]:.1f} s; the figures above are the runs after it.

What each side does and does not do:

- **Ours** (`assess`): builds the sway graph (per-kind weights, manager over report), the ties and
  the conflicts; influence reach (weighted PageRank blended with stated influence); brokers
  (betweenness from every member, or above 250 people from 64 evenly spaced members, computed for
  all sources at once with sparse matrices, the same figures as networkx's
  `betweenness_centrality_subset`); only paths (articulation points that split the members);
  factions (networkx's Louvain algorithm, seed 7, run on plain dicts: the same communities);
  best paths (Dijkstra from all sources at once in SciPy; each path built from its
  predecessor's); who each mobilizer can sway; the findings, the six components, deductions and
  the score. The cycle collector waits while it runs (`core/cycle_collector.py`): a 2,000-person
  assessment allocates hundreds of thousands of small objects and frees them by reference count.
- **Baseline** (`plain_networkx` in the benchmark): one undirected graph of the non-conflict ties
  and one directed graph of the influence and reporting ties built from the same map, then
  `pagerank`, `betweenness_centrality_subset` from the same sampled sources to every member,
  `louvain_communities(seed=7)`, `articulation_points` and `single_source_dijkstra_path` from each
  supportive mobilizer (or backwards from each approver, whichever are fewer). No findings, score,
  sway rules or explanations.
- **Command line, ours**: `consensus-app analyze --json` starts Python, opens the workspace
  (SQLAlchemy, SQLModel, our tables, migrations checked), reads the account, themes the
  priorities from their stored vectors (TF-IDF in NumPy, `core/themes/tfidf.py`, so no
  scikit-learn; LSA through the Gram matrix; spectral clustering with k chosen by silhouette;
  confidence; names), assesses with those themes (DIVERGENT_PRIORITIES and its evidence) and
  prints JSON.
- **Command line, like-for-like baseline**: `analyze_plain.py --themes` starts Python, reads
  the same file with `sqlite3` (people, ties, committee, the priorities and their stored
  vectors), computes the metrics as above with networkx, and themes the priorities the way a
  plain script would with scikit-learn: TF-IDF of words and characters, a 100-dimension
  `TruncatedSVD` beside the stored vectors, a 10-nearest-neighbour graph, the leading
  eigenvectors of its normalised affinity (SciPy's dense `eigh`, as ours), `KMeans` and
  `silhouette_score` for each k of the same grid of 18 candidates, three terms per theme and who
  voiced it. No ORM, migrations, scoring, findings, language centring, confidence, loners,
  corrections or explanations; it imports scikit-learn (and through it `scipy.stats`), which ours
  no longer does.
- **Command line, metrics-only baseline** (`analyze_plain.py`, the issue's figure): the same
  without themes and without scikit-learn; ours still themes 1,000 statements and imports the
  database layer, which it does not.
- Both sides run with one native thread (`consensus_app.core.native_threads`), as the app's
  workers and commands do. Below 120 people ours uses networkx's own walks for betweenness,
  paths and only paths (setting up sparse matrices costs more there); the answers are the same.
- Where the command line's CPU time goes (issue 19; profiled with `python -X importtime` and
  cProfile in fresh processes, 2026-12-08): importing the database layer (SQLAlchemy, SQLModel,
  pydantic and our tables) about 0.4 s, NumPy, SciPy's sparse and linear algebra modules and
  networkx about 0.4 s (the plain script pays these too), reading the account about 0.07 s
  (its rows read as plain rows and validated into records, no ORM objects: was 0.15 s), the
  themes about 0.25 s, the assessment under 0.1 s. Python's shutdown no longer searches every
  object left for reference cycles (the command freezes them as it ends: 0.15 s of CPU here,
  0.25 s after a brief). scikit-learn's import (about 0.85 s of CPU, most of it `scipy.stats`)
  is gone from this path.
- The 2,000-person row is judged on CPU time: its wall clock depends on the load the other
  sessions put on the two cores (see the load average above), its CPU time much less.
"""
    if whole:
        section += f"""- Portfolio: the maps read from SQLite beforehand ({whole["read"]:.1f} s, not timed);
  mean score {sum(whole["scores"]) / max(1, len(whole["scores"])):.0f}/100 (random stances, no
  engagement dates). Most of these pursuits are small, so fixed costs per pursuit weigh more.
"""
    _report.publish(SECTION, section, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())

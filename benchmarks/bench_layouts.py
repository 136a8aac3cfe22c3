"""Map layouts on a generated 500-person / 2,000-relationship pursuit, against plain networkx.

.venv/bin/python benchmarks/bench_layouts.py [--runs 3] [--no-write]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import _report  # noqa: E402
import networkx as nx  # noqa: E402
from large_map import large_pursuit_map  # noqa: E402

from consensus_app.core.map_layouts import compute_layout  # noqa: E402
from consensus_app.core.pursuit_map import EdgeKind  # noqa: E402

SECTION = "layouts"
GUI_BUDGET_MS = 50.0  # above this, the window runs the layout in a worker


def _median_ms(work: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return _report.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    info = _report.machine()
    pursuit_map = large_pursuit_map()
    tree = nx.Graph((e.source_id, e.target_id) for e in pursuit_map.edges if e.kind is EdgeKind.REPORTS_TO)
    everything = nx.Graph((e.source_id, e.target_id) for e in pursuit_map.edges)
    baselines: dict[str, tuple[str, Callable[[], Any]] | None] = {
        "org": ("`nx.bfs_layout` of the reporting tree", lambda: nx.bfs_layout(tree, 1)),
        "influence": ("`nx.spring_layout`, 50 iterations", lambda: nx.spring_layout(everything, seed=7)),
        "grid": None,
    }
    rows = []
    for name, baseline in baselines.items():
        ours = _median_ms(lambda n=name: compute_layout(n, pursuit_map), args.runs)
        if baseline is None:
            rows.append(
                f"| {name} | {ours:.0f} ms | — | — | {'worker' if ours > GUI_BUDGET_MS else 'GUI thread'} |"
            )
            continue
        label, work = baseline
        base = _median_ms(work, args.runs)
        where = "worker" if ours > GUI_BUDGET_MS else "GUI thread"
        rows.append(f"| {name} | {ours:.0f} ms | {base:.0f} ms ({label}) | {ours / base:.2f}× | {where} |")
    section = f"""## Map layouts: 500 people, 2,000 relationships

{_report.machine_lines(info)}
`benchmarks/bench_layouts.py`, median of {args.runs} runs, on `benchmarks/large_map.py`
({len(pursuit_map.nodes)} people, {len(pursuit_map.edges)} lines including reporting lines).
Layouts of maps with 120 people or more run in a worker with progress and cancel.

| layout | ours | baseline | ours / baseline | runs on |
|---|---:|---:|---:|---|
{chr(10).join(rows)}

The org chart does more than `bfs_layout` (tidy subtrees, wrapped teams, several roots); the
influence layout is `spring_layout` plus weights, a deterministic start and an overlap-free
snap to card-sized slots.
"""
    print(section)
    if not args.no_write:
        _report.write_section(SECTION, section)
    return 0


if __name__ == "__main__":
    sys.exit(main())

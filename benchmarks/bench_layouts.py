"""Map layouts on a generated 500-person / 2,000-relationship pursuit, against plain networkx.

`core.layouts` (layout_org / layout_influence / layout_grid) is timed against plain networkx
in the same run. Each figure is the median of --runs timed calls after one
untimed warm-up call, all in this process.

.venv/bin/python benchmarks/bench_layouts.py [--runs 5] [--no-write]
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

from consensus_app.core import layouts  # noqa: E402
from consensus_app.core.pursuit_map import EdgeKind, PursuitMap  # noqa: E402

SECTION = "layouts"
GUI_BUDGET_MS = 50.0  # above this, the window runs the layout in a worker
INFLUENCE_TARGET_MS = 1500.0  # the budget for the influence layout of a 500-person map
ORG_TARGET_MS = 100.0


def _median_ms(work: Callable[[], Any], runs: int) -> float:
    work()  # warm-up: imports, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return _report.median(times)


def _trivial_grid(pursuit_map: PursuitMap) -> dict[int, tuple[float, float]]:
    """One slot per (stance, influence) cell, no packing: what any grid costs at least."""
    return {n.stakeholder_id: ((n.stance + 2) * 260.0, (5 - n.influence) * 130.0) for n in pursuit_map.nodes}


def _where(ms: float) -> str:
    return "worker" if ms > GUI_BUDGET_MS else "GUI thread"


def _met(ms: float, target: float | None) -> str:
    if target is None:
        return "—"
    return "yes" if ms < target else "**no**"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    info = _report.machine()
    pursuit_map = large_pursuit_map()
    tree = nx.Graph((e.source_id, e.target_id) for e in pursuit_map.edges if e.kind is EdgeKind.REPORTS_TO)
    everything = nx.Graph((e.source_id, e.target_id) for e in pursuit_map.edges)
    baselines: dict[str, tuple[str, Callable[[], Any]]] = {
        "org": ("`nx.bfs_layout` of the reporting tree", lambda: nx.bfs_layout(tree, 1)),
        "influence": (
            "`nx.spring_layout(G, seed=7)`, default iterations",
            lambda: nx.spring_layout(everything, seed=7),
        ),
        "grid": ("one slot per cell, no packing", lambda: _trivial_grid(pursuit_map)),
    }
    targets = {"org": ORG_TARGET_MS, "influence": INFLUENCE_TARGET_MS, "grid": None}
    implementations: dict[str, Callable[[str, PursuitMap], Any]] = {
        "`layouts`": layouts.compute_layout,
    }
    rows = []
    for name, (label, work) in baselines.items():
        print(f"  {name:<10}", end="", flush=True)
        base = _median_ms(work, args.runs)
        print(f" baseline {base:.1f} ms", end="", flush=True)
        for implementation, compute in implementations.items():
            ours = _median_ms(lambda c=compute, n=name: c(n, pursuit_map), args.runs)  # type: ignore[misc]
            print(f", {implementation} {ours:.1f} ms", end="", flush=True)
            target = targets[name]
            rows.append(
                f"| {name} | {implementation} | {ours:.1f} ms | {base:.1f} ms ({label}) "
                f"| {_report.ratio(ours, base)} | {'< ' + format(target, '.0f') + ' ms' if target else '—'} "
                f"| {_met(ours, target)} | {_where(ours)} |"
            )
        print()
    shapes = []
    for implementation, compute in implementations.items():
        for name in baselines:
            placed = compute(name, pursuit_map)
            xs, ys = [x for x, _ in placed.values()], [y for _, y in placed.values()]
            overlaps = len(layouts.overlapping_pairs(placed))
            shapes.append(
                f"| {name} | {implementation} | {max(xs) - min(xs) + layouts.NODE_WIDTH:,.0f} × "
                f"{max(ys) - min(ys) + layouts.NODE_HEIGHT:,.0f} px | {overlaps} |"
            )
    method = "energy" if len(everything) >= 500 else "force"
    section = f"""## Map layouts: 500 people, 2,000 relationships

`benchmarks/bench_layouts.py`, median of {args.runs} runs after a warm-up, on `benchmarks/large_map.py`
({len(pursuit_map.nodes)} people, {len(pursuit_map.edges)} lines including reporting lines), against
a plain networkx baseline measured in the same run.

{_report.machine_lines(info)}
| layout | module | ours | baseline | ours / baseline | target | met? | runs on |
|---|---|---:|---:|---:|---|---|---|
{chr(10).join(rows)}

The pictures (cards {layouts.NODE_WIDTH:.0f} × {layouts.NODE_HEIGHT:.0f} px):

| layout | module | bounding box of the cards | overlapping cards |
|---|---|---:|---:|
{chr(10).join(shapes)}

- "runs on": above {GUI_BUDGET_MS:.0f} ms a layout must run off the GUI thread (in a worker, with
  progress and cancel); the window sends maps of 120 people or more to a worker whatever the layout.
- Baselines: `bfs_layout` only stacks the tree's levels (no subtree packing, no wrapped teams,
  no second root); `spring_layout` on this graph ({len(everything)} nodes) runs networkx's
  `{method}` method (networkx switches from `force` to `energy`, L-BFGS in scipy, at 500 nodes),
  unweighted, in a unit box rather than card pixels; the grid baseline puts everyone of a cell
  on one spot.
- Ours: org chart as a contour-packed (Reingold–Tilford-like) tree, no recursion;
  influence as Fruchterman–Reingold in numpy (120 iterations, cancel and progress on each,
  gravity by influence), then overlapping cards pushed apart; grid with axis captions.
"""
    _report.publish(SECTION, section, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())

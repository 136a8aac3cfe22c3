"""Findings with themes (issue 14): a 500-member pursuit's analysis with its themes from cached
vectors, and the drafts and kits of a 60-person committee.

The workspace is `large_map.large_map_document` (500 people on one committee, 2,499 lines, two
priorities each: 1,000 statements, one in eight in another language) imported into SQLite, plus a
second pursuit of 60 of them (every eighth person). Each priority's sentence vector is computed
once, as the window's background job does, and kept in the workspace (`priority_vectors`); the
timed runs then read them back, as every later analysis does.

Timed, median of --runs after a warm-up, on one thread; the targets are judged on CPU time:
- themes: `analyse_pursuit` from the stored vectors (read, cluster, label, relate to the committee);
- assessment: the pursuit map, `priority_themes` and `assess` with the themes (the findings with
  DIVERGENT_PRIORITIES and its evidence, the score);
- again: the same analysis when the statements have not changed since the last one (an edit of
  someone's influence or role): the themes are remembered (core/themes/remembered.py);
- drafts: `messaging_for_pursuit` for the 60-person committee from its bridge themes (what the
  Messages tab runs once the themes are in), and the same with its themes included.

.venv/bin/python benchmarks/bench_findings.py [--runs 5] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import _report  # noqa: E402
from large_map import large_map_document  # noqa: E402

SECTION = "findings"
TODAY = date(2026, 12, 7)
ANALYSIS_TARGET_S = 0.3
DRAFTS_TARGET_S = 1.0
SIXTY_EVERY = 8  # the 60-person committee: every eighth person of the 500


def document() -> dict[str, Any]:
    """The 500-person document with a second pursuit of 60 of its people."""
    doc = large_map_document()
    account = doc["accounts"][0]
    large = account["pursuits"][0]
    members = [m for i, m in enumerate(large["committee"]) if i % SIXTY_EVERY == 0][:60]
    sixty = [m | {"id": "m60-" + m["id"].removeprefix("m-")} for m in members]
    account["pursuits"].append(
        {
            "id": "opp-sixty",
            "name": "60-person pursuit",
            "stage": "solution_identification",
            "committee": sixty,
        }
    )
    return doc


# Where the themes' time goes: (module, attribute, words). Each is timed (process CPU) every time
# it is called during the timed runs; none of them calls another of them.
THEME_STEPS = [
    ("consensus_app.core.themes.pursuit", "vectors_for", "reading the stored vectors"),
    ("consensus_app.core.themes.tfidf", "TfidfVectorizer.fit_transform", "TF-IDF of words and characters"),
    (
        "consensus_app.core.themes.vectorise",
        "GramSVD.fit",
        "their LSA projection (Gram matrix, eigenvectors)",
    ),
    ("consensus_app.core.themes.cluster", "knn_graph", "the nearest-neighbour graph"),
    ("consensus_app.core.themes.cluster", "spectral_embedding", "its eigenvectors (one solve)"),
    ("consensus_app.core.themes.cluster", "choose_k", "k chosen by silhouette"),
    ("consensus_app.core.themes.agreement", "agreed_labels", "the agreement of nine cuts"),
    ("consensus_app.core.themes.engine", "_name", "confidence and names"),
    ("consensus_app.core.themes.pursuit", "build_pursuit_map", "the pursuit map (people, lines)"),
    ("consensus_app.core.themes.pursuit", "theme_coverage", "who voices each theme"),
]


def step_times(work: Callable[[], Any], runs: int) -> tuple[float, list[tuple[str, float]]]:
    """CPU seconds of one run of `work` (median of `runs`) and each step's mean CPU seconds a
    run, the steps timed as they are called (process CPU, not a profiler's estimate)."""
    import importlib

    spent: dict[str, float] = {}
    patched: list[tuple[Any, str, Any]] = []

    def timed(words: str, original: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                spent[words] = spent.get(words, 0.0) + time.process_time() - start

        return wrapper

    for module_name, attribute, words in THEME_STEPS:
        owner: Any = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        original = owner.__dict__[name]
        patched.append((owner, name, original))
        setattr(owner, name, timed(words, original))
    try:
        work()  # warm-up
        spent.clear()
        totals = []
        for _ in range(runs):
            start = time.process_time()
            work()
            totals.append(time.process_time() - start)
    finally:
        for owner, name, original in reversed(patched):
            setattr(owner, name, original)
    steps = sorted(((words, seconds / runs) for words, seconds in spent.items()), key=lambda item: -item[1])
    return _report.median(totals), steps


@dataclass(frozen=True)
class Timed:
    """Median wall-clock and CPU seconds of one piece of work (the process's CPU: on a busy shared
    machine the CPU time is what the work costs, the wall clock what waiting for it cost)."""

    wall: float
    cpu: float
    cpus: tuple[float, ...] = ()  # each run's CPU seconds

    def __format__(self, _spec: str) -> str:
        return f"{self.wall * 1000:.0f} ms"

    @property
    def cpu_spread(self) -> str:
        """The median CPU time and the runs' range, in ms."""
        if not self.cpus:
            return f"{self.cpu * 1000:.0f} ms"
        return f"{self.cpu * 1000:.0f} ms ({min(self.cpus) * 1000:.0f}–{max(self.cpus) * 1000:.0f})"

    def met(self, target: float) -> str:
        """Judged on the CPU time: five other sessions share the two cores, so the wall clock
        measures their load as much as this work."""
        if self.cpu < target:
            return "**PASS**" + ("" if self.wall < target else " (the wall clock over it under the load)")
        return "**FAIL**"


def median_s(work: Callable[[], Any], runs: int) -> Timed:
    work()  # warm-up
    walls, cpus = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - start_cpu)
    return Timed(_report.median(walls), _report.median(cpus), tuple(cpus))


def agreement_price(work: Callable[[], Any], pairs: int) -> tuple[Timed, Timed]:
    """The analysis with the themes' agreement step and with one cut instead
    (`cluster.AGREE_MAX = 0`), alternated so that both run under the same load."""
    from consensus_app.core.themes import cluster

    kept = cluster.AGREE_MAX
    walls: dict[int, list[float]] = {kept: [], 0: []}
    cpus: dict[int, list[float]] = {kept: [], 0: []}
    try:
        for _ in range(pairs):
            for limit in (kept, 0):
                cluster.AGREE_MAX = limit
                work()  # warm-up of this setting
                start, start_cpu = time.perf_counter(), time.process_time()
                work()
                walls[limit].append(time.perf_counter() - start)
                cpus[limit].append(time.process_time() - start_cpu)
    finally:
        cluster.AGREE_MAX = kept

    def timed(limit: int) -> Timed:
        return Timed(_report.median(walls[limit]), _report.median(cpus[limit]))

    return timed(kept), timed(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    info = _report.machine()
    load_before = ", ".join(f"{x:.1f}" for x in os.getloadavg())

    from consensus_app.core.analytics.assessment import assess
    from consensus_app.core.analytics.themes_link import priority_themes
    from consensus_app.core.interchange import check_document
    from consensus_app.core.messaging import messaging_for_pursuit
    from consensus_app.core.messaging.bridges import from_pursuit_themes
    from consensus_app.core.pursuit_map import build_pursuit_map
    from consensus_app.core.themes import encoder, remembered
    from consensus_app.core.themes.pursuit import analyse_pursuit
    from consensus_app.storage.bulk_import import import_document
    from consensus_app.storage.priority_vectors import PriorityVectorRepository
    from consensus_app.storage.workspace import open_workspace

    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(str(Path(folder) / "findings.db"), actor="bench")
        import_document(workspace, check_document(document()))
        (account,) = workspace.repos.accounts.list()
        snapshot = workspace.repos.accounts.snapshot(account.id)
        by_key = {p.key: p.id for p in snapshot.pursuits}
        large, sixty = by_key["opp-large"], by_key["opp-sixty"]
        store = PriorityVectorRepository(workspace)

        start = time.perf_counter()
        themes = analyse_pursuit(snapshot, large, vectors=store)  # encodes and keeps every vector
        cold = time.perf_counter() - start
        statements = len(themes.priorities)
        model = encoder.available()
        print(f"  first run, encoding {statements} statements: {cold:.1f} s ({themes.engine})")

        def themed() -> Any:
            remembered.forget()  # found from the stored vectors, not the last run's themes
            return analyse_pursuit(snapshot, large, vectors=store)

        def themed_again() -> Any:  # the same statements as the last run: its themes remembered
            return analyse_pursuit(snapshot, large, vectors=store)

        def assessed(found: Any) -> Any:
            pursuit_map = build_pursuit_map(snapshot, large)
            shared, voiced = priority_themes(found)
            return assess(pursuit_map, TODAY, shared, voiced)

        themes_s = median_s(themed, args.runs)
        assess_s = median_s(lambda: assessed(themes), args.runs)
        total_s = median_s(lambda: assessed(themed()), args.runs)
        plain_s = median_s(lambda: assess(build_pursuit_map(snapshot, large), TODAY), args.runs)
        again_s = median_s(lambda: assessed(themed_again()), args.runs)
        with_agreement, one_cut = agreement_price(lambda: assessed(themed()), args.runs)
        steps_cpu, steps = step_times(themed, args.runs)
        result = assessed(themes)
        divergent = next((f for f in result.findings if f.code == "DIVERGENT_PRIORITIES"), None)
        print(f"  500 members: themes {themes_s}, assessment {assess_s}, together {total_s}, "
              f"again {again_s} (without themes {plain_s})")  # fmt: skip

        sixty_map = build_pursuit_map(snapshot, sixty)
        sixty_themes = analyse_pursuit(snapshot, sixty, vectors=store)
        bridges = from_pursuit_themes(sixty_themes)

        def drafted() -> Any:
            return messaging_for_pursuit(snapshot, sixty, bridges, pursuit_map=sixty_map)

        def drafted_with_themes() -> Any:
            remembered.forget()
            found = analyse_pursuit(snapshot, sixty, vectors=store)
            return messaging_for_pursuit(snapshot, sixty, from_pursuit_themes(found), pursuit_map=sixty_map)

        drafts_s = median_s(drafted, args.runs)
        drafts_total_s = median_s(drafted_with_themes, args.runs)
        messaging = drafted()
        print(f"  60 members: drafts and kits {drafts_s}, with themes {drafts_total_s}")
        workspace.close()

    def row(words: str, timed: Timed, target: float | None) -> str:
        goal = f"< {target * 1000:.0f} ms" if target else "—"
        verdict = timed.met(target) if target else "—"
        return f"| {words} | {timed} | {timed.cpu * 1000:.0f} ms | {goal} | {verdict} |"

    from consensus_app.core.wording import count

    members = len(build_pursuit_map(snapshot, large).members())
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    rows = "\n".join(
        [
            row("500 members: themes from cached vectors (`analyse_pursuit`)", themes_s, None),
            row(
                "500 members: assessment with those themes (map, `priority_themes`, `assess`)", assess_s, None
            ),
            row("**500 members: analysis, themes included** (both of the above)", total_s, ANALYSIS_TARGET_S),
            row(
                "500 members: analysis again, statements unchanged (an edit of influence or role; "
                "themes remembered)",
                again_s,
                ANALYSIS_TARGET_S,
            ),
            row(
                "60 members: drafts and kits from the bridge themes (`messaging_for_pursuit`)",
                drafts_s,
                DRAFTS_TARGET_S,
            ),
            row(
                "60 members: drafts and kits, their themes from cached vectors included",
                drafts_total_s,
                DRAFTS_TARGET_S,
            ),
        ]
    )
    timed_steps = sum(seconds for _, seconds in steps)
    where = "; ".join(f"{words} {seconds * 1000:.0f} ms" for words, seconds in steps)
    rest = (steps_cpu - timed_steps) * 1000
    where += f"; the rest (normalising, the language groups, the points, the remembering) {rest:.0f} ms"
    evidence = (
        f"{count(len(divergent.compared), 'pair')} shown with their statements, "
        f"{divergent.compared_more} more counted"
        if divergent is not None
        else "DIVERGENT_PRIORITIES did not fire"
    )
    if with_agreement.cpu < ANALYSIS_TARGET_S:
        price_note = "Both are under the target."
    elif one_cut.cpu < ANALYSIS_TARGET_S:
        price_note = "With one cut the analysis would meet the target; with the agreement it does not."
    else:
        price_note = "**Under this run's load the target is missed with one cut too.**"
    over = total_s.cpu - ANALYSIS_TARGET_S
    step = dict(steps)
    eigen = step.get("their LSA projection (Gram matrix, eigenvectors)", 0.0) + step.get(
        "its eigenvectors (one solve)", 0.0
    )
    if over < 0:
        verdict = f"**Met: {-over * 1000:.0f} ms under the target** in the median run."
    else:
        verdict = (
            f"**Not met: {over * 1000:.0f} ms over** in the median run. What is left is mostly "
            f"arithmetic already in single precision: the two dense eigensolves "
            f"({eigen * 1000:.0f} ms, LAPACK's reduction of two 698 × 698 matrices to tridiagonal "
            "form), the agreement's nine cuts, and the assessment itself "
            f"({plain_s.cpu * 1000:.0f} ms without themes, core/analytics)."
        )
    section = f"""## Findings with themes: 500-member analysis and a 60-person committee's drafts (issue 14)

`benchmarks/bench_findings.py`: `large_map.large_map_document` ({members} members, {statements:,}
statements, one in eight in another language) in a SQLite workspace, plus a pursuit of 60 of its
people. Each statement's sentence vector is computed once and kept in the workspace, as the
window's background job does; the timed runs read them back (median of {args.runs} after a
warm-up, one native thread, CPU time of the process; the range of the runs in brackets).
Encoder: {model.name if model else "none (lexical engine)"}; themes by {themes.engine}.

{_report.machine_lines(info)}- Load average (1, 5, 15 min): {load_before} at the start, {load} at the end
  (other work shared the 2 cores)

| workload | wall clock | CPU time | target | met? |
|---|---:|---:|---|---|
{rows}

- The analysis, themes included: CPU {total_s.cpu_spread}. {verdict} Before the speed work
  below it took 401 ms (22:14 UTC, load 1.0, commit 74ea2fe).
- What made the themes faster, with the same themes (every theme of every set in
  `benchmarks/bench_themes.py`, the committees' automatic k and this pursuit's 29 themes
  compared statement by statement, before and after: identical): character n-grams counted
  with NumPy instead of a Python loop (`core/themes/char_grams.py`, the same counts to the last
  bit: 37 → 14 ms); the two dense eigensolves in single precision and the LSA Gram matrix as a
  dense product (about 45 ms less); the agreement's cuts, its Ritz vectors and the choice of k's
  cuts in single precision, the merge's group weights counted from the graph's edges (about 25
  ms less).
- Where the themes' time goes now (each step's CPU time a run, timed as it is called):
  {where}.
- For comparison, the assessment of the same 500 members without themes: {plain_s}
  (CPU {plain_s.cpu * 1000:.0f} ms).
- What the analysis does: read the 1,000 stored vectors (three columns, not ORM objects), TF-IDF
  of the statements' words and characters, their projection, the stored vectors centred per
  language beside them, spectral clustering with k chosen by silhouette (computed from group
  sums, not an n × n distance matrix), confidence and names; then the committee's map, who voices
  which theme, and the assessment with DIVERGENT_PRIORITIES and its evidence. What it does not:
  encode any statement (the vectors are stored), or import scikit-learn.
- The themes' agreement step (issue 13's quality: the groups nine finer cuts agree on, for
  150–3,500 statements placed by meaning, `core/themes/agreement.py`), A/B in this run, {args.runs}
  alternated pairs: the analysis took {with_agreement.cpu * 1000:.0f} ms of CPU with it and \
{one_cut.cpu * 1000:.0f} ms with one cut instead (`cluster.AGREE_MAX = 0`): its price \
{(with_agreement.cpu - one_cut.cpu) * 1000:.0f} ms. {price_note}
- In the window the themes are found in a worker, and only when the statements or the committee
  change: an edit of someone's stance reuses them (the assessment alone runs), an edit of
  influence or role reuses their clustering (the "again" row).
- The first analysis, which encodes the {statements:,} statements and keeps their vectors, took
  {cold:.1f} s (the window runs it in the background once; later edits encode only new text).
- DIVERGENT_PRIORITIES: {evidence}. The 60-person committee got {len(messaging.drafts)} drafts and
  {len(messaging.kits)} kits in {messaging.language}.
"""
    _report.publish(SECTION, section, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Theme engine quality and speed on public intent data, against plain TF-IDF + KMeans.

Quality: NMI and Hungarian accuracy against the intent labels of $CONSENSUS_DATA (default
../shared/data; CLINC150 test, BANKING77 test, xSID test in en/id/ja/zh), with the true k and
with k chosen automatically;
the baseline (TfidfVectorizer() defaults → KMeans, true k, mean of 5 seeds) runs in this script.
Speed: 300 statements after a warm-up (median of --runs), and 200,000 statements (CLINC150 and
BANKING77 requests repeated with one word dropped at random) in a child process, whose own peak
resident memory is measured.

.venv/bin/python benchmarks/bench_themes.py [--runs 5] [--large 200000] [--only clinc,xsid-ja] [--no-write]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import _report  # noqa: E402

from consensus_app.core.themes import find_themes  # noqa: E402

SECTION = "themes"
# The public data sets: $CONSENSUS_DATA, else ../shared/data beside the checkout (as for the tests).
DATA = Path(os.environ.get("CONSENSUS_DATA") or HERE.parent.parent / "shared" / "data").expanduser()
SMALL_TARGET_S = 0.3
LARGE_TARGET_S = 60.0
LARGE_TARGET_MIB = 2048.0
NMI_TARGETS = {"CLINC150 test": 80.0, **{f"xSID {lang} test": 65.0 for lang in ("en", "id", "ja", "zh")}}
AUTO_K_TOLERANCE = 0.30
BASELINE_SEEDS = 5

Dataset = tuple[list[str], list[str]]


def clinc() -> Dataset:
    rows = json.loads((DATA / "clinc150" / "data_full.json").read_text(encoding="utf-8"))["test"]
    return [text for text, _ in rows], [intent for _, intent in rows]


def banking() -> Dataset:
    with (DATA / "banking77" / "test.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [r["text"] for r in rows], [r["category"] for r in rows]


def xsid(lang: str) -> Dataset:
    texts, intents = [], []
    for line in (DATA / "xsid" / f"{lang}.test.conll").read_text(encoding="utf-8").splitlines():
        if line.startswith("# text ="):
            texts.append(line.split("=", 1)[1].strip())
        elif line.startswith("# intent ="):
            intents.append(line.split("=", 1)[1].strip())
    return texts, intents


DATASETS: dict[str, tuple[str, Callable[[], Dataset]]] = {
    "clinc": ("CLINC150 test", clinc),
    "banking": ("BANKING77 test", banking),
    **{
        f"xsid-{lang}": (f"xSID {lang} test", lambda lang=lang: xsid(lang))
        for lang in ("en", "id", "ja", "zh")
    },
}


def scores(truth: list[str], found: list[int]) -> tuple[float, float]:
    """NMI and Hungarian accuracy, in %."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment
    from sklearn.metrics import normalized_mutual_info_score

    names = {label: i for i, label in enumerate(sorted(set(truth)))}
    table = np.zeros((max(found) + 1, len(names)))
    for theme, label in zip(found, truth, strict=True):
        table[theme, names[label]] += 1
    rows, cols = linear_sum_assignment(-table)
    accuracy = table[rows, cols].sum() / len(truth)
    return 100 * normalized_mutual_info_score(truth, found), 100 * accuracy


def baseline(texts: list[str], truth: list[str]) -> tuple[float, float]:
    """Plain TF-IDF (scikit-learn defaults) → KMeans with the true k, mean over seeds."""
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer().fit_transform(texts)
    k = len(set(truth))
    results = [
        scores(truth, KMeans(k, random_state=seed).fit_predict(matrix).tolist())
        for seed in range(BASELINE_SEEDS)
    ]
    return sum(r[0] for r in results) / len(results), sum(r[1] for r in results) / len(results)


def quality(keys: list[str]) -> list[str]:
    rows = []
    for key in keys:
        name, load = DATASETS[key]
        texts, truth = load()
        k = len(set(truth))
        print(f"  {name:<16} ({len(texts)} statements, {k} intents)", end="", flush=True)
        start = time.perf_counter()
        fixed = find_themes(texts, k=k)
        fixed_s = time.perf_counter() - start
        start = time.perf_counter()
        auto = find_themes(texts)
        auto_s = time.perf_counter() - start
        base = baseline(texts, truth)
        nmi_k, acc_k = scores(truth, fixed.assignments)
        nmi_a, acc_a = scores(truth, auto.assignments)
        chosen = len(auto.themes)
        within = abs(chosen - k) <= AUTO_K_TOLERANCE * k
        target = NMI_TARGETS.get(name)
        met = "—" if target is None else ("yes" if nmi_k >= target else "**no**")
        print(f": true k NMI {nmi_k:.1f}, auto k={chosen} NMI {nmi_a:.1f}, baseline NMI {base[0]:.1f}")
        goal = f"≥ {target:.0f}" if target else "—"
        rows.append(
            f"| {name} | {len(texts):,} | {k} | {nmi_k:.1f} / {acc_k:.1f} | {base[0]:.1f} / {base[1]:.1f} "
            f"| {goal} | {met} | {chosen} ({(chosen - k) / k:+.0%}) | {'yes' if within else '**no**'} "
            f"| {nmi_a:.1f} / {acc_a:.1f} | {fixed_s:.1f} s / {auto_s:.1f} s |"
        )
    return rows


def pool() -> list[str]:
    return clinc()[0] + banking()[0]


def perturbed(count: int) -> list[str]:
    """count statements: the pool repeated, each copy with one word dropped at random."""
    rng = random.Random(0)
    texts = pool()
    result = []
    while len(result) < count:
        words = rng.choice(texts).split()
        if len(words) > 3:
            words.pop(rng.randrange(len(words)))
        result.append(" ".join(words))
    return result


def small_speed(runs: int) -> tuple[float, int]:
    texts = random.Random(0).sample(pool(), 300)
    find_themes(texts)  # warm-up: imports, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = find_themes(texts)
        times.append(time.perf_counter() - start)
    return _report.median(times), len(result.themes)


def large_child(count: int) -> None:
    """Run in a child process: theme `count` statements, print seconds, peak MiB and themes."""
    texts = perturbed(count)
    start = time.perf_counter()
    result = find_themes(texts)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "peak_mib": _report.peak_rss_mib(), "themes": len(result.themes)}))


def large_speed(count: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child-large", str(count)], capture_output=True, text=True, check=True
    ).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--large", type=int, default=200_000, help="statements in the large run (0: skip)")
    parser.add_argument("--only", default=",".join(DATASETS), help="datasets, comma-separated")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--child-large", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_large:
        large_child(args.child_large)
        return 0
    info = _report.machine()
    rows = quality(args.only.split(","))
    small_s, small_themes = small_speed(args.runs)
    print(f"  300 statements: {small_s * 1000:.0f} ms ({small_themes} themes)")
    speed_rows = [
        f"| 300 statements (CLINC150 + BANKING77 sample), automatic k | {small_s * 1000:.0f} ms "
        f"| < {SMALL_TARGET_S * 1000:.0f} ms | {'yes' if small_s < SMALL_TARGET_S else '**no**'} "
        f"| {small_themes} themes; median of {args.runs} after a warm-up |"
    ]
    if args.large:
        big = large_speed(args.large)
        print(f"  {args.large:,} statements: {big['seconds']:.1f} s, peak {big['peak_mib']:.0f} MiB")
        ok = big["seconds"] < LARGE_TARGET_S and big["peak_mib"] < LARGE_TARGET_MIB
        speed_rows.append(
            f"| {args.large:,} statements (pool repeated, one word dropped), automatic k "
            f"| {big['seconds']:.1f} s, peak {big['peak_mib']:,.0f} MiB | < {LARGE_TARGET_S:.0f} s, "
            f"< {LARGE_TARGET_MIB / 1024:.0f} GiB | {'yes' if ok else '**no**'} | {big['themes']} themes; "
            "child process, its own peak RSS (VmHWM) |"
        )
    section = f"""## Themes: clustering short statements

`benchmarks/bench_themes.py` on `../shared/data` (see its README), `core.themes.find_themes` against
a plain TF-IDF + KMeans baseline measured in the same run (scikit-learn defaults, true k, mean of
{BASELINE_SEEDS} seeds). NMI / Hungarian accuracy in %.

{_report.machine_lines(info)}
| data | statements | true k | ours, true k | baseline, true k | NMI target | met? \
| automatic k | within ±30%? | ours, automatic k | time (true k / auto) |
|---|---:|---:|---:|---:|---|---|---:|---|---:|---:|
{chr(10).join(rows)}

| speed | ours | target | met? | notes |
|---|---:|---|---|---|
{chr(10).join(speed_rows)}

- Ours: NFKC + casefold (Persian letters and digits folded, spaces between Chinese/Japanese
  characters dropped), a small concept thesaurus, and below 250 statements function words dropped;
  word 1–2-grams + `char_wb` 2–5-grams (1–3 for CJK) + concept block, sublinear TF-IDF,
  TruncatedSVD (100–300 dims) from 250 statements, L2 rows; spectral clustering of the cosine
  k-nearest-neighbour graph (QR cut, spherical k-means settle). Automatic k: silhouette plateau in
  the spectral embedding (150+ statements), average-linkage similarity threshold below that.
  Above 6,000 distinct statements: themes on a 5,000 sample, then nearest centre and three
  spherical k-means steps.
- Margins are thin where they are met: CLINC150 and xSID Japanese sit within about one NMI point
  of their targets. On CLINC150 the silhouette still rises at the top of the grid of k
  (2.5·√n), so the automatic k there is bounded by the grid.
- xSID Japanese is pre-segmented with spaces; the engine removes spaces between Chinese and
  Japanese characters, so it sees the text as users type it.
"""
    _report.publish(SECTION, section, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())

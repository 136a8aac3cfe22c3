"""Theme engine quality and speed on public intent data and our committee sets (issue 13 targets).

Quality: NMI against the labels at the true k (and k chosen automatically) for CLINC150 test,
BANKING77 test, xSID test + validation per language and pooled over en/de/id/ja/zh (also NMI
against the languages: low means themes by meaning, not by script), and the Persian + English
committee set (tests/committee_sets.py; no theme may hold one script only). Same-run baselines:
TF-IDF (scikit-learn defaults) + KMeans, and the chosen encoder's vectors + KMeans (both with
the true k, mean of seeds). The encoder's vectors are computed once and cached (themes_data.py),
as the app keeps each priority's vector; "ours" then clusters from them.

Speed: 60 and 300 statements from cached vectors (median after a warm-up); cold, model load
included, in a worker thread of a fresh process; 200,000 portfolio statements from cached vectors
in a child process with its own peak memory; encoding throughput for the background job.

.venv/bin/python benchmarks/bench_themes.py [--runs 5] [--large 200000] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from typing import Any

HERE = __import__("pathlib").Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import _report  # noqa: E402
import themes_data as data  # noqa: E402

from consensus_app.core.themes import encoder, find_themes  # noqa: E402
from consensus_app.core.themes.semantic import (  # noqa: E402
    CONFIRMED_DIMS,
    CONFIRMED_FROM,
    CONFIRMED_SHARE,
    CONFIRMED_WEIGHT,
    LEXICAL_WEIGHT,
    script_of,
)
from consensus_app.core.themes.vectorise import DIMS_PER, MAX_DIMS, MIN_DIMS  # noqa: E402
from tests.committee_sets import COMMITTEES, PERSIAN_ENGLISH, flatten  # noqa: E402

SECTION = "themes"
SEEDS = 3
TARGETS = {  # NMI at the true k, in % (issue 13)
    "CLINC150 test": 90.0,
    "BANKING77 test": 80.0,
    **{f"xSID {lang}": (72.0 if lang == "ja" else 82.0) for lang in data.XSID_LANGUAGES},
    "xSID pooled": 78.0,
    "Persian + English committee": 60.0,
}
POOLED_LANGUAGE_MAX = 8.0
CLINC_AUTO_K = 0.15
SPEED_TARGETS_S = {"60 cached": 0.1, "300 cached": 0.3, "cold": 3.0, "large": 20.0}
LARGE_MIB = 1024.0


# The figures of the engine before the confirmed-meaning block (semantic.confirmed) and the
# larger LSA (vectorise.DIMS_PER 8, was 20, at most 500 dimensions, was 300): same data and
# encoder (docs/benchmarks.md, 2026-12-07 22:13 UTC run, commit 74ea2fe with the agreement).
BEFORE = {
    "CLINC150 test": 90.1,
    "BANKING77 test": 78.4,
    "xSID en": 89.2,
    "xSID de": 84.5,
    "xSID id": 82.5,
    "xSID ja": 76.1,
    "xSID zh": 84.3,
    "xSID pooled": 81.1,
    "Persian + English committee": 63.0,
}


def verdict(ok: bool) -> str:
    return "PASS" if ok else "**FAIL**"


def nmi(truth: list[str], found: list[int]) -> float:
    from sklearn.metrics import normalized_mutual_info_score

    # An unthemed statement (-1) is a group of its own, as the user sees it.
    labels = [f if f >= 0 else -2 - i for i, f in enumerate(found)]
    return 100 * float(normalized_mutual_info_score(truth, labels))


def kmeans_nmi(points: Any, truth: list[str]) -> float:
    from sklearn.cluster import KMeans

    k = len(set(truth))
    runs = [
        nmi(truth, KMeans(k, random_state=s, n_init=1).fit_predict(points).tolist()) for s in range(SEEDS)
    ]
    return sum(runs) / len(runs)


def tfidf_points(texts: list[str]) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer().fit_transform(texts)


def quality(enc: encoder.Encoder) -> tuple[list[str], dict[str, float]]:
    name = enc.info.name
    rows: list[str] = []
    figures: dict[str, float] = {}
    pooled_texts, pooled_intents, languages = data.xsid_pooled()
    pooled_vectors = data.vectors(pooled_texts, name, enc.encode)
    sets: list[tuple[str, list[str], list[str], Any]] = []
    for label, load in (("CLINC150 test", data.clinc), ("BANKING77 test", data.banking)):
        texts, truth = load()
        sets.append((label, texts, truth, data.vectors(texts, name, enc.encode)))
    for lang in data.XSID_LANGUAGES:
        rows_of = [i for i, x in enumerate(languages) if x == lang]
        sets.append(
            (
                f"xSID {lang}",
                [pooled_texts[i] for i in rows_of],
                [pooled_intents[i] for i in rows_of],
                pooled_vectors[rows_of],
            )
        )
    sets.append(("xSID pooled", pooled_texts, pooled_intents, pooled_vectors))
    pe_texts, pe_truth = flatten(PERSIAN_ENGLISH)
    sets.append(("Persian + English committee", pe_texts, pe_truth, enc.encode(pe_texts)))
    for label, texts, truth, vectors in sets:
        k = len(set(truth))
        print(f"  {label:<28} {len(texts):>5} statements, k={k}", end="", flush=True)
        start = time.perf_counter()
        fixed = find_themes(texts, k=k, vectors=vectors, model=name)
        took = time.perf_counter() - start
        ours = nmi(truth, fixed.assignments)
        words = find_themes(texts, k=k, use_model=False)
        base_tfidf = kmeans_nmi(tfidf_points(texts), truth)
        base_encoder = kmeans_nmi(vectors, truth)
        figures[label] = ours
        extra = ""
        if label == "xSID pooled":
            by_language = nmi(languages, fixed.assignments)
            figures["xSID pooled by language"] = by_language
            ok = by_language <= POOLED_LANGUAGE_MAX
            extra = f"by language {by_language:.1f} (≤ {POOLED_LANGUAGE_MAX:.0f}: {verdict(ok)})"
        if label == "Persian + English committee":
            single = sum(1 for t in fixed.themes if len({script_of(pe_texts[i]) for i in t.members}) == 1)
            figures["single-script themes"] = single
            extra = f"{single} single-script theme(s) (0: {verdict(single == 0)})"
        if label == "CLINC150 test":
            auto = find_themes(texts, vectors=vectors, model=name)
            chosen = len(auto.themes)
            ok = abs(chosen - k) <= CLINC_AUTO_K * k
            figures["CLINC150 automatic k"] = chosen
            extra = f"automatic k {chosen} ({(chosen - k) / k:+.0%}; ±15 %: {verdict(ok)})"
        target = TARGETS[label]
        met = verdict(ours >= target)
        lexical = nmi(truth, words.assignments)
        baselines = f"baselines {base_tfidf:.1f} / {base_encoder:.1f}"
        print(f": ours {ours:.1f}, words only {lexical:.1f}, {baselines} {extra}")
        rows.append(
            f"| {label} | {len(texts):,} | {k} | **{ours:.1f}** | {BEFORE[label]:.1f} "
            f"| ≥ {target:.0f} | {met} "
            f"| {lexical:.1f} | {base_tfidf:.1f} | {base_encoder:.1f} | {took:.1f} s | {extra} |"
        )
    return rows, figures


def committee_k(enc: encoder.Encoder) -> list[str]:
    """Automatic k on committee-sized sets: never more than twice the true number of themes."""
    rows = []
    for label, labelled in COMMITTEES.items():
        texts, truth = flatten(labelled)
        vectors = enc.encode(texts)
        auto = find_themes(texts, vectors=vectors, model=enc.info.name)
        k = len(labelled)
        chosen = len(auto.themes)
        ok = chosen <= 2 * k
        score = nmi(truth, auto.assignments)
        rows.append(
            f"| {label} | {len(texts)} | {k} | {chosen} | {len(auto.unthemed)} | {score:.1f} "
            f"| {verdict(ok)} |"
        )
    return rows


def cached_speed(enc: encoder.Encoder, size: int, runs: int) -> float:
    texts, _ = data.clinc()
    picks = random.Random(size).sample(range(len(texts)), size)
    chosen = [texts[i] for i in picks]
    vectors = data.vectors(texts, enc.info.name, enc.encode)[picks]
    find_themes(chosen, vectors=vectors, model=enc.info.name)  # warm-up: imports, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        find_themes(chosen, vectors=vectors, model=enc.info.name)
        times.append(time.perf_counter() - start)
    return _report.median(times)


def agreement_cost(enc: encoder.Encoder, size: int, pairs: int) -> str:
    """`size` cached statements themed with the agreement of several cuts against one cut,
    alternately (the same load on both): the agreement's price, as a ratio."""
    from consensus_app.core.themes import cluster

    texts, _ = data.clinc()
    picks = random.Random(size).sample(range(len(texts)), size)
    chosen = [texts[i] for i in picks]
    vectors = data.vectors(texts, enc.info.name, enc.encode)[picks]
    shipped = cluster.AGREE_MAX

    def one_cut() -> None:
        cluster.AGREE_MAX = 0
        try:
            find_themes(chosen, vectors=vectors, model=enc.info.name)
        finally:
            cluster.AGREE_MAX = shipped

    def agreed() -> None:
        find_themes(chosen, vectors=vectors, model=enc.info.name)

    ours, single = _report.alternate(agreed, one_cut, pairs)
    ratio = _report.ratio_spread(ours, single)
    return f"{_report.spread_ms(ours)} against one cut's {_report.spread_ms(single)}: {ratio}"


def cold_child() -> None:
    """In a fresh process: a worker thread loads the model, encodes 60 statements, themes them."""
    import threading

    from consensus_app.core.themes import vectors as stored

    texts, _ = flatten(PERSIAN_ENGLISH)
    texts = (texts + flatten(COMMITTEES["shipping, five languages"])[0])[:60]
    out: dict[str, float] = {}

    def work() -> None:
        start = time.perf_counter()
        found, model = stored.vectors_for(list(enumerate(texts)), None)
        out["encoded"] = time.perf_counter() - start
        find_themes(texts, vectors=found, model=model)
        out["seconds"] = time.perf_counter() - start

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    print(json.dumps(out))


def large_child(count: int) -> None:
    """In a child: `count` portfolio statements with cached vectors → themes; seconds and peak MiB.

    The statements are the CLINC150 + BANKING77 pool repeated with one word dropped; each copy's
    vector is its original's cached vector with a little noise (cosine about 0.95), standing for the
    stored vector of a paraphrase: computing 200,000 vectors is the background job, not this figure.
    """
    import numpy as np

    enc = encoder.load()
    assert enc is not None
    pool_texts = data.clinc()[0] + data.banking()[0]
    pool_vectors = np.vstack(
        [
            data.vectors(data.clinc()[0], enc.info.name, enc.encode),
            data.vectors(data.banking()[0], enc.info.name, enc.encode),
        ]
    )
    rng = random.Random(0)
    noise = np.random.default_rng(0)
    picks = [rng.randrange(len(pool_texts)) for _ in range(count)]
    texts = []
    for i in picks:
        words = pool_texts[i].split()
        if len(words) > 3:
            words.pop(rng.randrange(len(words)))
        texts.append(" ".join(words))
    vectors = pool_vectors[picks]
    for start in range(0, count, 20_000):  # in blocks: the noise must not double the peak memory
        block = vectors[start : start + 20_000]
        block += noise.standard_normal(block.shape, dtype=np.float32) * np.float32(0.015)
    start = time.perf_counter()
    result = find_themes(texts, vectors=vectors, model=enc.info.name)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "peak_mib": _report.peak_rss_mib(), "themes": len(result.themes)}))


def child(flag: str, *extra: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, flag, *extra], capture_output=True, text=True, check=True
    ).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def encoding_rate(enc: encoder.Encoder) -> float:
    texts = data.banking()[0][:500]
    start = time.perf_counter()
    enc.encode(texts)
    return (time.perf_counter() - start) / len(texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--large", type=int, default=200_000, help="portfolio statements (0: skip)")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--child-large", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child-cold", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_large:
        large_child(args.child_large)
        return 0
    if args.child_cold:
        cold_child()
        return 0
    enc = encoder.load()
    if enc is None:
        print("no sentence encoder installed: pip install -e . first", file=sys.stderr)
        return 1
    info = _report.machine()
    rows, figures = quality(enc)
    k_rows = committee_k(enc)
    small = cached_speed(enc, 60, args.runs)
    medium = cached_speed(enc, 300, args.runs)
    price = agreement_cost(enc, 300, args.runs)
    cold = child("--child-cold")
    per_statement = encoding_rate(enc)
    speed = [
        ("60 statements, cached vectors", small, "60 cached", f"median of {args.runs} after a warm-up"),
        (
            "300 statements, cached vectors",
            medium,
            "300 cached",
            f"median of {args.runs} after a warm-up; the agreement of cuts, alternated with one cut: {price}",
        ),
        (
            "60 statements cold: model load + encoding + themes, in a worker thread",
            cold["seconds"],
            "cold",
            f"fresh process; of which loading and encoding {cold['encoded']:.2f} s",
        ),
    ]
    if args.large:
        big = child("--child-large", str(args.large))
        ok_memory = big["peak_mib"] < LARGE_MIB
        speed.append(
            (
                f"{args.large:,} portfolio statements, cached vectors",
                big["seconds"],
                "large",
                f"peak {big['peak_mib']:,.0f} MiB (< 1 GiB: {verdict(ok_memory)}); "
                f"{big['themes']} themes; child process",
            )
        )
    speed_rows = [
        f"| {what} | {seconds * 1000:,.0f} ms | < {SPEED_TARGETS_S[key] * 1000:,.0f} ms "
        f"| {verdict(seconds < SPEED_TARGETS_S[key])} | {note} |"
        for what, seconds, key, note in speed
    ]
    for row in speed_rows:
        print(" ", row)
    unmet = [
        f"{label} ({figures[label]:.1f} < {target:.0f})"
        for label, target in TARGETS.items()
        if figures[label] < target
    ]
    if figures.get("xSID pooled by language", 0.0) > POOLED_LANGUAGE_MAX:
        unmet.append(
            f"xSID pooled by language ({figures['xSID pooled by language']:.1f} > {POOLED_LANGUAGE_MAX:.0f})"
        )
    unmet += [what for what, seconds, key, _note in speed if seconds >= SPEED_TARGETS_S[key]]
    unmet_text = "; ".join(unmet) if unmet else "none"
    section = f"""## Themes: clustering short statements by meaning

`benchmarks/bench_themes.py` on `$CONSENSUS_DATA` (default `../shared/data`) and our committee
sets (`tests/committee_sets.py`). Encoder: {enc.info.description}, `{enc.info.name}`
(docs/decisions/0001-sentence-embeddings.md). NMI in % at the true k. Baselines in the same run,
mean of {SEEDS} seeds: TF-IDF (scikit-learn defaults) + KMeans, and the encoder's own vectors +
KMeans. "Words only" is our engine without the encoder (the fallback where it is not installed).
Native threads: one (threadpoolctl), as in the app's workers. The machine is shared with other
work: timings move with its load (below); the ratio in the 300-statement row is measured under
the same load on both sides.

{_report.machine_lines(info)}{_report.threads_line()}{_report.load_line()}
| data | statements | true k | ours | before | target | met? | words only | TF-IDF + KMeans \
| encoder + KMeans | time | also |
|---|---:|---:|---:|---:|---|---|---:|---:|---:|---:|---|
{chr(10).join(rows)}

Automatic k on committee-sized sets (target: never more than twice the true number of themes;
a statement that fits nowhere is unthemed, not a theme):

| committee | statements | true themes | themes found | unthemed | NMI | ≤ 2× true? |
|---|---:|---:|---:|---:|---:|---|
{chr(10).join(k_rows)}

| speed | ours | target | met? | notes |
|---|---:|---|---|---|
{chr(10).join(speed_rows)}

- **Targets not met in this run:** {unmet_text}.
- "Before": the engine of the 2026-12-07 22:13 run, without the confirmed-meaning block and
  with fewer LSA dimensions (below). BANKING77's 77 fine-grained banking requests ("card
  arrived" / "card delivery estimate", "top-up failed" / "top-up reverted") are where the 4-bit
  E5 small is weakest (its own vectors with KMeans: the ceiling we move from); the block is what
  moved it (docs/decisions/0001-sentence-embeddings.md, "BANKING77, measured").
- The clustering, for 150–3,500 distinct statements placed by meaning: nine finer cuts (1.5, 2
  and 3 times k, in the cosine graph with its weights to the powers 1, 2 and 3), each merged
  back to k by normalised graph association (by mean similarity across languages), then the
  graph of how often neighbours agreed is cut into k (core/themes/agreement.py). One eigen-solve
  serves them all: the plain graph's leading 1.5 × 3k eigenvectors (with an automatic k, from
  the solve that chose k); the sharpened graphs' and the agreement graph's are found in their
  span (two subspace-iteration steps, then Rayleigh–Ritz), which measured within ±0.1 of four
  exact solves on every set. Outside that range (committees, CLINC150's 4,500, the portfolio's
  sample) the single cut, unchanged.
- Encoding for the background job: {per_statement * 1000:.0f} ms a statement (500 BANKING77
  requests, one thread), so 10,000 new statements take about {per_statement * 10_000 / 60:.0f} min.
- The points: the encoder's vectors with the `query: ` prefix (what E5 asks for clustering),
  centred (less their mean and, shrunk by count, each script's and Latin language's mean),
  beside the lexical LSA points (weight {LEXICAL_WEIGHT} times the largest language's share;
  more below 30 statements; one LSA dimension for every {DIMS_PER} statements,
  {MIN_DIMS}–{MAX_DIMS}); from {CONFIRMED_FROM:,} statements, {CONFIRMED_SHARE:.0%} of them in one
  language, a third block: the meaning the words confirm (the encoder's vectors along their
  {CONFIRMED_DIMS} leading canonical directions with the LSA points, each scaled by its
  correlation, weight {CONFIRMED_WEIGHT}); spectral clustering of the cosine k-nearest-neighbour
  graph, whose neighbours are shared out among the languages of a multilingual set. The 200,000-statement
  figure uses cached vectors of the pool's paraphrases (the original's vector with noise, cosine
  about 0.95): vectors are computed once per priority in the background, not when theming.
"""
    _report.publish(SECTION, section, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())

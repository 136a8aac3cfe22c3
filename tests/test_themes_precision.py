"""The themes' arithmetic in single precision finds the same themes as in double (issue 14's speed).

The eigensolves, the cuts and the agreement's Ritz vectors run in float32 because that is about
twice as fast; a seller must not get other themes for it. Here both precisions theme the same
statements: the committees at their true number of themes (words only), and 400 statements in
two languages placed by meaning, which go through the agreement of nine cuts with k chosen by
silhouette — every statement must land in the same theme.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from consensus_app.core.themes import agreement, cluster, find_themes
from tests.committee_sets import COMMITTEES, flatten


def _double_precision(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine as it was before: float64 eigensolves, cuts and Ritz vectors."""
    monkeypatch.setattr(cluster, "EIGEN_DTYPE", "float64")

    def qr_cut(vectors: Any) -> Any:
        from scipy.linalg import qr, svd

        k = vectors.shape[1]
        double = np.asarray(vectors, dtype=np.float64)
        _, pivots = qr(double.T, pivoting=True, mode="r")
        u, _, vt = svd(double[pivots[:k], :].T)
        return np.abs(double @ (u @ vt)).argmax(axis=1)

    def within_span(graph: Any, basis: Any, m: int) -> Any:
        affinity = cluster.normalised_affinity(graph)
        span = basis
        for _ in range(agreement.SPAN_STEPS):
            span = affinity @ span
        span, _ = np.linalg.qr(span)
        projected = span.T @ (affinity @ span)
        values, rotation = np.linalg.eigh((projected + projected.T) / 2)
        return span @ rotation[:, np.argsort(-values, kind="stable")[:m]]

    def cut(vectors: Any, k: int, steps: int = 50) -> Any:
        if k <= 1:
            return np.zeros(len(vectors), dtype=np.intp)
        unit = vectors[:, :k] / np.linalg.norm(vectors[:, :k], axis=1, keepdims=True)
        return cluster.settle(unit, qr_cut(vectors[:, :k]), k, steps=steps)

    monkeypatch.setattr(cluster, "qr_cut", qr_cut)
    monkeypatch.setattr(cluster, "cut", cut)
    monkeypatch.setattr(agreement, "_within_span", within_span)


def _two_languages(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """400 statements about 12 concerns, in English and Indonesian, with vectors near each
    concern's own direction (as an encoder places paraphrases)."""
    concerns = rng.standard_normal((12, 64))
    texts, rows = [], []
    for i in range(400):
        concern = i % 12
        words = "we need the budget for item" if i % 2 else "kami perlu anggaran untuk butir"
        texts.append(f"{words} {concern} number {i}")
        rows.append(concerns[concern] + 0.9 * rng.standard_normal(64))
    vectors = np.asarray(rows, dtype=np.float32)
    return texts, vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_committees_at_their_true_number_of_themes_get_the_same_themes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    single = {}
    for name, labelled in COMMITTEES.items():
        texts, _ = flatten(labelled)
        single[name] = find_themes(texts, k=len(labelled), use_model=False).assignments
    _double_precision(monkeypatch)
    for name, labelled in COMMITTEES.items():
        texts, _ = flatten(labelled)
        assert find_themes(texts, k=len(labelled), use_model=False).assignments == single[name], name


def test_statements_placed_by_meaning_get_the_same_themes_and_number(monkeypatch: pytest.MonkeyPatch) -> None:
    texts, vectors = _two_languages(np.random.default_rng(14))
    found = find_themes(texts, vectors=vectors, model="test-model", use_model=False)
    assert len(found.themes) >= 6  # the agreement and the choice of k ran on real structure
    _double_precision(monkeypatch)
    again = find_themes(texts, vectors=vectors, model="test-model", use_model=False)
    assert again.assignments == found.assignments


@pytest.mark.parametrize("share", [4, 3])
def test_many_themes_asked_of_statements_placed_by_meaning_are_found(share: int) -> None:
    """`themes --k` may ask for a theme per three or four statements: the agreement's span then
    has nearly as many columns as there are statements, and must still be solved."""
    texts, vectors = _two_languages(np.random.default_rng(3))
    texts, vectors = texts[:200], vectors[:200]
    found = find_themes(texts, k=len(texts) // share, vectors=vectors, model="test-model", use_model=False)
    assert len(found.themes) == len(texts) // share
    assert all(theme >= 0 for theme in found.assignments)  # every statement in one of them

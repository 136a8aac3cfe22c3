"""k themes from the agreement of several finer cuts (core/themes/agreement.py).

What a seller would notice: asked for k themes, a large theme is not cut into pieces to make up
the number while two small, different themes share one; the answer is the same every time.
"""

from __future__ import annotations

import numpy as np
from sklearn.metrics import normalized_mutual_info_score

from consensus_app.core.themes import agreement, cluster
from consensus_app.core.themes.encoder import load
from consensus_app.core.themes.progress import make_run
from consensus_app.core.themes.semantic import centred, groups_of
from tests.committee_sets import COMMITTEES, PERSIAN_ENGLISH, flatten


def _blob(rng: np.random.Generator, centre: np.ndarray, count: int, spread: float) -> np.ndarray:
    return centre + spread * rng.standard_normal((count, len(centre)))


def _unit(points: np.ndarray) -> np.ndarray:
    result: np.ndarray = (points / np.linalg.norm(points, axis=1, keepdims=True)).astype(np.float32)
    return result


def test_pieces_of_one_theme_merge_before_two_different_themes_do() -> None:
    rng = np.random.default_rng(3)
    large, small_a, small_b = rng.standard_normal((3, 24)) * 2
    points = _unit(
        np.vstack([_blob(rng, large, 60, 0.3), _blob(rng, small_a, 10, 0.3), _blob(rng, small_b, 10, 0.3)])
    )
    # A fine cut: the large theme in three pieces, each small theme alone.
    pieces = np.array([0] * 20 + [1] * 20 + [2] * 20 + [3] * 10 + [4] * 10, dtype=np.intp)
    graph = cluster.knn_graph(points, 8, make_run(None, None))
    for multilingual in (False, True):  # by the graph's association, or by mean similarity
        merged = agreement.merge_to(pieces, 3, points, graph, multilingual)
        assert len(set(merged[:60].tolist())) == 1  # the large theme is whole again
        assert len({merged[0], merged[60], merged[70]}) == 3  # the small ones stay apart


def test_merging_to_as_many_groups_as_there_are_changes_nothing() -> None:
    points = _unit(np.random.default_rng(0).standard_normal((12, 8)))
    labels = np.arange(12, dtype=np.intp) % 4
    graph = cluster.knn_graph(points, 3, make_run(None, None))
    assert agreement.merge_to(labels, 4, points, graph, False).tolist() == labels.tolist()


def test_a_committee_portfolio_asked_for_its_themes_gets_them_the_same_way_every_time() -> None:
    encoder = load()
    assert encoder is not None  # the model installs with the app (pyproject.toml)
    texts, truth = [], []
    for name, labelled in [("Persian and English", PERSIAN_ENGLISH), *COMMITTEES.items()]:
        t, names = flatten(labelled)
        texts += t
        truth += [f"{name}: {n}" for n in names]
    groups = groups_of(texts)
    points = centred(encoder.encode(texts), groups)
    numbers = np.unique(np.array(groups), return_inverse=True)[1].astype(np.intp)
    graph = cluster.knn_graph(points, cluster.neighbours(len(points)), make_run(None, None), numbers)
    multilingual = bool(cluster._group_columns(numbers, cluster.neighbours(len(points))))
    k = len(set(truth))
    first = agreement.agreed_labels(points, graph, k, multilingual, make_run(None, None))
    again = agreement.agreed_labels(points, graph, k, multilingual, make_run(None, None))
    assert first.tolist() == again.tolist()
    assert sorted(set(first.tolist())) == list(range(k))
    assert normalized_mutual_info_score(truth, first) >= 0.6


def _mixed_themes(seed: int) -> tuple[np.ndarray, np.ndarray]:
    """200 statements in 8 themes of uneven size (one of 60, several of 10-30)."""
    rng = np.random.default_rng(seed)
    sizes = [60, 30, 25, 25, 20, 15, 15, 10]
    centres = rng.standard_normal((len(sizes), 32)) * 2
    points = _unit(np.vstack([_blob(rng, c, s, 0.4) for c, s in zip(centres, sizes, strict=True)]))
    truth = np.repeat(np.arange(len(sizes)), sizes)
    return points, truth


def test_themes_from_the_eigenvectors_solved_to_choose_k_are_the_ones_found_alone() -> None:
    # With an automatic k the eigenvectors solved to choose it (more of them than the agreement
    # needs) are reused; the themes must not depend on where they came from.
    points, truth = _mixed_themes(5)
    graph = cluster.knn_graph(points, cluster.neighbours(len(points)), make_run(None, None))
    alone = agreement.agreed_labels(points, graph, 8, False, make_run(None, None))
    leading = cluster.spectral_embedding(graph, 60)
    shared = agreement.agreed_labels(points, graph, 8, False, make_run(None, None), leading=leading)
    assert shared.tolist() == alone.tolist()
    assert normalized_mutual_info_score(truth, alone) >= 0.9


def test_a_sharpened_graphs_eigenvectors_found_in_the_plain_graphs_span_match_its_own() -> None:
    # The agreement solves one eigenproblem and finds the sharpened graphs' leading eigenvectors
    # inside that span: the same directions (their subspaces' principal angles near zero).
    points, _ = _mixed_themes(7)
    graph = cluster.knn_graph(points, cluster.neighbours(len(points)), make_run(None, None))
    sharpened = graph.power(3).tocsr()
    approximate = agreement._within_span(sharpened, cluster.spectral_embedding(graph, 36), 8)
    exact = cluster.spectral_embedding(sharpened, 8)
    cosines = np.linalg.svd(exact.T @ approximate, compute_uv=False)
    assert cosines.min() > 0.95

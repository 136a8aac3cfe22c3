"""LSA points → theme labels: spectral clustering of the nearest-neighbour graph.

Why spectral: intents and priorities are not round blobs in the LSA space; a statement's
nearest neighbours say more about its theme than its distance to a centre. We join each
statement to its nearest neighbours (cosine-weighted), take the leading eigenvectors of the
normalised graph, and cut that embedding into k groups (column-pivoted QR for a
deterministic start, a few k-means steps to settle). On CLINC150 this beats k-means on the
same LSA points by several NMI points.

Choosing k: for each candidate k (a geometric grid) the QR cut of the first k eigenvectors
is scored by its silhouette in that embedding. Very small k always scores high (two or three
coarse blocks), so we look past the lowest score of the first half of the grid, take every k
within `PLATEAU` of the best score after it, and choose the middle of that plateau.

A committee's few dozen statements are too few for that curve to settle: below `SMALL_MAX`
an automatic k comes from average-linkage grouping at a fixed similarity instead.

Above `SPECTRAL_MAX` distinct statements, the themes are found on a fixed random sample and
every statement joins the nearest theme centre, refined by a few spherical k-means steps.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from consensus_app.core.themes.progress import ThemesRun

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    Points = NDArray[np.float32]
    Labels = NDArray[np.intp]

SEED = 0
SPECTRAL_MAX = 6_000  # distinct statements clustered as one graph
SAMPLE = 3_000  # statements the themes are found on above that
DENSE_EIGEN_MAX = 3_000  # up to here a dense eigensolver beats Lanczos for the ~150 vectors asked
SMALL_MAX = 150  # below this many distinct statements k is chosen by a similarity threshold
SMALL_DISTANCE = 0.95  # average cosine distance up to which statements share a theme
PLATEAU = 0.015  # silhouette scores this close to the best count as equally good
SILHOUETTE_SAMPLE = 2_000  # statements the silhouette of each candidate k is measured on
CANDIDATES = 18  # points on the grid of k
REFINE_STEPS = 3  # k-means steps in the points after the spectral cut (one language, by meaning)
GROUP_SHARE = 0.1  # a language draws its share of neighbours from this share of the statements
# From SMALL_MAX up to AGREE_MAX distinct statements placed by meaning, k groups come from the
# agreement of several finer cuts (agreement.py). Below, three times k pieces of a committee are
# pairs of statements, and committees' figures moved both ways (-6 to +5 NMI); above, three times
# k eigenvectors cost minutes (CLINC150's 4,500 statements: 116 s for +0.4).
AGREE_MAX = 3_500
# The dense eigensolver in single precision: twice as fast, and the same themes on every
# benchmark set (issue 14; the cuts and k-means steps after it do not see the last digits).
EIGEN_DTYPE = "float32"
AGREE_BASIS = 2  # with an automatic k there, this many times the candidates' eigenvectors are solved


def neighbours(n: int) -> int:
    """How many neighbours each statement is joined to: fewer in a small committee."""
    return int(min(10, max(3, round(math.sqrt(n))), n - 1))


def knn_graph(points: Points, nn: int, run: ThemesRun, groups: Labels | None = None) -> csr_matrix:
    """Symmetric nearest-neighbour graph weighted by cosine similarity (rows are unit length).

    groups (languages): each statement's neighbours are drawn from every language with at least
    `nn` statements in equal shares, so a statement's nearest paraphrases in another language
    are joined to it even when its own language crowds them out.
    """
    import numpy as np
    from scipy.sparse import csr_matrix

    n = len(points)
    columns = _group_columns(groups, nn)
    rows, cols, weights = [], [], []
    block = max(1, 4_000_000 // max(n, 1))  # a block of similarities stays about 16 MB
    for start in range(0, n, block):
        sims = points[start : start + block] @ points.T
        local = np.arange(len(sims))
        sims[local, start + local] = -np.inf  # not its own neighbour
        if columns:  # half the nearest anywhere, half shared out among the languages
            free = nn - nn // 2
            share = max(1, (nn // 2) // len(columns))
            parts = [np.argpartition(-sims, free - 1, axis=1)[:, :free]]
            parts += [c[np.argpartition(-sims[:, c], share - 1, axis=1)[:, :share]] for c in columns]
            near = np.hstack(parts)
        else:
            near = np.argpartition(-sims, nn - 1, axis=1)[:, :nn]
        nn = near.shape[1]
        rows.append(np.repeat(start + local, nn))
        cols.append(near.ravel())
        weights.append(np.clip(np.take_along_axis(sims, near, axis=1).ravel(), 1e-3, None))
        run.report((start + len(sims)) / n)
    graph = csr_matrix(
        (np.concatenate(weights), (np.concatenate(rows), np.concatenate(cols))),
        shape=(n, n),
        dtype=np.float64,
    )
    result: csr_matrix = graph.maximum(graph.T).tocsr()
    return result


def _group_columns(groups: Labels | None, nn: int) -> list[NDArray[np.intp]]:
    """The statements of each language large enough to draw neighbours from; [] for one."""
    import numpy as np

    if groups is None:
        return []
    columns = [np.flatnonzero(groups == g) for g in np.unique(groups)]
    # A language with a tenth of the statements or more: fewer are likely misread ones.
    columns = [c for c in columns if len(c) > nn and len(c) >= GROUP_SHARE * len(groups)]
    return columns if len(columns) > 1 else []


def normalised_affinity(graph: csr_matrix) -> csr_matrix:
    """D^-1/2 W D^-1/2 of a graph's weights W (D: each statement's total weight)."""
    import numpy as np
    from scipy.sparse import diags

    degree = np.asarray(graph.sum(axis=1)).ravel()
    scale = diags(1.0 / np.sqrt(np.where(degree > 0, degree, 1.0)))
    affinity: csr_matrix = (scale @ graph @ scale).tocsr()
    return affinity


def spectral_embedding(graph: csr_matrix, m: int) -> NDArray[np.float64]:
    """The m leading eigenvectors of D^-1/2 W D^-1/2, strongest first."""
    import numpy as np

    affinity = normalised_affinity(graph)
    n = graph.shape[0]
    if n <= DENSE_EIGEN_MAX:
        from scipy.linalg import eigh  # type: ignore[import-untyped]

        dense = affinity.astype(EIGEN_DTYPE).toarray()
        values, vectors = eigh(dense, subset_by_index=[n - m, n - 1])
        vectors = vectors.astype(np.float64, copy=False)
    else:
        from scipy.sparse.linalg import eigsh  # type: ignore[import-untyped]

        start = np.random.default_rng(SEED).uniform(-1, 1, n)  # fixed start: same input, same answer
        values, vectors = eigsh(affinity, k=m, which="LA", v0=start)
    order = np.argsort(-values, kind="stable")
    result: NDArray[np.float64] = vectors[:, order]
    return result


def qr_cut(vectors: NDArray[np.floating[Any]]) -> Labels:
    """Damle, Minden & Ying's column-pivoted QR cut of a spectral embedding (no randomness)."""
    import numpy as np
    from scipy.linalg import qr, svd

    k = vectors.shape[1]
    # In single precision: a third faster, the same cuts on every benchmark set.
    single = vectors.astype(np.float32, copy=False)
    _, pivots = qr(single.T, pivoting=True, mode="r")
    u, _, vt = svd(single[pivots[:k], :].T)
    labels: Labels = np.abs(single @ (u @ vt)).argmax(axis=1)
    return labels


def _unit_rows(matrix: NDArray[np.float64]) -> NDArray[np.float64]:
    import numpy as np

    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    result: NDArray[np.float64] = matrix / np.where(norms > 0, norms, 1.0)
    return result


def cut(vectors: NDArray[np.float64], k: int, steps: int = 50) -> Labels:
    """k groups from the first k eigenvectors: the QR cut, settled by (at most `steps`) k-means."""
    import numpy as np

    if k <= 1:
        return np.zeros(len(vectors), dtype=np.intp)
    # Settled in single precision, as in the points: the same answers for half the arithmetic.
    return settle(_unit_rows(vectors[:, :k]).astype(np.float32), qr_cut(vectors[:, :k]), k, steps=steps)


def settle(points: NDArray[np.floating[Any]], labels: Labels, k: int, steps: int = 50) -> Labels:
    """Spherical k-means from a starting partition, keeping k groups: an emptied group takes
    the point that fits its own group worst. Plain numpy (scikit-learn's KMeans costs more in
    set-up than in arithmetic for a few hundred points)."""
    import numpy as np

    labels = labels.copy()
    for _ in range(steps):
        # In the points' own precision: single precision halves the time for the same answers.
        centres = _unit_rows(_sums(labels, points, k).astype(np.float64)).astype(points.dtype, copy=False)
        similarity = points @ centres.T
        moved = np.argmax(similarity, axis=1)
        emptied = np.flatnonzero(np.bincount(moved, minlength=k) == 0)
        fit = similarity[np.arange(len(points)), moved] if len(emptied) else similarity[:0, 0]
        for empty in emptied:
            counts = np.bincount(moved, minlength=k)
            candidates = np.flatnonzero(counts[moved] > 1)
            worst = candidates[np.argmin(fit[candidates])]
            moved[worst], fit[worst] = empty, np.inf
        if np.array_equal(moved, labels):
            break
        labels = moved
    return labels


def candidate_ks(n: int) -> list[int]:
    top = int(min(n - 1, max(20, min(250, 2.5 * math.sqrt(n)))))
    if top < 2:
        return [1]
    grid = {round(2 * (top / 2) ** (i / (CANDIDATES - 1))) for i in range(CANDIDATES)}
    return sorted(k for k in grid if 2 <= k <= top)


def choose_k(vectors: NDArray[np.float64], candidates: list[int], run: ThemesRun) -> int:
    """The number of themes: the middle of the plateau of best silhouettes (see the module doc)."""
    import numpy as np

    if len(candidates) < 3:
        return candidates[-1] if candidates else 1
    n = len(vectors)
    rows = (
        np.sort(np.random.default_rng(SEED).choice(n, SILHOUETTE_SAMPLE, replace=False))
        if n > SILHOUETTE_SAMPLE
        else np.arange(n)
    )
    scores = []
    single = vectors.astype(np.float32)  # what qr_cut works in, converted once
    for i, k in enumerate(candidates):
        labels = qr_cut(single[:, :k])
        scores.append(silhouette(_unit_rows(vectors[rows, :k]), labels[rows]))
        run.report((i + 1) / len(candidates))
    values = np.array(scores)
    trough = int(np.argmin(values[: len(values) // 2 + 1]))
    after = values[trough:]
    plateau = [candidates[trough + i] for i in np.flatnonzero(after >= after.max() - PLATEAU)]
    return int(plateau[len(plateau) // 2])


def silhouette(points: NDArray[np.float64], labels: Labels) -> float:
    """Mean cosine silhouette (unit rows); -1 for fewer than two groups. Plain numpy: scikit-learn's
    general version costs more in checks than in arithmetic at these sizes."""
    import numpy as np

    groups, labels = np.unique(labels, return_inverse=True)
    if len(groups) < 2:
        return -1.0
    onehot = np.zeros((len(labels), len(groups)))
    onehot[np.arange(len(labels)), labels] = 1.0
    sizes = onehot.sum(axis=0)
    # Each point's summed distance to each group: the sum of (1 - p·q) over q is the group's
    # size minus p·(the group's sum), so no n × n distance matrix (30× faster at 700 points).
    totals = sizes[None, :] - points @ (points.T @ onehot)
    own = np.take_along_axis(totals, labels[:, None], axis=1).ravel()
    own_size = sizes[labels] - 1
    a = np.where(own_size > 0, own / np.maximum(own_size, 1), 0.0)
    means = totals / sizes
    means[np.arange(len(labels)), labels] = np.inf
    b = means.min(axis=1)
    score = np.where(own_size > 0, (b - a) / np.maximum(np.maximum(a, b), 1e-12), 0.0)
    return float(score.mean())


def spectral_labels(points: Points, k: int | None, run: ThemesRun, groups: Labels | None = None) -> Labels:
    """Theme labels for up to `SPECTRAL_MAX` distinct points; k=None chooses the count."""
    import numpy as np

    n = len(points)
    if n <= 2:
        return _tiny(points, k)
    if k is None and n < SMALL_MAX:
        return threshold_labels(points)
    if k is not None and k >= n:
        return np.arange(n, dtype=np.intp)
    graph = knn_graph(points, neighbours(n), run.stage(0.0, 0.2), groups)
    agree = groups is not None and SMALL_MAX <= n <= AGREE_MAX
    vectors = None
    if k is None:
        candidates = candidate_ks(n)
        # The agreement step (below) needs more of the same eigenvectors: asking for them in the
        # same solve costs a few ms more, a solve of its own several times that.
        wanted = max(candidates) * (AGREE_BASIS if agree else 1)
        vectors = spectral_embedding(graph, min(n - 1, wanted))
        run.report(0.45)
        k = choose_k(vectors, candidates, run.stage(0.45, 0.9))
    multilingual = groups is not None and bool(_group_columns(groups, neighbours(n)))
    if agree:
        # Placed by meaning: several finer cuts, merged back to k, and their agreement
        # (agreement.py; xSID +1–7 NMI, BANKING77 +1.7).
        from consensus_app.core.themes import agreement

        stage = run.stage(0.2 if vectors is None else 0.9, 1.0)
        labels = agreement.agreed_labels(points, graph, min(k, n - 1), multilingual, stage, leading=vectors)
        return np.asarray(labels, dtype=np.intp)
    if vectors is None:
        vectors = spectral_embedding(graph, min(n - 1, k))
        run.report(0.45)
    k = min(k, vectors.shape[1])
    labels = cut(vectors, k)
    if groups is not None and not multilingual:
        # One language, placed by meaning: a few k-means steps in the points themselves tidy
        # the graph's cut (xSID +1–3 NMI). Not across languages: there the points' own
        # geometry still leans towards each language, which the balanced graph undid.
        labels = settle(points.astype(np.float64), labels, k, steps=REFINE_STEPS)
    run.report(1.0)
    return np.asarray(labels, dtype=np.intp)


def threshold_labels(points: Points) -> Labels:
    """A committee's worth of statements: average-linkage groups of mutually similar statements.

    Two groups merge while their statements are on average more alike than `SMALL_DISTANCE`
    (cosine); a statement like no other stays alone, a divergent theme of its own.
    """
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage  # type: ignore[import-untyped]
    from scipy.spatial.distance import pdist  # type: ignore[import-untyped]

    distances = np.clip(pdist(points.astype(np.float64), "cosine"), 0.0, 2.0)
    labels: Labels = fcluster(linkage(distances, "average"), SMALL_DISTANCE, "distance").astype(np.intp) - 1
    return labels


def _tiny(points: Points, k: int | None) -> Labels:
    """One or two statements: together when they are alike (or k=1), else apart."""
    import numpy as np

    if len(points) < 2 or k == 1:
        return np.zeros(len(points), dtype=np.intp)
    if k is None and float(points[0] @ points[1]) >= 0.5:
        return np.zeros(2, dtype=np.intp)
    return np.arange(2, dtype=np.intp)


def sampled_labels(points: Points, k: int | None, run: ThemesRun) -> Labels:
    """Themes found on a sample, then every point joins the nearest centre (spherical k-means)."""
    import numpy as np

    n = len(points)
    picks = np.sort(np.random.default_rng(SEED).choice(n, SAMPLE, replace=False))
    sample_labels = spectral_labels(points[picks], k, run.stage(0.0, 0.6))
    count = int(sample_labels.max()) + 1
    centres = _sums(sample_labels, points[picks], count)
    labels = np.zeros(n, dtype=np.intp)
    steps = 3
    for step in range(steps):
        centres = _unit_rows(centres.astype(np.float64)).astype(np.float32)
        for start in range(0, n, 20_000):
            labels[start : start + 20_000] = np.argmax(points[start : start + 20_000] @ centres.T, axis=1)
            run.report(0.6 + 0.4 * (step + (start + 20_000) / n) / steps)
        if step < steps - 1:  # move each centre to its members, keep an emptied one where it was
            sums = _sums(labels, points, count)
            filled = np.bincount(labels, minlength=count) > 0
            centres[filled] = sums[filled]
    return labels


def _sums(labels: Labels, points: NDArray[np.floating[Any]], count: int) -> Points:
    """Per-label sums of points (a sparse one-hot product; np.add.at is far slower). Built as CSR
    directly, each label's points in ascending order: the same sums, a third less overhead."""
    import numpy as np
    from scipy.sparse import csr_matrix

    members = np.argsort(labels, kind="stable").astype(np.int32)
    starts = np.zeros(count + 1, dtype=np.int32)
    np.cumsum(np.bincount(labels, minlength=count), out=starts[1:])
    onehot = csr_matrix(
        (np.ones(len(labels), dtype=np.float32), members, starts), shape=(count, len(labels)), copy=False
    )
    result: Points = np.asarray(onehot @ points, dtype=np.float32)
    return result


def cluster_points(points: Points, k: int | None, run: ThemesRun, groups: Labels | None = None) -> Labels:
    if len(points) > SPECTRAL_MAX:
        return sampled_labels(points, k, run)
    return spectral_labels(points, k, run, groups)

"""k themes from several spectral cuts: the groups most cuts agree on.

One spectral cut at k is fragile where themes differ in size. Intent sets (and committees) have
a few large themes and several small ones; asked for exactly k groups, a single cut splits the
largest theme in three and leaves small ones merged (xSID's "find the weather" quarter of the
utterances came out in six pieces). So we cut finer than asked — 1.5, 2 and 3 times k — and
merge the pieces back down to k, always the pair most strongly joined in the neighbour graph
relative to their size (the normalised association, as in a normalised cut): pieces of one
large theme are joined by many edges and merge first; a small, distinct theme stays apart.
We do that in three graphs (cosine weights, squared and cubed, which trust the closest
neighbours more), then cluster the graph of how often two neighbours ended up together in those
nine answers. Each answer alone is a few points better or worse on a given set; their agreement is
better than any of them on every set we measure (docs/decisions/0001-sentence-embeddings.md).

What it costs: one eigen-solve. The sharpened graphs and the agreement graph have the same
neighbours and nearly the same leading eigenvectors as the plain one, so theirs are found inside
the span of the plain graph's leading 1.5 × (3k) eigenvectors (two steps of subspace iteration,
then Rayleigh–Ritz: an eigenproblem the size of that span, not of the statements). With an
automatic k those plain eigenvectors come from the same solve that chose k. The same NMI as four
exact solves on every set, within ±0.1 (xSID, BANKING77), for about 40 % of the time.

In a set written in several languages the pieces merge by the mean similarity of their
statements instead: the graph there is built to ignore language, and its associations favour
pieces that share one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from consensus_app.core.themes.progress import ThemesRun

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    Points = NDArray[np.float32]
    Labels = NDArray[np.intp]

FINER = (1.5, 2.0, 3.0)  # each cut asks for this many times k groups before merging back
SHARPEN = (1.0, 2.0, 3.0)  # the graphs: cosine weights raised to these powers
REFINE_STEPS = 2  # k-means steps in the points after each cut (one language only; 3: the same answers)
AGREE_FLOOR = 1e-3  # a neighbour pair that never agreed keeps this weight: the graph stays connected
SPAN = 1.5  # the shared eigenvectors: this many times the finest cut's count (1.0: id −0.3, zh −0.9)
SPAN_STEPS = 2  # subspace-iteration steps towards a sharpened graph's own eigenvectors
CUT_STEPS = 5  # k-means steps settling each finer cut in its embedding (50: the same answers)


def agreed_labels(
    points: Points,
    graph: csr_matrix,
    k: int,
    multilingual: bool,
    run: ThemesRun,
    leading: NDArray[np.float64] | None = None,
) -> Labels:
    """k groups of the points from the answers of several finer cuts (see the module doc).

    graph: the symmetric cosine k-nearest-neighbour graph of the points (cluster.knn_graph).
    leading: the graph's leading eigenvectors if already solved (cluster.spectral_embedding);
    used when there are enough of them.
    """
    import numpy as np
    from scipy.sparse import coo_matrix

    from consensus_app.core.themes import cluster

    n = len(points)
    finest = min(n - 1, round(max(FINER) * k))
    span = min(n - 1, round(SPAN * finest))
    if leading is None or leading.shape[1] < span:
        leading = cluster.spectral_embedding(graph, span)
    basis = leading[:, :span]
    points32 = np.ascontiguousarray(points, dtype=np.float32)  # settling in single precision: half the time
    answers: list[Labels] = []
    steps = len(SHARPEN) * (len(FINER) + 1)
    for power in SHARPEN:
        weighted = graph.power(power).tocsr() if power != 1.0 else graph
        vectors = basis[:, :finest] if power == 1.0 else _within_span(weighted, basis, finest)
        run.report(len(answers) / steps)
        for factor in FINER:
            fine = max(k, min(finest, round(factor * k)))
            labels = cluster.cut(vectors, fine, steps=CUT_STEPS)
            if not multilingual:
                labels = cluster.settle(points32, labels, fine, steps=REFINE_STEPS)
            answers.append(merge_to(labels, k, points, weighted, multilingual))
        run.report(len(answers) / steps)
    edges = graph.tocoo()
    agree = np.mean([answer[edges.row] == answer[edges.col] for answer in answers], axis=0)
    together = coo_matrix((agree + AGREE_FLOOR, (edges.row, edges.col)), shape=graph.shape).tocsr()
    # In the same span too. A block method: where the answers agree this graph falls apart into
    # nearly separate groups (an eigenvalue 1 many times over), and it keeps them all, where a
    # sparse Lanczos solve missed some (well-separated test themes: NMI 0.83 against 1.0).
    labels = cluster.cut(_within_span(together, basis, min(n - 1, k)), k)
    run.report(1.0)
    result: Labels = np.asarray(labels, dtype=np.intp)
    return result


def _within_span(graph: csr_matrix, basis: NDArray[np.float64], m: int) -> NDArray[np.float64]:
    """The m leading eigenvectors of a graph's normalised affinity, approximated in a span
    (another graph's leading eigenvectors on the same neighbours): a few steps of subspace
    iteration, then Rayleigh–Ritz. Strongest first."""
    import numpy as np
    from scipy.linalg import eigh  # type: ignore[import-untyped]

    from consensus_app.core.themes import cluster

    # In single precision (about twice as fast): the same themes on every benchmark set.
    affinity = cluster.normalised_affinity(graph).astype(np.float32)
    span = basis.astype(np.float32)
    for _ in range(SPAN_STEPS):  # the span of A^s · basis: made orthonormal once, at the end
        span = affinity @ span
    # Made orthonormal before Rayleigh–Ritz: with nearly as many columns as statements (a k of
    # a quarter of them or more) the span's own Gram matrix is not positive definite in single
    # precision, and the generalised problem would fail.
    span, _ = np.linalg.qr(span)
    projected = span.T @ (affinity @ span)
    values, rotation = eigh((projected + projected.T) / 2)
    order = np.argsort(-values, kind="stable")[:m]
    result: NDArray[np.float64] = (span @ rotation[:, order]).astype(np.float64)
    return result


def merge_to(labels: Labels, k: int, points: Points, graph: csr_matrix, multilingual: bool) -> Labels:
    """Merge groups pairwise, the most strongly joined pair first, until k are left.

    One language: two groups' strength is the graph's weight between them over the square root
    of the product of their volumes (each group's total weight). Several: the mean cosine
    similarity between their points.
    """
    import numpy as np
    from scipy.sparse import csr_matrix as sparse_matrix

    count = int(labels.max()) + 1
    if count <= k:
        return labels
    if multilingual:
        members = sparse_matrix(
            (np.ones(len(labels)), (labels, np.arange(len(labels)))), shape=(count, len(labels))
        )
        sums = np.asarray(members @ points.astype(np.float64))
        sizes = np.asarray(members.sum(axis=1)).ravel()
        joined = sums @ sums.T
    else:
        # The weight between each two groups: every edge's weight added to its groups' pair.
        edges = graph.tocoo()
        pairs = labels[edges.row] * count + labels[edges.col]
        joined = np.bincount(pairs, weights=edges.data, minlength=count * count).reshape(count, count)
        sizes = joined.sum(axis=1)
    strength = _strength(joined, sizes, multilingual)
    dead = np.zeros(count, dtype=bool)
    owner = np.arange(count)
    # The loop runs up to 2k times per cut, 9 cuts: `_strength`'s arithmetic for the merged
    # group's row written out (the same figures), one NumPy error-state switch for all of them.
    with np.errstate(divide="ignore", invalid="ignore"):
        for _ in range(count - k):
            keep, gone = divmod(int(np.argmax(strength)), count)
            joined[keep, :] += joined[gone, :]
            joined[:, keep] += joined[:, gone]
            sizes[keep] += sizes[gone]
            dead[gone] = True
            owner[owner == gone] = keep
            scale = sizes[keep] * sizes
            row = joined[keep, :] / (scale if multilingual else np.sqrt(scale))
            row[~np.isfinite(row) | dead] = -np.inf
            row[keep] = -np.inf
            strength[keep, :] = row
            strength[:, keep] = row
            strength[gone, :] = -np.inf
            strength[:, gone] = -np.inf
    _, result = np.unique(owner[labels], return_inverse=True)
    merged: Labels = result.astype(np.intp)
    return merged


def _strength(
    joined: NDArray[np.float64], sizes: NDArray[np.float64], multilingual: bool
) -> NDArray[np.float64]:
    """How strongly each two groups are joined; -inf on the diagonal (see `merge_to`)."""
    import numpy as np

    scale = np.outer(sizes, sizes)
    with np.errstate(divide="ignore", invalid="ignore"):
        result = joined / (scale if multilingual else np.sqrt(scale))
    result = np.where(np.isfinite(result), result, -np.inf)
    np.fill_diagonal(result, -np.inf)
    return result

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
REFINE_STEPS = 3  # k-means steps in the points after each cut (one language only)
AGREE_FLOOR = 1e-3  # a neighbour pair that never agreed keeps this weight: the graph stays connected


def agreed_labels(points: Points, graph: csr_matrix, k: int, multilingual: bool, run: ThemesRun) -> Labels:
    """k groups of the points from the answers of several finer cuts (see the module doc).

    graph: the symmetric cosine k-nearest-neighbour graph of the points (cluster.knn_graph).
    """
    import numpy as np
    from scipy.sparse import coo_matrix

    from consensus_app.core.themes import cluster

    n = len(points)
    finest = min(n - 1, round(max(FINER) * k))
    answers: list[Labels] = []
    steps = len(SHARPEN) * (len(FINER) + 1)
    for power in SHARPEN:
        weighted = graph.power(power).tocsr() if power != 1.0 else graph
        vectors = cluster.spectral_embedding(weighted, finest)
        run.report(len(answers) / steps)
        for factor in FINER:
            fine = max(k, min(finest, round(factor * k)))
            labels = cluster.cut(vectors, fine)
            if not multilingual:
                labels = cluster.settle(points.astype(np.float64), labels, fine, steps=REFINE_STEPS)
            answers.append(merge_to(labels, k, points, weighted, multilingual))
        run.report(len(answers) / steps)
    edges = graph.tocoo()
    agree = np.mean([answer[edges.row] == answer[edges.col] for answer in answers], axis=0)
    together = coo_matrix((agree + AGREE_FLOOR, (edges.row, edges.col)), shape=graph.shape).tocsr()
    labels = cluster.cut(cluster.spectral_embedding(together, min(n - 1, k)), k)
    run.report(1.0)
    result: Labels = np.asarray(labels, dtype=np.intp)
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
    members = sparse_matrix(
        (np.ones(len(labels)), (labels, np.arange(len(labels)))), shape=(count, len(labels))
    )
    if multilingual:
        sums = np.asarray(members @ points.astype(np.float64))
        sizes = np.asarray(members.sum(axis=1)).ravel()
        joined = sums @ sums.T
    else:
        joined = (members @ graph @ members.T).toarray()
        sizes = joined.sum(axis=1)
    strength = _strength(joined, sizes, multilingual)
    alive = np.ones(count, dtype=bool)
    owner = np.arange(count)
    for _ in range(count - k):
        keep, gone = np.unravel_index(int(np.argmax(strength)), strength.shape)
        joined[keep, :] += joined[gone, :]
        joined[:, keep] += joined[:, gone]
        sizes[keep] += sizes[gone]
        alive[gone] = False
        owner[owner == gone] = keep
        row = _strength(joined[keep : keep + 1, :], sizes, multilingual, sizes[keep : keep + 1]).ravel()
        row[~alive] = -np.inf
        row[keep] = -np.inf
        strength[keep, :] = row
        strength[:, keep] = row
        strength[gone, :] = -np.inf
        strength[:, gone] = -np.inf
    _, result = np.unique(owner[labels], return_inverse=True)
    merged: Labels = result.astype(np.intp)
    return merged


def _strength(
    joined: NDArray[np.float64],
    sizes: NDArray[np.float64],
    multilingual: bool,
    row_sizes: NDArray[np.float64] | None = None,
) -> NDArray[np.float64]:
    """How strongly rows' groups are joined to every group; -inf on the diagonal (full matrix)."""
    import numpy as np

    rows = sizes if row_sizes is None else row_sizes
    scale = np.outer(rows, sizes)
    with np.errstate(divide="ignore", invalid="ignore"):
        result = joined / (scale if multilingual else np.sqrt(scale))
    result = np.where(np.isfinite(result), result, -np.inf)
    if row_sizes is None:
        np.fill_diagonal(result, -np.inf)
    return result

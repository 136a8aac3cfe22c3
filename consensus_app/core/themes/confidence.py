"""How sure a theme is: each statement's similarity to the rest of its theme, and each theme's cohesion.

A statement's similarity is the cosine between it and the centre of its theme's *other*
statements (leaving itself out, so a theme of two is judged by how alike the two are, not by
each being half of the centre). A theme's cohesion is the mean of its statements' similarities.

Below `LOOSE_BELOW` a statement is shown as loosely related and does not count for bridges,
drafts, the brief or DIVERGENT_PRIORITIES; a theme whose cohesion is below `COHESIVE_FROM` is
never presented as a bridge. The figures differ by engine because the spaces differ: the
encoder's centred space puts unrelated statements near 0 and paraphrases at 0.3–0.7; the
lexical space puts paraphrases that share no word near 0 as well. Calibrated on the labelled
committee sets in tests/committee_sets.py (see docs/decisions/0001-sentence-embeddings.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

LOOSE_BELOW = {"meaning": 0.13, "words": 0.09}
BLOCK = 20_000  # rows at a time
COHESIVE_FROM = {"meaning": 0.15, "words": 0.10}


def similarities(
    points: NDArray[np.float32], labels: NDArray[np.intp], counts: NDArray[np.intp]
) -> NDArray[np.float64]:
    """Each point's cosine to the centre of the other statements of its theme (duplicates count).

    points are unit rows (one per distinct statement), counts how often each was said; a label
    below 0 (unthemed) gets 0. A statement alone in its theme, said once, gets 1. Computed a
    block of rows at a time: 200,000 statements stay within a few tens of MB.
    """
    import numpy as np
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    result = np.zeros(len(points))
    themed = np.flatnonzero(labels >= 0)
    if not len(themed):
        return result
    count = int(labels[themed].max()) + 1
    onehot = csr_matrix(
        (counts[themed].astype(np.float32), (labels[themed], themed)), shape=(count, len(points))
    )
    sums = np.asarray(onehot @ points, dtype=np.float32)
    for start in range(0, len(themed), BLOCK):
        rows = themed[start : start + BLOCK]
        others = sums[labels[rows]] - points[rows]  # one copy of itself out
        norms = np.linalg.norm(others, axis=1)
        own = np.einsum("ij,ij->i", points[rows], others)
        result[rows] = np.where(norms > 1e-6, own / np.where(norms > 1e-6, norms, 1.0), 1.0)
    return result


def cohesion(
    similarity: NDArray[np.float64], labels: NDArray[np.intp], counts: NDArray[np.intp]
) -> list[float]:
    """Per theme, the mean similarity of its statements (duplicates count)."""
    import numpy as np

    themed = labels >= 0
    if not themed.any():
        return []
    count = int(labels[themed].max()) + 1
    weights = np.bincount(labels[themed], weights=counts[themed], minlength=count)
    totals = np.bincount(labels[themed], weights=(similarity * counts)[themed], minlength=count)
    return [float(t / w) if w else 0.0 for t, w in zip(totals, weights, strict=True)]


# From here a theme's statements are alike as paraphrases are (the encoder puts paraphrases at
# 0.3–0.7; twice the line below which a theme does not hold together at all). A theme that holds
# together below it is only loosely related: the brief says so beside a bridge built on it.
FIRM_FROM = {"meaning": 0.30, "words": 0.20}


def loosely_related(cohesion: float, engine: str) -> bool:
    """Whether a theme with this agreement (cohesion) holds together only loosely."""
    return cohesion < FIRM_FROM.get(engine, FIRM_FROM["meaning"])

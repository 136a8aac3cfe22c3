"""`find_themes`: short statements in, themes out (each with a label, terms and members).

The steps: normalise (text.py), fold exact duplicates, project into LSA (vectorise.py),
cluster (cluster.py), name (label.py). Deterministic: the same statements in the same order
give the same themes, numbered by size (largest first, ties by first member).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from consensus_app.core.layout_common import ProgressCallback, StopCallback
from consensus_app.core.themes.progress import make_run
from consensus_app.core.themes.text import normalise, uses_characters

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    from consensus_app.core.themes.vectorise import Vectoriser

TERMS_SAMPLE = 200  # distinct statements per theme the terms are counted on


@dataclass(frozen=True)
class Theme:
    id: int
    label: str  # one of its statements, trimmed to a phrase
    terms: list[str]  # the words (CJK: character n-grams) that set it apart, most distinctive first
    members: list[int]  # indices into the statements, ascending

    @property
    def size(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class ThemeResult:
    themes: list[Theme] = field(default_factory=list)
    assignments: list[int] = field(default_factory=list)  # assignments[i]: the theme id of statement i

    def theme(self, theme_id: int) -> Theme:
        return self.themes[theme_id]  # ids are positions


def find_themes(
    statements: Sequence[str],
    k: int | None = None,
    lang: str = "auto",
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> ThemeResult:
    """Group statements that say the same thing in different words.

    k: the number of themes, or None to choose it. A k above the number of distinct
    statements is lowered to it (identical statements always share a theme).
    lang: "auto" (by script), or a language code; "ja", "zh" and "ko" use character n-grams.
    progress receives 0..1; should_stop returning True raises `ThemesCancelled`.
    Raises ValueError for a blank statement or a k below 1.
    """
    import numpy as np

    from consensus_app.core.themes import cluster, vectorise

    if k is not None and k < 1:
        raise ValueError(f"the number of themes must be at least 1, not {k}")
    run = make_run(progress, should_stop)
    run.report(0.0)
    normalised = []
    for index, text in enumerate(statements):
        form = normalise(text)
        if not form:
            raise ValueError(f"statement {index} is blank")
        normalised.append(form)
    if not normalised:
        run.finish()
        return ThemeResult()
    distinct, inverse = _fold_duplicates(normalised)
    characters = uses_characters(distinct, lang)
    if k is not None:
        k = min(k, len(distinct))
    run.report(0.03)
    vectoriser, sparse = vectorise.fit(distinct, characters)
    run.report(0.25)
    points = vectorise.transform(vectoriser, distinct, sparse)
    run.report(0.35)
    if len(distinct) == 1 or k == 1:
        labels = np.zeros(len(distinct), dtype=np.intp)
    else:
        labels = cluster.cluster_points(points, k, run.stage(0.35, 0.9))
    labels = _by_size(labels, inverse)
    result = _name(statements, distinct, inverse, labels, points, vectoriser, sparse)
    run.finish()
    return result


def _fold_duplicates(normalised: list[str]) -> tuple[list[str], NDArray[np.intp]]:
    """Distinct normalised statements in first-seen order, and each statement's place among them."""
    import numpy as np

    places: dict[str, int] = {}
    inverse = np.array([places.setdefault(text, len(places)) for text in normalised], dtype=np.intp)
    return list(places), inverse


def _by_size(labels: NDArray[np.intp], inverse: NDArray[np.intp]) -> NDArray[np.intp]:
    """Renumber themes: most statements first, ties by the earliest statement."""
    import numpy as np

    per_statement = labels[inverse]
    count = int(labels.max()) + 1
    sizes = np.bincount(per_statement, minlength=count)
    first = np.full(count, len(per_statement))
    np.minimum.at(first, per_statement, np.arange(len(per_statement)))
    used = [t for t in range(count) if sizes[t] > 0]
    order = sorted(used, key=lambda t: (-sizes[t], first[t]))
    renumber = np.full(count, -1, dtype=np.intp)
    renumber[order] = np.arange(len(order))
    result: NDArray[np.intp] = renumber[labels]
    return result


def _name(
    statements: Sequence[str],
    distinct: list[str],
    inverse: NDArray[np.intp],
    labels: NDArray[np.intp],
    points: NDArray[np.float32],
    vectoriser: Vectoriser,
    sparse: csr_matrix | None,
) -> ThemeResult:
    import numpy as np

    from consensus_app.core.themes import label as naming

    display = [""] * len(distinct)  # each distinct statement as its first occurrence was written
    for index in range(len(statements) - 1, -1, -1):
        display[inverse[index]] = statements[index]
    count = int(labels.max()) + 1
    members_of = [np.flatnonzero(labels == t) for t in range(count)]
    sample = np.sort(np.concatenate([m[:TERMS_SAMPLE] for m in members_of]))
    terms = naming.terms(
        sparse[sample] if sparse is not None else vectoriser.sparse([distinct[i] for i in sample]),
        labels[sample],
        vectoriser.feature_names(),
        vectoriser.word_features,
        vectoriser.characters,
    )
    assignments = labels[inverse]
    themes = []
    for theme, members in enumerate(members_of):
        shown = members[:TERMS_SAMPLE]
        themes.append(
            Theme(
                id=theme,
                label=naming.label([display[i] for i in shown], points[shown]),
                terms=terms[theme],
                members=np.flatnonzero(assignments == theme).tolist(),
            )
        )
    return ThemeResult(themes, assignments.tolist())

"""`find_themes`: short statements in, themes out (each with a label, terms, members and confidence).

The steps: normalise (text.py), fold exact duplicates, place each statement by meaning (the
multilingual encoder's vectors, given or computed: encoder.py, semantic.py) and by its words
(LSA, vectorise.py), cluster (cluster.py), judge (confidence.py) and name (label.py). Where
no encoder is installed the words alone place the statements, and the result says so
(`engine` "words"). Deterministic: the same statements in the same order give the same
themes, numbered by size (largest first, ties by first member).

With k chosen automatically, a statement that fits with no other is *unthemed* (assignment
-1, listed in `unthemed`), not a theme of one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from consensus_app.core.cancellable import ProgressCallback, StopCallback
from consensus_app.core.themes.confidence import COHESIVE_FROM, LOOSE_BELOW
from consensus_app.core.themes.progress import ThemesRun, make_run
from consensus_app.core.themes.text import normalise, uses_characters

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    from consensus_app.core.themes.corrections import Pinning
    from consensus_app.core.themes.vectorise import Vectoriser

TERMS_SAMPLE = 200  # distinct statements per theme the terms are counted on
# Above this many distinct statements with the encoder's vectors, the words are fitted on a
# sample and used only to name the themes: the meaning places them (the portfolio's 200,000).
WORDS_IN_POINTS_MAX = 20_000
NAMING_SAMPLE = 10_000  # distinct statements the naming vocabulary is fitted on above that
MEANING, WORDS = "meaning", "words"
ATTACH_FROM = 0.1  # cosine to a theme's centre from which a statement left alone joins it


@dataclass(frozen=True)
class Theme:
    id: int
    label: str  # one of its statements, trimmed to a phrase
    terms: list[str]  # the words (CJK: character n-grams) that set it apart, most distinctive first
    members: list[int]  # indices into the statements, ascending
    similarity: list[float] = field(default_factory=list)  # each member's similarity to the rest
    cohesion: float = 1.0  # the mean of those: how much its statements agree
    loose_below: float = 0.0  # a member below this is only loosely related
    cohesive_from: float = 0.0  # below this the theme is not one the group agrees on
    key: str | None = None  # a theme the seller corrected: its stable key (corrections.py)
    pinned: list[int] = field(default_factory=list)  # members the seller placed here themselves

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def confident_members(self) -> list[int]:
        """The members that clearly belong: these count for bridges, drafts and findings."""
        if not self.similarity:
            return list(self.members)
        pinned = set(self.pinned)  # the seller vouched for these
        return [
            m
            for m, s in zip(self.members, self.similarity, strict=True)
            if s >= self.loose_below or m in pinned
        ]

    def is_loose(self, member: int) -> bool:
        if not self.similarity or member in self.pinned:
            return False
        return self.similarity[self.members.index(member)] < self.loose_below

    @property
    def corrected(self) -> bool:
        return self.key is not None

    @property
    def cohesive(self) -> bool:
        """Its members agree, or the seller made this theme what it is."""
        return self.cohesion >= self.cohesive_from or self.corrected


@dataclass(frozen=True)
class ThemeResult:
    themes: list[Theme] = field(default_factory=list)
    assignments: list[int] = field(default_factory=list)  # the theme id of statement i; -1: unthemed
    unthemed: list[int] = field(default_factory=list)  # statements that fit no theme, ascending
    engine: str = WORDS  # "meaning" (the multilingual encoder ran) or "words" (shared words only)
    model: str | None = None  # the encoder's name and version when it ran

    def theme(self, theme_id: int) -> Theme:
        return self.themes[theme_id]  # ids are positions


def find_themes(
    statements: Sequence[str],
    k: int | None = None,
    lang: str = "auto",
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
    *,
    vectors: NDArray[np.float32] | None = None,
    model: str | None = None,
    use_model: bool = True,
    pinning: Pinning | None = None,
) -> ThemeResult:
    """Group statements that say the same thing in different words, in any language.

    k: the number of themes, or None to choose it. A k above the number of distinct
    statements is lowered to it (identical statements always share a theme).
    lang: "auto" (by script), or a language code; "ja", "zh" and "ko" use character n-grams.
    vectors: the encoder's vectors of the statements (one row each, e.g. from the store) with
    the `model` that computed them; without them the installed encoder computes them, unless
    use_model is False (then, or without an encoder, shared words alone place the statements).
    pinning: the seller's corrections of these statements (corrections.py), applied after grouping.
    progress receives 0..1; should_stop returning True raises `ThemesCancelled`.
    Raises ValueError for a blank statement, a k below 1, or vectors of the wrong length.
    """
    # SciPy's BLAS loaded before the limit, which only reaches libraries already loaded.
    import scipy.linalg  # type: ignore[import-untyped]  # noqa: F401
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    from consensus_app.core.themes.encoder import THREADS

    if k is not None and k < 1:
        raise ValueError(f"the number of themes must be at least 1, not {k}")
    if vectors is not None and len(vectors) != len(statements):
        raise ValueError(f"{len(vectors)} vectors for {len(statements)} statements")
    # One native thread: on a busy two-core machine more threads make theming 5-50x slower
    # (issue 19), and the window's thread keeps a core.
    with threadpool_limits(THREADS):
        run = make_run(progress, should_stop)
        return _find(statements, k, lang, run, vectors, model, use_model, pinning)


def _find(
    statements: Sequence[str],
    k: int | None,
    lang: str,
    run: ThemesRun,
    vectors: NDArray[np.float32] | None,
    model: str | None,
    use_model: bool,
    pinning: Pinning | None = None,
) -> ThemeResult:
    import numpy as np

    from consensus_app.core.themes import cluster, corrections, vectorise

    run.report(0.0)
    normalised = []
    forms: dict[str, str] = {}  # a statement said several times is normalised once
    for index, text in enumerate(statements):
        form = forms.get(text)
        if form is None:
            form = forms[text] = normalise(text)
        if not form:
            raise ValueError(f"statement {index} is blank")
        normalised.append(form)
    if not normalised:
        run.finish()
        return ThemeResult()
    distinct, inverse = _fold_duplicates(normalised)
    first = _first_occurrences(inverse, len(distinct))
    counts = np.bincount(inverse, minlength=len(distinct))
    characters = uses_characters(distinct, lang)
    if k is not None:
        k = min(k, len(distinct))
    meaning, model = _meaning(statements, first, vectors, model, use_model, run.stage(0.0, 0.3))
    run.report(0.3)
    words = None
    if meaning is None or len(distinct) <= WORDS_IN_POINTS_MAX:
        vectoriser, sparse = vectorise.fit(distinct, characters)
        words = vectorise.transform(vectoriser, distinct, sparse)
    else:  # the words only name the themes: their vocabulary from a sample, no projection
        picks = np.sort(np.random.default_rng(0).choice(len(distinct), NAMING_SAMPLE, replace=False))
        vectoriser, _ = vectorise.fit([distinct[i] for i in picks], characters, project=False)
        sparse = None
    run.report(0.4)
    points, groups = _points(meaning, words, [statements[i] for i in first])
    if len(distinct) == 1 or k == 1:
        labels = np.zeros(len(distinct), dtype=np.intp)
    else:
        labels = cluster.cluster_points(points, k, run.stage(0.4, 0.9), groups)
    if k is None:
        labels = _unthemed_singletons(_attach_singletons(labels, counts, points), counts)
    group_of = np.full(len(distinct), -1, dtype=np.intp)
    if pinning is not None:
        pins = pinning.distinct(inverse.tolist(), len(distinct))
        labels, group_of = corrections.relabel(labels, points, counts, pins, pinning.dismissed, ATTACH_FROM)
    labels = _by_size(labels, inverse)
    engine = MEANING if meaning is not None else WORDS
    result = _name(statements, distinct, inverse, labels, points, counts, vectoriser, sparse, engine, model)
    if pinning is not None:
        result = _corrected(result, labels, group_of, pinning)
    run.finish()
    return result


def _meaning(
    statements: Sequence[str],
    first: NDArray[np.intp],
    vectors: NDArray[np.float32] | None,
    model: str | None,
    use_model: bool,
    run: ThemesRun,
) -> tuple[NDArray[np.float32] | None, str | None]:
    """The encoder's vectors of the distinct statements (given, or computed), and the model."""
    import numpy as np

    if vectors is not None:
        given = np.asarray(vectors, dtype=np.float32)
        if len(first) == len(given):  # no duplicates: `first` is every row, in order
            return given, model
        return given[first], model
    if not use_model:
        return None, None
    from consensus_app.core.themes import encoder

    loaded = encoder.load()
    if loaded is None:
        return None, None
    return loaded.encode([statements[i] for i in first], run), loaded.info.name


def _points(
    meaning: NDArray[np.float32] | None, words: NDArray[np.float32] | None, texts: list[str]
) -> tuple[NDArray[np.float32], NDArray[np.intp] | None]:
    """The points to cluster, and each statement's language group (None without the encoder)."""
    import numpy as np

    from consensus_app.core.themes import semantic

    if meaning is None:
        assert words is not None
        return words, None
    groups = semantic.groups_of(texts)
    _, numbers = np.unique(np.array(groups), return_inverse=True)
    return semantic.combine(semantic.centred(meaning, groups), words, groups), numbers.astype(np.intp)


def _fold_duplicates(normalised: list[str]) -> tuple[list[str], NDArray[np.intp]]:
    """Distinct normalised statements in first-seen order, and each statement's place among them."""
    import numpy as np

    places: dict[str, int] = {}
    inverse = np.array([places.setdefault(text, len(places)) for text in normalised], dtype=np.intp)
    return list(places), inverse


def _first_occurrences(inverse: NDArray[np.intp], count: int) -> NDArray[np.intp]:
    import numpy as np

    first = np.full(count, len(inverse), dtype=np.intp)
    np.minimum.at(first, inverse, np.arange(len(inverse), dtype=np.intp))
    return first


def _attach_singletons(
    labels: NDArray[np.intp], counts: NDArray[np.intp], points: NDArray[np.float32]
) -> NDArray[np.intp]:
    """A statement left alone by the grouping joins the theme whose centre it is closest to,
    when that is at least `ATTACH_FROM` (cosine): it fits there, if loosely."""
    import numpy as np

    from consensus_app.core.themes.semantic import unit_rows

    count = int(labels.max()) + 1
    said = np.bincount(labels, weights=counts, minlength=count)
    groups = np.flatnonzero(said > 1)
    alone = np.flatnonzero(said[labels] <= 1)
    if not len(groups) or not len(alone):
        return labels
    sums = np.zeros((count, points.shape[1]), dtype=np.float32)
    np.add.at(sums, labels, points * counts[:, None].astype(np.float32))
    centres = unit_rows(sums[groups])
    closeness = points[alone] @ centres.T
    best = closeness.argmax(axis=1)
    result = labels.copy()
    joins = closeness[np.arange(len(alone)), best] >= ATTACH_FROM
    result[alone[joins]] = groups[best[joins]]
    return result


def _unthemed_singletons(labels: NDArray[np.intp], counts: NDArray[np.intp]) -> NDArray[np.intp]:
    """A group of one statement said once fits no theme: label it -1."""
    import numpy as np

    said = np.bincount(labels, weights=counts, minlength=int(labels.max()) + 1)
    result: NDArray[np.intp] = np.where(said[labels] <= 1, -1, labels).astype(np.intp)
    return result


def _by_size(labels: NDArray[np.intp], inverse: NDArray[np.intp]) -> NDArray[np.intp]:
    """Renumber themes: most statements first, ties by the earliest statement; -1 stays -1."""
    import numpy as np

    per_statement = labels[inverse]
    themed = per_statement >= 0
    count = int(labels.max()) + 1 if (labels >= 0).any() else 0
    sizes = np.bincount(per_statement[themed], minlength=count)
    first = np.full(count, len(per_statement))
    np.minimum.at(first, per_statement[themed], np.flatnonzero(themed))
    used = [t for t in range(count) if sizes[t] > 0]
    order = sorted(used, key=lambda t: (-sizes[t], first[t]))
    renumber = np.full(count + 1, -1, dtype=np.intp)  # the last slot maps -1 to -1
    renumber[order] = np.arange(len(order))
    result: NDArray[np.intp] = renumber[labels]
    return result


def _corrected(
    result: ThemeResult,
    labels: NDArray[np.intp],
    group_of: NDArray[np.intp],
    pinning: Pinning,
) -> ThemeResult:
    """The seller's keys, names and pinned statements on the themes they corrected."""
    from dataclasses import replace

    group_at = {int(labels[d]): int(g) for d, g in enumerate(group_of) if g >= 0 and labels[d] >= 0}
    themes = []
    for theme in result.themes:
        group = group_at.get(theme.id)
        if group is None:
            themes.append(theme)
            continue
        pinned = [m for m in theme.members if pinning.pins[m] == group]
        label = pinning.names.get(group, theme.label)
        themes.append(replace(theme, key=pinning.keys[group], label=label, pinned=pinned))
    return replace(result, themes=themes)


def _name(
    statements: Sequence[str],
    distinct: list[str],
    inverse: NDArray[np.intp],
    labels: NDArray[np.intp],
    points: NDArray[np.float32],
    counts: NDArray[np.intp],
    vectoriser: Vectoriser,
    sparse: csr_matrix | None,
    engine: str,
    model: str | None,
) -> ThemeResult:
    import numpy as np

    from consensus_app.core.themes import confidence
    from consensus_app.core.themes import label as naming

    display = [""] * len(distinct)  # each distinct statement as its first occurrence was written
    for index in range(len(statements) - 1, -1, -1):
        display[inverse[index]] = statements[index]
    count = int(labels.max()) + 1 if (labels >= 0).any() else 0
    similarity = confidence.similarities(points, labels, counts)
    cohesion = confidence.cohesion(similarity, labels, counts)
    members_of = [np.flatnonzero(labels == t) for t in range(count)]
    terms: list[list[str]] = [[] for _ in range(count)]
    if count:
        sample = np.sort(np.concatenate([m[:TERMS_SAMPLE] for m in members_of]))
        terms = naming.terms(
            sparse[sample] if sparse is not None else vectoriser.sparse([distinct[i] for i in sample]),
            labels[sample],
            vectoriser.feature_names(),
            vectoriser.word_features,
            vectoriser.characters,
        )
    assignments = labels[inverse]
    per_statement = similarity[inverse]
    themes = []
    for theme, members in enumerate(members_of):
        shown = members[:TERMS_SAMPLE]
        statement_members = np.flatnonzero(assignments == theme)
        themes.append(
            Theme(
                id=theme,
                label=naming.label([display[i] for i in shown], points[shown]),
                terms=terms[theme],
                members=statement_members.tolist(),
                similarity=[round(float(s), 4) for s in per_statement[statement_members]],
                cohesion=round(cohesion[theme], 4),
                loose_below=LOOSE_BELOW[engine],
                cohesive_from=COHESIVE_FROM[engine],
            )
        )
    unthemed = np.flatnonzero(assignments < 0).tolist()
    return ThemeResult(themes, assignments.tolist(), unthemed, engine, model)

"""Names for themes: a short phrase in the stakeholders' own words, and the terms that set it apart.

The label is one of the theme's own statements, the one that best stands for the rest
(closest to the theme's centre in the LSA space; the shortest of the three closest, since
short labels read better), trimmed to a phrase. A bag of stems ("cost budget lower fy27")
tells a reader less than "Lower run costs", and an account executive can quote it back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from consensus_app.core.themes.lexicon import CJK_ENDINGS, CONCEPT_PREFIX, STOP_WORDS
from consensus_app.core.themes.text import is_cjk

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

MAX_LABEL_CHARS = 60  # about eight words: a phrase, not a paragraph
MAX_LABEL_CJK = 24  # CJK characters carry more meaning each
TERMS = 5
_LEADING = re.compile(r"^\s*(?:[-–—•*·>#]+|\d{1,2}[.)])\s+")  # a bullet or a list number
_TRAILING = re.compile(r"[\s.,;:!?。、，；：！？…]+$")


def trim(text: str) -> str:
    """A statement as a label: no bullet, no trailing punctuation, at most a phrase long."""
    phrase = " ".join(text.split())
    stripped = _LEADING.sub("", phrase)
    phrase = _TRAILING.sub("", stripped if stripped else phrase)
    limit = MAX_LABEL_CJK if is_cjk(phrase) else MAX_LABEL_CHARS
    if len(phrase) > limit:
        cut = phrase[:limit]
        space = cut.rfind(" ")
        if space > limit // 2:
            cut = cut[:space]
        phrase = _TRAILING.sub("", cut) + "…"
    return phrase[:1].upper() + phrase[1:] if phrase else text.strip()


def label(texts: Sequence[str], points: NDArray[np.float32]) -> str:
    """The label of one theme from its statements (display form) and their LSA points."""
    import numpy as np

    if len(texts) == 1:
        return trim(texts[0])
    centre = points.mean(axis=0)
    closeness = points @ centre
    closest = np.argsort(-closeness, kind="stable")[:3]
    best = min(closest.tolist(), key=lambda i: (len(trim(texts[i])), i))
    return trim(texts[best])


def terms(
    sparse: csr_matrix,
    labels: NDArray[np.intp],
    names: Sequence[str],
    word_features: int,
    characters: bool,
    top: int = TERMS,
) -> list[list[str]]:
    """For each theme, the terms most over-represented in it against the other statements.

    Words (1–2-grams) for alphabetic scripts; character 2–3-grams for CJK, where a single
    character is rarely a word. A word already inside a chosen two-word term is skipped.
    """
    import numpy as np
    from scipy.sparse import csr_matrix as sparse_matrix

    count = int(labels.max()) + 1 if len(labels) else 0
    if characters:
        usable = np.array(
            [
                i >= word_features
                and len(n) >= 2
                and " " not in n
                and CONCEPT_PREFIX not in n
                and not any(ending in n for ending in CJK_ENDINGS)
                for i, n in enumerate(names)
            ]
        )
    else:
        usable = np.array(
            [
                i < word_features
                and not n.isdigit()
                and (len(n) > 1 or is_cjk(n))
                and CONCEPT_PREFIX not in n
                and not STOP_WORDS.intersection(n.split())  # "how", "the budget": not what sets it apart
                for i, n in enumerate(names)
            ]
        )
    columns = np.flatnonzero(usable)
    kept = [names[int(i)] for i in columns]
    # CJK: a longer n-gram is more likely a whole word ("데이터" over "데이" and "이터").
    weight = np.array([len(n) ** 0.5 for n in kept]) if characters else np.ones(len(kept))
    onehot = sparse_matrix(
        (np.ones(len(labels), dtype=np.float32), (labels, np.arange(len(labels)))), shape=(count, len(labels))
    )
    sizes = np.asarray(onehot.sum(axis=1)).ravel()
    sums = np.asarray((onehot @ sparse[:, columns]).todense(), dtype=np.float32)
    total = sums.sum(axis=0)
    result = []
    for theme in range(count):
        inside = sums[theme] / max(sizes[theme], 1)
        others = len(labels) - sizes[theme]
        outside = (total - sums[theme]) / others if others else np.zeros_like(inside)
        score = np.where(inside > 0, (inside - outside) * weight, -np.inf)
        chosen: list[str] = []
        for index in np.argsort(-score, kind="stable"):
            if not np.isfinite(score[index]) or len(chosen) == top:
                break
            if not _overlaps(kept[index], chosen, characters):
                chosen.append(kept[index])
        result.append(chosen)
    return result


def _overlaps(term: str, chosen: list[str], characters: bool) -> bool:
    """True when the term repeats a chosen one (a word of a chosen phrase, or a piece of it)."""
    if characters:
        return any(term in c or c in term for c in chosen)
    words = set(term.split())
    return any(words & set(c.split()) for c in chosen)

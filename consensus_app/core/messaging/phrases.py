"""The stakeholders' own words: how alike two statements are, and how to quote them.

Similarity is the cosine of character 2- and 3-gram counts, so it works the same for
scripts with and without spaces between words (Korean, Japanese, Persian, English).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

_SPACE = re.compile(r"\s+")
_TRAILING = " \t.。!！;；,，"


@lru_cache(maxsize=65536)  # the same statements are quoted for many drafts and kits
def clean(text: str) -> str:
    """A statement as quoted: one line, trimmed, without a closing full stop."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip().rstrip(_TRAILING)


def trim(text: str, limit: int = 60) -> str:
    """A short form for a title: at most `limit` characters, cut at a word boundary when there is one."""
    text = clean(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(_TRAILING + "—-–:") + "…"


def grams(text: str) -> Counter[str]:
    form = " " + _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip() + " "
    counts: Counter[str] = Counter()
    for size in (2, 3):
        counts.update(form[i : i + size] for i in range(len(form) - size + 1))
    return counts


def similarity(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(count * b[gram] for gram, count in a.items() if gram in b)
    return dot / math.sqrt(sum(c * c for c in a.values()) * sum(c * c for c in b.values()))


def centrality(texts: Sequence[str]) -> list[float]:
    """Each text's mean similarity to the others: how representative it is of the group (0..1)."""
    return list(_centrality(tuple(texts)))


@lru_cache(maxsize=256)  # kits and drafts ask again for the same theme's statements
def _centrality(texts: tuple[str, ...]) -> tuple[float, ...]:
    if len(texts) < 2:
        return (1.0,) * len(texts)
    # The mean cosine to the others is (v · Σw − v · v) / (n − 1) with unit vectors: one pass,
    # not one comparison per pair (a theme of a large committee has hundreds of statements).
    units = [_unit(grams(t)) for t in texts]
    total: Counter[str] = Counter()
    for unit in units:
        total.update(unit)
    return tuple(
        (sum(weight * total[gram] for gram, weight in unit.items()) - (1.0 if unit else 0.0))
        / (len(texts) - 1)
        for unit in units
    )


def _unit(counts: Counter[str]) -> dict[str, float]:
    norm = math.sqrt(sum(c * c for c in counts.values()))
    return {gram: c / norm for gram, c in counts.items()} if norm else {}

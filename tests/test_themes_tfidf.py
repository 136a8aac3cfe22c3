"""The themes' own TF-IDF (core/themes/tfidf.py) gives scikit-learn's figures to the last bit.

Themes are found from these rows; a difference in the last bit can move a statement to another
theme, so the comparison is exact: the same vocabulary, the same entries in the same order, the
same float32 values, for word and character n-grams, on committees in several languages.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer as ScikitTfidf
from sklearn.preprocessing import normalize

from consensus_app.core.themes import lexicon
from consensus_app.core.themes.text import WORD_PATTERN, normalise
from consensus_app.core.themes.tfidf import TfidfVectorizer, l2_rows
from tests.committee_sets import COMMITTEES, flatten

SETTINGS = [
    {"analyzer": "word", "ngram_range": (1, 2), "token_pattern": WORD_PATTERN},
    {"analyzer": "word", "ngram_range": (1, 2), "token_pattern": r"(?u)\S+"},
    {"analyzer": "char_wb", "ngram_range": (2, 5)},
    {"analyzer": "char_wb", "ngram_range": (1, 3)},
]


def _statements() -> list[str]:
    texts = [normalise(text) for labelled in COMMITTEES.values() for text in flatten(labelled)[0]]
    return [text for text in texts if text]


def _identical(ours: Any, theirs: Any) -> None:
    theirs = theirs.tocsr()
    assert ours.shape == theirs.shape
    assert ours.dtype == theirs.dtype == np.float32
    assert np.array_equal(ours.indptr, theirs.indptr)
    assert np.array_equal(ours.indices, theirs.indices)  # the same order inside each row
    assert ours.data.tobytes() == theirs.data.tobytes()


@pytest.mark.parametrize("settings", SETTINGS, ids=lambda s: f"{s['analyzer']}{s['ngram_range']}")
@pytest.mark.parametrize("min_df", [1, 2])
@pytest.mark.parametrize("content_words", [False, True])
def test_fit_and_transform_match_scikit_learn(
    settings: dict[str, Any], min_df: int, content_words: bool
) -> None:
    texts = _statements()
    if content_words:
        texts = [lexicon.content_words(text) for text in texts]
    fitted, later = texts[: len(texts) * 2 // 3], texts[len(texts) * 2 // 3 :]
    ours = TfidfVectorizer(sublinear_tf=True, min_df=min_df, dtype=np.float32, **settings)
    theirs = ScikitTfidf(sublinear_tf=True, min_df=min_df, dtype=np.float32, **settings)

    _identical(ours.fit_transform(fitted), theirs.fit_transform(fitted))
    assert ours.get_feature_names_out() == list(theirs.get_feature_names_out())
    _identical(ours.transform(later), theirs.transform(later))


def test_rows_scaled_to_unit_length_as_scikit_learn_does() -> None:
    rows = ScikitTfidf(analyzer="char_wb", ngram_range=(2, 5), dtype=np.float32).fit_transform(_statements())
    rows = rows * np.float32(3.0)
    _identical(l2_rows(rows), normalize(rows))
    dense = np.asarray(rows[:40].toarray(), dtype=np.float32)
    dense[3] = 0.0  # an empty row stays empty
    assert l2_rows(dense).tobytes() == normalize(dense).tobytes()


def test_nothing_seen_twice_is_refused_as_scikit_learn_refuses_it() -> None:
    with pytest.raises(ValueError, match="no terms remain"):
        TfidfVectorizer(analyzer="word", min_df=2).fit_transform(["budget owner", "legal review"])


def _mixed_statements() -> list[str]:
    """Committee statements with the awkward cases a loop handles one by one: one-letter words,
    runs of spaces and tabs, emoji, combining marks, capitals that lower-case to two letters,
    right-to-left and CJK text, a very long word, an empty statement."""
    return [
        *_statements(),
        "a  b\tc\n d",
        "😀 emoji 😀😀 ok",
        "Ünïcödé İstanbul STRASSE ß ǅ ﬁ",
        "é = e\u0301, the same?",
        "کاهش هزینه‌های عملیاتی",
        "データの国内保管",
        "데이터 유출 방지",
        "x" * 300,
        "",
    ]


@pytest.mark.parametrize("ngram_range", [(2, 5), (1, 3), (1, 1), (3, 3)])
def test_character_grams_counted_with_numpy_as_the_loop_counts_them(ngram_range: tuple[int, int]) -> None:
    from consensus_app.core.themes import char_grams

    texts = _mixed_statements()
    loop = TfidfVectorizer(analyzer="char_wb", ngram_range=ngram_range)
    vocabulary: dict[str, int] = {}
    expected = loop._counts(texts, vocabulary, grow=True)
    fast = char_grams.fit_counts(texts, *ngram_range)
    assert fast is not None
    counts, names = fast
    assert names == list(vocabulary)  # numbered in the order first met
    _identical(counts, expected)
    later = TfidfVectorizer(analyzer="char_wb", ngram_range=ngram_range)._counts(
        texts[::-1], vocabulary, grow=False
    )
    fast_later = char_grams.transform_counts(texts[::-1], *ngram_range, vocabulary)
    assert fast_later is not None
    _identical(fast_later, later)


@pytest.mark.parametrize(
    "texts",
    [
        ["budget\x00owner", "budget owner", "legal owner"],  # the separator itself in a statement
        [" ".join(chr(0x4E00 + i) + chr(0x4E00 + i + 1) for i in range(0, 7_000, 2)), "预算 所有者"],
    ],
    ids=["separator", "7,000 characters"],
)
def test_where_numpy_cannot_count_the_loop_does_and_gives_scikit_learns_rows(texts: list[str]) -> None:
    from consensus_app.core.themes import char_grams

    assert char_grams.fit_counts(texts, 2, 5) is None
    ours = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), dtype=np.float32)
    theirs = ScikitTfidf(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, dtype=np.float32)
    _identical(ours.fit_transform(texts), theirs.fit_transform(texts))
    assert ours.get_feature_names_out() == list(theirs.get_feature_names_out())

"""Character n-grams inside word boundaries ("char_wb"), counted with NumPy instead of a Python
loop over every n-gram: the same counts, features and order as tfidf.py's loop (and so as
scikit-learn's), about ten times faster (a 500-member pursuit's 700 statements: 37 → 4 ms).

How: the statements' words, each padded with a space at both ends, are laid end to end as one
array of code points with a separator between words; every window of n characters that holds
no separator is an n-gram. Each character is renumbered by its rank among the characters
present (the separator ranks 0), and a window becomes the number whose digits, in that base,
are its characters followed by zeros up to the longest n: numbers then sort exactly as the
n-grams' strings do (a prefix first), so sorting numbers sorts features by name, and decoding
a number gives its string back. Where the numbers would not fit in 63 bits (a set of more than
about 6,000 distinct characters with 5-grams), or a statement holds the separator itself, the
caller counts with the loop.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

SEPARATOR = "\x00"


class _Windows:
    """Every n-gram occurrence of some texts: its number, its text and its place in the order
    the loop would meet it (text, word, n, then position)."""

    def __init__(self, codes: NDArray[np.int64], docs: NDArray[np.int64], order: NDArray[np.int64]) -> None:
        self.codes, self.docs, self.order = codes, docs, order


def _windows(texts: Sequence[str], low: int, high: int) -> tuple[_Windows, NDArray[np.uint32], int] | None:
    """The n-gram occurrences, the characters' code points by rank, and the base; None where
    the numbers would not fit (or a text holds the separator)."""
    import numpy as np

    if low < 1 or high < low or low > 3:  # a padded word has 3 characters at least (see `fits`)
        return None
    pieces = []
    for text in texts:
        if SEPARATOR in text:
            return None
        words = text.lower().split()
        pieces.append(SEPARATOR + " " + f" {SEPARATOR} ".join(words) + " " if words else "")
    stream = "".join(pieces) + SEPARATOR
    points = np.frombuffer(stream.encode("utf-32-le"), dtype=np.uint32)
    alphabet = np.unique(points)  # the separator is the smallest: rank 0
    base = len(alphabet)
    if base**high >= 2**63:
        return None
    ranks = np.searchsorted(alphabet, points).astype(np.int64)  # cheaper than unique's inverse
    lengths = np.fromiter((len(p) for p in pieces), dtype=np.int64, count=len(pieces))
    doc_of = np.repeat(np.arange(len(pieces), dtype=np.int64), lengths)
    doc_of = np.append(doc_of, len(pieces))  # the final separator
    separators = ranks == 0
    word_start = np.maximum.accumulate(np.where(separators, np.arange(len(ranks)) + 1, 0))
    longest = int(np.diff(np.flatnonzero(separators)).max()) if separators.sum() > 1 else 1
    codes_parts, docs_parts, order_parts = [], [], []
    code = np.zeros(len(ranks), dtype=np.int64)
    inside = np.ones(len(ranks), dtype=bool)
    for n in range(1, high + 1):
        count = len(ranks) - n + 1
        if count <= 0:
            break
        code = code[:count] + ranks[n - 1 : n - 1 + count] * base ** (high - n)
        inside = inside[:count] & ~separators[n - 1 : n - 1 + count]
        if n < low:
            continue
        starts = np.flatnonzero(inside)
        codes_parts.append(code[starts])
        docs_parts.append(doc_of[starts])
        # The loop's order: word by word, then n, then position in the word.
        order_parts.append(
            (word_start[starts] * (high + 1) + n) * (longest + 1) + (starts - word_start[starts])
        )
    if not codes_parts:
        empty = np.zeros(0, dtype=np.int64)
        return _Windows(empty, empty, empty), alphabet, base
    return (
        _Windows(np.concatenate(codes_parts), np.concatenate(docs_parts), np.concatenate(order_parts)),
        alphabet,
        base,
    )


def _names(codes: NDArray[np.int64], alphabet: NDArray[np.uint32], base: int, high: int) -> list[str]:
    """The n-grams' strings from their numbers (trailing zero digits are no characters)."""
    import numpy as np

    digits = np.empty((len(codes), high), dtype=np.uint32)
    rest = codes.copy()
    for place in range(high - 1, -1, -1):
        digits[:, place] = alphabet[rest % base]
        rest //= base
    names: list[str] = np.ascontiguousarray(digits).view(f"<U{high}").ravel().tolist()
    return names


def _matrix(docs: NDArray[np.int64], columns: NDArray[np.int64], rows: int, size: int) -> csr_matrix:
    """Counts of (text, column) pairs as CSR rows, columns ascending within a row, float32 as the
    loop builds them (a count is a sum of ones: exact)."""
    import numpy as np
    from scipy import sparse  # type: ignore[import-untyped]

    ones = np.ones(len(columns), dtype=np.float32)
    matrix = sparse.csr_matrix((ones, (docs, columns)), shape=(rows, size), dtype=np.float32)
    matrix.sum_duplicates()  # sorts each row's columns too
    return matrix


def fit_counts(texts: Sequence[str], low: int, high: int) -> tuple[csr_matrix, list[str]] | None:
    """Each text's n-gram counts with the features numbered in the order the loop first meets
    them (entries by that number within a row), and the features' strings in that order; None
    where the loop must count."""
    import numpy as np

    found = _windows(texts, low, high)
    if found is None:
        return None
    windows, alphabet, base = found
    distinct, which = np.unique(windows.codes, return_inverse=True)
    which = which.ravel()
    first = np.full(len(distinct), np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(first, which, windows.order)
    seen = np.argsort(first)  # distinct features in the order first met (no two alike)
    number = np.empty(len(distinct), dtype=np.int64)
    number[seen] = np.arange(len(distinct))
    names = _names(distinct[seen], alphabet, base, high)
    return _matrix(windows.docs, number[which], len(texts), len(distinct)), names


def transform_counts(
    texts: Sequence[str], low: int, high: int, vocabulary: Mapping[str, int]
) -> csr_matrix | None:
    """Each text's counts of the vocabulary's n-grams (others left out), columns ascending
    within a row; None where the loop must count."""
    import numpy as np

    found = _windows(texts, low, high)
    if found is None:
        return None
    windows, alphabet, base = found
    distinct, which = np.unique(windows.codes, return_inverse=True)
    column = np.fromiter(
        (vocabulary.get(name, -1) for name in _names(distinct, alphabet, base, high)),
        dtype=np.int64,
        count=len(distinct),
    )
    columns = column[which.ravel()]
    known = columns >= 0
    return _matrix(windows.docs[known], columns[known], len(texts), len(vocabulary))

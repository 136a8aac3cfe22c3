"""TF-IDF rows of short statements with NumPy and SciPy alone: scikit-learn's `TfidfVectorizer`
as the themes use it, step for step, so the figures are the same to the last bit.

Why not scikit-learn itself: importing it imports `scipy.stats` and costs more than half a second
of CPU, more than theming a pursuit's 1,000 statements from their stored vectors (issue 19); the
command line pays it on every `analyze` and brief. What is reproduced: lower-casing, word n-grams
from a token pattern or character n-grams inside word boundaries ("char_wb"), document-frequency
pruning (`min_df`), features sorted by name, sublinear TF, smoothed IDF and L2-normalised rows
(`l2_rows`, as `sklearn.preprocessing.normalize`). The same sparse operations run in the same
order, so the entries keep the same order inside each row (sums over them then agree too);
tests/test_themes_tfidf.py compares both on several languages. Character n-grams are counted
with NumPy (char_grams.py), the same counts as the loop here, which remains for words and for the
rare set NumPy cannot number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from consensus_app.core.themes import char_grams

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

_WHITE_SPACES = re.compile(r"\s\s+")


class TfidfVectorizer:
    """`sklearn.feature_extraction.text.TfidfVectorizer(sublinear_tf=True, dtype=float32, …)`
    with the parameters the themes use; other scikit-learn options are not offered."""

    def __init__(
        self,
        *,
        analyzer: str = "word",
        ngram_range: tuple[int, int] = (1, 1),
        token_pattern: str = r"(?u)\b\w\w+\b",
        min_df: int = 1,
        sublinear_tf: bool = True,
        dtype: Any = "float32",
    ) -> None:
        import numpy as np

        if analyzer not in ("word", "char_wb"):
            raise ValueError(f"analyzer must be 'word' or 'char_wb', not {analyzer!r}")
        if not sublinear_tf or np.dtype(dtype) != np.float32:
            raise ValueError("only sublinear TF in float32 is offered")
        self.analyzer = analyzer
        self.ngram_range = ngram_range
        self.token_pattern = token_pattern
        self.min_df = min_df
        self.vocabulary_: dict[str, int] = {}
        self.idf_: Any = None

    def set_params(self, **params: Any) -> TfidfVectorizer:
        for name, value in params.items():
            if not hasattr(self, name) or name.endswith("_"):
                raise ValueError(f"no parameter {name!r}")
            setattr(self, name, value)
        return self

    def fit_transform(self, texts: Iterable[str]) -> csr_matrix:
        """Learn the vocabulary and IDF of these texts; their TF-IDF rows."""
        import numpy as np

        texts = list(texts)
        fast = char_grams.fit_counts(texts, *self.ngram_range) if self.analyzer == "char_wb" else None
        if fast is not None:
            counts, names = fast
        else:
            seen: dict[str, int] = {}
            counts = self._counts(texts, seen, grow=True)
            names = list(seen)  # numbered in the order first met
        if not names:
            raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
        if counts.shape[0] < self.min_df:
            raise ValueError("max_df corresponds to < documents than min_df")
        # Prune by document frequency (max_df=1.0 keeps every feature at the top end).
        frequency = np.bincount(counts.indices, minlength=counts.shape[1])
        keep = (frequency <= 1.0 * counts.shape[0]) & (frequency >= self.min_df)
        kept = np.flatnonzero(keep)
        if len(kept) == 0:
            raise ValueError("After pruning, no terms remain. Try a lower min_df or a higher max_df.")
        counts = counts[:, kept]
        # Features sorted by name; the entries keep their places inside each row.
        kept_names = [names[i] for i in kept.tolist()]
        by_name = sorted(range(len(kept_names)), key=kept_names.__getitem__)
        position = np.empty(len(kept_names), dtype=counts.indices.dtype)
        position[by_name] = np.arange(len(kept_names), dtype=position.dtype)
        counts.indices = position.take(counts.indices, mode="clip")
        vocabulary = {kept_names[old]: new for new, old in enumerate(by_name)}
        self.vocabulary_ = vocabulary
        # Smoothed IDF, in the rows' float32 as scikit-learn computes it.
        documents = np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.float32, copy=False)
        documents += 1.0
        idf = np.full_like(documents, fill_value=counts.shape[0] + 1, dtype=np.float32)
        idf /= documents
        np.log(idf, out=idf)
        idf += 1.0
        self.idf_ = idf
        return self._weighted(counts)

    def transform(self, texts: Iterable[str]) -> csr_matrix:
        """TF-IDF rows of texts with the fitted vocabulary (unknown features are left out)."""
        texts = list(texts)
        counts = None
        if self.analyzer == "char_wb":
            counts = char_grams.transform_counts(texts, *self.ngram_range, self.vocabulary_)
        if counts is None:
            counts = self._counts(texts, self.vocabulary_, grow=False)
        return self._weighted(counts)

    def get_feature_names_out(self) -> list[str]:
        return [term for term, _ in sorted(self.vocabulary_.items(), key=lambda item: item[1])]

    def _counts(self, texts: Iterable[str], vocabulary: dict[str, int], grow: bool) -> csr_matrix:
        """Each text's feature counts, by the vocabulary's numbers: a new feature is added to it
        (grow) or left out."""
        import numpy as np
        from scipy import sparse  # type: ignore[import-untyped]

        analyse = self._analyser()
        columns: list[int] = []
        values: list[int] = []
        starts = [0]
        for text in texts:
            counted: dict[int, int] = {}
            for feature in analyse(text):
                column = vocabulary.setdefault(feature, len(vocabulary)) if grow else vocabulary.get(feature)
                if column is not None:
                    counted[column] = counted.get(column, 0) + 1
            columns.extend(counted)
            values.extend(counted.values())
            starts.append(len(columns))
        size = len(vocabulary)
        matrix = sparse.csr_array(
            (
                np.asarray(values, dtype=np.intc),
                np.asarray(columns, dtype=np.int32),
                np.asarray(starts, dtype=np.int32),
            ),
            shape=(len(starts) - 1, size),
            dtype=np.float32,
        )
        matrix.sort_indices()
        return sparse.csr_matrix(matrix)

    def _weighted(self, counts: csr_matrix) -> csr_matrix:
        import numpy as np

        np.log(counts.data, counts.data)  # sublinear TF: 1 + log(count)
        counts.data += 1.0
        counts.data *= self.idf_[counts.indices]
        return l2_rows(counts, copy=False)

    def _analyser(self) -> Callable[[str], list[str]]:
        low, high = self.ngram_range
        if self.analyzer == "char_wb":
            return lambda text: _char_wb_ngrams(text.lower(), low, high)
        tokens = re.compile(self.token_pattern).findall
        return lambda text: _word_ngrams(tokens(text.lower()), low, high)


def _word_ngrams(tokens: list[str], low: int, high: int) -> list[str]:
    if high == 1:
        return tokens
    grams = list(tokens) if low == 1 else []
    for n in range(max(low, 2), min(high + 1, len(tokens) + 1)):
        grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


def _char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams of each word padded with a space at both ends; a word shorter than an
    n-gram counts once."""
    grams: list[str] = []
    for word in _WHITE_SPACES.sub(" ", text).split():
        padded = f" {word} "
        length = len(padded)
        for n in range(low, high + 1):
            grams.append(padded[:n])
            if n >= length:
                break
            grams.extend(padded[i : i + n] for i in range(1, length - n + 1))
    return grams


def l2_rows(matrix: Any, copy: bool = True) -> Any:
    """Rows scaled to unit length (zero rows stay zero), as `sklearn.preprocessing.normalize`:
    sparse rows summed in float64 in their stored order, dense ones as NumPy's einsum sums them."""
    import numpy as np
    from scipy import sparse

    if sparse.issparse(matrix):
        result = sparse.csr_matrix(matrix, copy=copy)
        if result.dtype not in (np.float32, np.float64):
            result = result.astype(np.float64)
        # Each row's squares summed one after another in float64 (bincount adds in input order).
        entries = np.diff(result.indptr)
        rows = np.repeat(np.arange(result.shape[0]), entries)
        squares = (result.data * result.data).astype(np.float64)
        norms = np.sqrt(np.bincount(rows, weights=squares, minlength=result.shape[0]))
        norms[norms == 0.0] = 1.0  # an empty row's zeros stay as they are
        result.data = (result.data / np.repeat(norms, entries)).astype(result.dtype)  # in float64
        return result
    dense: NDArray[Any] = np.array(matrix, dtype=None, copy=copy)
    if dense.dtype not in (np.float32, np.float64):
        dense = dense.astype(np.float64)
    lengths = np.sqrt(np.einsum("ij,ij->i", dense, dense))
    lengths[lengths < 10 * np.finfo(lengths.dtype).eps] = 1.0
    dense /= lengths[:, None]
    return dense

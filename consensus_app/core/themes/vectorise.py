"""Statements → points in a latent semantic space (LSA), where paraphrases sit close together.

Short statements share few words, so word counts alone miss most paraphrases. We stack two
sublinear TF-IDF blocks, word 1–2-grams and character n-grams inside word boundaries
(2–5 characters; 1–3 for Chinese, Japanese and Korean, which have no usable word
boundaries), each block L2-normalised so neither drowns the other, and project them with a
truncated SVD: words that occur in the same company ("budget", "spend", "cost") end up on
the same axes. Rows are L2-normalised so a dot product is a cosine similarity.

scikit-learn is imported inside the functions (only for the SVD of more than `GRAM_MAX`
statements): the window imports this package at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from consensus_app.core.themes import lexicon
from consensus_app.core.themes.text import WORD_PATTERN

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

SEED = 0
# Latent dimensions: more statements carry more distinctions, one for every DIMS_PER statements
# (was 20: BANKING77's 3,080 fine-grained requests got 154 dimensions, now 300, about 0.3 NMI
# points more). MAX_DIMS is reached from 2,400 statements; 500 gave no more and doubled the SVD's
# time for 15,000 statements.
MIN_DIMS, MAX_DIMS, DIMS_PER = 100, 300, 8
# The concept block (lexicon.py) beside the word and character blocks: shared concepts tie
# paraphrases with no word in common ("budget" / "run costs") without outweighing the words.
CONCEPT_WEIGHT = 0.8
# Below this many statements the TF-IDF rows are used as they are: too few for co-occurrence to
# teach the SVD anything, and dropping the weakest directions merges the closest pairs.
LSA_MIN = 250
GRAM_MAX = 1_500  # up to here the SVD goes through the n × n Gram matrix
DENSE_GRAM_MAX = 4_000_000  # TF-IDF entries (16 MB in float32) up to which the Gram is a dense product
FIT_SAMPLE = 30_000  # above this many distinct statements the vocabulary and SVD are fitted on a sample
CHUNK = 20_000  # statements transformed at a time (bounds the sparse matrix in memory)


@dataclass
class Vectoriser:
    """The fitted pieces: transform statements the same way the fitted ones were."""

    word: Any  # TfidfVectorizer
    char: Any  # TfidfVectorizer
    svd: Any | None  # TruncatedSVD; None when there were too few statements to project
    characters: bool  # character n-grams only carry the meaning (CJK)
    # Few statements: drop function words, which would tie unrelated statements together.
    # Many: keep them; IDF weighs them down, and "how", "when", "my" help tell requests apart.
    drop_function_words: bool = False

    def sparse(self, texts: Sequence[str]) -> csr_matrix:
        """Stacked, L2-normalised TF-IDF rows for normalised texts."""
        words, chars = _forms(texts, self.drop_function_words)
        return _stack(self.word.transform(words), self.char.transform(chars), texts)

    def project(self, sparse: csr_matrix) -> NDArray[np.float32]:
        import numpy as np

        from consensus_app.core.themes.tfidf import l2_rows as normalize

        dense = sparse.toarray() if self.svd is None else self.svd.transform(sparse)
        result: NDArray[np.float32] = normalize(np.asarray(dense, dtype=np.float32))
        return result

    def feature_names(self) -> list[str]:
        concepts = [lexicon.CONCEPT_PREFIX + c for c in lexicon.CONCEPTS]
        return [*self.word.get_feature_names_out(), *self.char.get_feature_names_out(), *concepts]

    @property
    def word_features(self) -> int:
        return len(self.word.vocabulary_)


def latent_dims(n: int) -> int:
    return int(min(MAX_DIMS, max(MIN_DIMS, n // DIMS_PER)))


def fit(texts: Sequence[str], characters: bool, project: bool = True) -> tuple[Vectoriser, csr_matrix | None]:
    """Fit the TF-IDF vocabularies and the SVD on (a sample of) normalised, distinct texts.

    Also returns the texts' TF-IDF rows when they were all fitted on (None for a sample).
    project=False skips the SVD: the words then only name themes placed by meaning.
    """
    import numpy as np

    # scikit-learn's TF-IDF redone in NumPy (tfidf.py): importing scikit-learn costs more than this.
    from consensus_app.core.themes.tfidf import TfidfVectorizer

    n = len(texts)
    sampled = n > FIT_SAMPLE
    if sampled:
        picks = np.sort(np.random.default_rng(SEED).choice(n, FIT_SAMPLE, replace=False))
        texts = [texts[i] for i in picks]
        n = FIT_SAMPLE
    # A feature seen once cannot tie two statements together; in small sets it still names one.
    min_df = 2 if n > 200 else 1
    word = TfidfVectorizer(
        sublinear_tf=True,
        ngram_range=(1, 2),
        token_pattern=WORD_PATTERN,
        min_df=min_df,
        dtype=np.float32,
    )
    char = TfidfVectorizer(
        sublinear_tf=True,
        analyzer="char_wb",
        ngram_range=(1, 3) if characters else (2, 5),
        min_df=min_df,
        dtype=np.float32,
    )
    if not _has_words(texts):  # only symbols or emoji: any non-space run is a token
        word.set_params(token_pattern=r"(?u)\S+")
    words, chars = _forms(texts, n < LSA_MIN)
    sparse = _stack(_fit(word, words), _fit(char, chars), texts)
    vectoriser = Vectoriser(word, char, None, characters, drop_function_words=n < LSA_MIN)
    dims = min(latent_dims(n), n - 1, sparse.shape[1] - 1)
    if project and n >= LSA_MIN and dims >= 2:
        if n <= GRAM_MAX:
            vectoriser.svd = GramSVD(dims).fit(sparse)
        else:
            from sklearn.decomposition import TruncatedSVD

            vectoriser.svd = TruncatedSVD(dims, algorithm="randomized", n_iter=5, random_state=SEED).fit(
                sparse
            )
    return vectoriser, None if sampled else sparse


class GramSVD:
    """Exact truncated SVD through the statements' Gram matrix: for a few hundred statements
    an n × n eigenproblem is far cheaper than a randomized SVD over the whole vocabulary."""

    def __init__(self, dims: int) -> None:
        self.dims = dims
        self.components: Any = None  # dims × features

    def fit(self, sparse: csr_matrix) -> GramSVD:
        import numpy as np
        from scipy.linalg import eigh  # type: ignore[import-untyped]

        n = sparse.shape[0]
        # Dense BLAS where the rows fit in a few MB (twice as fast as the sparse product), and the
        # eigenvectors in single precision (twice as fast): the same themes on every benchmark set.
        dense = sparse.toarray() if n * sparse.shape[1] <= DENSE_GRAM_MAX else None
        gram = dense @ dense.T if dense is not None else (sparse @ sparse.T).toarray()
        values, vectors = eigh(gram, subset_by_index=[n - self.dims, n - 1])
        values, vectors = values.astype(np.float64), vectors.astype(np.float64)
        order = np.argsort(-values, kind="stable")
        values, vectors = np.clip(values[order], 1e-12, None), vectors[:, order]
        # Fix each direction's sign (largest entry positive): same input, same coordinates.
        signs = np.sign(vectors[np.abs(vectors).argmax(axis=0), np.arange(vectors.shape[1])])
        vectors = vectors * np.where(signs == 0, 1.0, signs)
        self.components = (sparse.T @ vectors).T / np.sqrt(values)[:, None]
        return self

    def transform(self, sparse: csr_matrix) -> Any:
        import numpy as np

        return np.asarray(sparse @ self.components.T)


def _forms(texts: Sequence[str], drop_function_words: bool) -> tuple[list[str], list[str]]:
    """What the word and character blocks count."""
    if not drop_function_words:
        return list(texts), list(texts)
    content = [lexicon.content_words(t) for t in texts]
    return content, content


def _concept_matrix(texts: Sequence[str]) -> csr_matrix:
    """One column per lexicon concept: 1 where the statement mentions it."""
    import numpy as np
    from scipy.sparse import csr_matrix as sparse_matrix

    names = list(lexicon.CONCEPTS)
    rows, cols = [], []
    for row, text in enumerate(texts):
        for concept in lexicon.concepts(text):
            rows.append(row)
            cols.append(names.index(concept))
    return sparse_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(texts), len(names)))


def _fit(vectorizer: Any, texts: Sequence[str]) -> csr_matrix:
    try:
        return vectorizer.fit_transform(texts)
    except ValueError:  # nothing seen twice: keep what was seen once
        return vectorizer.set_params(min_df=1).fit_transform(texts)


def _stack(words: csr_matrix, chars: csr_matrix, texts: Sequence[str]) -> csr_matrix:
    """The word, character and concept blocks side by side, each and all L2-normalised."""
    from scipy.sparse import hstack

    from consensus_app.core.themes.tfidf import l2_rows as normalize

    blocks = [normalize(words), normalize(chars), CONCEPT_WEIGHT * normalize(_concept_matrix(texts))]
    matrix: csr_matrix = normalize(hstack(blocks, format="csr", dtype="float32"))
    return matrix


def _has_words(texts: Sequence[str]) -> bool:
    """False when no statement has a letter or digit (then any non-space run is a token)."""
    import re

    pattern = re.compile(WORD_PATTERN)
    return any(pattern.search(t) for t in texts)


def transform(
    vectoriser: Vectoriser, texts: Sequence[str], sparse: csr_matrix | None = None
) -> NDArray[np.float32]:
    """LSA points for normalised texts (from their TF-IDF rows if given), a chunk at a time."""
    import numpy as np

    if sparse is not None:
        return vectoriser.project(sparse)
    parts = [
        vectoriser.project(vectoriser.sparse(texts[start : start + CHUNK]))
        for start in range(0, len(texts), CHUNK)
    ]
    return np.vstack(parts) if parts else np.zeros((0, 1), dtype=np.float32)

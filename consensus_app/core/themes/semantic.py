"""Points to cluster when a sentence encoder ran: its vectors for meaning, shared words beside them.

Two corrections make the encoder's space group by meaning rather than by language:

- Centring. Every statement's vector shares a common direction (the model's bias), and each
  language adds its own: Persian statements sit nearer each other than a Persian and an English
  paraphrase do. We subtract the mean, then each group's mean — a script, and for Latin letters
  a language told by a few function words — shrunk towards nothing for a group with few
  statements (one Persian statement among thirty English ones keeps its place; half a committee
  in Persian is moved onto the English half).
- Shared words, weighted below the meaning. The lexical LSA points (vectorise.py) tell apart
  what the encoder blurs ("card arrived" vs "card not arrived"). They tie a language to itself,
  so with several languages they weigh less (by the largest language's share), and in a small
  committee more (the concept lexicon is surer there than the 4-bit model).
- Meaning the words confirm. In a large set written in one language, the directions of the
  encoder's space that move with the words (canonical correlation of the two blocks) are added
  as a third block: the 4-bit encoder blurs requests that differ by a word or two ("card
  arrived" / "card delivery estimate"); the directions both blocks see tell them apart.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

LEXICAL_WEIGHT = 0.6  # the words' block beside the encoder's (both unit length)
# A committee's few statements: the centring is rough with so few, and the words' concept
# lexicon ("budget" ~ "cost") is surer than the encoder's 4-bit weights: below SMALL_SET the
# words weigh more, up to LEXICAL_WEIGHT + SMALL_SET_BONUS for a handful of statements.
SMALL_SET, SMALL_SET_BONUS = 30, 0.75
LANGUAGE_SHARE = 0.2  # a Latin language centred apart must be this share of the Latin statements
SCRIPT_SHRINK = 4.0  # a script's mean is removed in the share n / (n + SCRIPT_SHRINK)
# The confirmed-meaning block (`confirmed`). Only with many statements: the cross-covariance of
# 384 + a few hundred dimensions needs them (on xSID's 800 statements a language it cost 4–5
# NMI points); and in one language: across languages the words' directions are each language's
# own (xSID pooled lost 1.5). Figures: docs/decisions/0001-sentence-embeddings.md.
CONFIRMED_FROM = 2_000  # statements
CONFIRMED_SHARE = 0.9  # of them in the largest language group
CONFIRMED_DIMS = 12  # canonical directions kept
CONFIRMED_WEIGHT = 0.4  # beside the meaning and the words (the three blocks unit length)
CONFIRMED_RIDGE = 0.1  # added to both covariances' diagonals, as a share of their mean variance


# A few of the commonest function words of languages written in Latin letters: enough to tell
# an English statement from a German, Norwegian or Indonesian one for centring, not a language
# identifier. A statement with none of them stays "LATIN".
_FUNCTION_WORDS = {
    "en": "the a an to of and in for with on is are be my our we i you it this that can how what do "
    "me please will at from about there when where",
    "de": "der die das und ist nicht mit für ein eine zu den dem von auf ich wir sie es im zum zur "
    "mir mich mein meine meinen bitte wie was wo wann aus bei nach über um wird werden sind hat "
    "haben kann können soll gibt",
    "nl": "de het een en van niet met voor op is zijn ik wij we ons onze te",
    "no": "og i på til er ikke med for en et det som vi jeg av å må skal vår våre kan",
    "sv": "och i på till är inte med för en ett det som vi jag av att måste ska vår våra",
    "da": "og i på til er ikke med for en et det som vi jeg af at skal vores",
    "id": "yang dan di ke dari untuk dengan tidak ini itu saya kami kita apa bisa ada akan harus "
    "aku kamu anda tolong apakah berapa bagaimana kapan sudah belum pada",
    "fr": "le la les et de des du un une est pas pour avec dans nous je vous sur",
    "es": "el la los las y de del un una es no para con en que nosotros yo por",
    "pt": "o a os as e de do da um uma é não para com em que nós eu por",
    "it": "il lo la gli le e di del un una è non per con in che noi io",
}
_WORD_LANGUAGES: dict[str, list[str]] = {}
for _language, _words in _FUNCTION_WORDS.items():
    for _word in _words.split():
        _WORD_LANGUAGES.setdefault(_word, []).append(_language)


def group_of(text: str) -> str:
    """What to centre a statement with: its script, and for Latin letters its language when a
    few function words give it away ("LATIN:de")."""
    script = script_of(text)
    if script != "LATIN":
        return script
    votes: dict[str, float] = {}
    for word in text.casefold().split():
        languages = _WORD_LANGUAGES.get(word.strip(".,;:!?()\"'"), [])
        for language in languages:
            votes[language] = votes.get(language, 0.0) + 1.0 / len(languages)
    if not votes:
        return script
    return f"LATIN:{max(sorted(votes), key=lambda language: votes[language])}"


def groups_of(texts: Sequence[str]) -> list[str]:
    """Each statement's centring group (`group_of`); a Latin statement whose language did not
    show joins the commonest Latin language of the set, rather than a group of its own."""
    groups = [group_of(t) for t in texts]
    latin = [g for g in groups if g.startswith("LATIN")]
    named = [g for g in latin if g != "LATIN"]
    if not named:
        return groups
    commonest = max(sorted(set(named)), key=named.count)
    # A language guessed for a few statements only is more likely a misreading than a
    # second language: those stay with the commonest.
    kept = {g for g in set(named) if named.count(g) >= LANGUAGE_SHARE * len(latin)}
    return [g if not g.startswith("LATIN") or g in kept else commonest for g in groups]


def script_of(text: str) -> str:
    """The script most of a statement's letters are in ("LATIN", "ARABIC", "HANGUL", …); kana
    marks Japanese, since Japanese and Chinese share Han characters."""
    counts: dict[str, int] = {}
    for char in text:
        script = _script(char)
        if script == "KANA":
            return script
        if script:
            counts[script] = counts.get(script, 0) + 1
    # Two Han characters or Hangul syllables make a Chinese or Korean statement, whatever Latin
    # names it carries ("播放 Taylor Swift 的歌"); an English one rarely has any.
    for script in ("HANGUL", "CJK"):
        if counts.get(script, 0) >= 2:
            return script
    return max(counts, key=lambda name: counts[name]) if counts else "OTHER"


@lru_cache(maxsize=8192)
def _script(char: str) -> str:
    if "\u3040" <= char <= "\u30ff":
        return "KANA"
    if not char.isalpha():
        return ""
    return unicodedata.name(char, "OTHER").split(" ")[0]


def unit_rows(matrix: NDArray[np.float32]) -> NDArray[np.float32]:
    """Rows scaled to unit length, in place when the matrix is already float32."""
    import numpy as np

    result: NDArray[np.float32] = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(result, axis=1, keepdims=True)
    result /= np.where(norms > 1e-9, norms, 1.0)
    return result


def centred(vectors: NDArray[np.float32], scripts: Sequence[str]) -> NDArray[np.float32]:
    """The encoder's vectors less their mean and (shrunk) their script's mean, unit length.

    A new array (the given vectors are left as they are), changed in place from there on:
    200,000 statements' vectors are 300 MB.
    """
    import numpy as np

    result = np.array(vectors, dtype=np.float32)  # a copy
    if len(result) < 2:
        return unit_rows(result)
    result -= result.mean(axis=0)
    labels = np.array(scripts)
    for script in set(scripts):
        rows = np.flatnonzero(labels == script)
        if len(rows) < len(scripts):  # one script alone: its mean is the mean already removed
            shift = result[rows].mean(axis=0) * (len(rows) / (len(rows) + SCRIPT_SHRINK))
            result[rows] -= shift
    return unit_rows(result)


def combine(
    meaning: NDArray[np.float32], words: NDArray[np.float32] | None, groups: Sequence[str] = ()
) -> NDArray[np.float32]:
    """The clustering points: centred meaning, and the lexical points at `LEXICAL_WEIGHT`,
    less when the statements are in several languages (words tie a language to itself: with
    five languages in equal shares they weigh a fifth)."""
    import numpy as np

    if words is None:
        return meaning
    sizes = Counter(groups)
    largest = max(sizes.values()) / len(groups) if groups else 1.0
    weight = LEXICAL_WEIGHT * largest + SMALL_SET_BONUS * max(0, SMALL_SET - len(meaning)) / SMALL_SET
    points = unit_rows(np.hstack([meaning, weight * words]).astype(np.float32))
    if len(meaning) < CONFIRMED_FROM or largest < CONFIRMED_SHARE:
        return points
    return unit_rows(np.hstack([points, CONFIRMED_WEIGHT * confirmed(meaning, words)]).astype(np.float32))


def confirmed(meaning: NDArray[np.float32], words: NDArray[np.float32]) -> NDArray[np.float32]:
    """The meaning along the directions the words confirm: the centred encoder's vectors
    projected on their first `CONFIRMED_DIMS` canonical directions with the lexical points
    (regularised CCA), each scaled by its correlation; unit rows."""
    import numpy as np

    x = meaning.astype(np.float64)
    y = words.astype(np.float64)
    x -= x.mean(axis=0)
    y -= y.mean(axis=0)
    xx, yy, xy = x.T @ x / len(x), y.T @ y / len(y), x.T @ y / len(x)
    xx[np.diag_indices_from(xx)] += CONFIRMED_RIDGE * np.trace(xx) / len(xx)
    yy[np.diag_indices_from(yy)] += CONFIRMED_RIDGE * np.trace(yy) / len(yy)
    x_white, y_white = _inverse_root(xx), _inverse_root(yy)
    directions, correlations, _ = np.linalg.svd(x_white @ xy @ y_white)
    dims = min(CONFIRMED_DIMS, len(correlations))
    projected = x @ (x_white @ directions[:, :dims]) * correlations[:dims]
    return unit_rows(projected.astype(np.float32))


def _inverse_root(covariance: NDArray[np.float64]) -> NDArray[np.float64]:
    """C^(-1/2) of a symmetric positive definite matrix."""
    import numpy as np

    values, vectors = np.linalg.eigh(covariance)
    root: NDArray[np.float64] = (vectors / np.sqrt(np.clip(values, 1e-12, None))) @ vectors.T
    return root

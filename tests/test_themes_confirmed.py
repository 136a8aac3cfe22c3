"""The meaning the words confirm (semantic.confirmed): in a large set written in one language,
requests the encoder nearly confuses but whose words differ are told apart (issue 13, BANKING77)."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.typing import NDArray

from consensus_app.core.themes import semantic
from consensus_app.core.themes.semantic import CONFIRMED_FROM, combine, unit_rows

PAIRS, PER_INTENT = 40, 30  # 80 intents in pairs the encoder blurs: 2,400 statements


def blurred_pairs(seed: int = 0) -> tuple[NDArray[np.float32], NDArray[np.float32], NDArray[np.intp]]:
    """Encoder vectors where the two intents of a pair differ by less than what varies with the
    wording (20 directions of style, length… that say nothing of the intent), and lexical points
    where each intent has its own words, so noisy that the words alone find few neighbours."""
    rng = np.random.default_rng(seed)
    intents = np.repeat(np.arange(2 * PAIRS), PER_INTENT)
    pair_centres = rng.standard_normal((PAIRS, 384))
    wording = rng.standard_normal((len(intents), 20)) @ rng.standard_normal((20, 384))
    intent_offsets = rng.standard_normal((2 * PAIRS, 384))
    meaning = pair_centres[intents // 2] + wording + 0.3 * intent_offsets[intents]
    meaning += 0.3 * rng.standard_normal(meaning.shape)
    words = rng.standard_normal((2 * PAIRS, 120))[intents] + 4.0 * rng.standard_normal((len(intents), 120))
    return unit_rows(meaning.astype(np.float32)), unit_rows(words.astype(np.float32)), intents


def neighbours_of_the_same_intent(
    points: NDArray[np.float32], intents: NDArray[np.intp], k: int = 10
) -> float:
    """Share of each statement's k nearest neighbours (cosine) that say the same thing."""
    similarity = points @ points.T
    np.fill_diagonal(similarity, -np.inf)
    nearest = np.argpartition(-similarity, k, axis=1)[:, :k]
    return float((intents[nearest] == intents[:, None]).mean())


def test_requests_the_encoder_blurs_are_told_apart_in_a_large_one_language_set() -> None:
    meaning, words, intents = blurred_pairs()
    groups = ["LATIN:en"] * len(intents)
    assert len(intents) >= CONFIRMED_FROM
    with_block = combine(meaning, words, groups)
    without = unit_rows(np.hstack([meaning, semantic.LEXICAL_WEIGHT * words]))
    assert with_block.shape[1] == without.shape[1] + semantic.CONFIRMED_DIMS
    before = neighbours_of_the_same_intent(without, intents)
    after = neighbours_of_the_same_intent(with_block, intents)
    assert after > before + 0.1, (before, after)
    assert np.allclose(np.linalg.norm(with_block, axis=1), 1.0, atol=1e-4)


@pytest.mark.parametrize("case", ["a committee", "two languages in halves"])
def test_small_and_multilingual_sets_are_placed_by_meaning_and_words_alone(case: str) -> None:
    meaning, words, intents = blurred_pairs(seed=1)
    if case == "a committee":
        meaning, words, groups = meaning[:60], words[:60], ["LATIN:en"] * 60
    else:  # across languages the words' directions are each language's own
        groups = ["LATIN:en" if i % 2 else "ARABIC" for i in range(len(intents))]
    points = combine(meaning, words, groups)
    assert points.shape[1] == meaning.shape[1] + words.shape[1]


def test_the_same_statements_get_the_same_points() -> None:
    meaning, words, _ = blurred_pairs(seed=2)
    groups = ["LATIN:en"] * len(meaning)
    assert np.array_equal(combine(meaning, words, groups), combine(meaning, words, groups))

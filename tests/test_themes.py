"""The theme engine on small hand-made committees: what an account executive would notice."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from consensus_app.core.themes import ThemesCancelled, find_themes
from consensus_app.core.themes.label import trim
from consensus_app.core.themes.text import normalise

COST = ["Cut total cost of ownership", "Stay inside the FY27 budget", "Lower run costs"]
SECURITY = [
    "No new system without SSO and an audit trail",
    "Security review before any patient data moves",
    "Single sign-on for every tool we buy",
]
BEDS = [
    "Nurses lose an hour a shift chasing bed status",
    "A real-time view of every bed across our hospitals",
    "Stop tracking beds on whiteboards",
]
COMMITTEE = [COST[0], SECURITY[0], BEDS[0], COST[1], SECURITY[1], BEDS[1], COST[2], SECURITY[2], BEDS[2]]


def theme_of(result: object, statements: list[str], text: str) -> int:
    return result.assignments[statements.index(text)]  # type: ignore[attr-defined, no-any-return]


@pytest.mark.parametrize("use_model", [True, False], ids=["by meaning", "by shared words"])
def test_paraphrases_land_together_and_unrelated_priorities_do_not(use_model: bool) -> None:
    result = find_themes(COMMITTEE, use_model=use_model)
    assert result.engine == ("meaning" if use_model else "words")
    cost = {theme_of(result, COMMITTEE, t) for t in COST}
    security = {theme_of(result, COMMITTEE, t) for t in SECURITY}
    beds = {theme_of(result, COMMITTEE, t) for t in BEDS}
    assert len(cost) == len(security) == len(beds) == 1
    assert len(cost | security | beds) == 3
    assert len(result.themes) == 3


def test_labels_are_readable_phrases_from_the_themes_own_statements() -> None:
    result = find_themes(COMMITTEE)
    for theme in result.themes:
        members = [COMMITTEE[i] for i in theme.members]
        assert theme.label in {trim(m) for m in members}
        assert " " in theme.label and theme.label[0].isupper()
        assert theme.terms and all(not t.startswith("concept_") for t in theme.terms)
    cost = result.themes[theme_of(result, COMMITTEE, COST[0])]
    assert any(term in {"cost", "costs", "budget"} for term in cost.terms)


def test_a_long_statement_is_trimmed_to_a_phrase_at_a_word_boundary() -> None:
    long = "- Any outside tool must write back to the EHR, not just read from it, and pass our review."
    label = trim(long)
    assert label.startswith("Any outside tool") and label.endswith("…")
    assert len(label) <= 61 and label[:-1] in long


def test_same_statements_give_the_same_themes_numbered_by_size() -> None:
    statements = [*COMMITTEE, "Keep the budget flat next year", "Reduce licence spend"]
    first, second = find_themes(statements), find_themes(statements)
    assert first == second
    sizes = [t.size for t in first.themes]
    assert sizes == sorted(sizes, reverse=True)
    assert [t.id for t in first.themes] == list(range(len(first.themes)))
    for theme in first.themes:
        assert all(first.assignments[i] == theme.id for i in theme.members)
    assert sorted(i for t in first.themes for i in t.members) == list(range(len(statements)))


def test_a_fixed_number_of_themes_is_honoured() -> None:
    assert len(find_themes(COMMITTEE, k=2).themes) == 2
    assert len(find_themes(COMMITTEE, k=5).themes) == 5
    every = find_themes(COMMITTEE, k=len(COMMITTEE))
    assert sorted(t.size for t in every.themes) == [1] * len(COMMITTEE)
    one = find_themes(COMMITTEE, k=1)
    assert len(one.themes) == 1 and one.themes[0].members == list(range(len(COMMITTEE)))


def test_identical_statements_share_a_theme_and_k_is_capped_by_distinct_statements() -> None:
    result = find_themes(["Lower run costs", "lower  run costs", "Single sign-on"], k=3)
    assert len(result.themes) == 2
    assert result.assignments[0] == result.assignments[1] != result.assignments[2]


def test_blank_statements_and_bad_k_are_refused_and_nothing_gives_nothing() -> None:
    with pytest.raises(ValueError, match="statement 1 is blank"):
        find_themes(["Lower run costs", "   "])
    with pytest.raises(ValueError, match="at least 1"):
        find_themes(COMMITTEE, k=0)
    assert find_themes([]).themes == []
    single = find_themes(["Lower run costs"])  # fits no theme: unthemed, not a theme of one
    assert single.themes == [] and single.unthemed == [0] and single.assignments == [-1]
    one = find_themes(["Lower run costs"], k=1)  # asked for one theme: it gets one
    assert [t.members for t in one.themes] == [[0]] and one.themes[0].label == "Lower run costs"


def test_korean_committee_groups_by_meaning() -> None:
    cost = [
        "2027년 설비투자 예산 범위 안에서 해결해야 합니다",
        "운영 비용을 줄이고 싶습니다",
        "총소유비용을 낮춰야 합니다",
    ]
    security = [
        "보안 감사를 통과해야 합니다",
        "개인정보가 외부로 나가면 안 됩니다",
        "보안 인증 없는 솔루션은 안 됩니다",
    ]
    quality = [
        "불량률을 절반으로 낮추고 싶습니다",
        "불량 원인을 빨리 찾아야 합니다",
        "품질 불량 때문에 고객 클레임이 늘었습니다",
    ]
    statements = [
        cost[0],
        security[0],
        quality[0],
        cost[1],
        security[1],
        quality[1],
        cost[2],
        security[2],
        quality[2],
    ]
    result = find_themes(statements)
    groups = [{theme_of(result, statements, t) for t in g} for g in (cost, security, quality)]
    assert all(len(g) == 1 for g in groups) and len(set().union(*groups)) == 3
    assert all(any("\uac00" <= ch <= "\ud7af" for ch in t.label) for t in result.themes)


def test_japanese_committee_groups_by_meaning_without_word_boundaries() -> None:
    cost = ["予算内に収めたい", "運用コストを下げたい", "総所有コストを削減する"]
    security = [
        "セキュリティ監査に通る必要がある",
        "個人情報を外部に出さない",
        "セキュリティ基準を満たすこと",
    ]
    time = ["現場の作業時間を短縮したい", "作業時間のムダを減らす", "段取りの作業時間を半分にする"]
    statements = [cost[0], security[0], time[0], cost[1], security[1], time[1], cost[2], security[2], time[2]]
    result = find_themes(statements, lang="ja")
    groups = [{theme_of(result, statements, t) for t in g} for g in (cost, security, time)]
    assert all(len(g) == 1 for g in groups) and len(set().union(*groups)) == 3
    assert find_themes(statements) == result  # "auto" sees the script


def test_persian_spelling_variants_and_indonesian_cluster_sensibly() -> None:
    persian = [
        "کاهش هزینه‌های عملیاتی",  # Persian yeh and keheh, zero-width non-joiner
        "كاهش هزينه هاي عملياتي",  # Arabic yeh and kaf, a space instead
        "امنیت داده‌های مشتریان",
        "حفظ امنيت داده هاي مشتري",
    ]
    result = find_themes(persian)
    assert result.assignments[0] == result.assignments[1] != result.assignments[2] == result.assignments[3]
    assert normalise(persian[0]) == normalise(persian[1])
    indonesian = [
        "Menekan biaya operasional tahun depan",
        "Tetap dalam anggaran tahun 2027",
        "Keamanan data pelanggan harus terjamin",
        "Audit keamanan sebelum sistem baru dipakai",
    ]
    result = find_themes(indonesian)
    assert result.assignments[0] == result.assignments[1] != result.assignments[2] == result.assignments[3]


def test_normalisation_folds_what_users_type_differently() -> None:
    assert normalise("ＦＹ２７　Budget") == "fy27 budget"
    assert normalise("すべて の リマインダー を 表示") == "すべてのリマインダーを表示"
    assert normalise("hello world") == "hello world"
    assert normalise("۱۴۰۳ و ١٤٠٣") == "1403 و 1403"


def test_progress_rises_to_one_and_cancel_stops_the_work() -> None:
    seen: list[float] = []
    find_themes(
        COMMITTEE * 20 + [f"Statement number {i} about topic {i % 7}" for i in range(200)],
        progress=seen.append,
    )
    assert seen[-1] == 1.0 and seen == sorted(seen) and all(0.0 <= f <= 1.0 for f in seen)
    calls = 0

    def stop() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    with pytest.raises(ThemesCancelled):
        find_themes([f"Statement number {i} about topic {i % 7}" for i in range(300)], should_stop=stop)


def test_public_intents_cluster_better_than_plain_word_counts(public_data: Callable[[str], Path]) -> None:
    """A light check on real data: 12 CLINC150 intents, 20 requests each, the true k."""
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import normalized_mutual_info_score

    rows = json.loads(public_data("clinc150/data_full.json").read_text(encoding="utf-8"))["test"]
    intents = sorted({intent for _, intent in rows})
    chosen = set(random.Random(3).sample(intents, 12))
    picked = [(text, intent) for text, intent in rows if intent in chosen]
    texts, truth = [t for t, _ in picked], [i for _, i in picked]
    ours = normalized_mutual_info_score(truth, find_themes(texts, k=12).assignments)
    matrix = TfidfVectorizer().fit_transform(texts)
    plain = (
        sum(
            normalized_mutual_info_score(truth, KMeans(12, random_state=s).fit_predict(matrix))
            for s in range(3)
        )
        / 3
    )
    assert ours >= 0.75 and ours > plain

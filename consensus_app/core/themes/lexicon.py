"""Small, hand-made language knowledge for short business statements.

A pursuit has a few dozen statements: too few for co-occurrence alone to learn that
"budget", "run costs" and "total cost of ownership" are about the same thing, and few
enough that "the" or "on" in two statements would tie them together. So, before counting:

- function words are dropped (English, Indonesian, Persian, Korean endings written apart);
- words of a few recurring buying concepts get a shared concept token appended
  ("budget" and "costs" both add `concept_cost`), a thesaurus in the classic IR sense.

Triggers are matched on normalised text: as word prefixes (ASCII, 4+ letters), whole
words (shorter ones and other scripts), or anywhere (CJK).
"""

from __future__ import annotations

import re
from functools import lru_cache

from consensus_app.core.themes.text import is_cjk, normalise

CONCEPT_PREFIX = "concept_"

STOP_WORDS = frozenset(
    """
    a an the and or but nor of to in on at by for from with without into onto over under about as
    is are was were be been being am do does did doing have has had having will would shall should
    can could may might must it its it's this that these those there here their theirs them they
    we our ours us you your yours he she his her i me my mine who whom which what when where why
    how all any each every some such no not only than too very just so also more most much many
    other another same own again further once then up down out off if else while because until
    per via need needs want wants get gets got make makes let lets one ones new yet still even
    yang dan di ke dari untuk dengan ini itu pada dalam adalah akan tidak kami kita saya kamu
    anda mereka ada atau juga sudah belum bisa harus agar supaya oleh karena jika lebih sangat
    semua setiap tanpa baru perlu ingin mau tersebut bagi para sebuah seorang hal
    و در به از که این آن را با است برای تا یا هم نیز اما اگر بر ها های هر همه ما من شما او
    ایشان خود بی باید نباید می نمی شود شده کرد کند کنیم کنند داریم دارد بود یک هیچ بدون چه
    합니다 싶습니다 있습니다 없습니다 됩니다 입니다 해야 해야만 안 것 수 게 건 더 또 잘 꼭
    그 이 저 우리 우리가 있어야 없이 하는 하고 위해 때문에 대한 및 등
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

# Korean and Japanese verb endings and politeness forms: in every sentence, never a theme's term.
CJK_ENDINGS = ("니다", "습니", "합니", "싶", "어야", "해야", "입니", "ます", "です", "たい", "する", "ない")

# concept → triggers (normalised forms). Kept to themes that recur in buying committees.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "cost": (
        "cost",
        "budget",
        "spend",
        "price",
        "pricing",
        "opex",
        "capex",
        "tco",
        "expens",
        "saving",
        "cheap",
        "afford",
        "roi",
        "payback",
        "margin",
        "fiscal",
        "envelope",
        "fee",
        "fees",
        "biaya",
        "anggaran",
        "hemat",
        "harga",
        "pengeluaran",
        "murah",
        "هزینه",
        "بودجه",
        "قیمت",
        "ارزان",
        "صرفه",
        "コスト",
        "予算",
        "費用",
        "価格",
        "投資",
        "비용",
        "예산",
        "투자",
        "가격",
        "절감",
        "成本",
        "预算",
        "费用",
        "价格",
    ),
    "security": (
        "secur",
        "sso",
        "sign-on",
        "audit",
        "complian",
        "hipaa",
        "soc",
        "phi",
        "privacy",
        "breach",
        "encrypt",
        "gdpr",
        "keamanan",
        "aman",
        "kepatuhan",
        "privasi",
        "امنیت",
        "امن",
        "حریم",
        "ممیزی",
        "انطباق",
        "セキュリティ",
        "監査",
        "個人情報",
        "보안",
        "감사",
        "개인정보",
        "安全",
        "审计",
        "隐私",
    ),
    "integration": (
        "integrat",
        "interface",
        "api",
        "hl7",
        "fhir",
        "interoperab",
        "integrasi",
        "یکپارچه",
        "連携",
        "統合",
        "연동",
        "통합",
        "集成",
    ),
    "training": (
        "train",
        "learn",
        "adopt",
        "onboard",
        "pelatihan",
        "belajar",
        "آموزش",
        "研修",
        "教育",
        "교육",
        "培训",
    ),
    "data": (
        "data",
        "report",
        "dashboard",
        "analytic",
        "metric",
        "visibil",
        "laporan",
        "داده",
        "گزارش",
        "データ",
        "レポート",
        "可視化",
        "데이터",
        "数据",
        "报告",
    ),
    "vendor": (
        "vendor",
        "supplier",
        "contract",
        "pemasok",
        "kontrak",
        "قرارداد",
        "تامین",
        "ベンダー",
        "契約",
        "공급",
        "계약",
        "供应商",
        "合同",
    ),
    "quality": (
        "quality",
        "defect",
        "scrap",
        "rework",
        "kualitas",
        "mutu",
        "cacat",
        "کیفیت",
        "نقص",
        "品質",
        "不良",
        "품질",
        "불량",
        "质量",
        "缺陷",
    ),
    "growth": (
        "revenue",
        "growth",
        "grow",
        "pendapatan",
        "درآمد",
        "売上",
        "成長",
        "매출",
        "성장",
        "收入",
        "增长",
    ),
}


def _matcher(triggers: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a concept: ASCII stems of 4+ letters as word prefixes, other triggers as
    whole words, CJK triggers anywhere (CJK has no word boundaries)."""
    forms = sorted({normalise(t) for t in triggers}, key=len, reverse=True)
    cjk = [re.escape(t) for t in forms if is_cjk(t)]
    stems = [re.escape(t) for t in forms if not is_cjk(t) and t.isascii() and len(t) >= 4]
    words = [re.escape(t) for t in forms if not is_cjk(t) and not (t.isascii() and len(t) >= 4)]
    parts = [*cjk]
    if stems:
        parts.append(r"(?<!\w)(?:" + "|".join(stems) + ")")
    if words:
        parts.append(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)")
    return re.compile("|".join(parts))


_MATCHERS = {concept: _matcher(triggers) for concept, triggers in CONCEPTS.items()}


@lru_cache(maxsize=65_536)
def concepts(text: str) -> tuple[str, ...]:
    """The concepts a normalised statement mentions, in `CONCEPTS` order."""
    return tuple(concept for concept, matcher in _MATCHERS.items() if matcher.search(text))


_EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")


def content_words(text: str) -> str:
    """A normalised statement's content words, English plurals made singular ("beds" → "bed").

    For a committee's few statements, where one shared "the" or one "beds" against "bed"
    decides what goes together. Unchanged if nothing would be left.
    """
    kept = [_singular(w) for w in text.split(" ") if _EDGE_PUNCTUATION.sub("", w) not in STOP_WORDS]
    return " ".join(kept) if kept else text


def _singular(word: str) -> str:
    if not word.isascii() or len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]

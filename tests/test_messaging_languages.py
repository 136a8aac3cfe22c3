"""Drafts and kits in Japanese, Persian and Indonesian, the committee's language, and golden texts.

The committees are hand-made like those of test_messaging.py: a Japanese logistics company, a
Persian-and-English distributor with nine sign-offs, an Indonesian retail chain whose statements
are in Latin script (only the declared language tells them from English).
"""

from __future__ import annotations

import json
from dataclasses import replace
from string import Template
from typing import Any

import pytest

from consensus_app.core.messaging import BridgeTheme, draft_message, draft_messages, mobilizer_kits
from consensus_app.core.messaging.language import committee_language, statement_language
from consensus_app.core.messaging.lint import _QUOTED, lint_draft, lint_kit
from consensus_app.core.messaging.templates import FOLDER, templates_for
from consensus_app.core.pursuit_map import MapNode, PursuitMap
from consensus_app.resources import resource_path
from models import BuyingStage, Function, PriorityKind, Profile
from models.tables import PriorityRecord
from tests.test_messaging import (
    EN_MAP,
    EN_PRIORITIES,
    FINANCE_ONLY,
    KO_MAP,
    KO_PRIORITIES,
    KO_WINS,
    PURSUIT,
    QUALITY,
    TOOLS,
    WINS,
    bridge,
    person,
    said,
)

LANGUAGES = ["en", "ko", "ja", "fa", "id"]


def speaking(node: MapNode, language: str) -> MapNode:
    """The person with a declared language (the stakeholder's `language`)."""
    return replace(node, language=language)


# --- a Japanese committee: a logistics company's warehouse data --------------------------

SATO = person(21, "佐藤 健一", Function.FINANCE, Profile.SKEPTIC, 1, approver=True)
TAKAHASHI = person(22, "高橋 美咲", Function.OPERATIONS, Profile.GO_GETTER, 2, approver=True)
TANAKA = person(23, "田中 翔", Function.IT, Profile.TEACHER, 1)
YAMAMOTO = person(24, "山本 直樹", Function.LEGAL, Profile.BLOCKER, -2)
JA_PEOPLE = [SATO, TAKAHASHI, TANAKA, YAMAMOTO]
JA_MAP = PursuitMap(3, PURSUIT, "東和ロジスティクス — 倉庫データ", JA_PEOPLE, [])
MISSHIPS = said(22, "出荷ミスの原因調査に毎回三日以上かかっています", PriorityKind.PAIN, 5)
ONE_PLACE = said(23, "倉庫の在庫データと出荷データを一か所で分析したい", PriorityKind.GOAL, 5)
LOSS = said(21, "誤出荷による損失額を月次で正確に把握したい", PriorityKind.GOAL, 3)
DOMESTIC = said(24, "顧客データは国内のデータセンターに保管すること", PriorityKind.DECISION_CRITERION)
JA_BUDGET = said(21, "2027年度の設備投資予算の範囲内に収めること", PriorityKind.DECISION_CRITERION, 5)
LEGACY = said(23, "既存の基幹システムとの連携が止まるのが心配です", PriorityKind.CONCERN)
CENTRE = said(22, "このプロジェクトを成功させて物流センター長に推薦されたい", PriorityKind.PERSONAL, 3)
JA_PRIORITIES = [MISSHIPS, ONE_PLACE, LOSS, DOMESTIC, JA_BUDGET, LEGACY, CENTRE]
SHIPPING = bridge("出荷ミスの原因追跡", JA_PEOPLE, [MISSHIPS, ONE_PLACE, LOSS, DOMESTIC], 0.9)
JA_WINS = {22: "センター長への昇進審査で、この成果を評価してもらうこと"}

# --- nine sign-offs in Persian and English: five approvers write Persian, four English -------
# The English four write more statements (eight against five): approvers count, not statements.

FA_NAMES = ["مریم احمدی", "Ana Silva", "رضا کریمی", "John Carter", "سارا محمدی"]
FA_NAMES += ["Tom Becker", "علی رضایی", "Lisa Green", "نگار حسینی"]
FA_FUNCTIONS = [Function.EXECUTIVE, Function.FINANCE, Function.IT, Function.OPERATIONS, Function.LEGAL]
FA_FUNCTIONS += [Function.PROCUREMENT, Function.SECURITY, Function.HR, Function.MARKETING]
FA_PROFILES = {31: Profile.GO_GETTER, 33: Profile.TEACHER, 34: Profile.TEACHER, 37: Profile.SKEPTIC}
FA_PEOPLE = [
    person(sid, name, function, FA_PROFILES.get(sid, Profile.GUIDE), 1, approver=True)
    for sid, name, function in zip(range(31, 40), FA_NAMES, FA_FUNCTIONS, strict=True)
]
# The Persian speakers' records say so: one who has written nothing yet still counts as Persian.
FA_PEOPLE = [speaking(n, "fa") if n.stakeholder_id % 2 else n for n in FA_PEOPLE]
FA_MAP = PursuitMap(4, PURSUIT, "پخش البرز — تحویل به‌موقع", FA_PEOPLE, [])
TWO_DAYS = said(
    31, "می‌خواهیم تحویل سفارش‌ها به مشتریان عمده هرگز بیش از دو روز طول نکشد", PriorityKind.GOAL, 5
)
HALVE = said(32, "Cut the cost of late deliveries in half this year", PriorityKind.GOAL, 5)
PAYBACK = said(32, "Payback within 18 months", PriorityKind.DECISION_CRITERION, 5)
MANUAL = said(33, "داده‌های انبار هر شب به‌صورت دستی با سامانهٔ سفارش‌ها تطبیق داده می‌شود", PriorityKind.PAIN, 5)
ACCOUNTS = said(34, "Late deliveries cost us two key accounts last quarter", PriorityKind.PAIN, 4)
PHONES = said(34, "Drivers need route changes on their phones", PriorityKind.GOAL, 3)
IN_COUNTRY = said(35, "داده‌های مشتریان باید در داخل کشور نگهداری شود", PriorityKind.DECISION_CRITERION, 5)
REFERENCES = said(36, "Three references from distributors of our size", PriorityKind.DECISION_CRITERION)
LOCK_IN = said(36, "No lock-in beyond a two-year term", PriorityKind.CONCERN)
LOGGED = said(37, "هر دسترسی بیرونی به سامانه‌ها باید ثبت و بازبینی شود", PriorityKind.CONCERN, 5)
TRAINING = said(38, "Warehouse staff should not need weeks of training", PriorityKind.CONCERN)
OVERTIME = said(38, "Keep warehouse overtime below ten percent", PriorityKind.GOAL)
COMPLAINTS = said(39, "مشتریان عمده از تأخیر در تحویل به ما شکایت می‌کنند", PriorityKind.PAIN, 4)
FA_PRIORITIES = [TWO_DAYS, HALVE, PAYBACK, MANUAL, ACCOUNTS, PHONES, IN_COUNTRY]
FA_PRIORITIES += [REFERENCES, LOCK_IN, LOGGED, TRAINING, OVERTIME, COMPLAINTS]
DELIVERY = bridge(
    "تأخیر در تحویل", FA_PEOPLE, [TWO_DAYS, MANUAL, COMPLAINTS, ACCOUNTS, HALVE, IN_COUNTRY], 0.9
)
ACCESS = bridge("دسترسی و قرارداد", FA_PEOPLE, [LOGGED, LOCK_IN, TRAINING], 0.5)
FA_WINS = {31: "مریم می‌خواهد در جلسهٔ هیئت‌مدیره نشان دهد که شکایت مشتریان عمده نصف شده است"}

# --- an Indonesian retail chain: Latin script, so the declared language decides -------------

BUDI = speaking(person(41, "Budi Santoso", Function.FINANCE, Profile.SKEPTIC, 1, approver=True), "id")
SITI = speaking(person(42, "Siti Rahma", Function.OPERATIONS, Profile.GO_GETTER, 2, approver=True), "id")
ANDI = speaking(person(43, "Andi Wijaya", Function.IT, Profile.TEACHER, 1), "id-ID")
DEWI = speaking(person(44, "Dewi Lestari", Function.MARKETING, Profile.BLOCKER, -2), "id")
ID_PEOPLE = [BUDI, SITI, ANDI, DEWI]
ID_MAP = PursuitMap(5, PURSUIT, "Sentosa Mart — stok", ID_PEOPLE, [])
DEAD_STOCK = said(41, "Menekan biaya stok mati di gudang hingga separuhnya tahun ini", PriorityKind.GOAL, 5)
PAYBACK_ID = said(41, "Investasi harus kembali dalam 18 bulan", PriorityKind.DECISION_CRITERION, 5)
SOLD_OUT = said(
    42, "Toko sering kehabisan barang laris karena data stok terlambat sehari", PriorityKind.PAIN, 5
)
HOURLY = said(43, "Data stok dari semua toko harus masuk ke satu sistem setiap jam", PriorityKind.GOAL)
CASHIER = said(43, "Integrasi dengan sistem kasir lama bisa mengganggu toko", PriorityKind.CONCERN)
PROMOS = said(44, "Promosi kami gagal kalau stok di toko tidak akurat", PriorityKind.PAIN)
LEAD_PROGRAM = said(
    42, "Ingin dipercaya memimpin program digitalisasi toko tahun depan", PriorityKind.PERSONAL
)
ID_PRIORITIES = [DEAD_STOCK.model_copy(update={"language": "id"}), PAYBACK_ID, SOLD_OUT, HOURLY]
ID_PRIORITIES += [CASHIER, PROMOS, LEAD_PROGRAM]
STOCK = bridge("Stok yang akurat dan tepat waktu", ID_PEOPLE, [SOLD_OUT, HOURLY, DEAD_STOCK, PROMOS], 0.9)
ID_WINS = {42: "Siti ingin program ini menjadi bukti bahwa ia siap memimpin wilayah"}

COMMITTEES: dict[str, tuple[PursuitMap, list[PriorityRecord], list[BridgeTheme], dict[int, str | None]]] = {
    "en": (EN_MAP, EN_PRIORITIES, [TOOLS, FINANCE_ONLY], dict(WINS)),
    "ko": (KO_MAP, KO_PRIORITIES, [QUALITY], dict(KO_WINS)),
    "ja": (JA_MAP, JA_PRIORITIES, [SHIPPING], dict(JA_WINS)),
    "fa": (FA_MAP, FA_PRIORITIES, [DELIVERY, ACCESS], dict(FA_WINS)),
    "id": (ID_MAP, ID_PRIORITIES, [STOCK], dict(ID_WINS)),
}


def _goals_only(priorities: list[PriorityRecord]) -> list[PriorityRecord]:
    """A committee that has written down no criteria and no concerns yet."""
    return [p for p in priorities if p.kind in (PriorityKind.GOAL, PriorityKind.PAIN, PriorityKind.PERSONAL)]


@pytest.mark.parametrize("stage", list(BuyingStage))
@pytest.mark.parametrize("language", ["ja", "fa", "id"])
@pytest.mark.parametrize("evidence", ["full", "goals only"])
def test_every_generated_draft_and_kit_passes_the_linter_in_japanese_persian_and_indonesian(
    stage: BuyingStage, language: str, evidence: str
) -> None:
    pursuit_map, priorities, bridges, wins = COMMITTEES[language]
    texts = [p.text for p in priorities]
    if evidence != "full":
        priorities = _goals_only(priorities)
    drafts = draft_messages(pursuit_map, priorities, bridges, stage)
    kits = mobilizer_kits(pursuit_map, priorities, bridges, stage, wins)
    assert drafts and kits
    assert all(d.language == language for d in drafts)
    for draft in drafts:
        assert lint_draft(draft, texts) == [], draft.body
    for kit in kits:
        assert lint_kit(kit, texts) == [], kit.share_body
        assert kit.approach and (kit.personal_value or kit.missing_value_note)


def _shape(data: Any) -> Any:
    """A template file's structure: keys, parts, when/unless and the fields each text uses."""
    if isinstance(data, dict):
        if "text" in data:
            return (data.get("when"), data.get("unless"), _shape(data["text"]))
        return {key: _shape(value) for key, value in data.items() if key not in ("language", "name")}
    if isinstance(data, list):
        return [_shape(item) for item in data]
    return frozenset(Template(data).get_identifiers()) if isinstance(data, str) else data


def _template_file(language: str) -> Any:
    return json.loads(resource_path(FOLDER, f"{language}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", ["ja", "fa", "id"])
def test_a_template_file_has_the_english_ones_structure(language: str) -> None:
    data = _template_file(language)
    assert data["language"] == language
    assert _shape(data) == _shape(_template_file("en"))
    assert set(data["functions"]) == {f.value for f in Function}


@pytest.mark.parametrize("language", LANGUAGES)
def test_quotes_use_marks_the_linter_reads_and_templates_name_no_team_outside_a_field(language: str) -> None:
    templates = templates_for(language)
    item = templates.quote("出荷 data", Function.FINANCE)
    assert [next(filter(None, g)) for g in _QUOTED.findall(item)] == ["出荷 data"]
    # A function's name in a template's own words would speak for a team that may have said nothing.
    data = _template_file(language)
    texts = [data["group"], data["kit"]["share"]]
    own_words = json.dumps(texts, ensure_ascii=False)
    names = [templates.function_name(f) for f in Function if f is not Function.OTHER]
    assert [n for n in names if not n.isascii() and n in own_words] == []


# --- the committee's language ------------------------------------------------------------


def test_nine_sign_offs_most_of_whom_write_persian_get_a_persian_draft() -> None:
    draft = draft_message(FA_MAP, FA_PRIORITIES, DELIVERY, BuyingStage.PROBLEM_DEFINITION)
    assert draft is not None and draft.language == "fa"
    assert f"«{MANUAL.text}»" in draft.body and f"«{COMPLAINTS.text}»" in draft.body
    assert "همکاران" in draft.body and "Suggested" not in draft.body
    # Quotes stay in each person's words: a theme only English speakers fill is quoted in English.
    access = draft_message(FA_MAP, FA_PRIORITIES, ACCESS, BuyingStage.SUPPLIER_SELECTION)
    assert access is not None and access.language == "fa" and f"«{LOCK_IN.text}»" in access.body


def test_an_english_majority_with_one_persian_statement_stays_english() -> None:
    english = [replace(n, name=f"Person {n.stakeholder_id}", language=None) for n in FA_PEOPLE]
    persian_ids = {31, 33, 35, 37, 39}
    translated = [
        p
        if p.stakeholder_id not in persian_ids or p is TWO_DAYS
        else p.model_copy(update={"text": f"Said {p.id}"})
        for p in FA_PRIORITIES
    ]
    assert committee_language([["fa"], [None, None], [None], [None], [None]], ["fa", None]) == "en"
    draft = draft_message(
        PursuitMap(4, PURSUIT, "t", english, []), translated, DELIVERY, BuyingStage.PROBLEM_DEFINITION
    )
    assert draft is not None and draft.language == "en"


def test_approvers_decide_ties_go_by_statements_and_latin_script_needs_a_declared_language() -> None:
    assert committee_language([["fa"], ["fa"], [None, None, None]], ["fa", "fa", None, None, None]) == "fa"
    assert committee_language([["ko"], [None]], ["ko", "ko", None]) == "ko"  # a tie: more Korean said
    assert committee_language([], ["ja", None, "ja"]) == "ja"  # no approver wrote anything
    assert statement_language("Toko sering kehabisan barang") is None
    assert statement_language("Toko sering kehabisan barang", None, "id-ID") == "id"
    assert statement_language("Cut cost by 10%", None, "ko") is None  # a Korean speaker's English
    assert statement_language("불량 원인", None, "id") == "ko"
    undeclared = [replace(n, language=None) for n in ID_PEOPLE]
    plain = [p.model_copy(update={"language": None}) for p in ID_PRIORITIES]
    draft = draft_message(
        PursuitMap(5, PURSUIT, "t", undeclared, []), plain, STOCK, BuyingStage.PROBLEM_DEFINITION
    )
    assert draft is not None and draft.language == "en"  # nothing tells Indonesian from English
    declared = draft_message(ID_MAP, ID_PRIORITIES, STOCK, BuyingStage.PROBLEM_DEFINITION)
    assert declared is not None and declared.language == "id" and "Keuangan" in declared.body


def test_a_mobilizer_kit_is_in_the_mobilizers_own_language() -> None:
    from consensus_app.i18n import use_language

    # The seller's labels follow the seller's language (here the committee's); the piece to share
    # is in the mobilizer's own language.
    with use_language("fa"):
        kits = {
            k.name: k
            for k in mobilizer_kits(
                FA_MAP, FA_PRIORITIES, [DELIVERY, ACCESS], BuyingStage.PROBLEM_DEFINITION, FA_WINS
            )
        }
    assert kits["مریم احمدی"].language == "fa" and "«" not in kits["مریم احمدی"].personal_value[0]
    assert kits["مریم احمدی"].personal_value == [f"از یادداشت‌های تیم ما: {FA_WINS[31]}"]
    assert "اهل عمل" in kits["مریم احمدی"].approach
    assert kits["John Carter"].language == "en"  # he writes English: his piece is in English
    with use_language("ja"):
        japanese = mobilizer_kits(JA_MAP, JA_PRIORITIES, [SHIPPING], BuyingStage.PROBLEM_DEFINITION, JA_WINS)
    takahashi = next(k for k in japanese if k.name == "高橋 美咲")
    assert takahashi.language == "ja"
    assert takahashi.personal_value == [
        f"ご本人の言葉：「{CENTRE.text}」",
        f"当社チームのメモ：{JA_WINS[22]}",
    ]
    assert "高橋 美咲さん" in takahashi.share_note and CENTRE.text not in takahashi.share_body


def test_a_theme_whose_people_wrote_no_criteria_lists_the_committees_instead_of_saying_none_exist() -> None:
    # Takahashi (operations) and Tanaka (IT) wrote no criteria; Sato (finance) and Yamamoto
    # (legal) did: "no one has written down what any approach must meet" would be untrue.
    narrow = bridge("出荷データ", JA_PEOPLE, [MISSHIPS, ONE_PLACE], 0.5)
    draft = draft_message(JA_MAP, JA_PRIORITIES, narrow, BuyingStage.SOLUTION_IDENTIFICATION)
    assert draft is not None
    assert f"「{JA_BUDGET.text}」（財務）" in draft.body and "まだどなたも" not in draft.body
    assert lint_draft(draft, [p.text for p in JA_PRIORITIES]) == []
    no_one = [p for p in JA_PRIORITIES if p.kind is not PriorityKind.DECISION_CRITERION]
    honest = draft_message(JA_MAP, no_one, narrow, BuyingStage.SOLUTION_IDENTIFICATION)
    assert honest is not None and "まだどなたも書き出されていません" in honest.body


# How each language's next step points back at the list of risks and of criteria above it.
POINTS_BACK = {
    "en": ("these risks", "review these criteria"),
    "ko": ("이 위험 하나하나", "이 기준을 검토"),
    "ja": ("これらのリスク", "判断基準を見直し"),
    "fa": ("این ریسک‌ها", "مرور این معیارها"),
    "id": ("setiap risiko ini", "meninjau kriteria ini"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_next_step_points_back_at_risks_and_criteria_only_when_they_are_listed(language: str) -> None:
    pursuit_map, priorities, bridges, _ = COMMITTEES[language]
    risks, criteria = POINTS_BACK[language]
    for evidence in (priorities, _goals_only(priorities)):
        listed = any(p.kind is PriorityKind.DECISION_CRITERION for p in evidence)
        choice = draft_messages(pursuit_map, evidence, bridges, BuyingStage.SUPPLIER_SELECTION)[0]
        approach = draft_messages(pursuit_map, evidence, bridges, BuyingStage.SOLUTION_IDENTIFICATION)[0]
        assert (risks in choice.body) == listed  # criteria are among the risks a choice must answer
        assert (criteria in approach.body) == listed

"""Common-language drafts, mobilizer kits and the personalization check, on hand-made committees."""

from __future__ import annotations

from dataclasses import replace
from itertools import count

import pytest

from consensus_app.core.messaging import (
    BridgeTheme,
    Draft,
    closest_bridge,
    draft_as_markdown,
    draft_as_text,
    draft_message,
    draft_messages,
    kit_as_markdown,
    kit_as_text,
    mobilizer_kits,
    personalization_warnings,
)
from consensus_app.core.messaging.language import detect_script_language
from consensus_app.core.messaging.templates import available_languages, templates_for
from consensus_app.core.pursuit_map import MapNode, PursuitMap
from models import BuyingStage, Function, PriorityKind, Profile
from models.tables import PriorityRecord

PURSUIT = 1
_ids = count(1)


def person(
    sid: int, name: str, function: Function, profile: Profile, stance: int, approver: bool = False
) -> MapNode:
    return MapNode(
        stakeholder_id=sid,
        key=f"s-{sid}",
        name=name,
        title=None,
        function=function,
        profile=profile,
        reports_to_id=None,
        member_id=100 + sid,
        approver=approver,
        stance=stance,
        influence=3,
    )


def said(
    sid: int, text: str, kind: PriorityKind, importance: int = 4, pursuit: int | None = None
) -> PriorityRecord:
    n = next(_ids)
    return PriorityRecord(
        id=n,
        key=f"p-{n}",
        text=text,
        kind=kind,
        importance=importance,
        account_id=1,
        stakeholder_id=sid,
        pursuit_id=pursuit,
    )


def bridge(label: str, people: list[MapNode], statements: list[PriorityRecord], weight: float) -> BridgeTheme:
    ids = list(dict.fromkeys(p.stakeholder_id for p in statements))
    nodes = {n.stakeholder_id: n for n in people}
    return BridgeTheme(
        label=label,
        statements=[(p.stakeholder_id, p.text) for p in statements],
        stakeholder_ids=ids,
        functions=sorted({nodes[i].function for i in ids}),
        approver_ids=[i for i in ids if nodes[i].approver],
        weight=weight,
    )


# --- an English committee: a hospital replacing its bed-management tools -----------------

CFO = person(1, "Dana Brandt", Function.FINANCE, Profile.SKEPTIC, 1, approver=True)
CIO = person(2, "Marcus Webb", Function.IT, Profile.GO_GETTER, 2, approver=True)
COO = person(3, "Priya Nair", Function.OPERATIONS, Profile.TEACHER, -1)
CNO = person(4, "Tanya Greene", Function.CLINICAL, Profile.GUIDE, 2)
BUYER = person(5, "Lee Park", Function.PROCUREMENT, Profile.BLOCKER, -2)
OUTSIDER = MapNode(6, "s-6", "Sam Ortiz", None, Function.LEGAL, Profile.TEACHER, None)  # not on the committee
EN_PEOPLE = [CFO, CIO, COO, CNO, BUYER, OUTSIDER]
EN_MAP = PursuitMap(1, PURSUIT, "Lakeshore — capacity", EN_PEOPLE, [])

TOOLS_PAIN = said(1, "We pay for three tools that all claim to manage beds", PriorityKind.PAIN, 5)
RETIRE_IT = said(2, "Retire the legacy bed-board licences by Q3 FY27", PriorityKind.GOAL)
RETIRE_OPS = said(3, "Retire the legacy bed board and transfer tools by end of FY27", PriorityKind.GOAL, 5)
NURSES = said(4, "Nurses lose an hour a shift chasing bed status by phone", PriorityKind.PAIN)
BUDGET = said(1, "Stay inside the FY27 capital and opex envelope", PriorityKind.DECISION_CRITERION, 5)
SSO = said(2, "No new system without SSO and an audit trail", PriorityKind.DECISION_CRITERION, 5, PURSUIT)
LOGINS = said(4, "Physicians should not have to log into yet another system", PriorityKind.CONCERN)
WRITE_OFF = said(1, "I don't want another write-off like the 2023 scheduling project", PriorityKind.PERSONAL)
OWNER = said(2, "Become the owner of the new command-center analytics", PriorityKind.PERSONAL)
ROI = said(1, "Show me the ROI model with our numbers", PriorityKind.GOAL, 5)
MARGIN = said(1, "Keep our operating margin positive in FY27", PriorityKind.GOAL, 5)
OTHER_DEAL = said(
    2, "Nightly exports only, for the other deal", PriorityKind.DECISION_CRITERION, 5, pursuit=99
)
EN_PRIORITIES = [
    TOOLS_PAIN,
    RETIRE_IT,
    RETIRE_OPS,
    NURSES,
    BUDGET,
    SSO,
    LOGINS,
    WRITE_OFF,
    OWNER,
    ROI,
    MARGIN,
    OTHER_DEAL,
]
TOOLS = bridge(
    "Retire the legacy bed tools", EN_PEOPLE, [TOOLS_PAIN, RETIRE_IT, RETIRE_OPS, NURSES, WRITE_OFF], 0.8
)
FINANCE_ONLY = bridge("Show me the ROI model", EN_PEOPLE, [ROI, MARGIN], 0.9)
WINS = {1: "Be the CFO who never signs another write-off", 2: None}


def quoted(text: str) -> str:
    return f"“{text}”"


def test_a_draft_quotes_the_stakeholders_own_words_across_functions_and_names_them() -> None:
    draft = draft_message(EN_MAP, EN_PRIORITIES, TOOLS, BuyingStage.PROBLEM_DEFINITION)
    assert draft is not None
    voices = [TOOLS_PAIN, RETIRE_IT, RETIRE_OPS, NURSES]
    used = [p for p in voices if quoted(p.text) in draft.body]
    assert len({p.stakeholder_id for p in used}) >= 3  # several functions' own words
    assert quoted(TOOLS_PAIN.text) in draft.body  # the finance pain leads a problem-definition draft
    assert WRITE_OFF.text not in draft.body  # personal wins are never said to the group
    for name in ("Finance", "IT", "Operations", "Clinical"):
        assert name in draft.body
    assert draft.language == "en" and draft.warnings == []
    assert set(draft.functions) >= {Function.FINANCE, Function.IT, Function.CLINICAL}
    assert set(draft.stakeholder_ids) == {1, 2, 3, 4}


def test_drafts_fit_the_buying_stage() -> None:
    drafts = {stage: draft_message(EN_MAP, EN_PRIORITIES, TOOLS, stage) for stage in BuyingStage}
    problem = drafts[BuyingStage.PROBLEM_DEFINITION]
    approach = drafts[BuyingStage.SOLUTION_IDENTIFICATION]
    choice = drafts[BuyingStage.SUPPLIER_SELECTION]
    assert problem and approach and choice
    assert len({d.title for d in drafts.values() if d}) == 3
    assert len({d.body for d in drafts.values() if d}) == 3
    assert "same problem" in problem.body and "criteria" not in problem.body
    # Solution identification: align on the approach and the shared decision criteria, in their words.
    assert "decision criteria" in approach.body
    assert quoted(BUDGET.text) in approach.body and quoted(SSO.text) in approach.body
    assert OTHER_DEAL.text not in approach.body  # another pursuit's criteria do not belong here
    # Supplier selection: de-risk the choice for the group, with the concerns they raised.
    assert "risk" in choice.body and quoted(LOGINS.text) in choice.body


def test_the_personalization_check_flags_a_one_function_draft_and_passes_a_bridging_one() -> None:
    narrow = draft_message(EN_MAP, EN_PRIORITIES, FINANCE_ONLY, BuyingStage.SOLUTION_IDENTIFICATION)
    wide = draft_message(EN_MAP, EN_PRIORITIES, TOOLS, BuyingStage.SOLUTION_IDENTIFICATION)
    assert narrow is not None and wide is not None
    assert narrow.warnings and any("Finance" in w for w in narrow.warnings)
    assert wide.warnings == [] and personalization_warnings(wide) == []


def test_the_check_reads_an_edited_draft() -> None:
    draft = draft_message(EN_MAP, EN_PRIORITIES, TOOLS, BuyingStage.PROBLEM_DEFINITION)
    assert draft is not None
    edited = replace(draft, body=f"Finance says {quoted(TOOLS_PAIN.text)}. Let's fix that for Finance.")
    warnings = personalization_warnings(edited)
    assert any("Names only Finance" in w for w in warnings)
    assert any("Every quoted statement comes from Finance" in w for w in warnings)


def test_draft_messages_puts_bridging_themes_first_and_keeps_to_the_limit() -> None:
    drafts = draft_messages(EN_MAP, EN_PRIORITIES, [FINANCE_ONLY, TOOLS], BuyingStage.SUPPLIER_SELECTION)
    assert [d.theme_label for d in drafts] == [TOOLS.label, FINANCE_ONLY.label]  # despite its weight
    assert (
        draft_messages(
            EN_MAP, EN_PRIORITIES, [FINANCE_ONLY, TOOLS], BuyingStage.SUPPLIER_SELECTION, max_messages=1
        )[0].theme_label
        == TOOLS.label
    )
    again = draft_messages(EN_MAP, EN_PRIORITIES, [FINANCE_ONLY, TOOLS], BuyingStage.SUPPLIER_SELECTION)
    assert again == drafts  # deterministic


def test_kits_only_for_supportive_mobilizers_with_their_personal_win() -> None:
    kits = mobilizer_kits(EN_MAP, EN_PRIORITIES, [TOOLS, FINANCE_ONLY], BuyingStage.PROBLEM_DEFINITION, WINS)
    # Marcus (Go-Getter, +2) and Dana (Skeptic, +1); not Priya (Teacher, -1), Tanya (a Guide is a
    # talker), Lee (Blocker) or Sam (not on the committee).
    assert [k.name for k in kits] == ["Marcus Webb", "Dana Brandt"]
    marcus, dana = kits
    # Their own words quoted first, then the team's note, each marked: one voice per line.
    assert dana.personal_value == [
        f"In their own words: “{WRITE_OFF.text}”",
        f"From the team's notes: {WINS[1]}",
    ]
    assert marcus.personal_value == [f"In their own words: “{OWNER.text}”"]
    assert marcus.missing_value_note == ""
    assert "Skeptic" in dana.approach and "Go-Getter" in marcus.approach
    for kit in kits:
        assert kit.share_title and kit.share_body and "supplier" in kit.share_note
        assert WRITE_OFF.text not in kit.share_body and OWNER.text not in kit.share_body
        assert kit.warnings == []
    assert marcus.theme_label == TOOLS.label


def test_a_kit_without_a_personal_win_says_what_to_find_out() -> None:
    shy = PursuitMap(1, PURSUIT, "t", [*EN_PEOPLE[:3], replace(CNO, profile=Profile.TEACHER)], [])
    kits = mobilizer_kits(shy, EN_PRIORITIES, [TOOLS], BuyingStage.PROBLEM_DEFINITION)  # no personal win
    tanya = next(k for k in kits if k.name == "Tanya Greene")
    assert tanya.personal_value == [] and "personal win" in tanya.missing_value_note
    assert "personal win" in kit_as_text(tanya)


def test_the_closest_bridge_is_where_their_own_priorities_are() -> None:
    criteria = bridge("Budget and sign-on", EN_PEOPLE, [BUDGET, SSO], 0.3)
    assert closest_bridge(2, EN_PRIORITIES, [TOOLS, criteria]) == criteria  # SSO (5) over a licence (4)
    assert closest_bridge(4, EN_PRIORITIES, [criteria, TOOLS]) == TOOLS
    # Dana's words weigh most in the finance-only theme, but a piece to share must bridge functions.
    assert closest_bridge(1, EN_PRIORITIES, [FINANCE_ONLY, criteria]) == criteria
    assert closest_bridge(4, EN_PRIORITIES, []) is None


# --- a Korean committee: a manufacturer's quality-data platform ---------------------------

LEE = person(11, "이정우", Function.FINANCE, Profile.CLIMBER, -1, approver=True)
YOON = person(12, "윤서진", Function.OPERATIONS, Profile.SKEPTIC, 1, approver=True)
KIM = person(13, "김민준", Function.ENGINEERING, Profile.GO_GETTER, 2)
KANG = person(14, "강태영", Function.IT, Profile.BLOCKER, -2)
KO_PEOPLE = [LEE, YOON, KIM, KANG]
KO_MAP = PursuitMap(2, PURSUIT, "한결정밀 — 품질 데이터", KO_PEOPLE, [])
DEFECTS = said(12, "불량 원인 하나 찾는 데 매번 일주일씩 걸리는 게 제일 답답합니다", PriorityKind.PAIN, 5)
SENSORS = said(13, "설비 센서 데이터와 검사 데이터를 한곳에서 분석하고 싶습니다", PriorityKind.GOAL, 5)
LOSSES = said(11, "불량으로 인한 손실 비용을 월별로 정확히 보고 싶습니다", PriorityKind.GOAL, 3)
MES = said(14, "새 솔루션은 기존 MES·ERP 연동 검증부터 통과해야 합니다", PriorityKind.DECISION_CRITERION)
CAPEX = said(11, "2027년 설비투자 예산 범위 안에서 해결해야 합니다", PriorityKind.DECISION_CRITERION, 5)
PROMOTION = said(13, "이 프로젝트로 차장 승진 때 성과를 인정받고 싶습니다", PriorityKind.PERSONAL, 3)
KO_PRIORITIES = [DEFECTS, SENSORS, LOSSES, MES, CAPEX, PROMOTION]
QUALITY = bridge("불량 원인 추적", KO_PEOPLE, [DEFECTS, SENSORS, LOSSES, MES], 0.9)
KO_WINS = {13: "이 프로젝트를 성공시켜 차장 승진 심사에서 핵심 성과로 인정받는 것"}


def test_a_korean_committee_gets_a_korean_draft_in_its_own_words() -> None:
    draft = draft_message(KO_MAP, KO_PRIORITIES, QUALITY, BuyingStage.SOLUTION_IDENTIFICATION)
    assert draft is not None and draft.language == "ko"
    assert quoted(SENSORS.text) in draft.body and quoted(LOSSES.text) in draft.body
    assert quoted(CAPEX.text) in draft.body and quoted(MES.text) in draft.body  # their criteria
    for name in ("운영", "엔지니어링", "재무"):
        assert name in draft.body
    assert "Suggested next step" not in draft.body and "제안" in draft.body
    assert draft.warnings == []
    problem = draft_message(KO_MAP, KO_PRIORITIES, QUALITY, BuyingStage.PROBLEM_DEFINITION)
    assert problem is not None and problem.body != draft.body and quoted(DEFECTS.text) in problem.body


def test_a_korean_mobilizer_kit_speaks_korean_and_uses_their_personal_win() -> None:
    from consensus_app.i18n import use_language

    with use_language("ko"):  # a Korean seller: the labels on the kit in Korean too
        kits = mobilizer_kits(KO_MAP, KO_PRIORITIES, [QUALITY], BuyingStage.PROBLEM_DEFINITION, KO_WINS)
    assert [k.name for k in kits] == ["김민준", "윤서진"]
    kim = kits[0]
    assert kim.language == "ko"
    assert kim.personal_value == [f"본인의 말: “{PROMOTION.text}”", f"우리 팀 메모: {KO_WINS[13]}"]
    assert "김민준 님" in kim.share_note and "실행형" in kim.approach
    assert kim.share_body and PROMOTION.text not in kim.share_body
    # A seller whose window is in English reads the labels in English; the piece stays Korean.
    with use_language("en"):
        english = mobilizer_kits(KO_MAP, KO_PRIORITIES, [QUALITY], BuyingStage.PROBLEM_DEFINITION, KO_WINS)
    assert english[0].personal_value[0] == f"In their own words: “{PROMOTION.text}”"
    assert english[0].share_body == kim.share_body and english[0].language == "ko"


def test_templates_are_chosen_by_the_language_of_the_statements() -> None:
    assert {"en", "ko", "ja", "fa", "id"} <= set(available_languages())
    assert detect_script_language("불량 원인") == "ko"
    assert detect_script_language("品質データ を 統合") == "ja"
    assert detect_script_language("质量数据") == "zh"
    assert detect_script_language("داده‌های اسکنر باید هر شب برسد") == "fa"
    assert detect_script_language("Cut total cost") is None
    assert templates_for("ko-KR").language == "ko" and templates_for("no").language == "en"
    # A declared language wins over the script; a language without templates falls back to English.
    declared = [p.model_copy(update={"language": "ko"}) for p in EN_PRIORITIES]
    draft = draft_message(EN_MAP, declared, TOOLS, BuyingStage.PROBLEM_DEFINITION)
    assert draft is not None and draft.language == "ko" and "재무" in draft.body
    persian = said(
        2, "داده‌های اسکنر و WMS باید هر شب بدون هیچ کار دستی به انبار داده برسد", PriorityKind.GOAL
    )
    wms = bridge("WMS data", EN_PEOPLE, [persian, RETIRE_OPS], 0.5)
    mixed = draft_message(EN_MAP, [*EN_PRIORITIES, persian], wms, BuyingStage.PROBLEM_DEFINITION)
    assert mixed is not None and mixed.language == "en"


def test_drafts_render_as_plain_text_and_markdown() -> None:
    starred = said(3, "Stop *all* manual_bed counts", PriorityKind.PAIN, 5)
    theme = bridge("Bed counts", EN_PEOPLE, [starred, TOOLS_PAIN], 0.5)
    draft = draft_message(EN_MAP, [*EN_PRIORITIES, starred], theme, BuyingStage.PROBLEM_DEFINITION)
    assert isinstance(draft, Draft)
    text = draft_as_text(draft)
    assert text.startswith(draft.title + "\n\n") and "#" not in text
    assert "- “Stop *all* manual_bed counts” (Operations)" in text
    markdown = draft_as_markdown(draft)
    assert markdown.startswith("## ")
    assert "- “Stop \\*all\\* manual\\_bed counts” (Operations)" in markdown
    kits = mobilizer_kits(EN_MAP, EN_PRIORITIES, [TOOLS], BuyingStage.PROBLEM_DEFINITION, WINS)
    kit_md = kit_as_markdown(kits[0])
    assert kit_md.startswith("### Marcus Webb") and "#### " in kit_md and kits[0].share_title in kit_md


@pytest.mark.parametrize("stage", list(BuyingStage))
def test_group_messages_stay_supplier_neutral(stage: BuyingStage) -> None:
    draft = draft_message(EN_MAP, EN_PRIORITIES, TOOLS, stage)
    assert draft is not None
    lowered = draft.body.lower()
    assert "our product" not in lowered and "our solution" not in lowered and "we offer" not in lowered


def test_a_theme_named_after_someones_personal_wish_is_not_stored_under_that_name() -> None:
    named_after_a_wish = replace(TOOLS, label="I don't want another write-off like the 2023…")
    draft = draft_message(EN_MAP, EN_PRIORITIES, named_after_a_wish, BuyingStage.PROBLEM_DEFINITION)
    assert draft is not None and "write-off" not in draft.theme_label
    assert draft.theme_label in draft.title


def test_a_sentence_opened_by_a_field_starts_with_a_capital() -> None:
    from consensus_app.core.messaging.templates import Composition

    title, body = Composition("${who} agree", ("${who} share a view:", "“${quote}”")).render(
        {"who": "the executive team and IT", "quote": "lower-case words stay as written"}
    )
    assert title == "The executive team and IT agree"
    assert body == "The executive team and IT share a view:\n\n“lower-case words stay as written”"


@pytest.mark.parametrize(
    ("priorities", "said"), [("with", "already named"), ("without", "No one has written")]
)
def test_a_draft_never_says_criteria_exist_and_that_none_do(priorities: str, said: str) -> None:
    scope = (
        EN_PRIORITIES
        if priorities == "with"
        else [p for p in EN_PRIORITIES if p.kind is not PriorityKind.DECISION_CRITERION]
    )
    draft = draft_message(EN_MAP, scope, TOOLS, BuyingStage.SOLUTION_IDENTIFICATION)
    assert draft is not None and said in draft.body
    assert ("already named" in draft.body) != ("No one has written" in draft.body)


# --- the draft linter -------------------------------------------------------------------------


def _goals_only(priorities: list[PriorityRecord]) -> list[PriorityRecord]:
    """A committee that has written down no criteria and no concerns yet."""
    return [p for p in priorities if p.kind in (PriorityKind.GOAL, PriorityKind.PAIN, PriorityKind.PERSONAL)]


@pytest.mark.parametrize("stage", list(BuyingStage))
@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("evidence", ["full", "goals only"])
def test_every_generated_draft_and_kit_passes_the_linter(
    stage: BuyingStage, language: str, evidence: str
) -> None:
    from consensus_app.core.messaging.lint import lint_draft, lint_kit

    pursuit_map, priorities, bridges, wins = (
        (EN_MAP, EN_PRIORITIES, [TOOLS, FINANCE_ONLY], WINS)
        if language == "en"
        else (KO_MAP, KO_PRIORITIES, [QUALITY], KO_WINS)
    )
    texts = [p.text for p in priorities]  # what the committee wrote (the bridges quote from it)
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


def test_the_linter_catches_what_a_careless_edit_or_template_would_say() -> None:
    from consensus_app.core.messaging.lint import lint_draft, lint_kit

    draft = draft_message(EN_MAP, EN_PRIORITIES, TOOLS, BuyingStage.SOLUTION_IDENTIFICATION)
    assert draft is not None
    texts = [p.text for p in EN_PRIORITIES]
    broken = replace(
        draft,
        body=draft.body
        + "\n\nAs Legal put it: “We will never sign a three-year term”."
        + "\n\nthe criteria each team named:\n\nNext step: ${functions} meet.",
    )
    problems = lint_draft(broken, texts)
    assert any("nobody on the committee wrote" in p for p in problems)
    assert any("announces a list that is not there" in p for p in problems)
    assert any("opens in lower case" in p for p in problems)
    assert any("placeholder" in p for p in problems)
    assert any("speaks for Legal" in p for p in problems)
    korean = draft_message(KO_MAP, KO_PRIORITIES, QUALITY, BuyingStage.SOLUTION_IDENTIFICATION)
    assert korean is not None
    mixed = replace(korean, body=korean.body + "\n\n다음 단계 (supplier selection): Go-Getter 와 함께")
    assert {"supplier selection", "Go-Getter"} <= {
        p.split("“")[1].rstrip("”")
        for p in lint_draft(mixed, [p.text for p in KO_PRIORITIES])
        if "English word" in p
    }
    kit = mobilizer_kits(EN_MAP, EN_PRIORITIES, [FINANCE_ONLY], BuyingStage.PROBLEM_DEFINITION, WINS)[0]
    assert kit.warnings and not kit.share_note  # one function's piece is not labelled safe to share
    assert "labelled safe to share" in " ".join(lint_kit(replace(kit, share_note="Safe to share"), texts))

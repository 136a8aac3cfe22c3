"""What the seller reads of an assessment is in the seller's language (issue 17), stored codes stay.

A 40-person Korean and a 40-person Persian committee, built to raise almost every finding (an
opposed approver, a Blocker who sways approvers, talkers, an approver nobody met, stale views,
eight sign-offs, functions with nothing in common, the late veto, a member who looped, an overdue
plan step, a champion who left), are assessed in their language. No English sentence of the
catalogue may be left in a finding's advice, its research note or a score explanation.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from consensus_app.core.analytics.assessment import assess
from consensus_app.core.analytics.facts import PriorityTheme
from consensus_app.core.analytics.results import Assessment
from consensus_app.core.leavers import Departure
from consensus_app.core.plan import PlanDeadline
from consensus_app.core.pursuit_map import EdgeKind, MapEdge, MapNode, PursuitMap
from consensus_app.i18n import use_language
from models import BuyingRole, BuyingStage, Function, Profile
from tests.analytics_maps import TODAY

ROOT = Path(__file__).resolve().parent.parent
KOREAN = ["김민준", "이서연", "박지훈", "최수아", "정하준", "윤서진", "강태영", "오동현", "한예린", "임지훈"]
PERSIAN = ["مریم", "رضا", "سارا", "علی", "نگار", "حسین", "زهرا", "مهدی", "لیلا", "امیر"]
FAMILY = {"ko": "김이박최정강조윤장임", "fa": ["احمدی", "کریمی", "محمدی", "رضایی", "حسینی"]}
FUNCTIONS = [
    Function.EXECUTIVE,
    Function.FINANCE,
    Function.IT,
    Function.OPERATIONS,
    Function.LEGAL,
    Function.PROCUREMENT,
    Function.SECURITY,
    Function.ENGINEERING,
]
LONG_AGO = TODAY - timedelta(days=200)
RECENT = TODAY - timedelta(days=5)


def _name(language: str, number: int) -> str:
    if language == "ko":
        return FAMILY["ko"][number % 10] + KOREAN[(number // 10) % 10][1:]
    return f"{PERSIAN[number % 10]} {FAMILY['fa'][(number // 10) % 5]}"


def committee(language: str, size: int = 40) -> tuple[PursuitMap, list[PriorityTheme], dict[int, int]]:
    """`size` people in the script of `language`; who is who is chosen to raise each finding."""
    nodes = []
    for sid in range(1, size + 1):
        approver = sid <= 8  # more sign-offs than the research's average: LARGE_GROUP
        nodes.append(
            MapNode(
                stakeholder_id=sid,
                key=f"s{sid}",
                name=_name(language, sid),
                title=None,
                function=FUNCTIONS[(sid - 1) % len(FUNCTIONS)],
                profile=Profile.FRIEND if sid % 3 else Profile.GUIDE,  # talkers: TALKER_HEAVY
                reports_to_id=None if sid == 1 else 1 + (sid - 2) // 8,
                member_id=sid,
                role=BuyingRole.ECONOMIC_BUYER if sid == 2 else None,
                approver=approver,
                stance=1,
                influence=3,
                last_engaged=RECENT,
                last_verified=RECENT if sid % 4 else LONG_AGO,  # STALE_ASSESSMENT
                journey_stage=BuyingStage.SUPPLIER_SELECTION,
            )
        )
    by_id = {n.stakeholder_id: n for n in nodes}

    def change(sid: int, **fields: object) -> None:
        from dataclasses import replace

        by_id[sid] = replace(by_id[sid], **fields)  # type: ignore[arg-type]

    change(2, stance=-1, influence=5)  # APPROVER_OPPOSED
    change(9, profile=Profile.BLOCKER, stance=-2, influence=5, approver=False)  # BLOCKER_RISK
    change(5, last_engaged=None)  # UNENGAGED_APPROVER
    change(3, journey_stage=BuyingStage.PROBLEM_DEFINITION)  # JOURNEY_LAG
    change(
        12,
        journey_stage=BuyingStage.SOLUTION_IDENTIFICATION,
        journey_from=BuyingStage.SUPPLIER_SELECTION,
        journey_since=TODAY - timedelta(days=10),
    )  # LOOPING
    change(10, profile=Profile.GO_GETTER, stance=2)
    nodes = [by_id[n.stakeholder_id] for n in nodes]
    edges = [
        MapEdge(n.stakeholder_id, n.reports_to_id, EdgeKind.REPORTS_TO) for n in nodes if n.reports_to_id
    ]
    edges += [MapEdge(9, 2, EdgeKind.INFLUENCES, 3), MapEdge(9, 4, EdgeKind.INFLUENCES, 3)]
    pursuit_map = PursuitMap(1, 1, "language test", nodes, edges, stage=BuyingStage.SUPPLIER_SELECTION)
    pursuit_map.plan = (
        PlanDeadline("PoC", TODAY - timedelta(days=20), False, 7, "Ola"),
    )  # PLAN_STEP_OVERDUE
    champion = Departure(99, _name(language, 99), Profile.GO_GETTER, TODAY - timedelta(days=10),
                         BuyingRole.CHAMPION, False, 2, 4)  # fmt: skip
    pursuit_map.departures = (champion,)  # CHAMPION_LEFT
    # Two halves of the group that share no theme: DIVERGENT_PRIORITIES.
    themes = [
        PriorityTheme("first", frozenset(n.stakeholder_id for n in nodes if n.function in FUNCTIONS[:4])),
        PriorityTheme("second", frozenset(n.stakeholder_id for n in nodes if n.function in FUNCTIONS[4:])),
    ]
    return pursuit_map, themes, {n.stakeholder_id: 1 for n in nodes}


def english_sentences() -> list[str]:
    """Each English catalogue sentence cut at its placeholders: the pieces of three words or more
    a finding, note or explanation would carry if it were left untranslated."""
    with (ROOT / "resources" / "locale" / "consensus.pot").open("rb") as source:
        template = read_po(source)
    pieces: set[str] = set()
    for message in template:
        for text in (message.id,) if isinstance(message.id, str) else message.id:
            for piece in re.split(r"\{[a-z_:,]*\}|\(CEB[^)]*\)|\(Gartner[^)]*\)", text or ""):
                words = piece.strip(" .,:;()“”")
                if len(words.split()) >= 3 and re.search("[a-z]", words):
                    pieces.add(words)
    return sorted(pieces)


def shown_words(result: Assessment) -> list[str]:
    texts = [f.message for f in result.findings] + [f.research or "" for f in result.findings]
    texts += [c.explanation for c in result.components] + [c.label for c in result.components]
    texts += [d.label for d in result.deductions]
    return texts


@pytest.mark.parametrize("language", ["ko", "fa"])
def test_a_committees_analysis_in_its_language_has_no_english_sentence_left(language: str) -> None:
    pursuit_map, themes, voiced = committee(language)
    with use_language("en"):
        english = assess(pursuit_map, TODAY, themes, voiced)
    with use_language(language):
        result = assess(pursuit_map, TODAY, themes, voiced)
    raised = {f.code for f in result.findings}
    assert raised >= {
        "APPROVER_OPPOSED", "BLOCKER_RISK", "TALKER_HEAVY", "UNENGAGED_APPROVER", "STALE_ASSESSMENT",
        "LARGE_GROUP", "DIVERGENT_PRIORITIES", "JOURNEY_LAG", "LOOPING", "PLAN_STEP_OVERDUE", "CHAMPION_LEFT",
    }  # fmt: skip
    # The same findings, codes and severities: only the words change.
    assert [(f.code, f.severity) for f in result.findings] == [(f.code, f.severity) for f in english.findings]
    assert result.score == english.score
    pieces = english_sentences()
    assert "signs off but has never been engaged" in " ".join(pieces)  # the catalogue was read
    for text in shown_words(result):
        left = [piece for piece in pieces if piece in text]
        assert not left, f"English left in a {language} analysis: {left[:3]} in {text!r}"
    for translated, original in zip(result.findings, english.findings, strict=True):
        assert translated.message != original.message
        assert translated.research != original.research or original.research is None
    # The profile names stay recognisable and the codes are the codes.
    blocker = next(f for f in result.findings if f.code == "BLOCKER_RISK" and 9 in f.stakeholders)
    assert "Blocker" in blocker.message


def test_the_persian_advice_reads_in_persian_with_names_and_numbers_in_place() -> None:
    pursuit_map, themes, voiced = committee("fa")
    with use_language("fa"):
        result = assess(pursuit_map, TODAY, themes, voiced)
    overdue = next(f for f in result.findings if f.code == "PLAN_STEP_OVERDUE")
    assert "«PoC» 20 روز پیش سررسید شده" in overdue.message and "Ola از طرف ما" in overdue.message
    left = next(f for f in result.findings if f.code == "CHAMPION_LEFT")
    assert left.message.startswith("از شرکت رفته‌اند: ") and _name("fa", 99) in left.message
    assert "(حامی درونی، رفته در 2026-11-13)" in left.message  # the role by its glossary name


def test_korean_dates_and_plurals_follow_the_language() -> None:
    from datetime import date

    from consensus_app.core.wording import long_date, weekday_date
    from consensus_app.i18n import ngettext

    with use_language("ko"):
        assert long_date(date(2026, 12, 7)) == "2026년 12월 7일"
        assert weekday_date(date(2026, 12, 7)) == "2026년 12월 7일 월요일"
    with use_language("ja"):
        assert long_date(date(2026, 12, 7)) == "2026年12月7日"
    with use_language("fa"):
        assert long_date(date(2026, 12, 7)) == "7 دسامبر 2026"
        # Babel's Persian rule: one form for 0 and 1, the other above.
        one = ngettext("{n} change", "{n} changes", 1)
        many = ngettext("{n} change", "{n} changes", 5)
        assert one == many == "{n} تغییر"
    with use_language("en"):
        assert weekday_date(date(2026, 12, 7)) == "Monday, 7 December 2026"
        assert ngettext("{n} change", "{n} changes", 1) == "{n} change"


def test_the_personalization_warnings_are_the_sellers_while_the_draft_keeps_its_language() -> None:
    from models import BuyingStage as Stage
    from tests.test_messaging import EN_MAP, EN_PRIORITIES, FINANCE_ONLY, draft_message

    with use_language("ko"):  # a Korean seller checks an English draft
        narrow = draft_message(EN_MAP, EN_PRIORITIES, FINANCE_ONLY, Stage.SOLUTION_IDENTIFICATION)
    assert narrow is not None and narrow.language == "en" and "Finance" in narrow.body
    assert narrow.warnings and all("재무" in w for w in narrow.warnings[:1])
    assert not any("function" in w for w in narrow.warnings)  # no English sentence left in them


def test_what_changed_reads_in_the_sellers_language(db_url: str) -> None:
    """The change log keeps its stored English summaries; the notes made from it are in Korean."""
    from datetime import UTC, date, datetime

    from consensus_app.core.change_notes import by_day_and_author, change_notes
    from consensus_app.core.interchange import check_document
    from consensus_app.storage.bulk_import import import_document
    from consensus_app.storage.workspace import open_workspace
    from tests.test_change_notes import crew_document

    with open_workspace(db_url, actor="Ingrid Solberg") as ws:
        import_document(ws, check_document(crew_document()), source="nordlys.json")
        dewi = next(s.id for s in ws.repos.stakeholders.list_where() if s.name == "Dewi Kusumawati 2")
        member = next(m for m in ws.repos.committee.list_where() if m.stakeholder_id == dewi)
        ws.repos.committee.update(member.id, stance=-1, influence=5, last_verified=date.today())
        ws.repos.committee.update(member.id, approver=True)
        records = ws.repos.changes.since(datetime(2000, 1, 1, tzinfo=UTC))
        assert records[0].summary.startswith("Imported account")  # stored as it was
        with use_language("ko"):
            notes = change_notes(records, ws.repos.changes.people(), ws.repos.changes.authors())
            day = by_day_and_author(notes)[0].label
    assert [n.text for n in notes] == [
        "nordlys.json에서 고객사 Nordlys Shipping ASA을(를) 가져옴",
        "Dewi Kusumawati 2: 입장 중립 → 회의적; 영향력 3 → 5; 승인권자로 지정",
    ]
    assert day.endswith("요일") and "년" in day


def test_a_bad_map_file_is_explained_in_the_sellers_language(tmp_path: Path) -> None:
    """The file and the field are named as written; what is wrong is said in the seller's words."""
    import json

    from consensus_app.core.interchange import InterchangeError, load_document
    from tests.conftest import minimal_document

    empty = tmp_path / "empty.json"
    empty.write_text("", encoding="utf-8")
    with use_language("ko"), pytest.raises(InterchangeError) as raised:
        load_document(empty)
    assert str(raised.value) == f"{empty}: $: 파일이 비어 있습니다"
    document = minimal_document()
    document["accounts"][0]["relationships"][0]["target"] = "s-nobody"
    document["accounts"][0]["stakeholders"][1]["reports_to"] = "r-1"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    with use_language("fa"), pytest.raises(InterchangeError) as raised:
        load_document(broken)
    said = raised.value.details()
    assert '$.accounts[0].relationships[0].target: ذی‌نفع ناشناخته "s-nobody"' in said
    assert '$.accounts[0].stakeholders[1].reports_to: "r-1" یک رابطه است، نه ذی‌نفع' in said
    with pytest.raises(InterchangeError) as raised:  # and in English, as before
        load_document(broken)
    assert 'unknown stakeholder "s-nobody"' in raised.value.details()

"""The words left English after the first translation pass (issue 17), now in each language:
the people import's problem lines, row outcomes and summary (`consensus-app import contacts.csv`),
the undo steps' counts (core/wording.count), an interchange file's schema problems
(`consensus-app import map.json`), and the export's file name. What is stored or written for
programs keeps its codes."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from consensus_app.cli import main
from consensus_app.core.interchange import InterchangeError, check_document
from consensus_app.core.people_import.planning import Action, plan_import
from consensus_app.core.people_import.reading import Table
from consensus_app.core.wording import count
from consensus_app.exporters.formats import FormatName
from consensus_app.i18n import set_language, use_language
from consensus_app.operations.edits import delete_items
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.export_kinds import file_name
from tests.conftest import minimal_document, write_json
from tests.crm_export import HEADERS, nordlys_rows

LANGUAGES = ["ko", "ja", "fa", "id"]
# English sentences (and words) of each kind that must not come back in another language.
ENGLISH = re.compile(
    r"\b(no name|reports to|line \d|new|updated|unchanged|matched by|create|update|refused|items?|"
    r"is not one of|must be|missing required|unknown field|is out of range|characters long|"
    r"wrong form|not a valid|must not be empty|for the customer|brief)\b"
)


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    set_language(None)


def _bad_people_file(tmp_path: Path) -> Path:
    """32 people of a real CRM report, with a nameless row and a manager nobody knows."""
    rows = nordlys_rows("Acme Corp")
    rows[4][HEADERS.index("First Name")] = ""
    rows[4][HEADERS.index("Last Name")] = ""
    rows[7][HEADERS.index("Reports To")] = "Nobody Known"
    path = tmp_path / "contacts.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


@pytest.fixture
def acme(tmp_path: Path, db_path: Path) -> Path:
    assert (
        main(["--db", str(db_path), "import", str(write_json(tmp_path / "a.json", minimal_document()))]) == 0
    )
    return db_path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_people_file_with_problems_is_refused_in_the_chosen_language(
    lang: str, tmp_path: Path, acme: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts = _bad_people_file(tmp_path)
    capsys.readouterr()
    args = ["--lang", lang, "import", str(contacts), "--db", str(acme), "--account", "acme"]
    assert main(args) == 1
    err = capsys.readouterr().err
    problems = [line.strip() for line in err.splitlines() if line.startswith("  ")]
    assert len(problems) >= 2, err  # the nameless row's reports are unknown too
    with use_language(lang):
        from consensus_app.i18n import _

        assert any(
            p.startswith(_("line {line}: {problem}").format(line=6, problem=_("no name"))) for p in problems
        )
    assert any("'Nobody Known'" in p and "9" in p for p in problems)  # the value and the line, as typed
    assert not ENGLISH.search(" ".join(problems)), problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_dry_run_names_each_row_outcome_and_the_summary_in_the_chosen_language(
    lang: str, tmp_path: Path, acme: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "Name,Email,Title\nAna Lima,ana@acme.example,CFO\n김민준,minjun@acme.example,CIO\n", encoding="utf-8"
    )
    capsys.readouterr()
    assert (
        main(["--lang", lang, "import", str(path), "--db", str(acme), "--account", "acme", "--dry-run"]) == 0
    )
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if "김민준" in line or "Ana Lima" in line]
    assert len(rows) == 2 and not ENGLISH.search(" ".join(rows)), out
    summary = out.splitlines()[0]
    assert "2" in summary and not re.search(r"\b(new|updated|unchanged)\b", summary), summary


def test_a_plan_in_persian_reads_its_outcomes_problems_and_counts_in_persian() -> None:
    table = Table(
        "people.csv",
        ["Name", "Email", "Manager"],
        [["Ana", "ana@x.example", "Ghost"], ["", "b@x.example", ""]],
        "UTF-8",
    )
    with use_language("fa"):
        plan = plan_import(table, {"name": "Name", "email": "Email", "reports_to": "Manager"}, [])
        problems = plan.problems()
        counts = plan.counts()
        outcomes = [row.outcome for row in plan.rows]
    assert problems == [
        "سطر 2: به 'Ghost' گزارش می‌دهد که نه در فایل است و نه در حساب مشتری",
        "سطر 3: بدون نام",
    ]
    assert counts == "0 نفر تازه، 0 نفر به‌روزشده، 0 نفر بدون تغییر"
    assert outcomes == ["رد شد", "رد شد"]
    assert plan.rows[0].action is Action.CREATE  # the code behind the words is unchanged
    assert plan_import(table, {"name": "Name"}, []).rows[0].outcome == "create"  # English stays English


@pytest.mark.parametrize(
    ("lang", "one", "three"),
    [
        ("en", "1 item", "3 items"),
        ("ko", "항목 1개", "항목 3개"),
        ("ja", "1 件の項目", "3 件の項目"),
        ("fa", "1 مورد", "3 مورد"),
        ("id", "1 item", "3 item"),
    ],
)
def test_count_speaks_the_language_with_its_plural_rules(lang: str, one: str, three: str) -> None:
    with use_language(lang):
        assert (count(1, "item"), count(3, "item")) == (one, three)
        operation = delete_items([1, 2], [7])
    assert operation is not None
    assert three in operation.text  # the Edit menu's "Undo Delete 3 items", in the language
    if lang != "en":
        assert "Delete" not in operation.text


def _broken_map() -> dict[str, object]:
    """The most common mistakes in a hand-edited map file, each a different schema rule."""
    document = minimal_document()
    account = document["accounts"][0]
    person = account["stakeholders"][0]
    person["profile"] = "wizard"  # enum
    account["pursuits"][0]["committee"][1]["influence"] = 7  # maximum
    del account["stakeholders"][1]["name"]  # required
    account["stakeholders"][2]["colour"] = "red"  # additionalProperties
    account["name"] = 42  # type
    return document


@pytest.mark.parametrize("lang", ["ko", "fa"])
def test_a_broken_map_file_is_explained_in_the_chosen_language(
    lang: str, tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hand-edited.json"
    path.write_text(json.dumps(_broken_map()), encoding="utf-8")
    assert main(["--lang", lang, "--db", str(db_path), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "hand-edited.json" in err
    for where in (
        "$.accounts[0].name",
        ".stakeholders[0].profile",
        ".committee[1].influence",
        ".stakeholders[1]",
    ):
        assert where in err, err  # the JSON path, as the file spells it
    assert '"wizard"' in err and "go_getter" in err  # the value and the codes the file may use
    assert not ENGLISH.search(re.sub(r'"[^"]*"|\$\S*|go_getter|\w+_\w+', "", err)), err


def test_every_schema_rule_of_the_format_has_words_of_its_own_in_korean() -> None:
    """Not jsonschema's English: each kind the schema uses has a sentence in the catalogue."""
    with use_language("ko"), pytest.raises(InterchangeError) as caught:
        check_document(_broken_map())
    messages = [p.message for p in caught.value.problems]
    assert len(messages) == 5
    assert not any(
        re.search(r"is not valid under|is a required property|was unexpected|is not of type", m)
        for m in messages
    )
    assert (
        "name은(는) 42이(가) 아니라 텍스트(string)이어야 합니다" in messages
    )  # type, the JSON type in words
    assert "알 수 없는 항목: colour" in messages  # additionalProperties
    assert "필수 항목 없음: name" in messages  # required
    assert any(m.startswith("influence 7") for m in messages), messages  # maximum, the value quoted


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_buyer_safe_file_name_is_in_the_export_language_and_portable(lang: str) -> None:
    name = file_name(
        "Nordhavn Shipping ASA", "Fleet telemetry", FormatName.BRIEF, for_customer=True, language=lang
    )
    assert name.startswith("Nordhavn Shipping ASA - Fleet telemetry - ") and name.endswith(".pdf")
    assert "brief" not in name and "customer" not in name
    assert not re.search(r'[\\/:*?"<>|\x00-\x1f]', name) and len(name) < 200
    english = file_name(
        "Nordhavn Shipping ASA", "Fleet telemetry", FormatName.BRIEF, for_customer=True, language="en"
    )
    assert english.endswith(" - brief for the customer.pdf")


SCHEMA_RULES = {
    "type": ({"type": "string"}, 42),
    "required": ({"type": "object", "required": ["name"]}, {}),
    "enum": ({"enum": ["a", "b"]}, "c"),
    "pattern": ({"pattern": "^[0-9]+$"}, "x1"),
    "maxLength": ({"maxLength": 3}, "abcdef"),
    "minLength": ({"minLength": 1}, ""),
    "minimum": ({"minimum": 1, "maximum": 5}, 0),
    "maximum": ({"minimum": 1, "maximum": 5}, 9),
    "additionalProperties": ({"type": "object", "properties": {}, "additionalProperties": False}, {"x": 1}),
    "format": ({"format": "date"}, "2026-13-40"),
    "minItems": ({"type": "array", "minItems": 2}, [1]),
    "maxItems": ({"type": "array", "maxItems": 1}, [1, 2]),
    "uniqueItems": ({"type": "array", "uniqueItems": True}, [1, 1]),
    "const": ({"const": "consensus-map"}, "other"),
}


@pytest.mark.parametrize("rule", sorted(SCHEMA_RULES))
def test_each_kind_of_schema_rule_has_a_persian_sentence_not_the_libraries_english(rule: str) -> None:
    import jsonschema

    from consensus_app.core.interchange_messages import schema_error_message

    schema, value = SCHEMA_RULES[rule]
    validator = jsonschema.Draft202012Validator(
        {"type": "object", "properties": {"field": schema}}, format_checker=jsonschema.FormatChecker()
    )
    errors = [e for e in validator.iter_errors({"field": value}) if e.validator == rule]
    assert len(errors) == 1
    with use_language("fa"):
        message = schema_error_message(errors[0])
    # What may stay Latin: the field's and the missing field's names, quoted values, codes in brackets.
    words = re.sub(r'"[^"]*"|\([^)]*\)|\b(field|name)\b', "", message)
    assert message != errors[0].message and not re.search(r"[A-Za-z]{4,}", words), message
    assert re.search(r"[\u0600-\u06ff]", message), message  # Persian letters


@pytest.mark.parametrize(
    ("content", "korean"),
    [
        ("", "파일이 비어 있습니다"),
        ('Name,Email\n"Ana Lima,ana@acme.example\nKim,kim@acme.example\n', "따옴표로 연 셀이 닫히지 않아"),
        ("Name,Email\nAna,ana@acme.example,extra\n", "이름 있는 마지막 열"),
        ("Name,Email\nAna\x01 Lima,ana@acme.example\n", "제어 문자(U+0001)가 있습니다"),
    ],
)
def test_a_file_that_cannot_be_read_says_why_in_korean_naming_the_file(
    content: str, korean: str, tmp_path: Path, acme: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "연락처.csv"
    path.write_text(content, encoding="utf-8")
    capsys.readouterr()
    assert main(["--lang", "ko", "import", str(path), "--db", str(acme), "--account", "acme"]) == 1
    err = capsys.readouterr().err
    assert "연락처.csv" in err and korean in err, err
    assert not ENGLISH.search(re.sub(r"'[^']*'|\"[^\"]*\"|\S+\.csv", "", err)), err


def test_a_theme_correction_is_named_in_korean_in_the_edit_menu_and_stored_in_english(
    workspace: Workspace,
) -> None:
    from consensus_app.core.interchange import check_document as checked
    from consensus_app.core.themes.corrections import theme_ref
    from consensus_app.core.themes.pursuit import analyse_pursuit
    from consensus_app.operations import theme_edits
    from consensus_app.operations.operation import Ledger
    from consensus_app.operations.steps import Versions
    from consensus_app.storage.bulk_import import import_document
    from consensus_app.storage.priority_vectors import PriorityVectorRepository
    from tests.theme_accounts import committee_document

    import_document(workspace, checked(committee_document()))
    account = workspace.repos.accounts.list()[0].id
    snapshot = workspace.repos.accounts.snapshot(account)
    themes = analyse_pursuit(snapshot, snapshot.pursuits[0].id, vectors=PriorityVectorRepository(workspace))
    coverage = themes.coverage[0]
    with use_language("ko"):
        rename = theme_edits.rename_theme(workspace.repos, account, theme_ref(coverage), "연료비")
    assert rename is not None
    assert rename.text == f"“{coverage.theme.label}” 이름을 “연료비”(으)로 바꾸기"  # the Edit menu's words
    rename.apply(Ledger(workspace, Versions(), lambda _conflict: True))
    step = rename.steps[0]
    assert getattr(step, "text", "") == f"Rename “{coverage.theme.label}” to “연료비”"  # what is stored


def test_a_file_mixing_two_encodings_is_explained_in_persian(
    tmp_path: Path, acme: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes("Name,Email\nلیلا مرادی,leila@acme.example\n".encode() + b"Jos\xe9,jose@acme.example\n")
    capsys.readouterr()
    assert main(["--lang", "fa", "import", str(path), "--db", str(acme), "--account", "acme"]) == 1
    err = capsys.readouterr().err
    assert "contacts.csv" in err and "سطر 3" in err and "0xE9" in err and "دو رمزگذاری" in err, err
    assert not ENGLISH.search(re.sub(r"'[^']*'|“[^”]*”|\S+\.csv|UTF-8", "", err)), err


def test_a_damaged_workbook_is_refused_in_indonesian(
    tmp_path: Path, acme: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kontak.xlsx"
    path.write_bytes(b"PK\x03\x04 this is no workbook, only its first bytes")
    capsys.readouterr()
    assert main(["--lang", "id", "import", str(path), "--db", str(acme), "--account", "acme"]) == 1
    err = capsys.readouterr().err
    assert "kontak.xlsx: bukan workbook XLSX yang dapat dibaca" in err, err

"""The command line speaks the user's language (issue 17): `--lang`, else the system's locale.

Reports, help, argparse's own words and errors naming a file and a line are translated; the
numbers, names, files, options and codes in them are kept; JSON is the same in every language.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from consensus_app.cli import asked_language, main
from consensus_app.i18n import set_language
from consensus_app.storage.demo import create_demo_workspace

KOREAN_ACCOUNT = "acc-hangyeol"
AS_OF = "2026-11-23"
# What the command line itself says in English: none of it may reach a reader of another language.
CLI_ENGLISH = (
    "Consensus readiness",
    "Findings:",
    "Factions:",
    "Brokers",
    "of paths",
    "the only path between",
    "Influence reach",
    "No known ties",
    "not on the committee",
    "Colleagues see differently",
    "Compared:",
    "more pair",
    "usage:",
    "options:",
    "positional arguments",
    "show this help message",
    "error:",
    "argument ",
    "is not a date",
    "has no column",
    "use --text-column",
    "have no Account Name",
    "fill it in",
    "not imported",
    "nothing was changed",
    "the map as",
    "editable slides",
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo_workspace(path).close()
    return path


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's locale is English unless a test says otherwise; the language is reset after."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    set_language(None)


def english_left(text: str) -> list[str]:
    return [phrase for phrase in CLI_ENGLISH if phrase in text]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        status = main(list(argv))
    except SystemExit as exc:  # argparse: --help, usage errors
        status = int(exc.code or 0)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_analyze_reports_in_korean_with_the_numbers_and_names_kept(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    common = ["--db", str(demo), "analyze", "--account", KOREAN_ACCOUNT, "--as-of", AS_OF]
    _, document, _ = run(capsys, *common, "--json")
    score = json.loads(document)["score"]
    status, out, _ = run(capsys, "--lang", "ko", *common)
    assert status == 0
    assert f"합의 준비도: {score}/100" in out
    assert "한결정밀 주식회사" in out and "솔루션 탐색" in out  # the account's name, the stage's word
    assert "진단 결과:" in out and "파벌:" in out and "연결자(위원회를 잇는 사람):" in out
    assert "경로의 " in out  # a broker's share of paths, with its number
    assert english_left(out) == []


def test_analyze_speaks_the_system_language_without_lang(
    demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    status, out, _ = run(capsys, "--db", str(demo), "analyze", "--account", KOREAN_ACCOUNT, "--as-of", AS_OF)
    assert status == 0
    assert "Kesiapan konsensus:" in out and "Temuan:" in out
    assert english_left(out) == []


def test_help_is_persian_argparse_words_included(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--lang", "fa", "--help")
    assert status == 0
    assert out.startswith("کاربرد: consensus-app")
    assert "آرگومان‌های جایگاهی:" in out and "گزینه‌ها:" in out
    assert "این راهنما را نشان بده و خارج شو" in out  # -h's own help
    assert "فهرست حساب‌های مشتری و فرصت‌های فروششان" in out  # `accounts`
    assert "--lang CODE" in out and "$CONSENSUS_DB" in out  # options and names stay as typed
    assert english_left(out) == []
    status, out, _ = run(capsys, "--lang", "fa", "export", "--help")
    assert status == 0
    assert "قالب‌ها:" in out and "پرونده‌ای که نوشته می‌شود" in out
    assert "نقشه به‌صورت تصویر (--layout, --scale)" in out  # the formats' list, options kept
    assert "file to write" not in out and english_left(out) == []


def test_argparse_speaks_our_language_only_while_the_command_line_is_parsed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Another parser in the same process (a script that calls main, then parses its own
    options) keeps argparse's own English, whatever --lang the command line had."""
    assert run(capsys, "--lang", "ko", "accounts", "--bogus")[2].endswith("알 수 없는 인수: --bogus\n")
    set_language("ko")  # still the process's language after main
    other = argparse.ArgumentParser(prog="bench")
    with pytest.raises(SystemExit):
        other.parse_args(["--bogus"])
    assert capsys.readouterr().err.endswith("bench: error: unrecognized arguments: --bogus\n")


def test_every_command_has_its_help_translated(capsys: pytest.CaptureFixture[str]) -> None:
    from consensus_app.cli import COMMANDS

    commands = ["accounts", "pursuits", "import", "export", "analyze", "portfolio-themes"]
    commands += ["portfolio-board", "themes", "copy", "messages", "changes", "forget"]
    assert len(commands) == len(COMMANDS)
    for command in commands:
        status, out, _ = run(capsys, "--lang", "ja", command, "--help")
        assert status == 0, command
        assert out.startswith("使い方: consensus-app " + command), command
        assert "オプション:" in out and "このヘルプを表示して終了します" in out
        assert english_left(out) == [], command


def test_a_usage_error_is_japanese_and_names_the_option_and_value(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "--lang", "ja", "analyze", "--as-of", "2026-13-45")
    assert status == 2
    assert "consensus-app analyze: エラー: 引数 --as-of: '2026-13-45' は日付ではありません" in err
    assert "YYYY-MM-DD" in err and english_left(err) == []
    status, _, err = run(capsys, "--lang", "ja", "analyze", "--bogus")
    assert status == 2
    assert "認識できない引数: --bogus" in err and english_left(err) == []


def test_a_broken_statements_csv_is_refused_in_japanese_naming_file_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "発言.csv"
    broken.write_text("name,note\nAna,SSO first\n", encoding="utf-8")
    status, out, err = run(capsys, "--lang", "ja", "themes", str(broken))
    assert status == 1 and out == ""
    assert err.startswith("consensus-app: エラー: ")
    assert f"{broken} に列 'text' がありません（列: name, note）。--text-column を使ってください" in err
    assert english_left(err) == []


def test_contacts_without_an_account_name_are_refused_in_japanese_naming_the_lines(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts = tmp_path / "contacts.csv"
    contacts.write_text(
        "Full Name,Email,Title,Account Name\n"
        "Ana Lima,ana@example.com,CFO,Nordlys\n"
        "Bo Berg,bo@example.com,CIO,\n"
        "Cai Wen,cai@example.com,COO,Nordlys\n"
        "Dee Park,dee@example.com,CTO,\n",
        encoding="utf-8",
    )
    status, _out, err = run(capsys, "--db", str(db_path), "--lang", "ja", "import", str(contacts))
    assert status == 1
    assert (
        "contacts.csv: 3, 5 行目に Account Name がありません。記入するか、--account NAME を指定してください"
        in err
    )
    assert english_left(err) == []


def test_json_is_the_same_in_every_language(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    common = ["--db", str(demo), "analyze", "--account", KOREAN_ACCOUNT, "--as-of", AS_OF, "--json"]
    outputs = {lang: run(capsys, "--lang", lang, *common)[1] for lang in ("en", "ko", "ja", "fa", "id")}
    assert len(set(outputs.values())) == 1
    document = json.loads(outputs["ko"])
    severities = {f["severity"] for f in document["findings"]}
    assert severities <= {"critical", "warning", "info"}  # codes, never the shown words
    what_if = [*common, "--what-if", "leaves 강태영"]
    outputs = {lang: run(capsys, "--lang", lang, *what_if)[1] for lang in ("en", "fa")}
    assert outputs["en"] == outputs["fa"] and json.loads(outputs["en"])["what_if"] == ["leaves 강태영"]


def test_the_drafts_json_is_the_same_in_every_language(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """messages --json: the kits' seller labels ("In their own words", how to work with the
    profile, the safe-to-share note) stay English for programs; the drafts keep Korean."""
    common = ["--db", str(demo), "messages", "--account", KOREAN_ACCOUNT, "--json"]
    outputs = {lang: run(capsys, "--lang", lang, *common)[1] for lang in ("en", "ko", "fa")}
    assert len(set(outputs.values())) == 1
    document = json.loads(outputs["ko"])
    assert {draft["language"] for draft in document["messages"]} == {"ko"}
    labels = [line for kit in document["kits"] for line in kit["personal_value"]]
    assert any(line.startswith("In their own words: ") for line in labels)


def test_lang_after_themes_is_the_statements_language_not_the_users() -> None:
    assert asked_language(["--lang", "ko", "analyze"]) == "ko"
    assert asked_language(["export", "--lang=fa", "-o", "x.pdf"]) == "fa"
    assert asked_language(["themes", "notes.txt", "--lang", "ja"]) is None
    assert asked_language(["--lang", "id", "themes", "notes.txt", "--lang", "ja"]) == "id"
    assert asked_language(["--lang", "xx", "accounts"]) is None  # argparse then refuses it


def test_the_storage_layers_answers_follow_the_language_too(
    tmp_path: Path, demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _out, err = run(capsys, "--lang", "ko", "copy", "--from", str(demo), "--to", str(demo))
    assert status == 1 and err == "consensus-app: 오류: 원본과 대상이 같은 작업 공간입니다\n"
    copy = tmp_path / "copy.db"
    assert run(capsys, "copy", "--from", str(demo), "--to", str(copy))[0] == 0
    status, out, _err = run(
        capsys, "--db", str(copy), "--lang", "ja", "forget", "--account", KOREAN_ACCOUNT, "최종혁", "--yes"
    )
    assert status == 0
    assert out.startswith("최종혁 を忘れました: ") and "優先事項 " in out and english_left(out) == []
    status, _out, err = run(
        capsys, "--db", str(copy), "--lang", "fa", "forget", "--account", KOREAN_ACCOUNT, "Nobody Here"
    )
    assert status == 1 and "'Nobody Here'" in err and "کسی به نام" in err

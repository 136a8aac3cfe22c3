"""The Qt-free layers' words follow the chosen language; stored values never do (issue 17)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consensus_app.cli import main
from consensus_app.core.analytics.results import Severity
from consensus_app.core.layouts import LayoutName
from consensus_app.core.wording import joined, signed_stance, stance_word
from consensus_app.i18n import _, current_language, normalise, set_language, system_language, use_language


@pytest.fixture(autouse=True)
def english_by_default():
    set_language("en")
    yield
    set_language(None)


def test_the_system_language_comes_from_the_environment() -> None:
    assert system_language({"LANG": "ko_KR.UTF-8"}) == "ko"
    assert system_language({"LANGUAGE": "xx:fa_IR", "LANG": "en_US.UTF-8"}) == "fa"
    assert system_language({"LC_ALL": "in_ID"}) == "id"  # the old code for Indonesian
    assert system_language({"LANG": "de_DE.UTF-8"}) == "en"  # a language the app does not speak
    assert system_language({}) == "en"
    assert normalise("ja-JP") == "ja" and normalise("C") is None


def test_words_shown_follow_the_language_and_come_back_after_the_block() -> None:
    assert stance_word(1) == "supportive"
    with use_language("ko"):
        assert current_language() == "ko"
        assert stance_word(1) == "지지" and signed_stance(-2) == "−−\u00a0반대"
        assert LayoutName.ORG.label == "조직도"
        assert Severity.CRITICAL.label == "심각"
    with use_language("fa"):
        assert joined(["مریم", "Ola", "佐藤"]) == "مریم، Ola و 佐藤"
    with use_language("ja"):
        assert joined(["田中", "Kim", "Rezaei"]) == "田中、Kim、Rezaei"
    with use_language("id"):
        assert LayoutName.GRID.label == "Kisi pengaruh / sikap"
    assert joined(["A", "B", "C"]) == "A, B and C" and LayoutName.ORG.label == "Org chart"


def test_stored_values_keep_their_codes_whatever_the_language() -> None:
    with use_language("ko"):
        assert Severity.WARNING.code == "warning" and Severity.WARNING.label == "경고"
        assert LayoutName.GRID.value == "grid"
    assert _("an English sentence no catalogue holds") == "an English sentence no catalogue holds"


def test_cli_refuses_a_language_it_does_not_speak_naming_those_it_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_status:
        main(["export", "--lang", "klingon", "-o", "map.json"])
    assert exit_status.value.code == 2
    assert "'klingon': the app speaks en, ko, ja, fa, id" in capsys.readouterr().err


def test_analyze_json_keeps_severity_codes_under_another_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "w.db")
    from consensus_app.resources import DEMO_WORKSPACE, resource_path

    assert main(["import", str(resource_path(*DEMO_WORKSPACE)), "--db", db]) == 0
    capsys.readouterr()
    assert (
        main(["--lang", "ko", "analyze", "--db", db, "--json", "--account", "한결", "--pursuit", "스마트"])
        == 0
    )
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert findings and {f["severity"] for f in findings} <= {"info", "warning", "critical"}


@pytest.mark.slow
def test_export_lang_writes_the_briefs_headings_in_that_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    import shutil
    import subprocess
    import unicodedata

    from consensus_app.resources import DEMO_WORKSPACE, resource_path

    db = str(tmp_path / "w.db")
    assert main(["import", str(resource_path(*DEMO_WORKSPACE)), "--db", db]) == 0
    texts = {}
    for lang in ("ko", "fa", "en"):
        pdf = tmp_path / f"brief-{lang}.pdf"
        assert (
            main(
                [
                    "export",
                    "--db",
                    db,
                    "--format",
                    "brief",
                    "--account",
                    "한결",
                    "--lang",
                    lang,
                    "-o",
                    str(pdf),
                ]
            )
            == 0
        )
        pdftotext = shutil.which("pdftotext")
        assert pdftotext, "poppler-utils (pdftotext) is needed to read the brief"
        shown = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True)
        texts[lang] = unicodedata.normalize("NFKC", shown.stdout)  # Persian comes as presentation forms
    assert "목차" in texts["ko"] and "구매 위원회" in texts["ko"] and "진단 결과" in texts["ko"]
    assert "Contents" not in texts["ko"]
    assert "فهرست" in texts["fa"] and "کمیته" in texts["fa"]
    assert "Contents" in texts["en"] and "목차" not in texts["en"]


def test_findings_advice_follows_lang_while_json_keeps_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from consensus_app.resources import DEMO_WORKSPACE, resource_path

    db = str(tmp_path / "w.db")
    assert main(["import", str(resource_path(*DEMO_WORKSPACE)), "--db", db]) == 0
    capsys.readouterr()
    assert main(["--lang", "ko", "analyze", "--db", db, "--account", "한결", "--pursuit", "스마트"]) == 0
    report = capsys.readouterr().out
    assert "이정우은(는) 승인권자이며 입장이 회의적입니다" in report  # APPROVER_OPPOSED, in Korean
    assert "APPROVER_OPPOSED" not in report  # its title is shown; the JSON keeps the code
    assert main(["analyze", "--db", db, "--account", "한결", "--pursuit", "스마트", "--json"]) == 0
    score = json.loads(capsys.readouterr().out)["score"]  # (it moves as the demo's dates age)
    assert f"합의 준비도: {score}/100" in report and "진단 결과:" in report  # the report's own lines
    assert main(["analyze", "--db", db, "--account", "한결", "--pursuit", "스마트"]) == 0
    assert "이정우 signs off and is skeptical" in capsys.readouterr().out

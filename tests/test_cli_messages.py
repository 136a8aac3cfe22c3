"""`consensus-app messages`, as a user types it, on the demo workspace."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from consensus_app.cli import main
from consensus_app.storage.demo import create_demo_workspace


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo_workspace(path).close()
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    """A fresh copy for each test (saving changes it)."""
    return Path(shutil.copy(demo_master, tmp_path / "demo.db"))


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["messages", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_korean_pursuit_drafts_in_korean_with_interchange_ids(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _json(capsys, "--db", str(demo), "--account", "acc-hangyeol")
    assert set(result) == {
        "account",
        "pursuit",
        "stage",
        "language",
        "committee_language",
        "messages",
        "kits",
    }
    assert result["language"] == result["committee_language"] == "ko"
    assert (result["account"], result["pursuit"], result["stage"]) == (
        "acc-hangyeol",
        "opp-qdp-2027",
        "solution_identification",
    )
    assert 1 <= len(result["messages"]) <= 3
    for message in result["messages"]:
        assert set(message) == {"title", "body", "theme", "stakeholders", "functions", "language", "warnings"}
        assert message["language"] == "ko"
        assert all(s.startswith("s-") for s in message["stakeholders"])
        assert len(message["functions"]) >= 2 and message["warnings"] == []
        assert "“" in message["body"] and "기준" in message["body"]  # their words; shared criteria
    # The supportive mobilizers: 김민준 (Go-Getter, +2), 한예린 (Teacher, +2), 윤서진 (Skeptic, +1).
    kits = {kit["stakeholder"]: kit for kit in result["kits"]}
    assert set(kits) == {"s-kimmj", "s-hanyr", "s-yoonsj"}
    assert any("차장 승진" in value for value in kits["s-kimmj"]["personal_value"])
    assert all(kit["share"]["body"] and kit["language"] == "ko" for kit in kits.values())


def test_english_pursuit_report_shows_drafts_kits_and_who_they_speak_to(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    args = ["messages", "--db", str(demo), "--account", "acc-lakeshore", "--pursuit", "opp-capacity-2027"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("Lakeshore Valley Health — Enterprise capacity")
    assert "Messages for the whole group" in out and "Speaks to:" in out
    assert "A choice the whole group can stand behind" in out  # supplier selection
    assert "Mobilizer kits" in out and "Priya Nair — Go-Getter" in out


def test_an_ambiguous_pursuit_is_refused_with_the_choices(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["messages", "--db", str(demo), "--account", "acc-lakeshore"]) == 1
    assert "opp-capacity-2027" in capsys.readouterr().err


def test_saved_drafts_are_found_by_search_across_accounts(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(demo)]
    saved = _json(capsys, *db, "--account", "acc-vandermeer", "--pursuit", "opp-visibility-2027", "--save")
    title = saved["messages"][0]["title"]

    found = _json(capsys, *db, "--search", title.split("“")[1][:20].upper())
    assert [m["title"] for m in found["messages"]] == [title]
    hit = found["messages"][0]
    assert (hit["account"], hit["pursuit"], hit["status"]) == (
        "acc-vandermeer",
        "opp-visibility-2027",
        "draft",
    )
    assert set(hit["stakeholders"]) == set(saved["messages"][0]["stakeholders"])

    drafts = _json(capsys, *db, "--search", "", "--status", "draft")["messages"]
    approved = _json(capsys, *db, "--search", "", "--status", "approved")["messages"]
    assert title in {m["title"] for m in drafts} and title not in {m["title"] for m in approved}
    assert {m["account"] for m in approved} == {
        "acc-lakeshore",
        "acc-hangyeol",
        "acc-vandermeer",
    }  # the demo's

    capsys.readouterr()
    assert main(["messages", *db, "--search", "nothing like this anywhere"]) == 0
    assert "No messages found." in capsys.readouterr().out


def test_the_drafts_language_can_be_chosen_and_saved_drafts_keep_it(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(demo), "--account", "acc-hangyeol"]
    result = _json(capsys, *db, "--language", "fa", "--save")
    assert (result["language"], result["committee_language"]) == ("fa", "ko")
    assert result["messages"] and all(m["language"] == "fa" for m in result["messages"])
    assert all(k["language"] == "fa" for k in result["kits"])
    titles = {m["title"] for m in result["messages"]}
    listed = _search_json(capsys, "--db", str(demo), "--search", "")
    assert {m["title"]: m["language"] for m in listed if m["title"] in titles} == dict.fromkeys(titles, "fa")
    capsys.readouterr()
    assert main(["messages", *db, "--language", "xx"]) == 1
    assert "--language 'xx': there are templates for en, fa, id, ja, ko" in capsys.readouterr().err


def _search_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert main(["messages", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)["messages"]  # type: ignore[no-any-return]

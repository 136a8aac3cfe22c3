"""`consensus-app analyze`, as a user types it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consensus_app.cli import main
from consensus_app.storage.demo import create_demo_workspace
from tests.conftest import minimal_document, write_json


@pytest.fixture
def acme(tmp_path: Path, db_path: Path) -> Path:
    assert (
        main(["--db", str(db_path), "import", str(write_json(tmp_path / "acme.json", minimal_document()))])
        == 0
    )
    return db_path


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo_workspace(path).close()
    return path


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    assert main(["analyze", *args, "--json", "--as-of", "2026-11-23"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_the_only_pursuit_is_analysed_with_interchange_ids(
    acme: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _json(capsys, "--db", str(acme))
    assert result["account"] == "acme" and result["pursuit"] == "opp-1"
    assert 0 <= result["score"] <= 100
    taken = sum(d["points"] for d in result["deductions"])
    assert result["score"] == round(sum(c["points"] for c in result["components"]) - taken)
    assert {"opposition", "threads"} <= {d["cause"] for d in result["deductions"]}
    codes = {f["code"]: f for f in result["findings"]}
    # The CFO signs off and is skeptical: named by interchange id, with a severity and advice.
    assert codes["APPROVER_OPPOSED"]["stakeholders"] == ["s-cfo"]
    assert codes["APPROVER_OPPOSED"]["severity"] == "critical"
    assert codes["UNENGAGED_APPROVER"]["stakeholders"] == ["s-cfo"]
    assert {entry["id"] for entry in result["influence"]} == {"s-cfo", "s-it"}
    assert result["influence"] == sorted(result["influence"], key=lambda e: -e["reach"])
    assert all(isinstance(f, list) for f in result["factions"])


def test_a_demo_pursuit_reads_as_a_report(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    args = ["analyze", "--db", str(demo), "--account", "acc-lakeshore", "--pursuit", "opp-capacity-2027"]
    assert main([*args, "--as-of", "2026-11-23"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Lakeshore Valley Health — Enterprise capacity")
    assert "Consensus readiness: " in out and "/100" in out
    assert (
        "[critical] An approver doubts or opposes it" in out
        and "APPROVER_OPPOSED" not in out
        and "Dr. Robert Brandt signs off and is opposed" in out
    )
    assert "Factions:" in out and "Brokers" in out


def test_the_demo_brokers_and_factions_use_stakeholder_ids(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _json(capsys, "--db", str(demo), "--account", "acc-hangyeol")
    keys = {m for faction in result["factions"] for m in faction}
    assert len(keys) >= 6 and all(isinstance(k, str) for k in keys)
    assert result["brokers"] == sorted(
        result["brokers"], key=lambda b: (not b["only_path"], -b["betweenness"])
    )


def test_several_pursuits_need_a_choice(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "--db", str(demo), "--account", "acc-lakeshore"]) == 1
    err = capsys.readouterr().err
    assert "--pursuit" in err and "opp-capacity-2027" in err and "opp-nursing-2026" in err
    assert main(["analyze", "--db", str(demo)]) == 1
    assert "acc-hangyeol" in capsys.readouterr().err
    assert main(["analyze", "--db", str(demo), "--account", "acc-lakeshore", "--pursuit", "nope"]) == 1
    assert "no pursuit 'nope'" in capsys.readouterr().err


def test_functions_with_no_priority_theme_in_common_are_named(
    acme: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The CFO signs off and wants the budget kept; IT (influence 4) wants single sign-on.
    result = _json(capsys, "--db", str(acme))
    divergent = next(f for f in result["findings"] if f["code"] == "DIVERGENT_PRIORITIES")
    assert "Finance and IT" in divergent["message"] and "who weigh in" in divergent["message"]
    assert sorted(divergent["stakeholders"]) == ["s-cfo", "s-it"]
    # What was compared: each side's words, named by who said them, and why they count as apart.
    (pair,) = divergent["compared"]
    assert pair["functions"] == ["finance", "it"] and divergent["compared_more"] == 0
    finance, it = pair["sides"]
    assert finance["statements"] == [
        {
            "by": "s-cfo",
            "name": finance["statements"][0]["name"],
            "text": "Stay inside the FY27 budget",
            "theme": None,
        }
    ]
    assert [(s["by"], s["text"]) for s in it["statements"]] == [("s-it", "No new system without SSO")]
    assert "Finance" in pair["why"] and "IT" in pair["why"]
    capsys.readouterr()
    assert main(["analyze", "--db", str(acme), "--as-of", "2026-11-23"]) == 0
    report = capsys.readouterr().out
    assert "Compared:" in report and "“Stay inside the FY27 budget”" in report


def test_what_if_prints_before_and_after_and_what_it_resolves(
    acme: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    args = ["analyze", "--db", str(acme), "--as-of", "2026-11-23"]
    assert main([*args, "--what-if", 'stance "Lee Park" +2', "--what-if", "engaged lee"]) == 0
    out = capsys.readouterr().out
    assert "(imagined changes: nothing is saved)" in out
    before, after = (int(x) for x in out.split("Consensus readiness: ")[1].split(" (")[0].split(" → "))
    assert after > before
    resolved = out.split("Resolved:")[1]
    assert "An approver doubts or opposes it" in resolved and "An approver not engaged" in resolved
    # Nothing was saved: the real assessment still has the objection.
    assert "APPROVER_OPPOSED" in {f["code"] for f in _json(capsys, "--db", str(acme))["findings"]}


def test_what_if_as_json_and_a_tie_and_a_departure(acme: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    args = ["analyze", "--db", str(acme), "--as-of", "2026-11-23"]
    assert main([*args, "--json", "--what-if", "tie Dana influences Lee", "--what-if", "stance Lee 0"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["what_if"] == ["tie Dana influences Lee", "stance Lee 0"]
    assert result["delta"] == result["after"]["score"] - result["before"]["score"] > 0
    assert result["resolved"] == ["APPROVER_OPPOSED"] and result["raised"] == []
    assert main([*args, "--what-if", "leaves Sam"]) == 0  # one member left: no group to score
    assert "→ not enough to assess" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("spec", "said"),
    [
        ("stance Nobody +1", "nobody at this account is called 'Nobody'"),
        ("stance Lee +5", "a whole number from -2 to +2"),
        ("tie Lee hates Sam", "a tie is one of"),
        ("promote Lee", "write one of"),
    ],
)
def test_a_what_if_that_cannot_be_read_is_refused_by_name(
    acme: Path, capsys: pytest.CaptureFixture[str], spec: str, said: str
) -> None:
    capsys.readouterr()
    assert main(["analyze", "--db", str(acme), "--what-if", spec]) == 1
    err = capsys.readouterr().err
    assert f"what-if {spec!r}" in err and said in err

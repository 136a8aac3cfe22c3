"""`consensus-app themes FILE`, as a user types it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consensus_app.cli import main

STATEMENTS = [
    "Cut total cost of ownership",
    "No new system without SSO and an audit trail",
    "Stay inside the FY27 budget",
    "Single sign-on for every tool we buy",
    "Lower run costs",
]


def run_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["themes", *args, "--json"]) == 0
    document: dict[str, object] = json.loads(capsys.readouterr().out)
    return document


def test_csv_with_bom_and_extra_columns_prints_themes_and_assignments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = ["id,who,statement,notes"] + [f'{i},p{i},"{t}",x' for i, t in enumerate(STATEMENTS)]
    path = tmp_path / "priorities.csv"
    path.write_bytes("\ufeff".encode() + "\n".join(rows).encode("utf-8"))
    document = run_json([str(path), "--text-column", "statement"], capsys)
    assert set(document) == {"engine", "model", "themes", "assignments", "unthemed"}
    assert document["engine"] == "meaning" and document["unthemed"] == []
    themes = document["themes"]
    assert isinstance(themes, list)
    assert all(
        set(t) == {"id", "label", "terms", "size", "members", "cohesion", "similarity"} for t in themes
    )
    assert all(len(t["similarity"]) == t["size"] and 0 < t["cohesion"] <= 1 for t in themes)
    assignments = document["assignments"]
    assert isinstance(assignments, list) and len(assignments) == len(STATEMENTS)
    for theme in themes:
        assert theme["size"] == len(theme["members"])
        assert all(assignments[m] == theme["id"] for m in theme["members"])
    assert assignments[0] == assignments[2] == assignments[4] != assignments[1] == assignments[3]


def test_an_empty_csv_cell_belongs_to_no_theme_and_keeps_row_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.csv"
    path.write_text("text,owner\nLower run costs,a\n,b\nCut total cost of ownership,c\n", encoding="utf-8")
    document = run_json([str(path), "--k", "1"], capsys)
    assert document["assignments"] == [0, None, 0]
    assert document["themes"][0]["members"] == [0, 2]  # type: ignore[index]


def test_text_file_skips_blank_lines_and_the_report_shows_line_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "statements.txt"
    path.write_text("\n".join([STATEMENTS[0], "", *STATEMENTS[1:], ""]), encoding="utf-8")
    document = run_json([str(path), "--k", "2"], capsys)
    assert len(document["assignments"]) == len(STATEMENTS)  # type: ignore[arg-type]
    assert len(document["themes"]) == 2  # type: ignore[arg-type]
    assert main(["themes", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("5 statements in 2 themes, by meaning (multilingual model)")
    assert "line    3: No new system without SSO and an audit trail" in out  # line 2 was blank


def test_a_statement_that_fits_nowhere_is_listed_as_unthemed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "statements.txt"
    path.write_text("\n".join([*STATEMENTS, "Bring the annual offsite forward to May"]), encoding="utf-8")
    document = run_json([str(path)], capsys)
    assert document["unthemed"] == [5] and document["assignments"][5] is None  # type: ignore[index]
    assert main(["themes", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Unthemed · 1 fit no theme\n    line    6: Bring the annual offsite forward to May" in out


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("p.csv", b"who,words\na,Lower run costs\n", "has no column 'text' (columns: who, words)"),
        ("empty.txt", b"\n  \n", "has no statements"),
        ("bad.txt", "Lower run costs\n".encode("utf-16"), "is not UTF-8 text"),
    ],
)
def test_bad_input_is_an_error_that_names_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["themes", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("consensus-app: error: ") and str(path) in err and message in err

"""Portfolio themes for marketing: recurrence across accounts, each function's words, files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from consensus_app.cli import main
from consensus_app.core.portfolio_themes import (
    PortfolioFilter,
    Statement,
    portfolio_statements,
    portfolio_themes,
)
from consensus_app.exporters.portfolio_themes import portfolio_markdown, write_portfolio_csv
from consensus_app.storage.demo import create_demo_workspace

BUDGET = [
    ("Stay inside the FY27 budget", "a", "finance"),
    ("Stay within the FY27 budget envelope", "b", "finance"),
    ("Lower run costs of the platform", "c", "it"),
    ("Cut total cost of ownership", "b", "procurement"),
]
UPTIME = [
    ("No downtime during peak season", "a", "operations"),
    ("Zero downtime at the warehouses in peak season", "c", "operations"),
    ("Keep the lines running without downtime", "b", "it"),
]


def _statements() -> list[Statement]:
    return [Statement(t, a, f) for t, a, f in BUDGET + UPTIME]


def test_themes_say_how_many_accounts_and_functions_share_them() -> None:
    themes = portfolio_themes(_statements(), k=2)
    by_size = {t.size: t for t in themes}
    downtime = by_size[3]
    assert downtime.accounts == 3 and set(downtime.functions) == {"operations", "it"}
    assert downtime.functions["operations"][0] in {t for t, _a, _f in UPTIME}  # their own words
    money = by_size[4]
    assert money.accounts == 3 and money.function_count == 3


def test_filters_choose_accounts_and_functions(tmp_path: Path) -> None:
    workspace = create_demo_workspace(tmp_path / "demo.db")
    snapshots = [workspace.repos.accounts.snapshot(a.id) for a in workspace.repos.accounts.list()]
    workspace.close()
    everything = portfolio_statements(snapshots, PortfolioFilter())
    health = portfolio_statements(snapshots, PortfolioFilter(industry="healthcare"))
    finance = portfolio_statements(snapshots, PortfolioFilter(function="finance"))
    assert {s.account_key for s in health} == {"acc-lakeshore"}
    assert 0 < len(finance) < len(everything) and {s.function for s in finance} == {"finance"}
    early = portfolio_statements(snapshots, PortfolioFilter(stage="problem_definition"))
    assert {s.account_key for s in early} == {"acc-vandermeer"}


def test_csv_and_markdown_keep_user_text_inert(tmp_path: Path) -> None:
    statements = [
        Statement('=HYPERLINK("http://x") lower run costs', "a", "finance"),
        Statement("lower run costs *now* <b>", "b", "it"),
    ]
    themes = portfolio_themes(statements, k=1)
    path = write_portfolio_csv(themes, tmp_path / "themes.csv")
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert rows[0][0] == "theme" and len(rows) == 3  # one row per theme and function
    assert all(not cell.startswith("=") for row in rows for cell in row)
    markdown = portfolio_markdown(themes, PortfolioFilter(), 2)
    assert "<b>" not in markdown and "\\*now\\*" in markdown


def test_the_command_writes_markdown_for_the_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.db"
    create_demo_workspace(db).close()
    out = tmp_path / "themes.md"
    assert main(["portfolio-themes", "--db", str(db), "--industry", "logistics", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Themes across 1 account (industry logistics)")
    assert "## " in text and "- **" in text
    assert main(["portfolio-themes", "--db", str(db), "--industry", "nothing-like-this"]) == 1
    assert "no priorities match" in capsys.readouterr().err

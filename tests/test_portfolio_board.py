"""The portfolio board without a window: its rows and order on a five-account workspace (stalled
first, filters), days in stage from the change log, readiness filled in and kept, the exports read
back (openpyxl, pdftotext) and `consensus-app portfolio-board`."""

from __future__ import annotations

import csv
import subprocess
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from consensus_app.cli import main
from consensus_app.core.portfolio_board import BoardFilter, board_order, sparkline, trend_arrow, trend_words
from consensus_app.core.readiness import Reading
from consensus_app.storage.portfolio_board import board_rows
from consensus_app.storage.portfolio_readiness import fill_readiness, keep_readings, stale_rows
from consensus_app.storage.readiness import keep_reading, readings
from consensus_app.storage.workspace import Workspace
from models import BuyingStage
from tests.portfolio_board_data import load_portfolio, pursuit_id

pytestmark = pytest.mark.engines("sqlite", "postgresql")

NOW = datetime.now(UTC)
TODAY = NOW.astimezone().date()
ORDER = [  # stalled (75 and 41 days idle) first, then the longest in their stage
    ("Nordlys Shipping ASA", "Fleet analytics"),
    ("شرکت پارس داده", "Analytics platform"),
    ("شرکت پارس داده", "سامانه مدیریت مشتری"),
    ("株式会社さくら精機", "生産管理の刷新"),
    ("한빛 물류 주식회사", "창고 관리 시스템"),
    ("Fjordkraft Energi AS", "Nettdrift i skyen"),
]


@pytest.fixture
def portfolio(workspace: Workspace) -> Workspace:
    load_portfolio(workspace, NOW)
    return workspace


def names(rows: list) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(r.account, r.pursuit) for r in rows]


def test_open_pursuits_stalled_first_then_the_longest_in_their_stage(portfolio: Workspace) -> None:
    rows = board_order(board_rows(portfolio, TODAY), TODAY, 30)
    assert names(rows) == ORDER  # the won and lost pursuits are not on the board
    assert [r.stalled(TODAY, 30) for r in rows] == [True, True, True, False, False, False]
    assert [r.days_in_stage(TODAY) for r in rows] == [75, 41, 41, 12, 3, 0]
    assert rows[0].industry == "Shipping" and rows[0].region == "Nordics"
    assert rows[3].stage is BuyingStage.SUPPLIER_SELECTION
    assert not any(r.assessed for r in rows)  # nothing kept yet: the board says "…"
    # With a 10-day rule Sakura (12 days idle) is stalled too and moves up among the stalled.
    assert [r.stalled(TODAY, 10) for r in board_order(rows, TODAY, 10)] == [True] * 4 + [False] * 2


def test_filters_by_industry_region_and_stage(portfolio: Workspace) -> None:
    rows = board_rows(portfolio, TODAY)
    apac = board_order(rows, TODAY, 30, BoardFilter(region="APAC"))
    assert names(apac) == [ORDER[3], ORDER[4]]
    telecom = board_order(rows, TODAY, 30, BoardFilter(industry="Telecommunications"))
    assert names(telecom) == [ORDER[1], ORDER[2]]
    defining = board_order(rows, TODAY, 30, BoardFilter(stage=BuyingStage.PROBLEM_DEFINITION))
    assert names(defining) == [ORDER[2], ORDER[5]]
    assert board_order(rows, TODAY, 30, BoardFilter(industry="Energy", region="APAC")) == []


def test_a_change_of_stage_restarts_days_in_stage_and_unstalls_the_pursuit(portfolio: Workspace) -> None:
    fleet = pursuit_id(portfolio, "Fleet analytics")
    record = portfolio.repos.pursuits.get(fleet)
    portfolio.repos.pursuits.update(fleet, record.version, stage=BuyingStage.SUPPLIER_SELECTION)
    row = next(r for r in board_rows(portfolio, TODAY) if r.pursuit_id == fleet)
    assert row.days_in_stage(TODAY) == 0 and row.idle_days(TODAY) == 0 and not row.stalled(TODAY, 30)
    assert row.stage is BuyingStage.SUPPLIER_SELECTION
    # A person's edit at the account counts as a change for its pursuits, not as a change of stage.
    pars = pursuit_id(portfolio, "Analytics platform")
    account = next(r for r in board_rows(portfolio, TODAY) if r.pursuit_id == pars).account_id
    person = portfolio.repos.stakeholders.for_account(account)[0]
    portfolio.repos.stakeholders.update(person.id, person.version, title="Chief Data Officer")
    row = next(r for r in board_rows(portfolio, TODAY) if r.pursuit_id == pars)
    assert row.idle_days(TODAY) == 0 and row.days_in_stage(TODAY) == 41


def test_readiness_is_filled_in_kept_and_then_fresh(portfolio: Workspace) -> None:
    rows = board_rows(portfolio, TODAY)
    chunks: list[list[tuple[int, Reading]]] = []
    done = fill_readiness(portfolio, stale_rows(rows, NOW), NOW, deliver=chunks.append)
    assert set(done) == {r.pursuit_id for r in rows} and sum(len(c) for c in chunks) == len(rows)
    again = board_rows(portfolio, TODAY)
    assert all(r.assessed and r.fresh(TODAY) for r in again)
    assert stale_rows(again, NOW) == []  # nothing to assess when the board opens again today
    fleet = next(r for r in again if r.pursuit == "Fleet analytics")
    assert fleet.score == done[fleet.pursuit_id].score and fleet.critical is not None
    assert fleet.critical == sum(1 for f in done[fleet.pursuit_id].findings if f.severity == "critical")
    assert len(readings(portfolio, fleet.pursuit_id)) == 1  # kept: the Assessment tab's trend has it


def test_the_trend_comes_from_the_kept_readings(portfolio: Workspace) -> None:
    fleet = pursuit_id(portfolio, "Fleet analytics")
    for days_ago, score in ((3, 40), (2, 52), (1, 47)):
        moment = NOW - timedelta(days=days_ago)
        keep_reading(portfolio, fleet, Reading(moment.astimezone().date(), moment, score))
    row = next(r for r in board_rows(portfolio, TODAY) if r.pursuit_id == fleet)
    assert row.scores == (40, 52, 47) and row.score == 47 and not row.fresh(TODAY)
    assert trend_words(row.scores) == "↓ -5 " + sparkline([40, 52, 47])
    assert trend_arrow([47, 60]) == "↑" and trend_arrow([47]) == "" and sparkline([0, 100]) == "▁█"


def test_a_reading_the_assessment_tab_kept_meanwhile_is_not_replaced(portfolio: Workspace) -> None:
    rows = board_rows(portfolio, TODAY)
    fleet = next(r for r in rows if r.pursuit == "Fleet analytics")
    tab = Reading(TODAY, NOW, 14)  # the tab assessed with the themes while the board worked
    keep_reading(portfolio, fleet.pursuit_id, tab)
    board = Reading(TODAY, NOW + timedelta(seconds=1), 29)
    assert keep_readings(portfolio, [(fleet.pursuit_id, board, fleet.reading_at)]) == 0
    assert [r.score for r in readings(portfolio, fleet.pursuit_id)] == [14]


# --- exports and the command line ------------------------------------------------------------------


def test_cli_writes_xlsx_with_the_board_in_order_and_what_it_shows(
    portfolio: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "board.xlsx"
    assert main(["--db", str(portfolio.url), "portfolio-board", "-o", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Portfolio board", "About"]
    sheet = list(book["Portfolio board"].iter_rows(values_only=True))
    assert sheet[0][:4] == ("Account", "Pursuit", "Owner", "Industry")
    assert [(r[0], r[1]) for r in sheet[1:]] == ORDER
    assert [r[2] for r in sheet[1:]] == [None] * 6  # imported pursuits have no owner
    assert [r[8] for r in sheet[1:]] == ["stalled"] * 3 + [None] * 3
    assert [r[6] for r in sheet[1:]] == [75, 41, 41, 12, 3, 0]  # numbers, not text
    assert all(isinstance(r[9], int) and 0 <= r[9] <= 100 for r in sheet[1:])  # assessed first
    about = dict(book["About"].iter_rows(min_row=2, values_only=True))
    assert "owns the pursuit" in str(about["Owner"])


def test_cli_filters_and_writes_csv_and_a_table(
    portfolio: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "apac.csv"
    args = ["--db", str(portfolio.url), "portfolio-board", "--region", "apac", "-o", str(out)]
    assert main(args) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [(r[0], r[1]) for r in rows[1:]] == [ORDER[3], ORDER[4]]
    assert "Wrote 2 open pursuits" in capsys.readouterr().out
    assert main(["--db", str(portfolio.url), "portfolio-board", "--stalled-after", "10", "--no-assess"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("Account") and "株式会社さくら精機" in printed[4] and "stalled" in printed[4]


def test_cli_refuses_a_region_no_account_has_naming_those_it_has(
    portfolio: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(portfolio.url), "portfolio-board", "--region", "Mars"]) == 1
    error = capsys.readouterr().err
    assert "--region 'Mars'" in error and "APAC, Middle East, Nordics" in error
    assert main(["--db", str(portfolio.url), "portfolio-board", "-o", "board.docx"]) == 1
    assert "--format xlsx|pdf|csv" in capsys.readouterr().err


def test_cli_writes_a_pdf_whose_text_is_the_board(portfolio: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "board.pdf"
    args = ["--db", str(portfolio.url), "portfolio-board", "--format", "pdf", "-o", str(out), "--stage"]
    assert main([*args, "solution_identification"]) == 0
    shown = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    text = unicodedata.normalize("NFKC", shown)  # the "fi" ligature as two letters
    assert "Portfolio board" in text and "stage solution identification" in text
    assert "Fleet analytics" in text and "창고 관리 시스템" in text and "Nettdrift" not in text
    assert text.index("Fleet analytics") < text.index("창고 관리 시스템")  # stalled first
    assert date.today().isoformat()[:4] in text


def test_the_maps_read_in_bulk_are_the_maps_of_whole_accounts(portfolio: Workspace) -> None:
    """The board reads 40 accounts at a time without messages: each map is the same as the one
    read from the account's whole snapshot (people, ties, seats, plan), so the score is too."""
    from consensus_app.core.pursuit_map import build_pursuit_map
    from consensus_app.operations.leavers import mark_left
    from consensus_app.operations.operation import Ledger
    from consensus_app.operations.steps import Versions
    from consensus_app.storage.portfolio_readiness import pursuit_maps

    rows = board_rows(portfolio, TODAY)
    wanted: dict[int, list[int]] = {}
    for row in rows:
        wanted.setdefault(row.account_id, []).append(row.pursuit_id)
    # Someone on a committee left the company: their seat is kept for CHAMPION_LEFT.
    seat = portfolio.repos.committee.for_pursuit(rows[0].pursuit_id)[0]
    leaving = mark_left(portfolio.repos, seat.stakeholder_id, TODAY)
    assert leaving is not None
    leaving.apply(Ledger(portfolio, Versions(), lambda _conflict: True))
    bulk = {m.pursuit_id: m for m in pursuit_maps(portfolio, wanted)}
    assert bulk[rows[0].pursuit_id].departures
    assert set(bulk) == {r.pursuit_id for r in rows}
    for row in rows:
        whole = build_pursuit_map(portfolio.repos.accounts.snapshot(row.account_id), row.pursuit_id)
        assert bulk[row.pursuit_id].nodes == whole.nodes and bulk[row.pursuit_id].edges == whole.edges
        assert (bulk[row.pursuit_id].title, bulk[row.pursuit_id].plan) == (whole.title, whole.plan)
        assert bulk[row.pursuit_id].departures == whole.departures


def test_provisional_scores_are_marked_in_every_export_never_shown_as_final(
    portfolio: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nobody opened these pursuits (no stored sentence vectors): their scores are provisional, and
    the table, the CSV and the workbook say so as the board does, not as final figures."""
    url = str(portfolio.url)
    assert main(["--db", url, "portfolio-board", "--region", "APAC"]) == 0
    printed = capsys.readouterr().out.splitlines()
    kept = {r.pursuit: r for r in board_rows(portfolio, TODAY) if r.region == "APAC"}
    assert kept and all(r.provisional and r.score is not None for r in kept.values())
    for name, row in kept.items():
        line = next(line for line in printed if name in line)
        assert f" {row.score}* " in f" {line} ", line

    out = tmp_path / "apac.csv"
    assert main(["--db", url, "portfolio-board", "--region", "APAC", "--no-assess", "-o", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0][-1] == "Provisional" and [r[-1] for r in table[1:]] == ["provisional"] * 2
    assert sorted(int(r[9]) for r in table[1:]) == sorted(r.score for r in kept.values())  # numbers

    out = tmp_path / "apac.xlsx"
    assert main(["--db", url, "portfolio-board", "--region", "APAC", "--no-assess", "-o", str(out)]) == 0
    sheet = openpyxl.load_workbook(out)["Portfolio board"]
    assert sheet.cell(1, 13).value == "Provisional"
    for number in (2, 3):
        score = sheet.cell(number, 10)
        assert isinstance(score.value, int) and score.number_format == '0"*"'  # shown "57*", still a number
        assert sheet.cell(number, 13).value == "provisional"


def test_a_pursuit_too_small_to_score_is_said_in_the_exports(portfolio: Workspace, tmp_path: Path) -> None:
    account = portfolio.repos.accounts.list()[0]
    person = portfolio.repos.stakeholders.for_account(account.id)[0]
    pursuit = portfolio.repos.pursuits.create(account_id=account.id, name="Lone sponsor")
    portfolio.repos.committee.create(pursuit_id=pursuit.id, stakeholder_id=person.id)
    pdf, xlsx = tmp_path / "board.pdf", tmp_path / "board.xlsx"
    for out in (pdf, xlsx):
        assert main(["--db", str(portfolio.url), "portfolio-board", "-o", str(out)]) == 0
    said = "1 has no score: fewer than two people on its committee."
    shown = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True)
    assert said in " ".join(unicodedata.normalize("NFKC", shown.stdout).split())
    about = openpyxl.load_workbook(xlsx).worksheets[-1]
    assert any(said in str(cell.value) for row in about.iter_rows() for cell in row if cell.value)

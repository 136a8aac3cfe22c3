"""View ▸ Portfolio board, driven through the real window: every open pursuit across five accounts,
stalled first, readiness filled in from a worker and kept, filters, the stalled rule, a double-click
that opens the pursuit in the map, exports from the board's buttons, and themes for marketing."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QComboBox, QFileDialog
from pytestqt.qtbot import QtBot

from consensus_app.storage.portfolio_board import board_rows
from consensus_app.storage.readiness import readings
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.committee_model import CommitteeColumn
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.portfolio_fill import ReadinessFiller
from consensus_app.ui.portfolio_model import BoardColumn
from consensus_app.ui.portfolio_window import PortfolioWindow
from consensus_app.ui.settings import UiSettings
from consensus_app.ui.tasks import board
from tests.acceptance_kit import commit_cell, covers, double_click, open_cell_editor, trigger
from tests.portfolio_board_data import load_portfolio, pursuit_id
from tests.test_portfolio_board import ORDER
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixture


@pytest.fixture
def board_window(qtbot: QtBot, workspace: Workspace, settings: UiSettings) -> MainWindow:
    load_portfolio(workspace)
    return open_window(qtbot, workspace, settings)


def shown(board: PortfolioWindow, column: BoardColumn) -> list[str]:
    proxy = board.proxy
    return [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]


def painted(
    board: PortfolioWindow, column: BoardColumn, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole
) -> list[object]:
    """What the table paints in a column: each cell's role asked as Qt's item delegate asks them
    (all of a cell's roles in one multiData call), through the filter."""
    proxy, values = board.proxy, []
    for row in range(proxy.rowCount()):
        asked = QModelRoleData(int(role))
        proxy.index(row, column).multiData(QModelRoleDataSpan(asked))
        values.append(asked.data())
    return values


def shown_pairs(board: PortfolioWindow) -> list[tuple[str, str]]:
    return list(zip(shown(board, BoardColumn.ACCOUNT), shown(board, BoardColumn.PURSUIT), strict=True))


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an entry as a person does: open the list, click it."""
    index = combo.findText(text)
    assert index >= 0, f"{combo.objectName()} offers no {text!r}"
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    rect = view.visualRect(view.model().index(index, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: combo.currentIndex() == index)


def open_board(qtbot: QtBot, window: MainWindow) -> PortfolioWindow:
    trigger(window, "View", "portfolio-board")
    board = window.portfolio_window  # type: ignore[attr-defined]
    assert isinstance(board, PortfolioWindow) and board.isVisible()
    qtbot.waitUntil(lambda: board.model.rowCount() == len(ORDER), timeout=10_000)
    qtbot.waitUntil(lambda: all(r.assessed for r in board.model.rows()), timeout=30_000)
    qtbot.waitUntil(lambda: not board.filler.busy, timeout=10_000)
    return board


@covers("action:portfolio-board")
def test_the_board_lists_open_pursuits_stalled_first_and_fills_in_readiness(
    qtbot: QtBot,
    board_window: MainWindow,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = board_window
    board = open_board(qtbot, window)
    assert shown_pairs(board) == ORDER
    assert shown(board, BoardColumn.STALLED) == ["Stalled"] * 3 + [""] * 3
    assert shown(board, BoardColumn.IN_STAGE) == ["75", "41", "41", "12", "3", "0"]
    marked = shown(board, BoardColumn.READINESS)
    scores = [s.removesuffix("*") for s in marked]
    assert all(s.isdigit() for s in scores), scores  # "…" until the worker's readings arrived
    # Nobody has opened these pursuits: no stored sentence vectors, so their scores are provisional
    # (marked, and the tooltip says why); the one the window opened may have its themes already.
    provisional = [r for r, s in enumerate(marked) if s.endswith("*")]
    assert len(provisional) >= 5
    tip = str(board.proxy.index(provisional[0], BoardColumn.READINESS).data(Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("Provisional: assessed without the committee's themes")
    assert "6 open pursuits shown of 6 (all accounts): 3 stalled" in board.summary.text()
    assert shown(board, BoardColumn.OWNER) == ["No owner"] * 6  # imported: nobody owns them yet
    # Kept in the database: each pursuit has today's reading, which the board shows.
    today = datetime.now(UTC).astimezone().date()
    for row in board_rows(workspace, today):
        kept = readings(workspace, row.pursuit_id)
        assert (
            kept
            and kept[-1].day == today
            and str(kept[-1].score) == scores[ORDER.index((row.account, row.pursuit))]
        )

    # Filters: region, then stage; "Any" again shows all.
    choose(qtbot, board.region, "APAC")
    assert shown_pairs(board) == [ORDER[3], ORDER[4]]
    # What the table paints (every role of a cell in one call) is what each cell holds.
    for column in BoardColumn:
        assert painted(board, column) == shown(board, column)
    muted = painted(board, BoardColumn.READINESS, Qt.ItemDataRole.ForegroundRole)
    assert [getattr(c, "name", lambda: None)() for c in muted] == [
        "#777777" if s.endswith("*") else None for s in shown(board, BoardColumn.READINESS)
    ]
    assert board.summary.text().startswith("2 open pursuits shown of 6 (region APAC)")
    choose(qtbot, board.region, "Any")
    choose(qtbot, board.stage, "Problem definition")
    assert shown_pairs(board) == [ORDER[2], ORDER[5]]
    choose(qtbot, board.industry, "Energy")
    assert shown_pairs(board) == [ORDER[5]]
    choose(qtbot, board.industry, "Any")
    choose(qtbot, board.stage, "Any")
    assert len(shown_pairs(board)) == len(ORDER)

    # Stalled after 10 days: Sakura (12 days idle) joins the stalled at the top.
    board.stalled_after.setFocus()
    board.stalled_after.selectAll()
    qtbot.keyClicks(board.stalled_after, "10")
    qtbot.keyClick(board.stalled_after, Qt.Key.Key_Return)
    assert board.stalled_after.value() == 10
    assert shown(board, BoardColumn.STALLED) == ["Stalled"] * 4 + [""] * 2
    # Sorting by a column keeps the stalled on top, in either order.
    header = board.table.horizontalHeader()
    for _ in range(2):
        at = QPoint(header.sectionViewportPosition(BoardColumn.ACCOUNT) + 5, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
        assert shown(board, BoardColumn.STALLED) == ["Stalled"] * 4 + [""] * 2
    names = shown(board, BoardColumn.ACCOUNT)
    assert names[4:] in (
        sorted(names[4:], key=str.casefold),
        sorted(names[4:], key=str.casefold, reverse=True),
    )

    # Exports from the board's buttons: the rows as shown.
    choose(qtbot, board.region, "Nordics")
    xlsx, pdf = tmp_path / "board.xlsx", tmp_path / "board.pdf"
    for button, path in ((board.export_xlsx_button, xlsx), (board.export_pdf_button, pdf)):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, p=path, **_k: (str(p), ""))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(path.exists, timeout=20_000)
    qtbot.waitUntil(lambda: "Exported 2 pursuits" in board.statusBar().currentMessage(), timeout=10_000)
    sheet = list(openpyxl.load_workbook(xlsx)["Portfolio board"].iter_rows(values_only=True))
    assert [(r[0], r[1]) for r in sheet[1:]] == [ORDER[0], ORDER[5]]
    # A provisional score (marked * on the board) is said to be one in the workbook too.
    on_board = {r.pursuit: r for r in board.model.rows()}
    assert [r[12] == "provisional" for r in sheet[1:]] == [on_board[r[1]].provisional for r in sheet[1:]]
    assert any(r[12] == "provisional" for r in sheet[1:])
    text = unicodedata.normalize(
        "NFKC",
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout,
    )
    assert "region Nordics" in text and "Fleet analytics" in text and "Nettdrift i skyen" in text

    # Double-click a row: the pursuit opens in the map.
    row = shown_pairs(board).index(ORDER[5])
    rect = board.table.visualRect(board.proxy.index(row, BoardColumn.PURSUIT))
    double_click(qtbot, board.table.viewport(), rect.center())
    wanted = pursuit_id(workspace, "Nettdrift i skyen")
    qtbot.waitUntil(lambda: window.controller.pursuit_id == wanted, timeout=10_000)
    assert window.controller.pursuit_map is not None
    assert window.controller.pursuit_map.title == "Fjordkraft Energi AS — Nettdrift i skyen"

    # Back to the stalled Nordlys pursuit; an edit in its committee table un-stalls it on the board.
    row = shown_pairs(board).index(ORDER[0])
    double_click(qtbot, board.table.viewport(), board.table.visualRect(board.proxy.index(row, 1)).center())
    qtbot.waitUntil(lambda: window.controller.pursuit_id == pursuit_id(workspace, "Fleet analytics"))
    title = open_cell_editor(window, "山本 大輔", CommitteeColumn.TITLE)
    title.setText("Chief Architect")
    commit_cell(qtbot, window, title)
    qtbot.waitUntil(lambda: shown(board, BoardColumn.IDLE) == ["0", "0"], timeout=15_000)
    qtbot.waitUntil(lambda: not board.filler.busy, timeout=15_000)
    assert shown_pairs(board) == [ORDER[0], ORDER[5]]  # neither stalled: the longer in its stage first
    assert shown(board, BoardColumn.STALLED) == ["", ""]
    assert shown(board, BoardColumn.IN_STAGE) == ["75", "0"]  # a title is not a change of stage

    # Refresh reads the board again; today's readings are fresh, so nothing is assessed again.
    qtbot.mouseClick(board.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board._reading is None, timeout=10_000)
    assert not board.filler.busy and all(r.fresh(today) for r in board.model.rows())
    board.close()


def test_themes_for_marketing_beside_the_board(
    qtbot: QtBot, board_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    board = open_board(qtbot, board_window)
    board.tabs.setCurrentWidget(board.themes)
    themes = board.themes
    assert not themes.export_button.isEnabled()  # nothing found yet
    choose(qtbot, themes.stage, "Any stage")
    qtbot.mouseClick(themes.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: themes.task is None and themes.model.rowCount() > 0, timeout=60_000)
    model = themes.model
    words = {  # function -> its words, under each theme
        model.item(r).child(c, 0).text(): model.item(r).child(c, 4).text()
        for r in range(model.rowCount())
        for c in range(model.item(r).rowCount())
    }
    assert "قراردادها باید شفاف باشند" in words["Legal"]  # the Persian counsel's own words
    assert "across 5 accounts" in themes.summary.text()
    path = tmp_path / "themes.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    qtbot.mouseClick(themes.export_button, Qt.MouseButton.LeftButton)
    assert "قراردادها باید شفاف باشند" in path.read_text(encoding="utf-8")
    board.close()


def test_a_cancelled_fill_hands_the_board_nothing_more(qtbot: QtBot, board_window: MainWindow) -> None:
    workspace = board_window.controller.workspace
    rows = board_rows(workspace, datetime.now(UTC).astimezone().date())  # (assessed again: stale or not)
    filler = ReadinessFiller()
    arrived: list[object] = []
    filler.sig_readings.connect(arrived.append)
    portfolio = open_board(qtbot, board_window)
    task = filler.fill(workspace, rows)
    assert task is not None and task in board().tasks()
    row = next(r for r in portfolio.tasks.rows() if r.task is task)  # the board window's status bar
    assert row.name.text() == f"Assessing {len(rows)} pursuits for the portfolio board…"
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)  # the user's Cancel
    assert task.cancelled
    assert QThreadPool.globalInstance().waitForDone(20_000)
    qtbot.wait(50)  # anything the worker had queued is delivered (and dropped) now
    assert arrived == [] and not filler.busy

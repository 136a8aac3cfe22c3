"""View ▸ Portfolio board through the real window: the column the user sorted by and the row they
selected stay so when the board is read again after an edit in the map (it used to fall back to
the board's order, with nothing selected); sorted and filtered while readiness fills, each score
lands on its own pursuit's row."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from consensus_app.storage import portfolio_readiness
from consensus_app.storage.readiness import readings
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.portfolio_model import BoardColumn, PursuitIdRole
from tests.acceptance_kit import trigger
from tests.portfolio_board_data import pursuit_id
from tests.test_acceptance_portfolio_board import board_window, choose, open_board, shown_pairs  # noqa: F401
from tests.test_portfolio_board import ORDER
from tests.window_fixtures import settings  # noqa: F401 - fixture


def test_a_sorted_board_stays_sorted_when_an_edit_reads_it_again(
    qtbot: QtBot, board_window: MainWindow
) -> None:
    window = board_window
    board = open_board(qtbot, window)
    header = board.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(BoardColumn.ACCOUNT) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert header.sortIndicatorSection() == BoardColumn.ACCOUNT
    order = header.sortIndicatorOrder()
    sorted_rows = shown_pairs(board)
    assert sorted_rows != ORDER  # sorted by account, not the board's own order
    assert [(r.account, r.pursuit) for r in board.shown_rows()] == sorted_rows  # what an export writes
    # The user clicks a row to look at it.
    picked = sorted_rows.index(ORDER[3])
    rect = board.table.visualRect(board.proxy.index(picked, BoardColumn.PURSUIT))
    qtbot.mouseClick(board.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [i.row() for i in board.table.selectionModel().selectedRows()] == [picked]
    # …and has scrolled down a short window.
    board.resize(1300, 240)
    scroll = board.table.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0)
    scroll.setValue(scroll.maximum())
    scrolled = scroll.value()

    # A note on a pursuit that is not stalled, written as the window writes it: the board reads
    # its rows again (the note changes no order).
    with qtbot.waitSignal(board.model.modelReset, timeout=15_000):
        window.controller.edit_account(
            "pursuit", pursuit_id(window.controller.workspace, "Nettdrift i skyen"), "Edit", notes="Call Ola"
        )
    assert header.sortIndicatorSection() == BoardColumn.ACCOUNT
    assert header.sortIndicatorOrder() == order
    assert shown_pairs(board) == sorted_rows
    assert [i.row() for i in board.table.selectionModel().selectedRows()] == [picked]
    assert board.table.currentIndex().row() == picked
    assert scroll.value() == scrolled
    # Sorted and filtered: an export writes the rows as shown.
    choose(qtbot, board.region, "Nordics")
    nordics = shown_pairs(board)
    assert len(nordics) == 2 and [(r.account, r.pursuit) for r in board.shown_rows()] == nordics
    board.close()


def test_sorting_while_readiness_fills_puts_each_score_on_its_own_row(
    qtbot: QtBot, board_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = portfolio_readiness.reading_of

    def slow(*args: Any, **kwargs: Any) -> Any:  # each assessment takes a while: the fill is under way
        time.sleep(0.15)
        return real(*args, **kwargs)

    monkeypatch.setattr(portfolio_readiness, "reading_of", slow)
    window = board_window
    trigger(window, "View", "portfolio-board")
    board = window.portfolio_window  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: board.model.rowCount() == len(ORDER) and board.filler.busy, timeout=10_000)
    header = board.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(BoardColumn.PURSUIT) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert any(not r.assessed for r in board.model.rows())  # sorted before every score arrived
    choose(qtbot, board.stage, "Problem definition")  # and filtered
    qtbot.waitUntil(lambda: not board.filler.busy, timeout=30_000)
    workspace = window.controller.workspace
    proxy = board.proxy
    shown = {
        proxy.index(row, 0).data(PursuitIdRole): proxy.index(row, BoardColumn.READINESS).data()
        for row in range(proxy.rowCount())
    }
    assert len(shown) == 2
    for pursuit, text in shown.items():  # each row's score is its own pursuit's, as kept
        kept = max(readings(workspace, pursuit), key=lambda r: r.taken_at)
        assert text == f"{kept.score}{'*' if kept.provisional else ''}"

"""View ▸ Portfolio board through the real window: a pursuit opened from the board is assessed on
the Assessment tab, and the board shows the reading the tab kept — read back in a worker, not on
the GUI thread — and keeps it when an older reading (a fill that started before) arrives after."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.storage import readiness
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.portfolio_model import BoardColumn
from tests.acceptance_kit import double_click
from tests.portfolio_board_data import pursuit_id
from tests.test_acceptance_portfolio_board import board_window, open_board, shown_pairs  # noqa: F401
from tests.window_fixtures import settings  # noqa: F401 - fixture

PURSUIT = "Nettdrift i skyen"


def test_the_tabs_kept_reading_reaches_the_board_from_a_worker_and_stays(
    qtbot: QtBot, board_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = board_window
    board = open_board(qtbot, window)
    wanted = pursuit_id(window.controller.workspace, PURSUIT)
    filled = next(r for r in board.model.rows() if r.pursuit_id == wanted)
    assert filled.provisional  # nobody opened it: no stored sentence vectors

    read_on: list[bool] = []
    real = readiness.readings

    def watched(*args: object, **kwargs: object) -> object:
        read_on.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(readiness, "readings", watched)

    # Double-click its row: the pursuit opens in the map, the Assessment tab assesses and keeps it.
    row = [p for _a, p in shown_pairs(board)].index(PURSUIT)
    rect = board.table.visualRect(board.proxy.index(row, BoardColumn.PURSUIT))
    double_click(qtbot, board.table.viewport(), rect.center())
    qtbot.waitUntil(lambda: window.controller.pursuit_id == wanted, timeout=10_000)

    def shows_the_tabs() -> bool:
        now = next(r for r in board.model.rows() if r.pursuit_id == wanted)
        return now.reading_at is not None and now.reading_at > filled.reading_at  # type: ignore[operator]

    qtbot.waitUntil(shows_the_tabs, timeout=30_000)
    assert read_on and not any(read_on)  # read back in a worker
    kept = next(r for r in board.model.rows() if r.pursuit_id == wanted)
    assert not kept.provisional
    assert window.assessment.assessment is not None
    assert kept.score == window.assessment.assessment.score

    # A fill that started before delivers its provisional reading of that moment late: the board
    # keeps the newer one the tab kept (as the database does).
    latest = real(window.controller.workspace, wanted)[-1]
    older = replace(latest, taken_at=filled.reading_at, score=(kept.score or 0) // 2, provisional=True)
    board.filler.sig_readings.emit([(wanted, older)])
    now = next(r for r in board.model.rows() if r.pursuit_id == wanted)
    assert (now.score, now.provisional, now.reading_at) == (kept.score, False, kept.reading_at)
    shown = board.proxy.index(row, BoardColumn.READINESS).data()
    assert shown == str(kept.score)
    board.close()

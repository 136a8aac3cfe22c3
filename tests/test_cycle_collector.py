"""The cycle collector's two helpers for long worker jobs: what existed before a portfolio fill is
kept out of full collections while fills run (overlapping ones too), and always thawed after —
a fill that fails or is cancelled half-way included."""

from __future__ import annotations

import gc
import threading
from datetime import UTC, datetime

import pytest

from consensus_app.core.cancellable import Cancelled
from consensus_app.core.cycle_collector import heap_frozen
from consensus_app.storage.portfolio_board import board_rows
from consensus_app.storage.portfolio_readiness import fill_readiness
from consensus_app.storage.workspace import Workspace
from tests.portfolio_board_data import load_portfolio


def test_overlapping_jobs_keep_the_heap_frozen_until_the_last_one_ends() -> None:
    assert gc.get_freeze_count() == 0
    entered, leave_first = threading.Event(), threading.Event()
    frozen_while_second_ran: list[int] = []

    def first() -> None:
        with heap_frozen():
            entered.set()
            leave_first.wait(10)

    worker = threading.Thread(target=first)
    worker.start()
    assert entered.wait(10)
    with heap_frozen():  # a second window's fill starts while the first runs
        leave_first.set()
        worker.join(10)
        frozen_while_second_ran.append(gc.get_freeze_count())
    assert frozen_while_second_ran[0] > 0  # the first ending did not thaw the second's heap
    assert gc.get_freeze_count() == 0


def test_a_job_that_fails_half_way_thaws_the_heap() -> None:
    with pytest.raises(ValueError), heap_frozen(), heap_frozen():
        assert gc.get_freeze_count() > 0
        raise ValueError("a server went away")
    assert gc.get_freeze_count() == 0


def test_a_cancelled_fill_thaws_the_heap(workspace: Workspace) -> None:
    now = datetime.now(UTC)
    load_portfolio(workspace, now)
    rows = board_rows(workspace, now.astimezone().date())
    seen: list[int] = []

    def stop() -> bool:
        seen.append(gc.get_freeze_count())
        return True

    with pytest.raises(Cancelled):
        fill_readiness(workspace, rows, now, should_stop=stop)
    assert seen and seen[0] > 0  # frozen while it ran
    assert gc.get_freeze_count() == 0

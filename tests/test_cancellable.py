"""Progress and cancel shared by layouts, themes and exports (core/cancellable.py)."""

from __future__ import annotations

import pytest

from consensus_app.core.cancellable import CancellableRun, Cancelled
from consensus_app.core.themes import ThemesCancelled
from consensus_app.core.themes.progress import make_run


def test_a_stage_reports_its_share_of_the_whole_and_never_goes_backwards() -> None:
    seen: list[float] = []
    run = CancellableRun(seen.append, None)
    second_half = run.stage(0.5, 1.0)
    run.report(0.6)
    second_half.report(0.1)  # 0.55 overall: behind what was already shown
    second_half.report(0.5)
    run.finish()
    assert seen == [0.6, 0.75, 1.0]


def test_a_stage_of_a_theme_run_stops_with_the_themes_own_cancel() -> None:
    stop = False
    run = make_run(None, lambda: stop)
    stage = run.stage(0.0, 0.5)
    stage.report(0.5)
    stop = True
    with pytest.raises(ThemesCancelled) as raised:
        stage.report(0.9)
    assert isinstance(raised.value, Cancelled)  # a worker treats it as any cancelled work

"""The Assessment tab's readiness history is read back in a worker; when the team server goes away
just then, the history stays as it was and the log says why — no error in a slot, nothing lost
(what 29abcc0 promised, driven through the real window: Mark as reviewed)."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from consensus_app.storage.errors import DatabaseUnavailableError
from consensus_app.storage.readiness import readings
from consensus_app.ui.main_window import MainWindow
from tests.test_acceptance_journey import _assessed, window  # noqa: F401 - fixture
from tests.window_fixtures import settings  # noqa: F401 - fixture


def test_a_server_away_during_the_history_read_leaves_the_history_and_warns(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _assessed(qtbot, window)
    history, workspace = window.assessment.history, window.controller.workspace
    qtbot.waitUntil(lambda: len(readings(workspace, 1)) == 1, timeout=10_000)  # the day's reading
    score = readings(workspace, 1)[0].score
    qtbot.waitUntil(lambda: history.chart.points == [(date.today(), score)], timeout=10_000)

    def away(*_args: object) -> object:
        raise DatabaseUnavailableError("the team server does not answer")

    monkeypatch.setattr(type(window.controller.reads), "readiness", away)
    with caplog.at_level(logging.WARNING, logger="consensus_app.ui.readiness_widgets"):
        qtbot.mouseClick(window.assessment.mark_reviewed, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "readiness history was not read" in caplog.text, timeout=10_000)
    assert [r.reviewed for r in readings(workspace, 1)] == [False, True]  # the review was kept
    assert history.chart.points == [(date.today(), score)]  # shown as it was
    assert history.chart.reviews == []  # (read back once the server answers again)

"""LOOPING reads the member's whole history through the real window: moved back a stage in the
inspector and forward again, they are still looping (the finding says when they went back), and
undoing both moves takes it away. The 40-person account of test_acceptance_journey."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from models import BuyingStage
from tests.acceptance_kit import covers, select, settle, undo
from tests.test_acceptance_journey import (
    MEMBER,
    _answer_move_dialog,
    _assessed,
    _choose_stage,
    _codes,
    _document,
)
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixture

PROBLEM, SOLUTION, SUPPLIER = BuyingStage


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, settings: UiSettings) -> MainWindow:
    import_document(workspace, check_document(_document()))
    return open_window(qtbot, workspace, settings)


def _move(qtbot: QtBot, window: MainWindow, stage: BuyingStage, note: str) -> None:
    _answer_move_dialog(qtbot, note)
    _choose_stage(window.inspector.journey_stage, stage)
    settle(window)
    qtbot.waitUntil(lambda: window.controller.pursuit_map is not None and _stage_of(window) is stage)


def _stage_of(window: MainWindow) -> BuyingStage | None:
    assert window.controller.pursuit_map is not None
    return next(n for n in window.controller.pursuit_map.members() if n.name == MEMBER).journey_stage


def _shown_findings(window: MainWindow) -> list[str]:
    findings = window.assessment.findings
    return [findings.item(i).text() for i in range(findings.count())]


@covers("inspector:journey-stage")
def test_a_member_back_a_stage_and_forward_again_is_still_looping_until_both_moves_are_undone(
    qtbot: QtBot, window: MainWindow
) -> None:
    _assessed(qtbot, window)
    assert "LOOPING" not in _codes(window)
    select(qtbot, window, MEMBER)
    _move(qtbot, window, SOLUTION, "Ny sikkerhetsrevisjon")
    _move(qtbot, window, SUPPLIER, "Revisjonen er godkjent")
    seat_moves = [(m.from_stage, m.to_stage) for m in window.controller.repos.journey.moves(1)]
    assert seat_moves == [(SUPPLIER, SOLUTION), (SOLUTION, SUPPLIER)]

    # The last move was forward; the loop before it is what the finding names, with its day.
    _assessed(qtbot, window, lambda: "LOOPING" in _codes(window))
    said = f"{MEMBER} from supplier selection to solution identification on {date.today().isoformat()}"
    qtbot.waitUntil(
        lambda: any("Back to an earlier stage" in t and said in t for t in _shown_findings(window))
    )

    undo(qtbot, window)  # the move forward: still looping
    settle(window)
    qtbot.waitUntil(lambda: _stage_of(window) is SOLUTION)
    _assessed(qtbot, window, lambda: "LOOPING" in _codes(window))
    undo(qtbot, window)  # the move back: no loop left in the history
    settle(window)
    qtbot.waitUntil(lambda: _stage_of(window) is SUPPLIER)
    _assessed(qtbot, window, lambda: "LOOPING" not in _codes(window))
    assert not any("Back to an earlier stage" in t for t in _shown_findings(window))

"""Each buyer's journey and readiness over time, through the real window on a 40-person account
(names in Norwegian, Japanese, Persian, Korean, Indonesian): move a member's buying stage in the
inspector (with the day and what moved them) and in the committee table; the history, the
findings (JOURNEY_LAG, LOOPING), the heat map, the trend and "since the last review" follow, and
undo takes a move back whole."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.readiness import readings
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.committee_model import CommitteeColumn as C
from consensus_app.ui.journey_widgets import MoveDialog
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from models import BuyingStage
from tests.acceptance_kit import (
    commit_cell,
    covers,
    menu_action,
    open_cell_editor,
    select,
    settle,
    table_text,
    undo,
)
from tests.large_accounts import account_document, member_indexes, person_name
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixture

PEOPLE, SEATS = 40, 14
PROBLEM, SOLUTION, SUPPLIER = BuyingStage
MEMBERS = member_indexes(PEOPLE, SEATS)
APPROVER = person_name(MEMBERS[0])  # the first five seats sign off
OTHER_APPROVER = person_name(MEMBERS[1])
MEMBER = person_name(MEMBERS[7])  # not an approver


def _document() -> dict[str, object]:
    """The pursuit is choosing a supplier; everyone is at supplier selection or solution."""
    document = account_document(PEOPLE, SEATS)
    pursuit = document["accounts"][0]["pursuits"][0]  # type: ignore[index]
    pursuit["stage"] = "supplier_selection"
    for n, seat in enumerate(pursuit["committee"]):
        seat["journey_stage"] = "supplier_selection" if n % 3 else "solution_identification"
    return document


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, settings: UiSettings) -> MainWindow:
    import_document(workspace, check_document(_document()))
    return open_window(qtbot, workspace, settings)


def _assessed(qtbot: QtBot, window: MainWindow, until: Callable[[], bool] = lambda: True) -> None:
    panel = window.assessment
    qtbot.waitUntil(
        lambda: panel.assessment is not None and not panel.runner.busy and until(), timeout=30_000
    )


def _codes(window: MainWindow) -> set[str]:
    assert window.assessment.assessment is not None
    return {f.code for f in window.assessment.assessment.findings}


def _seat(window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    pursuit = window.controller.pursuit_id
    assert pursuit is not None
    people = {p.id: p.name for p in window.controller.repos.stakeholders.for_account(1)}
    return next(
        m for m in window.controller.repos.committee.for_pursuit(pursuit) if people[m.stakeholder_id] == name
    )


def _answer_move_dialog(qtbot: QtBot, note: str, accept: bool = True) -> list[str]:
    """Fill in the dialog the stage change opens (as the user would), then Move or Cancel."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MoveDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.windowTitle())
        dialog.note.setText(note)
        (dialog.accept if accept else dialog.reject)()

    QTimer.singleShot(0, answer)
    return seen


def _choose_stage(combo: QComboBox, stage: BuyingStage | None) -> None:
    combo.setCurrentIndex(combo.findData(stage))


@covers("inspector:journey-stage")
def test_moving_a_member_back_in_the_inspector_keeps_the_note_raises_looping_and_undoes(
    qtbot: QtBot, window: MainWindow
) -> None:
    _assessed(qtbot, window)
    assert "LOOPING" not in _codes(window)
    select(qtbot, window, MEMBER)
    inspector = window.inspector
    assert inspector.journey_stage.value() == SUPPLIER and inspector.journey_stage.isEnabled()

    seen = _answer_move_dialog(qtbot, "Ny sikkerhetsrevisjon etter hendelsen i oktober")
    _choose_stage(inspector.journey_stage, SOLUTION)
    settle(window)
    assert seen == [f"Move {MEMBER}"]
    seat = _seat(window, MEMBER)
    assert (seat.journey_stage, seat.journey_from, seat.journey_since) == (SOLUTION, SUPPLIER, date.today())
    [move] = window.controller.repos.journey.moves(1)
    assert (move.to_stage, move.note) == (SOLUTION, "Ny sikkerhetsrevisjon etter hendelsen i oktober")
    qtbot.waitUntil(lambda: "Ny sikkerhetsrevisjon" in inspector.journey_history.text())
    assert "(back a stage)" in inspector.journey_history.text()
    assert table_text(window, MEMBER, C.JOURNEY_STAGE) == "solution"
    _assessed(qtbot, window, lambda: "LOOPING" in _codes(window))
    heat = window.assessment.journey
    assert heat.row_of(MEMBER).looped

    assert undo(qtbot, window).replace("&", "") == f"Undo Move {MEMBER} to solution identification"
    settle(window)
    assert _seat(window, MEMBER).journey_stage is SUPPLIER
    assert window.controller.repos.journey.moves(1) == []
    _assessed(qtbot, window, lambda: "LOOPING" not in _codes(window))
    qtbot.waitUntil(lambda: inspector.journey_stage.value() == SUPPLIER)

    # Cancel in the dialog: nothing moves and the field shows where they are.
    _answer_move_dialog(qtbot, "", accept=False)
    _choose_stage(inspector.journey_stage, PROBLEM)
    assert inspector.journey_stage.value() == SUPPLIER
    assert window.controller.repos.journey.moves(1) == []


@covers("table:journey_stage", "panel:assessment.journey")
def test_an_approver_set_back_to_problem_definition_in_the_table_is_a_late_veto_on_the_heat_map(
    qtbot: QtBot, window: MainWindow
) -> None:
    _assessed(qtbot, window)
    assert "JOURNEY_LAG" not in _codes(window)
    # Cancel in the table's dialog: the row stays as it was.
    editor = open_cell_editor(window, APPROVER, C.JOURNEY_STAGE)
    assert isinstance(editor, QComboBox)
    _answer_move_dialog(qtbot, "", accept=False)
    editor.setCurrentIndex(editor.findText("problem"))
    commit_cell(qtbot, window, editor)
    assert window.controller.repos.journey.moves(1) == []
    assert table_text(window, APPROVER, C.JOURNEY_STAGE) == "solution"

    editor = open_cell_editor(window, APPROVER, C.JOURNEY_STAGE)
    seen = _answer_move_dialog(qtbot, "Ny finansdirektør vil se behovet på nytt")
    editor.setCurrentIndex(editor.findText("problem"))
    commit_cell(qtbot, window, editor)
    settle(window)
    assert seen == [f"Move {APPROVER}"]
    assert _seat(window, APPROVER).journey_stage is PROBLEM
    [move] = window.controller.repos.journey.moves(1)
    assert (move.to_stage, move.day, move.note) == (
        PROBLEM,
        date.today(),
        "Ny finansdirektør vil se behovet på nytt",
    )
    qtbot.waitUntil(lambda: table_text(window, APPROVER, C.JOURNEY_STAGE) == "problem")

    _assessed(qtbot, window, lambda: "JOURNEY_LAG" in _codes(window))
    lag = next(f for f in window.assessment.assessment.findings if f.code == "JOURNEY_LAG")  # type: ignore[union-attr]
    assert APPROVER in lag.message and lag.severity.label == "critical"
    shown = [window.assessment.findings.item(i).text() for i in range(window.assessment.findings.count())]
    assert any("Some buyers are behind" in text and APPROVER in text for text in shown)

    heat = window.assessment.journey
    assert heat.rowCount() == SEATS
    assert heat.row_of(APPROVER).standing.value == "behind"
    assert "The group is at <b>supplier selection</b>" in heat.summary.text()
    row = next(r for r in range(heat.rowCount()) if heat.item(r, 0).text() == APPROVER)
    # Filled at problem definition (⟲: they came back to it), solution shaded as where they were.
    assert heat.item(row, 1).text() == "⟲" and heat.item(row, 3).text() == ""
    assert heat.item(row, 4).text() == "moved back · behind"
    with qtbot.waitSignal(window.assessment.sig_highlight) as highlighted:
        heat.selectRow(row)
    assert highlighted.args == [[_seat(window, APPROVER).stakeholder_id]]


@covers("panel:assessment.mark_reviewed")
def test_mark_as_reviewed_then_the_tab_says_what_changed_since_with_the_trend(
    qtbot: QtBot, window: MainWindow
) -> None:
    _assessed(qtbot, window)
    history = window.assessment.history
    workspace = window.controller.workspace
    qtbot.waitUntil(lambda: len(readings(workspace, 1)) == 1, timeout=10_000)  # the day's reading
    assert "Not reviewed yet" in history.since.text()
    assert window.assessment.mark_reviewed.isEnabled()
    qtbot.mouseClick(window.assessment.mark_reviewed, Qt.MouseButton.LeftButton)
    kept = readings(workspace, 1)
    assert [(r.day, r.reviewed) for r in kept] == [(date.today(), False), (date.today(), True)]
    qtbot.waitUntil(lambda: "Nothing has changed since then" in history.since.text())
    score_then = kept[1].score

    select(qtbot, window, OTHER_APPROVER)
    _answer_move_dialog(qtbot, "Ny CFO vil se på behovet på nytt")
    _choose_stage(window.inspector.journey_stage, PROBLEM)
    settle(window)
    _assessed(qtbot, window, lambda: "JOURNEY_LAG" in _codes(window))
    qtbot.waitUntil(lambda: "New: Some buyers are behind" in history.since.text())
    text = history.since.text()
    score_now = window.assessment.assessment.score  # type: ignore[union-attr]
    assert f"Score {score_then} → {score_now} ({score_now - score_then:+d})" in text  # type: ignore[operator]
    assert f"Moved: {OTHER_APPROVER}, supplier selection → problem definition" in text
    # The day's reading follows the assessment once the edits settle (one a day, updated).
    qtbot.waitUntil(
        lambda: next(r for r in readings(workspace, 1) if not r.reviewed).score == score_now, timeout=10_000
    )
    assert len(readings(workspace, 1)) == 2
    # The trend is read back in a worker once the reading is kept.
    qtbot.waitUntil(lambda: history.chart.points == [(date.today(), score_now)])
    assert history.chart.reviews == [date.today()]


@covers("action:show-stages")
def test_view_show_buying_stages_badges_each_members_card_and_follows_a_move(
    qtbot: QtBot, window: MainWindow
) -> None:
    _assessed(qtbot, window)
    badges = window.insights.stage_badges
    assert badges.badges == []
    menu_action(window, "View", "show-stages").trigger()
    assert len(badges.badges) == SEATS  # everyone on the committee has a stage here
    by_name = {b.parentItem().node.name: b for b in badges.badges}  # type: ignore[union-attr]
    assert by_name[APPROVER].text == "Solution ↓"  # behind the group, which is at supplier selection
    assert by_name[MEMBER].text == "Supplier"
    assert all(b.isVisible() for b in badges.badges)

    select(qtbot, window, MEMBER)
    _answer_move_dialog(qtbot, "Budget frozen")
    _choose_stage(window.inspector.journey_stage, PROBLEM)
    settle(window)
    _assessed(qtbot, window, lambda: any(b.text == "⟲ Problem ↓" for b in badges.badges))

    menu_action(window, "View", "show-stages").trigger()
    assert badges.badges == [] and not any(
        type(item).__name__ == "StageBadge" for item in window.scene.items()
    )


def test_a_reading_still_waiting_is_kept_when_another_pursuit_opens(qtbot: QtBot, window: MainWindow) -> None:
    """A day's reading is written once edits settle (2 s): opening another pursuit meanwhile keeps
    it, and Mark as reviewed waits for the new pursuit's own assessment."""
    _assessed(qtbot, window)
    workspace = window.controller.workspace
    qtbot.waitUntil(lambda: len(readings(workspace, 1)) == 1, timeout=10_000)
    select(qtbot, window, OTHER_APPROVER)
    _answer_move_dialog(qtbot, "Ny CFO vil se på behovet på nytt")
    _choose_stage(window.inspector.journey_stage, PROBLEM)
    settle(window)
    _assessed(qtbot, window, lambda: "JOURNEY_LAG" in _codes(window))
    score_now = window.assessment.assessment.score  # type: ignore[union-attr]
    opened: list[int] = []
    assert window.controller.add_pursuit(1, then=lambda p: opened.append(p.id), name="Havneprosjekt")
    window.controller.open_pursuit(opened[0])  # within the 2 s: the reading has not been written yet
    window.assessment.mark_reviewed.click()  # before the new pursuit's assessment: marks nothing
    qtbot.waitUntil(lambda: window.assessment.assessment is not None and not window.assessment.runner.busy)
    (kept,) = readings(workspace, 1)
    assert (kept.score, kept.reviewed) == (score_now, False)  # the first pursuit's reading, kept

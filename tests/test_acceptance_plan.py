"""The Plan tab beside the inspector, on the 32-person account: a step of the plan for deciding
together is added with owners on both sides, a date and a status, changed, removed, each undone
and redone from the Edit menu; an overdue step shows in red and raises a finding in the Assessment."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from models.plan import PlanStepStatus
from tests.acceptance_kit import covers, nordlys, person_id, redo, undo, window  # noqa: F401 - fixtures
from tests.window_fixtures import settings  # noqa: F401 - fixture

TITLE = "Security review of the pilot"


def _findings(window: MainWindow) -> list[str]:
    found = window.assessment.findings
    return [found.item(i).text() for i in range(found.count())]


def _rows(window: MainWindow) -> list[list[str]]:
    table = window.insights.plan.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


@covers(
    "panel:plan.table",
    "panel:plan.title_edit",
    "panel:plan.buyer_owner",
    "panel:plan.seller_owner",
    "panel:plan.has_due",
    "panel:plan.due",
    "panel:plan.status",
    "panel:plan.add_button",
    "panel:plan.save_button",
    "panel:plan.remove_button",
)
def test_a_plan_step_is_added_changed_and_removed_in_the_plan_tab_each_undoable(
    qtbot: QtBot, window: MainWindow, nordlys: Workspace
) -> None:
    window.insights.plan_dock.raise_()
    panel = window.insights.plan
    pursuit_id = window.controller.pursuit_id
    assert pursuit_id is not None
    assert panel.summary.text().startswith("No plan yet")
    assert not panel.add_button.isEnabled()  # nothing typed yet

    qtbot.keyClicks(panel.title_edit, TITLE)
    panel.buyer_owner.setCurrentIndex(panel.buyer_owner.findText("Øystein Bråten"))
    qtbot.keyClicks(panel.seller_owner, "Ana Silva")
    qtbot.mouseClick(panel.has_due, Qt.MouseButton.LeftButton, pos=panel.has_due.rect().center())
    five_days_ago = date.today() - timedelta(days=5)
    panel.due.setDate(QDate(five_days_ago.year, five_days_ago.month, five_days_ago.day))
    panel.status.setCurrentIndex(panel.status.findData(PlanStepStatus.IN_PROGRESS.value))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    (step,) = nordlys.repos.plan_steps.for_pursuit(pursuit_id)  # what the database holds
    assert (step.title, step.seller_owner, step.due, step.status) == (
        TITLE,
        "Ana Silva",
        five_days_ago,
        PlanStepStatus.IN_PROGRESS,
    )
    assert step.buyer_owner_id == person_id(window, "Øystein Bråten")
    (row,) = _rows(window)
    assert row[:2] == [TITLE, "Øystein Bråten\nAna Silva"] and "In progress · overdue 5 d" in row[2]
    assert panel.table.item(0, 2).foreground().color().name() == "#b3261e"  # overdue, in red
    assert panel.summary.text() == "1 step, none done, 1 overdue."
    assert panel.title_edit.text() == ""  # the form is ready for the next step
    qtbot.waitUntil(lambda: any(TITLE in text for text in _findings(window)), timeout=30_000)

    panel.table.selectRow(0)  # choose the step: the form shows it
    assert panel.title_edit.text() == TITLE and panel.has_due.isChecked()
    panel.status.setCurrentIndex(panel.status.findData(PlanStepStatus.DONE.value))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert nordlys.repos.plan_steps.get(step.id).status is PlanStepStatus.DONE
    assert _rows(window)[0][2].endswith("\nDone")
    qtbot.waitUntil(lambda: not any(TITLE in text for text in _findings(window)), timeout=30_000)

    assert undo(qtbot, window).replace("&", "") == f"Undo Edit the plan step “{TITLE}”"
    assert nordlys.repos.plan_steps.get(step.id).status is PlanStepStatus.IN_PROGRESS
    assert "In progress" in _rows(window)[0][2]
    redo(qtbot, window)
    assert nordlys.repos.plan_steps.get(step.id).status is PlanStepStatus.DONE

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert nordlys.repos.plan_steps.for_pursuit(pursuit_id) == [] and _rows(window) == []
    assert undo(qtbot, window).replace("&", "") == f"Undo Remove the plan step “{TITLE}”"
    QApplication.processEvents()
    assert [s.id for s in nordlys.repos.plan_steps.for_pursuit(pursuit_id)] == [step.id]
    assert _rows(window)[0][0] == TITLE


def test_the_plan_tab_follows_people_added_renamed_and_deleted_on_the_map(
    qtbot: QtBot, window: MainWindow, nordlys: Workspace
) -> None:
    panel = window.insights.plan
    owner = person_id(window, "Øystein Bråten")
    qtbot.keyClicks(panel.title_edit, TITLE)
    panel.buyer_owner.setCurrentIndex(panel.buyer_owner.findData(owner))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    assert window.controller.add_stakeholder(on_committee=True, name="Hoda Rahimi هدی رحیمی")
    assert panel.buyer_owner.findText("Hoda Rahimi هدی رحیمی") > 0  # a new person can own a step

    assert window.controller.edit_stakeholder(owner, name="Øystein Bråten-Lie")
    assert panel.buyer_owner.findText("Øystein Bråten-Lie") > 0
    assert _rows(window)[0][1].startswith("Øystein Bråten-Lie")  # the step says who owns it now

    window.controller.delete_items([owner], [])
    assert panel.buyer_owner.findData(owner) == -1  # nobody to choose who is not there
    assert _rows(window)[0][1].startswith("—")
    (step,) = nordlys.repos.plan_steps.for_pursuit(window.controller.pursuit_id or 0)
    assert step.buyer_owner_id is None

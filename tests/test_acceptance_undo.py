"""Undo and redo from the Edit menu, the toolbar and the keyboard; and, on a workspace two people
share, an undo or redo that would write over a colleague's later change asks first (the conflict
dialog): Overwrite writes, Reload keeps the colleague's value and drops the step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Workspace
from consensus_app.ui.conflict_dialog import ConflictDialog
from consensus_app.ui.main_window import MainWindow
from tests.acceptance_kit import (
    card,
    colleague,  # noqa: F401 - fixture
    covers,
    inspector_priorities,
    menu_action,
    nordlys,  # noqa: F401 - fixture
    person_id,
    select,
    trigger,
    type_and_enter,
    window,  # noqa: F401 - fixture
)
from tests.window_fixtures import settings  # noqa: F401 - fixture

pytestmark = pytest.mark.engines("sqlite", "postgresql")


def _toolbar_button(window: MainWindow, name: str) -> QToolButton:
    toolbar = window.findChild(QToolBar, "map-toolbar")
    action = next(a for a in toolbar.actions() if a.objectName() == name)
    button = toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


@covers("action:undo", "action:redo")
@pytest.mark.engines("sqlite")
def test_undo_and_redo_from_the_menu_the_toolbar_and_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    repo = window.controller.repos.stakeholders
    nur = person_id(window, "Nur Aini")
    select(qtbot, window, "Nur Aini")
    type_and_enter(qtbot, window.inspector.title_edit, "Chief Data Officer")
    type_and_enter(qtbot, window.inspector.title_edit, "Chief Data & Analytics Officer")

    undo_button, redo_button = _toolbar_button(window, "undo"), _toolbar_button(window, "redo")
    assert menu_action(window, "Edit", "undo").text() == "&Undo Edit Nur Aini"
    assert undo_button.text() == "Undo" and "Edit Nur Aini" in undo_button.toolTip()
    qtbot.mouseClick(undo_button, Qt.MouseButton.LeftButton)
    assert repo.get(nur).title == "Chief Data Officer"
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert repo.get(nur).title == "Head of Data" and card(window, "Nur Aini").title == "Head of Data"  # type: ignore[union-attr]
    assert not undo_button.isEnabled() and redo_button.isEnabled()
    qtbot.mouseClick(redo_button, Qt.MouseButton.LeftButton)
    assert repo.get(nur).title == "Chief Data Officer"
    qtbot.keyClick(
        window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert repo.get(nur).title == "Chief Data & Analytics Officer"
    assert window.inspector.title_edit.text() == "Chief Data & Analytics Officer"


@pytest.mark.engines("sqlite")
def test_the_undo_button_keeps_its_width_whatever_the_step(qtbot: QtBot, window: MainWindow) -> None:
    button = _toolbar_button(window, "undo")
    toolbar = window.findChild(QToolBar, "map-toolbar")
    select(qtbot, window, "Nur Aini")
    type_and_enter(qtbot, window.inspector.title_edit, "CDO")
    assert button.toolTip().startswith("Undo Edit Nur Aini")
    width, toolbar_width = button.sizeHint().width(), toolbar.sizeHint().width()
    select(qtbot, window, "Øystein Bråten")
    type_and_enter(qtbot, window.inspector.new_priority, "Fewer surprises in fuel costs")
    assert menu_action(window, "Edit", "undo").text() == "&Undo Add a priority of Øystein Bråten"
    assert button.text() == "Undo" and button.sizeHint().width() == width
    assert toolbar.sizeHint().width() == toolbar_width
    assert button.toolTip().startswith("Undo Add a priority of Øystein Bråten")


# --- two people on one workspace ------------------------------------------------------------------


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The conflict dialogs shown, answered by clicking the button named in `answers[0]`."""
    given: list[str] = []

    def exec_(dialog: ConflictDialog) -> int:
        given.append(f"{dialog.text()} [{dialog.overwrite_button.text()}]")
        button = dialog.overwrite_button if given[0] == "overwrite" else dialog.reload_button
        button.click()
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    return given


def test_undo_over_a_colleagues_later_edit_asks_and_reload_keeps_theirs(
    qtbot: QtBot, window: MainWindow, colleague: Workspace, answers: list[str]
) -> None:
    answers.append("reload")
    lars = person_id(window, "Lars Haugen")
    select(qtbot, window, "Lars Haugen")
    type_and_enter(qtbot, window.inspector.title_edit, "Procurement Director")
    colleague.repos.stakeholders.update(lars, title="VP Procurement")  # Bob, a minute later
    trigger(window, "Edit", "undo")
    assert len(answers) == 2 and "bob" in answers[1] and "VP Procurement" in answers[1]
    assert window.controller.repos.stakeholders.get(lars).title == "VP Procurement"  # Bob's change stands
    assert card(window, "Lars Haugen").title == "VP Procurement"  # type: ignore[union-attr]
    assert not window.controller.undo_stack.canUndo()  # the step is dropped, not half-undone
    assert not window.controller.undo_stack.canRedo()


def test_undo_over_a_colleagues_later_edit_can_overwrite_it(
    qtbot: QtBot, window: MainWindow, colleague: Workspace, answers: list[str]
) -> None:
    answers.append("overwrite")
    lars = person_id(window, "Lars Haugen")
    select(qtbot, window, "Lars Haugen")
    type_and_enter(qtbot, window.inspector.title_edit, "Procurement Director")
    colleague.repos.stakeholders.update(lars, title="VP Procurement")
    trigger(window, "Edit", "undo")
    assert len(answers) == 2
    assert window.controller.repos.stakeholders.get(lars).title == "Chief Procurement Officer"
    trigger(window, "Edit", "redo")  # nobody changed it since: no question
    assert (
        len(answers) == 2 and window.controller.repos.stakeholders.get(lars).title == "Procurement Director"
    )


def test_undoing_an_add_over_a_colleagues_edit_asks_before_deleting(
    qtbot: QtBot, window: MainWindow, colleague: Workspace, answers: list[str]
) -> None:
    answers.append("reload")
    select(qtbot, window, "Øystein Bråten")
    type_and_enter(qtbot, window.inspector.new_priority, "Fewer surprises in fuel costs")
    added = window.controller.repos.priorities.for_stakeholder(person_id(window, "Øystein Bråten"))[-1]
    colleague.repos.priorities.update(added.id, text="Fewer surprises in fuel and port costs")
    trigger(window, "Edit", "undo")
    assert len(answers) == 2 and answers[1].endswith("[Delete anyway]")
    assert window.controller.repos.priorities.get(added.id).text == "Fewer surprises in fuel and port costs"
    assert "Fewer surprises in fuel and port costs" in inspector_priorities(window)


def test_redoing_a_delete_over_a_colleagues_edit_asks_first(
    qtbot: QtBot, window: MainWindow, colleague: Workspace, answers: list[str]
) -> None:
    answers.append("reload")
    nur = person_id(window, "Nur Aini")
    select(qtbot, window, "Nur Aini")
    trigger(window, "Edit", "delete")
    trigger(window, "Edit", "undo")  # Nur is back
    assert len(answers) == 1
    colleague.repos.stakeholders.update(nur, title="Chief Data Officer")
    trigger(window, "Edit", "redo")
    assert len(answers) == 2 and "Chief Data Officer" in answers[1]
    assert window.controller.repos.stakeholders.get(nur).title == "Chief Data Officer"
    assert card(window, "Nur Aini") is not None


def test_undo_with_nobody_else_around_asks_nothing(
    qtbot: QtBot, window: MainWindow, colleague: Workspace, answers: list[str]
) -> None:
    answers.append("reload")
    lars = person_id(window, "Lars Haugen")
    select(qtbot, window, "Lars Haugen")
    type_and_enter(qtbot, window.inspector.title_edit, "Procurement Director")
    type_and_enter(qtbot, window.inspector.title_edit, "Procurement & Contracts Director")
    colleague.repos.stakeholders.update(person_id(window, "Nur Aini"), title="CDO")  # someone else's row
    for _ in range(2):
        trigger(window, "Edit", "undo")
    for _ in range(2):
        trigger(window, "Edit", "redo")
    trigger(window, "Edit", "undo")
    assert answers == ["reload"]  # our own earlier writes never count as someone else's
    assert window.controller.repos.stakeholders.get(lars).title == "Procurement Director"


def test_a_step_of_many_where_one_row_is_kept_stays_consistent(
    qtbot: QtBot, window: MainWindow, colleague: Workspace, answers: list[str]
) -> None:
    answers.append("reload")
    errors: list[str] = []
    window.controller.sig_error.disconnect()
    window.controller.sig_error.connect(lambda title, message, _exc: errors.append(f"{title}: {message}"))
    nur, ragnhild = person_id(window, "Nur Aini"), person_id(window, "Ragnhild Østby")
    window.scene.select_stakeholders([nur, ragnhild])
    trigger(window, "Edit", "delete")
    trigger(window, "Edit", "undo")  # both back
    colleague.repos.stakeholders.update(nur, title="Chief Data Officer")
    trigger(window, "Edit", "redo")  # Ragnhild goes again; Nur was changed since: kept
    assert len(answers) == 2
    people = {p.id for p in window.controller.repos.stakeholders.for_account(1)}
    assert nur in people and ragnhild not in people
    trigger(window, "Edit", "undo")  # Ragnhild back; Nur left as Bob has her
    people = {p.id for p in window.controller.repos.stakeholders.for_account(1)}
    assert {nur, ragnhild} <= people and errors == []
    assert window.controller.repos.stakeholders.get(nur).title == "Chief Data Officer"

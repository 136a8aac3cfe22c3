"""On a team server every edit runs in a worker, one at a time: the window never waits for the
server's round trips, and a colleague's newer change is still asked about on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.operations import edits
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.conflict_dialog import ConflictDialog
from consensus_app.ui.main_window import MainWindow
from tests.acceptance_kit import (
    card,
    colleague,  # noqa: F401 - fixture
    nordlys,  # noqa: F401 - fixture
    person_id,
    select,
    settle,
    trigger,
    type_and_enter,
    window,  # noqa: F401 - fixture
)
from tests.window_fixtures import settings  # noqa: F401 - fixture

pytestmark = pytest.mark.engines("postgresql")


def test_an_edit_on_the_team_server_is_read_and_written_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.controller.runner.in_background
    threads: list[str] = []
    real_edit = edits.edit

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real_edit(*args, **kwargs)

    monkeypatch.setattr(edits, "edit", spy)
    lars = person_id(window, "Lars Haugen")
    select(qtbot, window, "Lars Haugen")
    type_and_enter(qtbot, window.inspector.title_edit, "Procurement Director")
    assert threads and threading.main_thread().name not in threads
    assert window.controller.repos.stakeholders.get(lars).title == "Procurement Director"
    assert card(window, "Lars Haugen").title == "Procurement Director"  # type: ignore[union-attr]
    trigger(window, "Edit", "undo")
    assert window.controller.repos.stakeholders.get(lars).title == "Chief Procurement Officer"


@pytest.mark.parametrize("answer", ["overwrite", "reload"])
def test_an_edit_over_a_colleagues_change_asks_on_the_gui_thread_then_lands_or_keeps_theirs(
    qtbot: QtBot,
    window: MainWindow,
    colleague: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    asked: list[str] = []

    def exec_(dialog: ConflictDialog) -> int:
        asked.append(threading.current_thread().name)
        (dialog.overwrite_button if answer == "overwrite" else dialog.reload_button).click()
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    lars = person_id(window, "Lars Haugen")
    select(qtbot, window, "Lars Haugen")
    colleague.repos.stakeholders.update(lars, title="VP Procurement")  # after the window read Lars
    type_and_enter(qtbot, window.inspector.title_edit, "Procurement Director")
    settle(window)
    assert asked == [threading.main_thread().name]  # one question, asked in the window
    title = window.controller.repos.stakeholders.get(lars).title
    if answer == "overwrite":
        assert title == "Procurement Director" and window.controller.undo_stack.canUndo()
    else:
        assert title == "VP Procurement" and not window.controller.undo_stack.canUndo()
        qtbot.waitUntil(lambda: card(window, "Lars Haugen").title == "VP Procurement")  # type: ignore[union-attr]


def test_edits_made_quickly_land_in_the_order_they_were_made(qtbot: QtBot, window: MainWindow) -> None:
    lars = person_id(window, "Lars Haugen")
    for title in ("Head of Sourcing", "Sourcing Director", "Chief Sourcing Officer"):
        window.controller.edit_stakeholder(lars, title=title)  # queued behind each other
    settle(window)
    assert window.controller.repos.stakeholders.get(lars).title == "Chief Sourcing Officer"
    assert window.controller.undo_stack.count() == 3

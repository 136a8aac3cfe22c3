"""The status bar's task list, through the real window on a 120-person account: each background
task with its own name, progress and Cancel; cancelling one leaves the others running to their
end; the list hides only when the last task ends; an import, which cannot stop half-way, offers
no Cancel.

The layout is the window's own (View ▸ Influence, in a worker for 120 people), held back by the
test until it lets go so the two tasks overlap for certain; the other task is one the test
controls, started through the same `Task(..., name=...)` every worker uses.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui import map_sync as map_sync_module
from consensus_app.ui.committee_toggle import SETTING as COMMITTEE_VIEW
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from consensus_app.ui.task_list import TaskRow
from consensus_app.ui.tasks import Task, board
from tests.acceptance_kit import menu_action
from tests.large_accounts import ACCOUNT_120, account_document
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixture

LAYING_OUT = "Laying out 120 people…"
CHECKING = "Checking the fleet's contracts…"


@pytest.fixture
def fleet(workspace: Workspace, settings: UiSettings) -> Workspace:
    """A 120-person account, shown with everyone on the map (so its layouts run in a worker)."""
    import_document(workspace, check_document(account_document(*ACCOUNT_120)))
    settings.set_text(COMMITTEE_VIEW, "0")
    return workspace


class Gated:
    """Work the test controls: a quarter done at once, then waiting for the test or a Cancel."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.saw_stop = threading.Event()

    def __call__(self, progress: Callable[[float], None], should_stop: Callable[[], bool]) -> str:
        progress(0.25)
        while not self.gate.wait(0.01):
            if should_stop():
                self.saw_stop.set()
                return "stopped"
        return "checked"


def _start(work: Gated, name: str, results: list[object]) -> Task:
    task = Task(work, name=name)
    task.sig_done.connect(results.append)
    task.start()
    return task


def _hold_layouts(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The window's layouts wait for the returned gate (or their Cancel), then lay out as ever."""
    gate = threading.Event()
    real = map_sync_module.compute_layout

    def held(name: Any, pursuit_map: Any, **kwargs: Any) -> Any:
        stop = kwargs["should_stop"]
        while not gate.wait(0.01) and not stop():
            pass
        return real(name, pursuit_map, **kwargs)  # (it stops at once when cancelled)

    monkeypatch.setattr(map_sync_module, "compute_layout", held)
    return gate


def _settled(qtbot: QtBot, window: MainWindow) -> dict[int, tuple[float, float]]:
    """Once the opening's work is done: the layout, the assessment, the themes, the drafts."""
    qtbot.waitUntil(
        lambda: (
            window.assessment.assessment is not None
            and not board().tasks()
            and not window.scene.is_animating()
        ),
        timeout=90_000,
    )
    return dict(window.scene.node_positions())


def _names(rows: list[TaskRow]) -> list[str]:
    return [row.name.text() for row in rows]


def _percent(row: TaskRow) -> int | None:
    return row.bar.value() if row.bar.maximum() == 100 else None  # None: the busy bar


def test_cancelling_the_layout_leaves_the_other_task_running_to_its_end(
    qtbot: QtBot, fleet: Workspace, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, fleet, settings)
    before = _settled(qtbot, window)
    assert len(before) == 120 and not window.tasks.isVisible()
    check, results = Gated(), list[object]()
    _start(check, CHECKING, results)
    tasks = window.tasks
    # One task: its name, its bar and its Cancel, right in the status bar.
    assert tasks.isVisible() and not tasks.summary.isVisible()
    (row,) = tasks.rows()
    assert row.name.text() == CHECKING and row.isVisible() and row.cancel_button.isVisible()
    qtbot.waitUntil(lambda: _percent(row) == 25)

    layout_gate = _hold_layouts(monkeypatch)
    menu_action(window, "View", "layout-influence").trigger()
    # Two: "2 tasks", and the list it opens has a row for each with its own bar and Cancel.
    assert tasks.summary.isVisible() and tasks.summary.text() == "2 tasks"
    assert not row.isVisible()  # (now in the list)
    qtbot.mouseClick(tasks.summary, Qt.MouseButton.LeftButton)
    assert tasks.popup.isVisible()
    rows = tasks.rows()
    assert _names(rows) == [CHECKING, LAYING_OUT]
    assert all(r.isVisible() and r.bar.isVisible() and r.cancel_button.isVisible() for r in rows)
    assert _percent(rows[0]) == 25

    qtbot.mouseClick(rows[1].cancel_button, Qt.MouseButton.LeftButton)  # stop the layout
    assert _names(tasks.rows()) == [CHECKING] and not tasks.popup.isVisible()
    assert tasks.rows()[0].isVisible() and not tasks.summary.isVisible()
    layout_gate.set()  # (the cancelled layout's worker ends)
    qtbot.waitUntil(lambda: not window.layouts.busy, timeout=10_000)
    assert not check.saw_stop.is_set() and tasks.isVisible()  # the other task goes on

    check.gate.set()
    qtbot.waitUntil(lambda: not tasks.isVisible(), timeout=10_000)  # hidden with the last one
    assert results == ["checked"] and tasks.rows() == []
    assert window.scene.node_positions() == before  # the cancelled layout moved no card


def test_cancelling_the_other_task_lets_the_layout_finish(
    qtbot: QtBot, fleet: Workspace, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, fleet, settings)
    before = _settled(qtbot, window)
    check, results = Gated(), list[object]()
    layout_gate = _hold_layouts(monkeypatch)
    _start(check, CHECKING, results)
    menu_action(window, "View", "layout-influence").trigger()
    tasks = window.tasks
    qtbot.mouseClick(tasks.summary, Qt.MouseButton.LeftButton)
    assert tasks.popup.isVisible()
    qtbot.keyClick(tasks.popup, Qt.Key.Key_Escape)  # closed, and opened again
    assert not tasks.popup.isVisible()
    qtbot.mouseClick(tasks.summary, Qt.MouseButton.LeftButton)
    assert tasks.popup.isVisible()
    checking, laying_out = tasks.rows()
    assert (checking.name.text(), laying_out.name.text()) == (CHECKING, LAYING_OUT)

    qtbot.mouseClick(checking.cancel_button, Qt.MouseButton.LeftButton)
    assert _names(tasks.rows()) == [LAYING_OUT] and laying_out.isVisible()
    qtbot.waitUntil(check.saw_stop.is_set, timeout=5000)  # its worker was told to stop
    assert window.layouts.busy  # the layout was not

    layout_gate.set()
    qtbot.waitUntil(lambda: not tasks.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: not window.scene.is_animating(), timeout=10_000)
    after = window.scene.node_positions()
    assert set(after) == set(before) and after != before  # the cards moved to the influence layout
    assert window.controller.layout == "influence"
    assert results == []  # a cancelled task reports no result


def test_the_list_stays_while_any_of_the_openings_tasks_runs(
    qtbot: QtBot, fleet: Workspace, settings: UiSettings
) -> None:
    """Opening the account starts the layout, then the assessment and the themes: the status bar
    lists each while it runs and hides only when the last has ended."""
    window = MainWindow(WorkspaceController(fleet), settings)
    qtbot.addWidget(window)
    seen: list[str] = []
    wrong: list[str] = []

    def check() -> None:
        running = [task.name for task in board().tasks()]
        seen.extend(name for name in running if name not in seen)
        shown = _names(window.tasks.rows())
        visible = window.tasks.isVisibleTo(window)
        if shown != running or visible != bool(running):
            wrong.append(f"running {running}, the status bar shows {shown} ({visible=})")
        if len(running) > 1 and window.tasks.summary.text() != f"{len(running)} tasks":
            wrong.append(f"running {running}, the summary says {window.tasks.summary.text()!r}")

    check()
    assert seen == [LAYING_OUT]  # started with the window
    board().sig_changed.connect(check)
    try:
        window.show()
        _settled(qtbot, window)
    finally:
        board().sig_changed.disconnect(check)  # (the board outlives the window)
    assert not wrong, wrong
    assert {LAYING_OUT, "Assessing 25 committee members…", "Finding shared themes…"} <= set(seen)
    assert not window.tasks.isVisible()


def test_an_import_is_listed_without_a_cancel(
    qtbot: QtBot,
    fleet: Workspace,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A map imports all or nothing: the status bar names it and shows its bar, but no Cancel."""
    window = open_window(qtbot, fleet, settings)
    _settled(qtbot, window)
    document = account_document(32, 10, name="Fjordline Logistikk AS")
    path = tmp_path / "fjordline.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    menu_action(window, "File", "import").trigger()
    (row,) = window.tasks.rows()
    assert row.name.text() == "Importing fjordline.json…"
    assert row.bar.isVisible() and not row.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not window.tasks.isVisible(), timeout=30_000)
    names = {account.name for account in fleet.repos.accounts.list()}
    assert names == {"Nordhavn Shipping ASA", "Fjordline Logistikk AS"}

"""What the window acceptance tests share: a realistic account, the window on it, and hands.

`covers("action:new-person", "inspector:name")` declares which controls a test drives; the test
in test_every_control_tested.py compares those declarations with the live window's controls.
The helpers act as a person would: type then Enter, click, pick from a menu, edit a cell.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QEventLoop, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.core.pursuit_map import MapNode
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace, open_workspace
from consensus_app.ui.committee_model import CommitteeColumn, StakeholderIdRole
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from tests.window_fixtures import open_window

F = TypeVar("F", bound=Callable[..., Any])

ACCOUNT = "Nordlys Shipping ASA"
PURSUIT = "Fleet analytics"


def covers(*controls: str) -> Callable[[F], F]:
    """Declare the controls (kind:objectName) this acceptance test drives."""

    def mark(test: F) -> F:
        test.covers = (*getattr(test, "covers", ()), *controls)  # type: ignore[attr-defined]
        return test

    return mark


# --- a realistic account: 32 people, five scripts, a CEO with twelve direct reports --------------

_PEOPLE = [
    # id, name, title, function, reports to, profile
    ("ceo", "Ingrid Solberg", "Administrerende direktør", "executive", None, "go_getter"),
    ("cfo", "Øystein Bråten", "Finansdirektør", "finance", "ceo", "skeptic"),
    ("cio", "高橋 健太", "Chief Information Officer", "it", "ceo", "teacher"),
    ("coo", "Dewi Kusumawati", "Chief Operating Officer", "operations", "ceo", "guide"),
    ("cmo", "김민준", "Chief Marketing Officer", "marketing", "ceo", "friend"),
    ("cso", "Kari Nordmann", "Sales Director", "sales", "ceo", "climber"),
    ("gc", "پریسا رحیمی", "General Counsel", "legal", "ceo", "blocker"),
    ("cpo", "Lars Haugen", "Chief Procurement Officer", "procurement", "ceo", "unknown"),
    ("chro", "Siti Rahayu", "HR Director", "hr", "ceo", "friend"),
    ("ciso", "佐藤 美咲", "CISO", "security", "ceo", "skeptic"),
    ("fleet", "Ragnhild Østby", "Fleet Director", "operations", "ceo", "go_getter"),
    ("strategy", "محمد کریمی", "Head of Strategy", "executive", "ceo", "teacher"),
    ("esg", "Bjørn Ødegård", "ESG Director", "operations", "ceo", "unknown"),
    ("ctrl", "Hege Lunde", "Financial Controller", "finance", "cfo", "guide"),
    ("fpa", "이서연", "FP&A Manager", "finance", "cfo", "unknown"),
    ("treasury", "Arif Santoso", "Treasury Lead", "finance", "cfo", "friend"),
    ("arch", "山本 大輔", "Enterprise Architect", "it", "cio", "teacher"),
    ("data", "Nur Aini", "Head of Data", "it", "cio", "go_getter"),
    ("infra", "박지훈", "Infrastructure Manager", "it", "cio", "skeptic"),
    ("apps", "Sindre Lie", "Applications Manager", "it", "cio", "guide"),
    ("ops1", "Tor Eriksen", "Port Operations Manager", "operations", "coo", "unknown"),
    ("ops2", "Budi Hartono", "Vessel Operations Manager", "operations", "coo", "friend"),
    ("ops3", "نازنین احمدی", "Logistics Planner", "operations", "coo", "unknown"),
    ("mkt1", "최수아", "Brand Manager", "marketing", "cmo", "climber"),
    ("sales1", "Marte Kvam", "Key Account Manager", "sales", "cso", "friend"),
    ("legal1", "رضا موسوی", "Contracts Counsel", "legal", "gc", "skeptic"),
    ("buy1", "Eirik Dahl", "Category Manager IT", "procurement", "cpo", "guide"),
    ("hr1", "Putri Lestari", "HR Business Partner", "hr", "chro", "unknown"),
    ("sec1", "中村 翔", "Security Architect", "security", "ciso", "teacher"),
    ("fleet1", "Anders Berg", "Technical Superintendent", "operations", "fleet", "go_getter"),
    ("fleet2", "Wulan Sari", "Fuel Efficiency Analyst", "operations", "fleet", "friend"),
    ("esg1", "Silje Moen", "Sustainability Analyst", "operations", "esg", "teacher"),
]
_COMMITTEE = [
    # stakeholder, role, approver, stance, influence
    ("cfo", "economic_buyer", True, -1, 5),
    ("cio", "decision_maker", True, 1, 4),
    ("coo", "executive_sponsor", False, 2, 4),
    ("ciso", "technical_evaluator", False, -2, 3),
    ("data", "champion", False, 2, 3),
    ("cpo", "procurement", False, 0, 2),
    ("legal1", "legal", False, -1, 2),
    ("fleet", "user", False, 1, 3),
    ("arch", "technical_evaluator", False, 0, 3),
    ("gc", "gatekeeper", True, -1, 3),
]


def nordlys_document() -> dict[str, Any]:
    stakeholders = [
        {
            "id": key,
            "name": name,
            "title": title,
            "function": function,
            "profile": profile,
            "email": f"{key}@nordlys.example",
            **({"reports_to": boss} if boss else {}),
        }
        for key, name, title, function, boss, profile in _PEOPLE
    ]
    committee = [
        {"id": f"m-{key}", "stakeholder": key, "role": role, "approver": approver, "stance": stance,
         "influence": influence}
        for key, role, approver, stance, influence in _COMMITTEE
    ]  # fmt: skip
    return {
        "format": "consensus-map",
        "version": 1,
        "accounts": [
            {
                "id": "nordlys",
                "name": ACCOUNT,
                "industry": "Shipping",
                "region": "Nordics",
                "stakeholders": stakeholders,
                "relationships": [
                    {"id": "r-1", "source": "data", "target": "cio", "kind": "influences", "strength": 3},
                    {"id": "r-2", "source": "ciso", "target": "cfo", "kind": "allies", "strength": 2},
                    {"id": "r-3", "source": "coo", "target": "gc", "kind": "conflicts", "strength": 2},
                ],
                "priorities": [
                    {
                        "id": "p-1",
                        "stakeholder": "cfo",
                        "text": "Hold opex flat through 2027",
                        "kind": "goal",
                    },
                    {
                        "id": "p-2",
                        "stakeholder": "cio",
                        "text": "データ基盤を一つにまとめたい",
                        "kind": "goal",
                    },
                    {
                        "id": "p-3",
                        "stakeholder": "ciso",
                        "text": "No vessel data leaves the EU",
                        "kind": "concern",
                    },
                    {
                        "id": "p-4",
                        "stakeholder": "gc",
                        "text": "قراردادها باید شفاف باشند",
                        "kind": "concern",
                    },
                ],
                "pursuits": [
                    {
                        "id": "opp-fleet",
                        "name": PURSUIT,
                        "value": 1_800_000,
                        "currency": "NOK",
                        "close_date": "2027-06-30",
                        "stage": "solution_identification",
                        "committee": committee,
                    }
                ],
            }
        ],
    }


@pytest.fixture
def nordlys(workspace: Workspace) -> Iterator[Workspace]:
    import_document(workspace, check_document(nordlys_document()))
    yield workspace


@pytest.fixture
def colleague(nordlys: Workspace, db_url: str) -> Iterator[Workspace]:
    """Bob, on the same database as the window's user."""
    bob = open_workspace(db_url, actor="bob")
    yield bob
    bob.close()


@pytest.fixture
def window(qtbot: QtBot, nordlys: Workspace, settings: UiSettings) -> MainWindow:
    win = open_window(qtbot, nordlys, settings)
    assert win.controller.pursuit_map is not None and win.controller.pursuit_map.title.endswith(PURSUIT)
    return win


# --- reading what the user sees and what the database holds --------------------------------------


def node(window: MainWindow, name: str) -> MapNode:
    pursuit_map = window.controller.pursuit_map
    assert pursuit_map is not None
    return next(n for n in pursuit_map.nodes if n.name == name)


def person_id(window: MainWindow, name: str) -> int:
    account = window.controller.pursuit_map.account_id  # type: ignore[union-attr]
    return next(p.id for p in window.controller.repos.stakeholders.for_account(account) if p.name == name)


def card(window: MainWindow, name: str) -> MapNode | None:
    """The person as their card on the map shows them (None: no card)."""
    for item in window.scene.node_items():
        if item.node.name == name:
            return item.node
    return None


def table_names(window: MainWindow) -> list[str]:
    model = window.committee.model
    return [model.node(row).name for row in range(model.rowCount())]


def table_text(window: MainWindow, name: str, column: CommitteeColumn) -> str:
    model = window.committee.model
    row = next(r for r in range(model.rowCount()) if model.node(r).name == name)
    return str(model.index(row, column).data() or "")


def inspector_priorities(window: MainWindow) -> list[str]:
    deadline = time.monotonic() + 10
    while window.inspector.reading and time.monotonic() < deadline:  # (a team server's read)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    items = window.inspector.priorities
    return [items.item(i).text().split("\n")[0] for i in range(items.count())]


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


# --- hands ---------------------------------------------------------------------------------------


def select(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Click the person's card on the map (the inspector then shows them)."""
    sid = person_id(window, name)
    assert sid in window.scene.node_positions(), f"{name} has no card on the map"
    qtbot.waitUntil(lambda: not window.scene.is_animating(), timeout=10_000)
    x, y = window.scene.node_positions()[sid]
    window.view.centerOn(x, y)  # scrolled into sight, as a person would
    at = window.view.mapFromScene(QPointF(x, y))
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(
        lambda: (
            window.inspector._node is not None
            and window.inspector._node.stakeholder_id == sid
            and not window.inspector.reading
        )
    )


def type_and_enter(qtbot: QtBot, field: QWidget, text: str, clear: bool = True) -> None:
    field.setFocus()
    if clear:
        field.selectAll()  # type: ignore[attr-defined]
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(field.window())


def double_click(qtbot: QtBot, widget: QWidget, pos: QPoint) -> None:
    """A real double-click is a click and then a double-click event (QTest sends only the second)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def compose(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Type text an input method composes (Korean, Japanese, Persian): QTest's keys are Latin-1 only."""
    field.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def action(window: MainWindow, name: str) -> QAction:
    """A window action by its objectName (menus, toolbar and shortcuts share them)."""
    found = [a for a in window.findChildren(QAction) if a.objectName() == name]
    assert found, f"no action named {name!r}"
    return found[0]


def settle(window: QWidget) -> None:
    """Wait, as a person would, until the edits made so far are saved: on a team server they run
    in a worker (the Undo entry of an edit appears once it has landed)."""
    controller = getattr(window, "controller", None)
    if controller is None:
        return
    deadline = time.monotonic() + 10
    while controller.runner.busy:
        assert time.monotonic() < deadline, "an edit was still being saved after 10 s"
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def menu_action(window: MainWindow, menu_title: str, name: str) -> QAction:
    """The action as the menu bar offers it: the menu must hold it, enabled."""
    settle(window)
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu_title and top.menu() is not None:
            for candidate in _walk(top.menu()):
                if candidate.objectName() == name:
                    assert candidate.isEnabled(), f"{menu_title} ▸ {candidate.text()} is disabled"
                    return candidate
    raise AssertionError(f"{menu_title} menu has no {name!r}")


def trigger(window: MainWindow, menu_title: str, name: str) -> None:
    """Choose the menu entry and wait until what it does has been saved (on a team server, undo
    and redo are written in a worker before the stack moves)."""
    menu_action(window, menu_title, name).trigger()
    settle(window)


def _walk(menu: QMenu) -> Iterator[QAction]:
    for item in menu.actions():
        yield item
        if item.menu() is not None:
            yield from _walk(item.menu())


@contextmanager
def context_menu_choice(monkeypatch: pytest.MonkeyPatch, name: str | None) -> Iterator[list[QMenu]]:
    """The next popup menus pick the action named `name` (None: the user dismisses them).

    Every window module's QMenu is swapped for one whose exec() answers at once (shiboken
    ignores a patched QMenu.exec), so context menus are driven like a click on their entry.
    """
    shown: list[QMenu] = []

    class ScriptedMenu(QMenu):
        def exec(self, *_args: Any) -> QAction | None:  # type: ignore[override]
            shown.append(self)
            if name is None:
                return None
            chosen = next((a for a in _walk(self) if a.objectName() == name), None)
            assert chosen is not None, f"the menu has no {name!r}: {[a.objectName() for a in _walk(self)]}"
            chosen.trigger()  # as a click does: its slot runs, and exec returns it
            return chosen

    with monkeypatch.context() as patch:
        for module in list(sys.modules.values()):
            if (module.__name__ or "").startswith("consensus_app.ui") and getattr(
                module, "QMenu", None
            ) is QMenu:
                patch.setattr(module, "QMenu", ScriptedMenu)
        yield shown


def view_index(window: MainWindow, name: str, column: CommitteeColumn) -> QModelIndex:
    proxy = window.committee.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, column)
        if index.data(StakeholderIdRole) == person_id(window, name):
            return index
    raise AssertionError(f"{name} has no row in the committee table")


def open_cell_editor(window: MainWindow, name: str, column: CommitteeColumn) -> Any:
    """Click the person's cell, then F2 (like a spreadsheet): the column's editor opens."""
    view = window.committee.view
    index = view_index(window, name, column)
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.visualRect(index).center(),
    )
    assert view.currentIndex() == index
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert editor is not None, f"no editor for {column.header}"
    return editor


def commit_cell(qtbot: QtBot, window: MainWindow, editor: QWidget) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    view = window.committee.view
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def undo(qtbot: QtBot, window: MainWindow) -> str:
    """Edit ▸ Undo; returns the step's name as the Edit menu showed it."""
    step = menu_action(window, "Edit", "undo").text()
    menu_action(window, "Edit", "undo").trigger()
    QApplication.processEvents()
    return step


def redo(qtbot: QtBot, window: MainWindow) -> str:
    step = menu_action(window, "Edit", "redo").text()
    menu_action(window, "Edit", "redo").trigger()
    QApplication.processEvents()
    return step

"""People found by the navigator's search: Delete, F2 and the menu never reach their account;
people are read only while the search holds text."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.navigator import PERSON_ROLE
from consensus_app.ui.settings import UiSettings
from tests.large_accounts import ACCOUNT_32, account_document
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixtures


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, settings: UiSettings) -> Iterator[MainWindow]:
    import_document(workspace, check_document(account_document(*ACCOUNT_32)))
    bergen = account_document(*ACCOUNT_32, name="Bergen Ferjer AS")
    bergen["accounts"][0]["id"] = "bergen-ferjer"
    import_document(workspace, check_document(bergen))
    window = open_window(qtbot, workspace, settings)
    yield window
    window.close()  # stops the window's workers before the test's workspace closes


def person_rows(window: MainWindow) -> list[QModelIndex]:
    proxy = window.navigator.proxy
    found: list[QModelIndex] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            if index.data(PERSON_ROLE) is not None:
                found.append(index)
            walk(index)

    walk(QModelIndex())
    return found


def test_delete_f2_and_the_menu_on_a_found_person_leave_their_account_alone(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text))
    menus: list[str] = []
    # A menu that opens is noted instead of shown (a real popup blocks until closed; a timer to
    # close it can fire before it appears on a loaded machine, and the test would hang).
    monkeypatch.setattr(
        QMenu, "exec", lambda menu, *_a: menus.append(", ".join(a.text() for a in menu.actions()))
    )

    edit_dialog = "consensus_app.ui.account_editing.AccountDialog.exec"
    monkeypatch.setattr(edit_dialog, lambda _d: asked.append("edit"))
    qtbot.keyClicks(window.navigator.search, "Takeshi")
    takeshi = person_rows(window)[0]
    assert "Takeshi Yamamoto" in takeshi.data()
    window.navigator.tree.setFocus()
    window.navigator.tree.setCurrentIndex(takeshi)
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_Delete)
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_F2)
    window.navigator.tree.customContextMenuRequested.emit(window.navigator.tree.visualRect(takeshi).center())
    assert asked == [] and menus == []  # no "Delete Nordhavn… with its people?" and no account dialog
    assert len(window.controller.repos.accounts.list()) == 2
    # On the account row itself Delete still asks about the account.
    window.navigator.tree.setCurrentIndex(takeshi.parent())
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "with its people, pursuits and messages" in asked[0]


def test_choosing_a_found_person_still_opens_them_on_the_map(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.navigator.search, "Takeshi")
    qtbot.keyClick(window.navigator.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.scene.selectedItems()), timeout=10000)
    assert window.inspector.isVisible()


def stakeholder_reads(workspace: Workspace) -> Iterator[list[str]]:
    """The SELECTs on the stakeholder table made while the block runs."""
    reads: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "FROM stakeholder" in statement:
            reads.append(statement)

    event.listen(workspace.engine, "before_cursor_execute", note)
    try:
        yield reads
    finally:
        event.remove(workspace.engine, "before_cursor_execute", note)


def test_people_are_read_only_while_the_search_holds_text(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    navigator = window.navigator
    with contextmanager(stakeholder_reads)(workspace) as reads:
        navigator.load(workspace)  # what every edit, undo and live refresh does
    assert reads == [] and person_rows(window) == []
    qtbot.keyClicks(navigator.search, "Shirin")  # the first keystroke reads the people
    found = [str(i.data()) for i in person_rows(window)]
    assert len(found) == 2 and all(name.startswith("Shirin Mohammadi-Rad") for name in found)
    with contextmanager(stakeholder_reads)(workspace) as reads:
        navigator.load(workspace)  # a refresh during the search keeps the people found
    assert reads and len(person_rows(window)) == 2  # Shirin at both accounts
    navigator.search.clear()
    with contextmanager(stakeholder_reads)(workspace) as reads:
        navigator.load(workspace)
    assert reads == [] and navigator.model.rowCount() == 2

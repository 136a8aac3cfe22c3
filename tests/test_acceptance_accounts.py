"""Accounts and pursuits: File ▸ New account (then its first pursuit), File ▸ New pursuit, and the
navigator's right-click menu (new pursuit, edit, delete); each dialog filled as a person does
(type, then OK); undo and redo of each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from consensus_app.ui.dialogs import AccountDialog, PursuitDialog, _FormDialog
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.navigator import ACCOUNT_ROLE, PURSUIT_ROLE
from models import BuyingStage
from tests.acceptance_kit import (
    ACCOUNT,
    PURSUIT,
    context_menu_choice,
    covers,
    menu_action,
    nordlys,  # noqa: F401 - fixture
    redo,
    undo,
    window,  # noqa: F401 - fixture
)
from tests.window_fixtures import settings  # noqa: F401 - fixture


def _answer(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, fills: list[Callable[[_FormDialog], None]]
) -> list[_FormDialog]:
    """Each dialog opened is filled by the next of `fills` and its OK button clicked."""
    shown: list[_FormDialog] = []

    def exec_(dialog: _FormDialog) -> int:
        shown.append(dialog)
        fills[len(shown) - 1](dialog)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(AccountDialog, "exec", exec_)
    monkeypatch.setattr(PursuitDialog, "exec", exec_)
    return shown


def _type(qtbot: QtBot, field: object, text: str) -> None:
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


def _navigator_rows(window: MainWindow) -> list[str]:
    model = window.navigator.model
    rows = []
    for row in range(model.rowCount()):
        account = model.item(row)
        rows.append(account.text())
        rows += [f"  {account.child(i).text()}" for i in range(account.rowCount())]
    return rows


def _right_click_navigator(window: MainWindow, role: int, row_id: int) -> None:
    proxy, tree = window.navigator.proxy, window.navigator.tree
    matches = proxy.match(proxy.index(0, 0), role, row_id, 1, Qt.MatchFlag.MatchRecursive)
    index: QModelIndex = next(m for m in matches if role == ACCOUNT_ROLE or m.data(PURSUIT_ROLE) == row_id)
    if role == ACCOUNT_ROLE:
        index = index if index.data(PURSUIT_ROLE) is None else index.parent()
    tree.customContextMenuRequested.emit(tree.visualRect(index).center())


@covers(
    "action:new-account",
    *(f"dialog:account-{field}" for field in ("name", "industry", "region")),
    *(f"dialog:pursuit-{field}" for field in ("name", "value", "currency", "close-date", "stage")),
)
def test_new_account_with_its_first_pursuit_then_undo_and_redo(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def account(dialog: _FormDialog) -> None:
        assert isinstance(dialog, AccountDialog)
        qtbot.keyClicks(dialog.name, "Hafslund Energi")
        qtbot.keyClicks(dialog.industry, "Utilities")
        qtbot.keyClicks(dialog.region, "Oslo")

    def pursuit(dialog: _FormDialog) -> None:
        assert isinstance(dialog, PursuitDialog)
        qtbot.keyClicks(dialog.name, "Grid analytics")
        dialog.value.setValue(900_000)
        _type(qtbot, dialog.currency, "NOK")
        dialog.close_date.setDate(QDate(2027, 9, 30))
        dialog.stage.set_value(BuyingStage.PROBLEM_DEFINITION)

    _answer(monkeypatch, qtbot, [account, pursuit])
    menu_action(window, "File", "new-account").trigger()
    repos = window.controller.repos
    made = next(a for a in repos.accounts.list() if a.name == "Hafslund Energi")
    assert (made.industry, made.region) == ("Utilities", "Oslo")
    (opened,) = repos.pursuits.for_account(made.id)
    assert (opened.name, opened.value, opened.currency, opened.close_date, opened.stage) == (
        "Grid analytics",
        900_000,
        "NOK",
        date(2027, 9, 30),
        BuyingStage.PROBLEM_DEFINITION,
    )
    assert "Hafslund Energi" in _navigator_rows(window)
    assert window.controller.pursuit_id == opened.id  # the new pursuit is open, with an empty map
    assert window.windowTitle().startswith("Hafslund Energi") or "Grid analytics" in window.windowTitle()

    assert undo(qtbot, window) == "&Undo Add pursuit"
    assert repos.pursuits.for_account(made.id) == []
    assert undo(qtbot, window) == "&Undo Add account"
    assert "Hafslund Energi" not in _navigator_rows(window)
    assert all(a.name != "Hafslund Energi" for a in repos.accounts.list())
    redo(qtbot, window)
    redo(qtbot, window)
    assert "Hafslund Energi" in _navigator_rows(window) and repos.pursuits.for_account(made.id)


def test_a_dialog_without_a_name_says_so_and_stays_open(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[bool, str]] = []

    def exec_(dialog: _FormDialog) -> int:
        dialog.show()
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        seen.append((dialog.isVisible(), dialog.error.text()))
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(AccountDialog, "exec", exec_)
    menu_action(window, "File", "new-account").trigger()
    assert seen == [(True, "A name is required.")]
    assert [a.name for a in window.controller.repos.accounts.list()] == [ACCOUNT]


@covers("action:new-pursuit", "action:navigator-new-pursuit")
def test_new_pursuit_from_the_file_menu_and_the_navigator_then_undo(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def named(name: str) -> Callable[[_FormDialog], None]:
        return lambda dialog: qtbot.keyClicks(dialog.name, name)

    _answer(monkeypatch, qtbot, [named("Port call optimisation"), named("Crew scheduling")])
    menu_action(window, "File", "new-pursuit").trigger()
    with context_menu_choice(monkeypatch, "navigator-new-pursuit"):
        _right_click_navigator(window, ACCOUNT_ROLE, 1)
    names = [p.name for p in window.controller.repos.pursuits.for_account(1)]
    assert names == [PURSUIT, "Port call optimisation", "Crew scheduling"]
    assert any(row.strip().startswith("Crew scheduling") for row in _navigator_rows(window))
    assert window.controller.pursuit_map is not None and window.controller.pursuit_map.title.endswith(
        "Crew scheduling"
    )
    undo(qtbot, window)
    assert [p.name for p in window.controller.repos.pursuits.for_account(1)] == names[:2]
    assert not any(row.strip().startswith("Crew scheduling") for row in _navigator_rows(window))


@covers("action:navigator-edit-account", "action:navigator-edit-pursuit")
def test_edit_an_account_and_a_pursuit_from_the_navigator_then_undo(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def account(dialog: _FormDialog) -> None:
        assert dialog.name.text() == ACCOUNT  # the form opens on what is saved
        _type(qtbot, dialog.name, "Nordlys Shipping Group")

    def pursuit(dialog: _FormDialog) -> None:
        assert isinstance(dialog, PursuitDialog) and dialog.currency.text() == "NOK"
        dialog.stage.set_value(BuyingStage.SUPPLIER_SELECTION)

    _answer(monkeypatch, qtbot, [account, pursuit])
    with context_menu_choice(monkeypatch, "navigator-edit-account"):
        _right_click_navigator(window, ACCOUNT_ROLE, 1)
    pursuit_id = window.controller.pursuit_id
    assert pursuit_id is not None
    with context_menu_choice(monkeypatch, "navigator-edit-pursuit"):
        _right_click_navigator(window, PURSUIT_ROLE, pursuit_id)
    repos = window.controller.repos
    assert repos.accounts.get(1).name == "Nordlys Shipping Group"
    assert repos.pursuits.get(pursuit_id).stage is BuyingStage.SUPPLIER_SELECTION
    assert repos.pursuits.get(pursuit_id).value == 1_800_000  # what was not touched stays
    assert "Nordlys Shipping Group" in _navigator_rows(window)
    assert any("supplier selection" in row for row in _navigator_rows(window))

    assert undo(qtbot, window) == f"&Undo Edit {PURSUIT}"
    assert repos.pursuits.get(pursuit_id).stage is BuyingStage.SOLUTION_IDENTIFICATION
    assert undo(qtbot, window) == f"&Undo Edit {ACCOUNT}"
    assert repos.accounts.get(1).name == ACCOUNT and ACCOUNT in _navigator_rows(window)


@covers("action:navigator-delete-pursuit", "action:navigator-delete-account")
def test_delete_a_pursuit_and_an_account_from_the_navigator_then_undo(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    repos = window.controller.repos
    pursuit_id = window.controller.pursuit_id
    assert pursuit_id is not None
    with context_menu_choice(monkeypatch, "navigator-delete-pursuit"):
        _right_click_navigator(window, PURSUIT_ROLE, pursuit_id)
    assert repos.pursuits.for_account(1) == [] and window.controller.pursuit_map is None
    assert window.committee.model.rowCount() == 0
    with context_menu_choice(monkeypatch, "navigator-delete-account"):
        _right_click_navigator(window, ACCOUNT_ROLE, 1)
    assert repos.accounts.list() == [] and window.pages.currentWidget() is window.welcome
    assert asked[0].startswith(f"Delete {PURSUIT} with its committee?")

    assert undo(qtbot, window) == f"&Undo Delete {ACCOUNT}"
    assert len(repos.stakeholders.for_account(1)) == 32 and ACCOUNT in _navigator_rows(window)
    undo(qtbot, window)
    assert [p.name for p in repos.pursuits.for_account(1)] == [PURSUIT]
    assert len(repos.committee.for_pursuit(pursuit_id)) == 10
    redo(qtbot, window)
    assert repos.pursuits.for_account(1) == []


def test_a_delete_the_user_declines_deletes_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    with context_menu_choice(monkeypatch, "navigator-delete-account"):
        _right_click_navigator(window, ACCOUNT_ROLE, 1)
    assert [a.name for a in window.controller.repos.accounts.list()] == [ACCOUNT]
    assert window.controller.undo_stack.count() == 0


def test_f2_and_delete_in_the_navigator_edit_and_delete_the_chosen_pursuit(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    _answer(monkeypatch, qtbot, [lambda dialog: _type(qtbot, dialog.name, "Fleet analytics 2027")])
    tree = window.navigator.tree
    tree.setFocus()
    assert tree.currentIndex().data(PURSUIT_ROLE) == window.controller.pursuit_id
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    pursuit_id = window.controller.pursuit_id
    assert pursuit_id is not None
    assert window.controller.repos.pursuits.get(pursuit_id).name == "Fleet analytics 2027"
    assert any(row.strip().startswith("Fleet analytics 2027") for row in _navigator_rows(window))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert window.controller.repos.pursuits.for_account(1) == []
    undo(qtbot, window)
    assert [p.name for p in window.controller.repos.pursuits.for_account(1)] == ["Fleet analytics 2027"]

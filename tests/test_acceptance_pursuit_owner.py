"""A pursuit's owner through the real window, on the 32-person Nordlys account: File ▸ New pursuit
is owned by whoever creates it unless they choose a colleague; the pursuit's details (the
navigator's Edit) change the owner as one undoable edit; View ▸ Portfolio board shows the Owner
column, filters by owner (and "No owner"), exports it, and scores the pursuit as its Assessment
tab does (divergent priorities included)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Identity, Workspace, open_workspace
from consensus_app.ui.dialogs import PursuitDialog, _FormDialog
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.navigator import PURSUIT_ROLE
from consensus_app.ui.portfolio_model import BoardColumn
from consensus_app.ui.portfolio_window import PortfolioWindow
from consensus_app.ui.settings import UiSettings
from tests.acceptance_kit import (
    PURSUIT,
    context_menu_choice,
    menu_action,
    nordlys,  # noqa: F401 - fixture
    trigger,
    undo,
)
from tests.test_acceptance_portfolio_board import choose, shown
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixture

ANA = Identity.named("Ana Lima")


@pytest.fixture
def owned_window(qtbot: QtBot, nordlys: Workspace, settings: UiSettings) -> MainWindow:
    with open_workspace(str(nordlys.url), actor=ANA) as hers:  # a colleague who has worked here
        account = hers.repos.accounts.list()[0]
        hers.repos.accounts.update(account.id, account.version, notes="Ana's account")
    return open_window(qtbot, nordlys, settings)


def _answer(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, fill: Callable[[_FormDialog], None]) -> None:
    def exec_(dialog: _FormDialog) -> int:
        fill(dialog)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PursuitDialog, "exec", exec_)


def _owner_field(dialog: _FormDialog) -> QComboBox:
    combo = dialog.findChild(QComboBox, "pursuit-owner")
    assert combo is not None, "the pursuit dialog has no Owner field"
    return combo


def _pick(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, (
        f"the Owner field offers no {text!r}: {[combo.itemText(i) for i in range(combo.count())]}"
    )
    combo.setCurrentIndex(index)


def _edit_in_navigator(monkeypatch: pytest.MonkeyPatch, window: MainWindow, pursuit_id: int) -> None:
    """Right-click the pursuit in the navigator, choose Edit (the dialog answers as `_answer` says)."""
    tree, proxy = window.navigator.tree, window.navigator.proxy
    (index,) = [
        m
        for m in proxy.match(proxy.index(0, 0), PURSUIT_ROLE, pursuit_id, 1, Qt.MatchFlag.MatchRecursive)
        if m.data(PURSUIT_ROLE) == pursuit_id
    ]
    with context_menu_choice(monkeypatch, "navigator-edit-pursuit"):
        tree.customContextMenuRequested.emit(tree.visualRect(index).center())


def test_owners_are_set_in_the_window_and_the_board_filters_by_them(
    qtbot: QtBot,
    owned_window: MainWindow,
    nordlys: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = owned_window
    repos = window.controller.repos
    me = window.controller.workspace.identity

    # File ▸ New pursuit: owned by me unless I choose otherwise.
    offered: list[str] = []

    def new_pursuit(dialog: _FormDialog) -> None:
        combo = _owner_field(dialog)
        offered.extend(combo.itemText(i) for i in range(combo.count()))
        assert combo.currentText() == me.display_name
        qtbot.keyClicks(dialog.name, "Havnedata 2027")

    _answer(monkeypatch, qtbot, new_pursuit)
    menu_action(window, "File", "new-pursuit").trigger()
    assert offered[0] == "No owner" and {"Ana Lima", me.display_name} <= set(offered)
    added = next(p for p in repos.pursuits.for_account(1) if p.name == "Havnedata 2027")
    assert (added.owner_id, added.owner_name) == (me.user_id, me.display_name)

    # The pursuit's details: only the owner changes, as its own named edit, and it undoes.
    fleet = next(p for p in repos.pursuits.for_account(1) if p.name == PURSUIT)
    assert fleet.owner_id is None  # imported without one

    def make_ana_owner(dialog: _FormDialog) -> None:
        assert _owner_field(dialog).currentText() == "No owner"
        _pick(_owner_field(dialog), "Ana Lima")

    _answer(monkeypatch, qtbot, make_ana_owner)
    _edit_in_navigator(monkeypatch, window, fleet.id)
    assert repos.pursuits.get(fleet.id).owner_id == ANA.user_id
    assert undo(qtbot, window) == f"&Undo Make Ana Lima the owner of {PURSUIT}"
    assert repos.pursuits.get(fleet.id).owner_id is None
    menu_action(window, "Edit", "redo").trigger()
    qtbot.waitUntil(lambda: repos.pursuits.get(fleet.id).owner_id == ANA.user_id)

    # The board: an Owner column, and the owner filter beside industry, region and stage.
    trigger(window, "View", "portfolio-board")
    board = window.portfolio_window  # type: ignore[attr-defined]
    assert isinstance(board, PortfolioWindow)
    qtbot.waitUntil(lambda: board.model.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(
        lambda: not board.filler.busy and all(r.assessed for r in board.model.rows()), timeout=60_000
    )
    owners = dict(zip(shown(board, BoardColumn.PURSUIT), shown(board, BoardColumn.OWNER), strict=True))
    assert owners == {PURSUIT: "Ana Lima", "Havnedata 2027": me.display_name}
    entries = [board.owner.itemText(i) for i in range(board.owner.count())]
    assert entries == ["Any", "Ana Lima", me.display_name]  # nobody is without an owner here
    choose(qtbot, board.owner, "Ana Lima")
    assert shown(board, BoardColumn.PURSUIT) == [PURSUIT]
    assert "1 open pursuit shown of 2 (owner Ana Lima)" in board.summary.text()

    # Exported as shown: the owner's column in the workbook.
    path = tmp_path / "ana.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    qtbot.mouseClick(board.export_xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(path.exists, timeout=20_000)
    sheet = list(openpyxl.load_workbook(path)["Portfolio board"].iter_rows(values_only=True))
    assert sheet[0][2] == "Owner" and [(r[1], r[2]) for r in sheet[1:]] == [(PURSUIT, "Ana Lima")]

    # Giving Havnedata to nobody (in the main window) puts "No owner" in the filter.
    def nobody(dialog: _FormDialog) -> None:
        _pick(_owner_field(dialog), "No owner")

    _answer(monkeypatch, qtbot, nobody)
    _edit_in_navigator(monkeypatch, window, added.id)
    assert repos.pursuits.get(added.id).owner_id is None
    qtbot.waitUntil(lambda: board.owner.findText("No owner") >= 0, timeout=15_000)
    choose(qtbot, board.owner, "No owner")
    assert shown(board, BoardColumn.PURSUIT) == ["Havnedata 2027"]
    assert shown(board, BoardColumn.OWNER) == ["No owner"]
    board.close()


def test_the_boards_score_is_the_assessment_tabs_with_divergent_priorities(
    qtbot: QtBot, owned_window: MainWindow
) -> None:
    window = owned_window
    panel = window.assessment

    def divergent() -> bool:
        found = panel.assessment
        return found is not None and any(f.code == "DIVERGENT_PRIORITIES" for f in found.findings)

    qtbot.waitUntil(divergent, timeout=60_000)  # the themes arrived (their vectors are stored now)
    assert panel.assessment is not None
    trigger(window, "View", "portfolio-board")
    board = window.portfolio_window  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: board.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not board.filler.busy and board.model.rows()[0].assessed, timeout=60_000)
    qtbot.waitUntil(
        lambda: shown(board, BoardColumn.READINESS) == [str(panel.assessment.score)], timeout=15_000
    )
    assert not board.model.rows()[0].provisional
    board.close()

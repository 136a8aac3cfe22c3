"""Two colleagues correct the same theme on one shared workspace (issue 13, item 5): in the real
window, renaming a theme a colleague renamed meanwhile asks first (the conflict dialog), and
Reload shows the colleague's name while the database keeps it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from consensus_app.core.themes.corrections import theme_ref
from consensus_app.operations import edits
from consensus_app.operations.operation import Ledger
from consensus_app.operations.steps import Versions
from consensus_app.storage.workspace import Workspace, open_workspace
from consensus_app.ui.conflict_dialog import ConflictDialog
from consensus_app.ui.main_window import MainWindow
from tests.test_acceptance_theme_corrections import (  # noqa: F401 - fixtures
    FUEL,
    _db,
    _panel,
    _row_with,
    _select,
    _wait_for_themes,
    nordhavn,
    window,
)
from tests.window_fixtures import settings  # noqa: F401 - fixture

pytestmark = pytest.mark.engines("sqlite", "postgresql")


@pytest.fixture
def colleague(nordhavn: Workspace, db_url: str) -> Iterator[Workspace]:
    """Bob, on the same database as the window's user."""
    bob = open_workspace(db_url, actor="bob")
    yield bob
    bob.close()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The conflict dialogs shown, answered by clicking the button named in `answers[0]`."""
    given: list[str] = []

    def exec_(dialog: ConflictDialog) -> int:
        given.append(dialog.text())
        button = dialog.overwrite_button if given[0] == "overwrite" else dialog.reload_button
        button.click()
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    return given


def _bob_renames_fuel(window: MainWindow, colleague: Workspace, name: str) -> None:
    themes = window.insights.themes_service.themes
    assert themes is not None
    fuel = next(p.id for p in themes.priorities if p.text == FUEL)
    coverage = next(c for c in themes.coverage if fuel in c.priorities)
    account = window.controller.pursuit_map.account_id  # type: ignore[union-attr]
    rename = edits.rename_theme(colleague.repos, account, theme_ref(coverage), name)
    assert rename is not None
    rename.apply(Ledger(colleague, Versions(), lambda conflict: False))


@pytest.mark.parametrize("choice", ["reload", "overwrite"])
def test_renaming_a_theme_a_colleague_just_renamed_asks_first(
    qtbot: QtBot,
    window: MainWindow,
    colleague: Workspace,
    answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
) -> None:
    answers.append(choice)
    _bob_renames_fuel(window, colleague, "Bunker spend")  # while the user looks at the themes
    before = window.insights.themes_service.themes
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Fuel per voyage", True))
    _select(window, _row_with(window, FUEL))
    qtbot.mouseClick(_panel(window).rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=30_000)
    assert "bob" in answers[1] and "theme" in answers[1]
    _wait_for_themes(qtbot, window, before)
    names = _db(window)[0]
    if choice == "reload":  # Bob's name stands, in the database and in the list
        assert list(names) == ["Bunker spend"]
        assert " Bunker spend · " in _row_with(window, FUEL).text(0)
        assert not window.controller.undo_stack.canUndo()
    else:  # the user's correction lands, as they made it
        assert "Fuel per voyage" in names
        assert " Fuel per voyage · " in _row_with(window, FUEL).text(0)

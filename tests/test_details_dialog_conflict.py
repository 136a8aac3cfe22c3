"""An account's or a pursuit's details dialog (F2 in the navigator) edits the version it showed: a
colleague who changed the pursuit while the dialog was open is asked about, not silently written
over, on the team server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Workspace
from consensus_app.ui.conflict_dialog import ConflictDialog
from consensus_app.ui.dialogs import PursuitDialog
from consensus_app.ui.main_window import MainWindow
from tests.acceptance_kit import (
    colleague,  # noqa: F401 - fixture
    nordlys,  # noqa: F401 - fixture
    settle,
    window,  # noqa: F401 - fixture
)
from tests.window_fixtures import settings  # noqa: F401 - fixture

pytestmark = pytest.mark.engines("postgresql")


@pytest.mark.parametrize("answer", ["overwrite", "reload"])
def test_a_pursuit_renamed_by_a_colleague_while_its_dialog_is_open_is_asked_about(
    qtbot: QtBot, window: MainWindow, colleague: Workspace, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    pursuit_id = window.controller.pursuit_id
    assert pursuit_id is not None
    asked: list[str] = []

    def conflict(dialog: ConflictDialog) -> int:
        asked.append(dialog.windowTitle())
        (dialog.overwrite_button if answer == "overwrite" else dialog.reload_button).click()
        return 0

    def details(dialog: PursuitDialog) -> int:
        colleague.repos.pursuits.update(pursuit_id, name="Fleet telemetry (Bob)")  # meanwhile
        dialog.name.setText("Fleet telemetry 2027")
        return 1  # OK

    monkeypatch.setattr(ConflictDialog, "exec", conflict)
    monkeypatch.setattr(PursuitDialog, "exec", details)
    tree = window.navigator.tree
    tree.setFocus()
    window.navigator.select_pursuit(pursuit_id)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    settle(window)
    assert len(asked) == 1  # one question
    name = window.controller.repos.pursuits.get(pursuit_id).name
    assert name == ("Fleet telemetry 2027" if answer == "overwrite" else "Fleet telemetry (Bob)")
